from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.model import Precision, TimeSpan
from dossier.model.dates import (
    FUTURE_TOLERANCE,
    MONTH_NAMES,
    WEEKDAYS,
    format_span,
    parse_time,
    shift,
)

MONDAY = date(2021, 8, 30)  # the anchor of most relative examples
SUNDAY = date(2021, 8, 29)

ABSOLUTE = [
    # months
    ("January 2015", "2015-01-01", "2015-01-31", "month"),
    ("Jan. 2015", "2015-01-01", "2015-01-31", "month"),
    ("in January 2015", "2015-01-01", "2015-01-31", "month"),
    (
        "In January 2015, former members of the Pakistani Taliban",
        "2015-01-01",
        "2015-01-31",
        "month",
    ),
    ("February of 2020", "2020-02-01", "2020-02-29", "month"),
    ("may 2015", "2015-05-01", "2015-05-31", "month"),
    ("5 May 2021", "2021-05-05", "2021-05-05", "day"),
    ("early January 2015", "2015-01-01", "2015-01-10", "month"),
    ("mid-January 2015", "2015-01-11", "2015-01-20", "month"),
    ("late February 2021", "2021-02-21", "2021-02-28", "month"),
    ("2021-08", "2021-08-01", "2021-08-31", "month"),
    ("January to March 2015", "2015-01-01", "2015-03-31", "month"),
    ("December to March 2015", "2014-12-01", "2015-03-31", "month"),
    # parts of a year and seasons
    ("early 2015", "2015-01-01", "2015-04-30", "season"),
    ("Set up in early 2015", "2015-01-01", "2015-04-30", "season"),
    ("mid-2019", "2019-05-01", "2019-08-31", "season"),
    ("mid 2019", "2019-05-01", "2019-08-31", "season"),
    ("the middle of 2019", "2019-05-01", "2019-08-31", "season"),
    ("late 2019", "2019-09-01", "2019-12-31", "season"),
    ("end of 2019", "2019-09-01", "2019-12-31", "season"),
    ("the end of 2019", "2019-09-01", "2019-12-31", "season"),
    ("late 2019 and early 2020", "2019-09-01", "2020-04-30", "season"),
    ("In late 2019 and early 2020, ISIS-K suffered", "2019-09-01", "2020-04-30", "season"),
    ("spring 2020", "2020-03-01", "2020-05-31", "season"),
    ("summer of 2020", "2020-06-01", "2020-08-31", "season"),
    ("autumn 2020", "2020-09-01", "2020-11-30", "season"),
    ("fall 2020", "2020-09-01", "2020-11-30", "season"),
    ("winter 2020", "2019-12-01", "2020-02-29", "season"),
    ("winter 2019/20", "2019-12-01", "2020-02-29", "season"),
    ("the first half of 2019", "2019-01-01", "2019-06-30", "season"),
    ("Q3 2020", "2020-07-01", "2020-09-30", "season"),
    # years
    ("2018", "2018-01-01", "2018-12-31", "year"),
    ("in 2018", "2018-01-01", "2018-12-31", "year"),
    ("By 2018, ISIS-K emerged", "2018-01-01", "2018-12-31", "year"),
    ("between 2014 and 2016", "2014-01-01", "2016-12-31", "year"),
    ("from 2014 to 2016", "2014-01-01", "2016-12-31", "year"),
    ("2014-2016", "2014-01-01", "2016-12-31", "year"),
    ("2014–2016", "2014-01-01", "2016-12-31", "year"),
    ("2014-16", "2014-01-01", "2016-12-31", "year"),
    ("2010-11", "2010-01-01", "2011-12-31", "year"),
    # decades
    ("the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("the 1990's", "1990-01-01", "1999-12-31", "decade"),
    ("the early 1990s", "1990-01-01", "1993-12-31", "decade"),
    ("the '90s", "1990-01-01", "1999-12-31", "decade"),
    ("the 2000s", "2000-01-01", "2009-12-31", "decade"),
    # days
    ("August 28, 2021", "2021-08-28", "2021-08-28", "day"),
    ("On August 28, 2021, an ISIS-Khorasan planner", "2021-08-28", "2021-08-28", "day"),
    ("28 August 2021", "2021-08-28", "2021-08-28", "day"),
    ("the 28th of August 2021", "2021-08-28", "2021-08-28", "day"),
    ("Aug. 28, 2021", "2021-08-28", "2021-08-28", "day"),
    ("2021-08-28", "2021-08-28", "2021-08-28", "day"),
    ("08/28/2021", "2021-08-28", "2021-08-28", "day"),
    ("28/08/2021", "2021-08-28", "2021-08-28", "day"),
    ("Sunday, August 29, 2021", "2021-08-29", "2021-08-29", "day"),
    ("August 27-28, 2021", "2021-08-27", "2021-08-28", "day"),
    ("27 to 28 August 2021", "2021-08-27", "2021-08-28", "day"),
    ("30 August to 5 September 2021", "2021-08-30", "2021-09-05", "day"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), ABSOLUTE)
def test_absolute_dates_need_no_anchor(
    text: str, start: str, end: str, precision: Precision
) -> None:
    expected = TimeSpan(date.fromisoformat(start), date.fromisoformat(end), precision, text)
    assert parse_time(text) == expected
    assert parse_time(text, MONDAY) == expected


RELATIVE = [
    ("Aug 28", "2021-08-28", "2021-08-28", "day"),
    ("August 28", "2021-08-28", "2021-08-28", "day"),
    ("on August 28", "2021-08-28", "2021-08-28", "day"),
    ("on Sunday", "2021-08-29", "2021-08-29", "day"),
    ("Sunday", "2021-08-29", "2021-08-29", "day"),
    ("last Sunday", "2021-08-29", "2021-08-29", "day"),
    ("next Sunday", "2021-09-05", "2021-09-05", "day"),
    ("on Monday", "2021-08-30", "2021-08-30", "day"),
    ("last Monday", "2021-08-23", "2021-08-23", "day"),
    ("on Thursday night", "2021-08-26", "2021-08-26", "day"),
    ("Thursday's attack", "2021-08-26", "2021-08-26", "day"),
    ("yesterday", "2021-08-29", "2021-08-29", "day"),
    ("last night", "2021-08-29", "2021-08-29", "day"),
    ("today", "2021-08-30", "2021-08-30", "day"),
    ("this morning", "2021-08-30", "2021-08-30", "day"),
    ("tomorrow", "2021-08-31", "2021-08-31", "day"),
    ("two days ago", "2021-08-28", "2021-08-28", "day"),
    ("3 weeks ago", "2021-08-09", "2021-08-15", "day"),
    ("a month ago", "2021-07-01", "2021-07-31", "month"),
    ("two years ago", "2019-01-01", "2019-12-31", "year"),
    ("last week", "2021-08-23", "2021-08-29", "day"),
    ("this week", "2021-08-30", "2021-09-05", "day"),
    ("last weekend", "2021-08-28", "2021-08-29", "day"),
    ("last month", "2021-07-01", "2021-07-31", "month"),
    ("this month", "2021-08-01", "2021-08-31", "month"),
    ("earlier this month", "2021-08-01", "2021-08-30", "month"),
    ("next month", "2021-09-01", "2021-09-30", "month"),
    ("last year", "2020-01-01", "2020-12-31", "year"),
    ("this year", "2021-01-01", "2021-12-31", "year"),
    ("earlier this year", "2021-01-01", "2021-08-30", "year"),
    ("the past two years", "2019-08-30", "2021-08-30", "year"),
    ("the past week", "2021-08-23", "2021-08-30", "day"),
    ("last summer", "2020-06-01", "2020-08-31", "season"),
    ("this winter", "2021-12-01", "2022-02-28", "season"),
    ("in May", "2021-05-01", "2021-05-31", "month"),
    ("last September", "2020-09-01", "2020-09-30", "month"),
    ("January to March", "2021-01-01", "2021-03-31", "month"),
    ("early January", "2021-01-01", "2021-01-10", "month"),
    ("yesterday and today", "2021-08-29", "2021-08-30", "day"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), RELATIVE)
def test_relative_dates_resolve_against_the_anchor(
    text: str, start: str, end: str, precision: Precision
) -> None:
    expected = TimeSpan(date.fromisoformat(start), date.fromisoformat(end), precision, text)
    assert parse_time(text, MONDAY) == expected


@pytest.mark.parametrize(("text", "_start", "_end", "_precision"), RELATIVE)
def test_relative_dates_without_an_anchor_are_unknown(
    text: str, _start: str, _end: str, _precision: str
) -> None:
    assert parse_time(text) == TimeSpan(None, None, "unknown", text)


@pytest.mark.parametrize(
    "text",
    [
        "in recent years",
        "for decades",
        "a day after",
        "the 19th century",
        "February 30, 2021",
        "May",
    ],
)
def test_time_expressions_that_cannot_be_resolved_are_unknown(text: str) -> None:
    assert parse_time(text) == TimeSpan(None, None, "unknown", text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ISIS-K considers the Taliban as filthy nationalists",
        "around 2,500 fighters",
        "13 US troops",
        "Theresa May said",
        "a man in his late 30s",
        "they may strike again",
        "the march on Kabul",
        "troops numbering 5 may return",
        "they march 3 miles",
    ],
)
def test_text_without_a_time_expression_is_none(text: str) -> None:
    assert parse_time(text, MONDAY) is None


