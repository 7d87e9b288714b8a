"""Normalise date expressions into :class:`~dossier.model.TimeSpan` values.

``parse_time`` reads what spaCy marks as a DATE entity (or a short phrase
around one) and returns the stretch of time it names. Standard library only,
regexes compiled once: it runs on every DATE entity of every article.

Conventions
-----------
* A span is closed: ``start`` and ``end`` are the first and last day covered.
* Parts of a year have season precision: early = January-April, mid (and "the
  middle of") = May-August, late (and "the end of") = September-December;
  halves and quarters ("the first half of", "Q3") likewise.
* Seasons are northern-hemisphere meteorological: spring March-May, summer
  June-August, autumn/fall September-November, winter December-February.
  "winter 2020" is the winter whose January falls in 2020 (December 2019 to
  February 2020); "winter 2019/20" and "winter 2019-2020" are the same winter.
* Parts of a month have month precision: early = days 1-10, mid = 11-20,
  late = 21 to the month's end. Parts of a decade have decade precision:
  early = years 0-3, mid = 4-6, late = 7-9.
* Weeks run Monday to Sunday; "last week" is day precision with a 7-day span.
* Relative expressions (weekdays, "yesterday", "last month", "two days ago", a
  day or month without a year) need the anchor, the publication date. Without
  one they give ``TimeSpan(None, None, "unknown", text)``: a date is never
  invented. Text with no time expression at all gives ``None``.
* A weekday alone ("Sunday", "on Sunday night") is the latest such day on or
  before the anchor: news reports what happened, so an article of Monday
  saying "on Sunday" means the day before, and one of Sunday means that day.
  "last Sunday" is strictly before the anchor, "next Sunday" strictly after,
  "this Sunday" is the Sunday of the anchor's week.
* A day or month without a year ("August 28", "in March") is the latest such
  date starting no later than ``FUTURE_TOLERANCE`` after the anchor.
* Times joined by "and", "to", "or", "-" or "until" ("between 2014 and 2016",
  "late 2019 and early 2020") give one span covering them all, at the coarsest
  precision among them; a missing year comes from the next time ("January to
  March 2015"). A weekday right before a date ("Sunday, August 29") is dropped.
* "since X" (and a lone "from X") runs from the start of X to the anchor, or
  has no end without one; "until X" has no start and ends with X; "before X"
  ends the day before X starts; "after X" starts the day after X ends and runs
  to the anchor. "by X", "in X", "during X" are X itself ("By 2018" is 2018).
* Numeric dates are US order (08/28/2021) unless the first number cannot be
  a month (28/08/2021). "2010-11" is the years 2010 to 2011; "2021-08" is
  August 2021 (a second number smaller than the year's last two digits).
* Two-digit decades need "the" or an apostrophe ("the '90s"): 00 and 10 are
  this century, 20 is the 2020s once the anchor has reached 2020, the rest
  are the 1900s.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from dossier.model import Precision, TimeSpan
from dossier.model.lexicon import load_lexicon, words

__all__ = ["FUTURE_TOLERANCE", "MONTH_NAMES", "WEEKDAYS", "format_span", "parse_time", "shift"]

# How far past the anchor a day or month without a year may lie: an article
# can announce "a vote on August 30" a few days ahead.
FUTURE_TOLERANCE = timedelta(days=7)

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_VALUES = load_lexicon("dossier.model.data", "values")


def _spans(key: str) -> dict[str, tuple[int, int]]:
    return {name: (int(first), int(last)) for name, (first, last) in _VALUES[key].items()}


MONTHS: dict[str, int] = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | {
    str(name): int(number) for name, number in _VALUES["month_abbreviations"].items()
}
WEEKDAYS: dict[str, int] = {str(name): int(day) for name, day in _VALUES["weekdays"].items()}
# Season -> (first month, last month); winter wraps into the next year.
SEASONS: dict[str, tuple[int, int]] = _spans("seasons")
# Part of a year -> (first month, last month).
YEAR_PARTS: dict[str, tuple[int, int]] = _spans("year_parts")
# Part of a month -> (first day, last day); 31 is clipped to the month's end.
MONTH_PARTS: dict[str, tuple[int, int]] = _spans("month_parts")
# Part of a decade -> (first year, last year) within it.
DECADE_PARTS: dict[str, tuple[int, int]] = _spans("decade_parts")
SMALL_NUMBERS: dict[str, int] = {
    str(word): int(number) for word, number in _VALUES["small_numbers"].items()
}
# Season-precision spans -> how to name them, most idiomatic first; the same
# table names the ends of a longer span ("late 2019 to early 2020").
SEASON_LABELS: dict[tuple[int, int], str] = {
    (1, 4): "early {}", (5, 8): "mid-{}", (9, 12): "late {}",
    (3, 5): "spring {}", (6, 8): "summer {}", (9, 11): "autumn {}",
    (1, 6): "the first half of {}", (7, 12): "the second half of {}",
    (1, 3): "the first quarter of {}", (4, 6): "the second quarter of {}",
    (7, 9): "the third quarter of {}", (10, 12): "the fourth quarter of {}",
}  # fmt: skip

_PRECISION_RANK: dict[Precision, int] = {
    "day": 0, "month": 1, "season": 2, "year": 3, "decade": 4, "unknown": 5,
}  # fmt: skip
# Decades written with two digits ("the '20s") count as this century up to this
# year when there is no anchor to tell.
_TWO_DIGIT_DECADE_REFERENCE_YEAR = 2019


class _Span(NamedTuple):
    """A resolved time: both ends known."""

    start: date
    end: date
    precision: Precision


class _Context(NamedTuple):
    anchor: date | None
    year_hint: int | None  # year borrowed from a later time in the same range


_Resolver = Callable[[re.Match[str], _Context], _Span | None]


# ---- calendar arithmetic ------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> _Span:
    return _Span(date(year, month, 1), _month_end(year, month), "month")


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _months_before(day: date, months: int) -> date:
    year, month = _add_months(day.year, day.month, -months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _year_span(first_year: int, last_year: int, precision: Precision = "year") -> _Span:
    return _Span(date(first_year, 1, 1), date(last_year, 12, 31), precision)


def _months_span(year: int, first_month: int, last_month: int) -> _Span:
    """Months of one year, or into the next when they wrap (winter: 12 to 2)."""
    end_year = year + 1 if last_month < first_month else year
    return _Span(date(year, first_month, 1), _month_end(end_year, last_month), "season")


def _week_of(day: date) -> _Span:
    monday = day - timedelta(days=day.weekday())
    return _Span(monday, monday + timedelta(days=6), "day")


def _single_day(year: int, month: int, day: int) -> _Span | None:
    try:
        moment = date(year, month, day)
    except ValueError:  # 30 February and the like
        return None
    return _Span(moment, moment, "day")


def _latest_year(month: int, day: int, anchor: date) -> int | None:
    """The latest year in which month/day falls no later than anchor + tolerance."""
    limit = anchor + FUTURE_TOLERANCE
    for year in range(limit.year, limit.year - 8, -1):  # 8 years always hold a 29 February
        try:
            if date(year, month, day) <= limit:
                return year
        except ValueError:
            continue
    return None


def _year_of(match: re.Match[str], ctx: _Context, month: int, day: int) -> int | None:
    """The year written, else the one borrowed from the range, else from the anchor."""
    if match["year"]:
        return int(match["year"])
    if ctx.year_hint is not None:
        return ctx.year_hint
    return None if ctx.anchor is None else _latest_year(month, day, ctx.anchor)


def _group(match: re.Match[str], name: str) -> str | None:
    """A group that only some forms have."""
    return match.groupdict().get(name)


# ---- resolvers: one per written form, match -> span (None: cannot resolve) ----------------


def _resolve_iso_date(match: re.Match[str], ctx: _Context) -> _Span | None:
    return _single_day(int(match["year"]), int(match["month_number"]), int(match["day"]))


def _resolve_numeric_date(match: re.Match[str], ctx: _Context) -> _Span | None:
    first, second = int(match["first"]), int(match["second"])
    month, day = (second, first) if first > 12 else (first, second)
    return _single_day(int(match["year"]), month, day)


def _resolve_day_of_month(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'August 28, 2021', '28 August', 'August 27-28': day precision."""
    month = MONTHS[match["month"].lower()]
    first_day = int(match["day"])
    last_day = int(_group(match, "day2") or first_day)
    year = _year_of(match, ctx, month, first_day)
    if year is None:
        return None
    first, last = _single_day(year, month, first_day), _single_day(year, month, last_day)
    if first is None or last is None or last.start < first.start:
        return None
    return _Span(first.start, last.end, "day")