@pytest.mark.parametrize(("anchor", "decade"), [(None, 1920), (MONDAY, 2020)])
def test_two_digit_decades_follow_the_anchor(anchor: date | None, decade: int) -> None:
    expected = TimeSpan(date(decade, 1, 1), date(decade + 9, 12, 31), "decade", "the '20s")
    assert parse_time("the '20s", anchor) == expected


def test_a_weekday_is_the_anchor_itself_when_it_falls_that_day() -> None:
    assert parse_time("on Sunday", SUNDAY) == TimeSpan(SUNDAY, SUNDAY, "day", "on Sunday")
    last = SUNDAY - timedelta(days=7)
    assert parse_time("last Sunday", SUNDAY) == TimeSpan(last, last, "day", "last Sunday")


def test_since_runs_to_the_anchor_or_stays_open() -> None:
    text = "Since January 2017, ISIS-K has been responsible for nearly 100 attacks"
    assert parse_time(text, MONDAY) == TimeSpan(date(2017, 1, 1), MONDAY, "month", text)
    assert parse_time(text) == TimeSpan(date(2017, 1, 1), None, "month", text)
    assert parse_time("since 2001", MONDAY) == TimeSpan(
        date(2001, 1, 1), MONDAY, "year", "since 2001"
    )
    assert parse_time("since 2001") == TimeSpan(date(2001, 1, 1), None, "year", "since 2001")


def test_before_after_and_until_bound_one_side() -> None:
    assert parse_time("before 2018") == TimeSpan(None, date(2017, 12, 31), "year", "before 2018")
    assert parse_time("until 2018") == TimeSpan(None, date(2018, 12, 31), "year", "until 2018")
    assert parse_time("after 2018", MONDAY) == TimeSpan(
        date(2019, 1, 1), MONDAY, "year", "after 2018"
    )


@pytest.mark.parametrize(
    ("text", "anchor", "day"),
    [
        ("August 30", date(2021, 8, 26), date(2021, 8, 30)),
        ("September 15", date(2021, 8, 26), date(2020, 9, 15)),
        ("February 29", date(2021, 3, 1), date(2020, 2, 29)),
    ],
)
def test_a_date_without_a_year_may_lie_a_little_after_the_anchor(
    text: str, anchor: date, day: date
) -> None:
    assert parse_time(text, anchor) == TimeSpan(day, day, "day", text)


def test_a_datetime_anchor_is_read_as_its_date() -> None:
    published = datetime(2021, 8, 30, 14, 5)
    assert parse_time("yesterday", published) == TimeSpan(SUNDAY, SUNDAY, "day", "yesterday")


def test_shift_moves_both_ends_and_keeps_the_rest() -> None:
    strike = parse_time("August 28, 2021")
    assert strike is not None
    day_before = shift(strike, -1)
    assert (day_before.start, day_before.end) == (date(2021, 8, 27), date(2021, 8, 27))
    assert (day_before.precision, day_before.text) == ("day", "August 28, 2021")
    open_ended = TimeSpan(date(2017, 1, 1), None, "month")
    assert shift(open_ended, 31) == TimeSpan(date(2017, 2, 1), None, "month")


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("January 2015", "January 2015"),
        ("early 2015", "early 2015"),
        ("mid-2019", "mid-2019"),
        ("late 2019 and early 2020", "late 2019 to early 2020"),
        ("August 28, 2021", "28 August 2021"),
        ("August 27-28, 2021", "27 to 28 August 2021"),
        ("30 August to 5 September 2021", "30 August to 5 September 2021"),
        ("2018", "2018"),
        ("between 2014 and 2016", "2014 to 2016"),
        ("January to March 2015", "January to March 2015"),
        ("December to March 2015", "December 2014 to March 2015"),
        ("spring 2020", "spring 2020"),
        ("winter 2020", "winter 2019/20"),
        ("Q3 2020", "the third quarter of 2020"),
        ("the 1990s", "the 1990s"),
        ("the early 1990s", "the early 1990s"),
        ("mid-January 2015", "mid-January 2015"),
        ("since January 2017", "since January 2017"),
        ("since early 2015", "since early 2015"),
        ("until 2018", "until 2018"),
        ("on Sunday", "on Sunday"),
    ],
)
def test_format_span_reads_like_the_news(text: str, rendered: str) -> None:
    span = parse_time(text)
    assert span is not None
    assert format_span(span) == rendered


def test_format_span_of_an_empty_span_without_text() -> None:
    assert format_span(TimeSpan(None, None, "unknown")) == "unknown date"


# ---- properties ---------------------------------------------------------------------------