def _resolve_month_part(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'early January 2015': a third of a month, month precision."""
    month = MONTHS[match["month"].lower()]
    first_day, last_day = MONTH_PARTS[match["part"].lower()]
    year = _year_of(match, ctx, month, first_day)
    if year is None:
        return None
    end = min(last_day, calendar.monthrange(year, month)[1])
    return _Span(date(year, month, first_day), date(year, month, end), "month")


def _resolve_month_year(match: re.Match[str], ctx: _Context) -> _Span | None:
    return _month_span(int(match["year"]), MONTHS[match["month"].lower()])


def _resolve_season(match: re.Match[str], ctx: _Context) -> _Span | None:
    first, last = SEASONS[match["season"].lower()]
    year = int(match["year"])
    if first > last and not match["year2"]:  # "winter 2020" is the one ending in 2020
        year -= 1
    return _months_span(year, first, last)


def _resolve_year_part(match: re.Match[str], ctx: _Context) -> _Span | None:
    first, last = YEAR_PARTS[match["part"].lower()]
    return _months_span(int(match["year"]), first, last)


def _decade_span(decade: int, part: str | None) -> _Span:
    first, last = DECADE_PARTS[part.lower()] if part else (0, 9)
    return _year_span(decade + first, decade + last, "decade")


def _resolve_decade(match: re.Match[str], ctx: _Context) -> _Span | None:
    return _decade_span(int(match["decade"]), match["part"])


def _resolve_two_digit_decade(match: re.Match[str], ctx: _Context) -> _Span | None:
    reference = ctx.anchor.year if ctx.anchor else _TWO_DIGIT_DECADE_REFERENCE_YEAR
    decade = 2000 + int(match["short"])
    if decade > reference:
        decade -= 100
    return _decade_span(decade, match["part"] or match["part2"])


def _resolve_year_pair(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'2014-16' and '2019/20' are years; '2021-08' is a month (see the module docstring)."""
    year, second = int(match["year"]), int(match["year2"])
    if second > year % 100:
        return _year_span(year, year - year % 100 + second)
    if match["separator"] == "-" and 1 <= second <= 12:
        return _month_span(year, second)
    return None


def _resolve_year(match: re.Match[str], ctx: _Context) -> _Span | None:
    return _year_span(int(match["year"]), int(match["year"]))


def _resolve_day_word(match: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.anchor is None:
        return None
    word = match["word"].lower()
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    day = ctx.anchor + timedelta(days=offset)
    return _Span(day, day, "day")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else SMALL_NUMBERS[word.lower()]


def _resolve_ago(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'two days ago' is a day, 'three weeks ago' a week, 'a year ago' a calendar year."""
    if ctx.anchor is None:
        return None
    anchor, count, unit = ctx.anchor, _count(match["count"]), match["unit"].lower()
    if unit == "day":
        day = anchor - timedelta(days=count)
        return _Span(day, day, "day")
    if unit == "week":
        return _week_of(anchor - timedelta(weeks=count))
    if unit == "month":
        return _month_span(*_add_months(anchor.year, anchor.month, -count))
    if unit == "year":
        return _year_span(anchor.year - count, anchor.year - count)
    decade = (anchor.year - 10 * count) // 10 * 10
    return _decade_span(decade, None)


def _resolve_past_units(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'the past two years': a rolling stretch ending on the anchor."""
    if ctx.anchor is None:
        return None
    anchor, unit = ctx.anchor, match["unit"].lower()
    count = _count(match["count"]) if match["count"] else 1
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return _Span(anchor - timedelta(days=days), anchor, "day")
    if unit == "month":
        return _Span(_months_before(anchor, count), anchor, "month")
    if unit == "decade":
        return _Span(_months_before(anchor, 120 * count), anchor, "decade")
    return _Span(_months_before(anchor, 12 * count), anchor, "year")


def _resolve_relative_unit(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'last week', 'this month', 'earlier this year', 'next weekend'."""
    if ctx.anchor is None:
        return None
    anchor, relation, unit = ctx.anchor, match["rel"].lower(), match["unit"].lower()
    step = {"last": -1, "next": 1}.get(relation, 0)
    if unit in ("week", "weekend"):
        span = _week_of(anchor + timedelta(weeks=step))
        if unit == "weekend":
            span = _Span(span.end - timedelta(days=1), span.end, "day")
    elif unit == "month":
        span = _month_span(*_add_months(anchor.year, anchor.month, step))
    else:
        span = _year_span(anchor.year + step, anchor.year + step)
    if relation == "earlier this":
        return span._replace(end=anchor)
    if relation == "later this":
        return span._replace(start=anchor)
    return span


def _resolve_relative_season(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'last summer' ended before the anchor; 'this winter' holds it, or is the coming one."""
    if ctx.anchor is None:
        return None
    anchor, relation = ctx.anchor, match["rel"].lower()
    first, last = SEASONS[match["season"].lower()]
    seasons = [_months_span(year, first, last) for year in range(anchor.year - 2, anchor.year + 2)]
    if relation == "last":
        return max(span for span in seasons if span.end < anchor)
    if relation == "next":
        return min(span for span in seasons if span.start > anchor)
    current = [span for span in seasons if span.start <= anchor <= span.end]
    return current[0] if current else _months_span(anchor.year, first, last)


def _resolve_weekday(match: re.Match[str], ctx: _Context) -> _Span | None:
    if ctx.anchor is None:
        return None
    anchor, target = ctx.anchor, WEEKDAYS[match["weekday"].lower()]
    relation = (match["rel"] or "").lower()
    days_back = (anchor.weekday() - target) % 7
    if relation in ("last", "past"):
        day = anchor - timedelta(days=days_back or 7)
    elif relation == "next":
        day = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    elif relation == "this":
        day = anchor + timedelta(days=target - anchor.weekday())
    else:
        day = anchor - timedelta(days=days_back)
    return _Span(day, day, "day")


def _resolve_bare_month(match: re.Match[str], ctx: _Context) -> _Span | None:
    """'January', 'last May', 'next March': month precision, the year from context."""
    month = MONTHS[match["month"].lower()]
    relation = (match["rel"] or "").lower()
    if not relation and ctx.year_hint is not None:
        return _month_span(ctx.year_hint, month)
    if ctx.anchor is None:
        return None
    anchor = ctx.anchor
    if relation == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation == "this":
        year = anchor.year
    else:
        year = _latest_year(month, 1, anchor) or anchor.year
    return _month_span(year, month)


# ---- the written forms --------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so 'sept' is tried before 'sep'."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


# Months that are also verbs must be capitalised ("5 May", never "5 may return")
# unless a year follows ("may 2015"), as in all-lower-case text.
_VERB_MONTHS = ("May", "March", "Mar")
_MONTH = (
    rf"(?P<month>{_alternation(set(MONTHS) - {name.lower() for name in _VERB_MONTHS})}"
    rf"|(?-i:{_alternation([*_VERB_MONTHS, *(name.upper() for name in _VERB_MONTHS)])}))\.?"
)
_MONTH_ANY_CASE = rf"(?P<month>{_alternation(MONTHS)})\.?"
# A month alone: full names only, capitalised ('Jan' is also a name).
_CAPITALISED_MONTH = rf"(?P<month>(?-i:{'|'.join(MONTH_NAMES)}))"
_YEAR = r"(?P<year>1\d{3}|20\d{2}|2100)(?!\d)"
_OPTIONAL_YEAR = rf"(?:,? {_YEAR})?"
_DAY = r"(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("<day>", "<day2>")
_NUMBER = rf"(?P<count>\d+|{_alternation(SMALL_NUMBERS)})"
_PART = r"(?P<part>early|mid|late)[- ]?"
_UNIT = r"(?P<unit>day|week|month|year|decade)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"

# (name, pattern, resolver). Where two forms can start at the same place the
# more specific comes first: the combined regex takes the first that matches.
_FORM_TABLE: tuple[tuple[str, str, _Resolver], ...] = (
    ("iso_date", rf"{_YEAR}-(?P<month_number>[01]?\d)-{_DAY}", _resolve_iso_date),
    ("numeric_date", rf"(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}", _resolve_numeric_date),
    (
        "month_day_range",
        rf"{_MONTH} {_DAY} ?(?:-|to|and) ?{_DAY2}{_OPTIONAL_YEAR}",
        _resolve_day_of_month,
    ),
    (
        "day_month_range",
        rf"{_DAY} ?(?:-|to|and) ?{_DAY2} (?:of )?{_MONTH}{_OPTIONAL_YEAR}",
        _resolve_day_of_month,
    ),
    ("month_day", rf"{_MONTH} (?:the )?{_DAY}{_OPTIONAL_YEAR}", _resolve_day_of_month),
    ("day_month", rf"(?:the )?{_DAY} (?:of )?{_MONTH}{_OPTIONAL_YEAR}", _resolve_day_of_month),
    ("month_part", rf"{_PART}{_MONTH}{_OPTIONAL_YEAR}", _resolve_month_part),
    ("month_year", rf"{_MONTH_ANY_CASE},? (?:of )?{_YEAR}", _resolve_month_year),
    (
        "season",
        rf"{_SEASON},? (?:of )?{_YEAR}(?:[-/](?P<year2>(?:\d{{2}}){{1,2}}))?",
        _resolve_season,
    ),
    (
        "year_part",
        rf"(?:the )?(?P<part>{_alternation(YEAR_PARTS)})[- ]?(?:the year )?{_YEAR}",
        _resolve_year_part,
    ),
    ("decade", rf"(?:the )?(?:{_PART})?(?P<decade>1\d{{2}}0|20\d0)'?s", _resolve_decade),
    # "the 90s" or "'90s", never a bare "90s": "in their late 30s" is an age.
    (
        "two_digit_decade",
        r"(?:the (?:(?P<part>early|mid|late)[- ]?)?'?|(?:(?P<part2>early|mid|late)[- ]?)?')"
        r"(?P<short>\d0)'?s",
        _resolve_two_digit_decade,
    ),
    ("year_pair", rf"{_YEAR} ?(?P<separator>[-/]) ?(?P<year2>\d{{2}})(?!\d)", _resolve_year_pair),
    ("year", _YEAR, _resolve_year),
    (
        "day_word",
        r"(?P<word>today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|last night)",
        _resolve_day_word,
    ),
    ("ago", rf"{_NUMBER} {_UNIT}s? ago", _resolve_ago),
    # A count makes "last" rolling ("the last two years"); without one only
    # "the past"/"the last" do, as plain "last year" is the calendar year.
    (
        "past_units",
        rf"(?:(?:the )?(?:past|previous|last) {_NUMBER} |(?:the )?past |the last ){_UNIT}s?",
        _resolve_past_units,
    ),
    (
        "relative_unit",
        r"(?P<rel>earlier this|later this|last|this|next) (?P<unit>week|weekend|month|year)",
        _resolve_relative_unit,
    ),
    ("relative_season", rf"(?P<rel>last|this|next) {_SEASON}", _resolve_relative_season),
    (
        "weekday",
        rf"(?:(?P<rel>last|past|this|next) )?(?P<weekday>{_alternation(WEEKDAYS)})(?:'s)?"
        r"(?: (?:morning|afternoon|evening|night))?",
        _resolve_weekday,
    ),
    ("bare_month", rf"(?:(?P<rel>last|this|next) )?{_CAPITALISED_MONTH}", _resolve_bare_month),
)


@dataclass(frozen=True, slots=True)
class _Form:
    regex: re.Pattern[str]
    resolve: _Resolver


_FORMS: dict[str, _Form] = {
    name: _Form(re.compile(pattern, re.IGNORECASE), resolver)
    for name, pattern, resolver in _FORM_TABLE
}
# All forms in one regex, each wrapped in a group named after it so that
# ``match.lastgroup`` says which form matched. Group names must be unique in a
# regex, so the forms' own groups become non-capturing here; the form's regex
# is run again on the matched stretch to read them.
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_ANY_FORM = re.compile(
    r"(?<![\w$£€])(?:"
    + "|".join(
        f"(?P<{name}>{_NAMED_GROUP.sub('(?:', pattern)})" for name, pattern, _ in _FORM_TABLE
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
# What may stand between two times that make one span: "2014-2016", "2014 to
# 2016", "late 2019 and early 2020", "2019/2020", "Monday, Tuesday or Wednesday".
_JOINER = re.compile(
    r"\s*(?:-|/|,|(?:,\s*)?(?:and|or)|to|until|till|through|thru)\s*", re.IGNORECASE
)
# A weekday right before a date only names that date's day: "Sunday, August 29".
_WEEKDAY_BEFORE_DATE = re.compile(r"\s*,?\s*")
_DATED_FORMS = frozenset({"iso_date", "numeric_date", "month_day", "day_month"})
# A capitalised word before a bare month makes it a name ("Theresa May"),
# unless it is one that leads into a date ("In May", "Last March").
_CAPITALISED_WORD_BEFORE = re.compile(r"(?-i:\b[A-Z][a-z]*) $")
_DATE_LEAD_WORDS = words(_VALUES, "date_lead_words")
# The word before the first time, when it changes what the span means.
_PREPOSITION = re.compile(
    r"(?:^|\W)(?P<word>since|from|until|till|up to|through|before|after)\s*$", re.IGNORECASE
)
# Words that show the text speaks of time even when no form resolves it
# ("in recent years", "for decades"): such text is "unknown", not None.
_TIME_WORD = re.compile(
    r"\b(?:(?:day|week|weekend|fortnight|month|year|decade|season|quarter|hour|minute)s?"
    r"|century|centuries|ago|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night"
    r"|recent|recently|now|currently|spring|summer|autumn|winter|"
    + _alternation(WEEKDAYS)
    + r")\b",
    re.IGNORECASE,
)
_TYPOGRAPHY = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"}
)
_WHITESPACE = re.compile(r"\s+")


# ---- public API ---------------------------------------------------------------------------


def parse_time(text: str, anchor: date | None = None) -> TimeSpan | None:
    """The span of time ``text`` names, read against ``anchor`` (the publication date).

    None when ``text`` holds no time expression; precision "unknown" and no
    dates when it holds one that cannot be resolved.
    """
    if isinstance(anchor, datetime):  # a datetime would not compare with dates
        anchor = anchor.date()
    normalised = _WHITESPACE.sub(" ", text.translate(_TYPOGRAPHY))
    chain = _first_chain(normalised)
    if not chain:
        return TimeSpan(None, None, "unknown", text) if _TIME_WORD.search(normalised) else None
    span = _resolve_chain(chain, anchor)
    if span is None:
        return TimeSpan(None, None, "unknown", text)
    preposition = _PREPOSITION.search(normalised, 0, chain[0].start())
    word = preposition["word"].lower() if preposition else ""
    if word == "from" and len(chain) > 1:  # "from 2014 to 2016" is the range itself
        word = ""
    return _apply_preposition(span, word, anchor, text)


def shift(span: TimeSpan, days: int) -> TimeSpan:
    """The same span moved by ``days`` ("a day after X" is ``shift(X, 1)``)."""
    delta = timedelta(days=days)
    return replace(
        span,
        start=None if span.start is None else span.start + delta,
        end=None if span.end is None else span.end + delta,
    )


def format_span(span: TimeSpan) -> str:
    """A human rendering: '28 August 2021', 'early 2015', 'late 2019 to early 2020'."""
    if span.start is None and span.end is None:
        return span.text or "unknown date"
    if span.end is None:
        assert span.start is not None
        return f"since {_format_edge(span.start, span.precision, 'start')}"
    if span.start is None:
        return f"until {_format_edge(span.end, span.precision, 'end')}"
    return _format_whole(span.start, span.end, span.precision) or _format_range(
        span.start, span.end, span.precision
    )


# ---- parsing steps ------------------------------------------------------------------------


def _first_chain(text: str) -> list[re.Match[str]]:
    """The first time in ``text`` and the ones joined to it."""
    chain: list[re.Match[str]] = []
    for match in _ANY_FORM.finditer(text):
        if match.lastgroup == "bare_month" and _follows_name(text, match.start()):
            continue
        if not chain:
            chain.append(match)
            continue
        between = text[chain[-1].end() : match.start()]
        if (
            chain[-1].lastgroup == "weekday"
            and match.lastgroup in _DATED_FORMS
            and _WEEKDAY_BEFORE_DATE.fullmatch(between)
        ):
            chain[-1] = match
            continue
        if not _JOINER.fullmatch(between):
            break
        chain.append(match)
    return chain


def _follows_name(text: str, start: int) -> bool:
    before = _CAPITALISED_WORD_BEFORE.search(text, 0, start)
    return before is not None and before.group().strip().lower() not in _DATE_LEAD_WORDS


def _resolve_one(match: re.Match[str], ctx: _Context) -> _Span | None:
    assert match.lastgroup is not None  # every alternative is a named group
    form = _FORMS[match.lastgroup]
    own = form.regex.fullmatch(match.string, match.start(), match.end())
    assert own is not None  # the same pattern, with its groups named
    return form.resolve(own, ctx)


def _resolve_chain(chain: list[re.Match[str]], anchor: date | None) -> _Span | None:
    """Resolve right to left, so a time without a year takes the next one's."""
    spans: list[_Span] = []
    for match in reversed(chain):
        hint = spans[-1].start.year if spans else None
        span = _resolve_one(match, _Context(anchor, hint))
        if span is not None and hint is not None and span.start > spans[-1].start:
            span = _resolve_one(match, _Context(anchor, hint - 1))  # "December to March 2015"
        if span is None:
            return None
        spans.append(span)
    precision = max((span.precision for span in spans), key=_PRECISION_RANK.__getitem__)
    return _Span(min(span.start for span in spans), max(span.end for span in spans), precision)


def _apply_preposition(span: _Span, word: str, anchor: date | None, text: str) -> TimeSpan:
    start: date | None = span.start
    end: date | None = span.end
    if word in ("since", "from", "after"):
        if word == "after":
            start = span.end + timedelta(days=1)
        end = anchor if anchor is not None and anchor >= span.start else None
        if end is not None and start is not None and end < start:
            end = None
    elif word in ("until", "till", "up to", "through"):
        start = None
    elif word == "before":
        start, end = None, span.start - timedelta(days=1)
    return TimeSpan(start, end, span.precision, text)


# ---- formatting ---------------------------------------------------------------------------


def _day_label(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _with_part(part: str, label: str) -> str:
    """'early January 2015', 'mid-January 2015'."""
    return f"{part}-{label}" if part == "mid" else f"{part} {label}"


def _month_label(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def _is_whole_months(start: date, end: date) -> bool:
    return start.day == 1 and end == _month_end(end.year, end.month)


def _format_whole(start: date, end: date, precision: Precision) -> str | None:
    """The name of a span that is exactly one unit ('2018', 'early 2015'), else None."""
    if precision in ("day", "unknown") and start == end:
        return _day_label(start)
    if precision == "month" and (start.year, start.month) == (end.year, end.month):
        if _is_whole_months(start, end):
            return _month_label(start)
        days_in_month = _month_end(end.year, end.month).day
        for part, (first, last) in MONTH_PARTS.items():
            if (start.day, end.day) == (first, min(last, days_in_month)):
                return _with_part(part, _month_label(start))
        return None
    if not _is_whole_months(start, end):
        return None
    if precision == "season":
        if start.year == end.year and (start.month, end.month) in SEASON_LABELS:
            return SEASON_LABELS[start.month, end.month].format(start.year)
        if (start.month, end.month) == (12, 2) and end.year == start.year + 1:
            return f"winter {start.year}/{end.year % 100:02d}"
    if precision == "year" and start.year == end.year and (start.month, end.month) == (1, 12):
        return str(start.year)
    if precision == "decade" and (start.month, end.month) == (1, 12):
        decade = start.year - start.year % 10
        if (start.year, end.year) == (decade, decade + 9):
            return f"the {decade}s"
        for part, (first, last) in DECADE_PARTS.items():
            if (start.year, end.year) == (decade + first, decade + last):
                return f"the {_with_part(part, f'{decade}s')}"
    return None


def _format_edge(day: date, precision: Precision, edge: str) -> str:
    """One end of a longer span, named at the span's precision."""
    if precision == "month":
        return _month_label(day)
    if precision == "season":
        for (first, last), label in SEASON_LABELS.items():
            if (first if edge == "start" else last) == day.month:
                return label.format(day.year)
        return _month_label(day)
    if precision == "year":
        return str(day.year)
    if precision == "decade":
        return f"the {day.year - day.year % 10}s"
    return _day_label(day)


def _format_range(start: date, end: date, precision: Precision) -> str:
    first = _format_edge(start, precision, "start")
    last = _format_edge(end, precision, "end")
    if first == last:
        return first
    if start.year == end.year and precision in ("day", "unknown"):
        if start.month == end.month:
            return f"{start.day} to {last}"
        return f"{start.day} {MONTH_NAMES[start.month - 1]} to {last}"
    if start.year == end.year and precision == "month":
        return f"{MONTH_NAMES[start.month - 1]} to {last}"
    return f"{first} to {last}"