days = st.dates(min_value=date(1000, 1, 1), max_value=date(2100, 12, 31))
anchors = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 1))
years = st.integers(min_value=1000, max_value=2100)
months = st.integers(min_value=1, max_value=12)
RELATIVE_TEXTS = [text for text, *_ in RELATIVE]
PAST_TEXTS = [
    "yesterday", "today", "on Sunday", "last Friday", "Thursday night", "last week",
    "last month", "last year", "two days ago", "3 weeks ago", "earlier this month", "last summer",
]  # fmt: skip


@given(days)
def test_any_written_day_is_that_single_day(day: date) -> None:
    for text in (f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}", day.isoformat()):
        assert parse_time(text) == TimeSpan(day, day, "day", text)


@given(years, months)
def test_a_month_and_year_cover_exactly_that_month(year: int, month: int) -> None:
    span = parse_time(f"{MONTH_NAMES[month - 1]} {year}")
    assert span is not None and span.start is not None and span.end is not None
    assert span.precision == "month"
    assert (span.start.year, span.start.month, span.start.day) == (year, month, 1)
    assert (span.end.year, span.end.month) == (year, month)
    assert (span.end + timedelta(days=1)).day == 1


@given(years, years)
def test_between_two_years_covers_both(first: int, second: int) -> None:
    first, second = sorted((first, second))
    span = parse_time(f"between {first} and {second}")
    assert span is not None
    assert (span.start, span.end) == (date(first, 1, 1), date(second, 12, 31))


@given(st.text(max_size=60), st.none() | anchors)
def test_any_text_gives_none_or_an_ordered_span(text: str, anchor: date | None) -> None:
    span = parse_time(text, anchor)
    if span is None:
        return
    assert span.text == text
    if span.start is not None and span.end is not None:
        assert span.start <= span.end
    if span.precision == "unknown":
        assert span.start is None and span.end is None


@given(st.sampled_from(RELATIVE_TEXTS))
def test_relative_expressions_never_resolve_without_an_anchor(text: str) -> None:
    assert parse_time(text) == TimeSpan(None, None, "unknown", text)


@given(st.sampled_from(PAST_TEXTS), anchors)
def test_past_expressions_end_by_the_anchor(text: str, anchor: date) -> None:
    span = parse_time(text, anchor)
    assert span is not None and span.start is not None and span.end is not None
    assert span.start <= span.end <= anchor


@given(st.sampled_from(sorted(WEEKDAYS)), anchors)
def test_a_weekday_is_the_latest_such_day_on_or_before_the_anchor(
    weekday: str, anchor: date
) -> None:
    span = parse_time(f"on {weekday.title()}", anchor)
    assert span is not None and span.start is not None
    assert span.start.strftime("%A").lower() == weekday
    assert 0 <= (anchor - span.start).days <= 6
    last = parse_time(f"last {weekday.title()}", anchor)
    assert last is not None and last.start is not None
    assert 1 <= (anchor - last.start).days <= 7


@given(days, anchors)
def test_a_day_without_a_year_falls_within_a_year_before_the_tolerance(
    day: date, anchor: date
) -> None:
    span = parse_time(f"{day.day} {MONTH_NAMES[day.month - 1]}", anchor)
    assert span is not None and span.start is not None
    limit = anchor + FUTURE_TOLERANCE
    assert span.start <= limit
    assert (span.start.month, span.start.day) == (day.month, day.day)
    assert (limit - span.start).days < (366 if (day.month, day.day) != (2, 29) else 8 * 366)


@given(days, st.integers(min_value=0, max_value=400), st.integers(-10_000, 10_000))
def test_shift_preserves_length_and_precision(start: date, length: int, offset: int) -> None:
    span = TimeSpan(start, start + timedelta(days=length), "season", "x")
    moved = shift(span, offset)
    assert moved.start is not None and moved.end is not None
    assert moved.end - moved.start == timedelta(days=length)
    assert moved.start - start == timedelta(days=offset)
    assert (moved.precision, moved.text) == (span.precision, span.text)


absolute_texts = st.one_of(
    days.map(lambda day: f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"),
    st.tuples(years, months).map(lambda pair: f"{MONTH_NAMES[pair[1] - 1]} {pair[0]}"),
    st.tuples(st.sampled_from(["early", "mid-", "late", "spring", "summer", "autumn"]), years).map(
        lambda pair: f"{pair[0]} {pair[1]}".replace("- ", "-")
    ),
    years.map(str),
    st.tuples(years, years).map(lambda pair: f"from {min(pair)} to {max(pair)}"),
    st.integers(100, 209).map(lambda decade: f"the {decade * 10}s"),
)


@given(absolute_texts)
def test_format_span_reads_back_as_the_same_span(text: str) -> None:
    span = parse_time(text)
    assert span is not None
    again = parse_time(format_span(span))
    assert again is not None
    assert (again.start, again.end, again.precision) == (span.start, span.end, span.precision)
