"""Normalise counts into :class:`~dossier.model.Range` and sums into :class:`~dossier.model.Money`.

``parse_quantity`` reads what spaCy marks as a CARDINAL entity (or a short
phrase around one), ``parse_money`` a MONEY entity. Standard library only,
regexes compiled once: they run on every such entity of every article.

Conventions
-----------
* A count is a range: "around 2,500" is ``Range(2500, 2500, approx=True)``,
  "1,500 to 2,200" is ``Range(1500, 2200)``. Words after the number are
  ignored ("13 US troops" is 13); text without a number gives ``None``.
* "about", "around", "nearly", "almost", "some", "an estimated"... mark the
  count approximate and nothing else: "nearly 100" is ``Range(100, 100,
  approx=True)``.
* Bounds keep the number said as the open end's limit. "over", "more than",
  "in excess of" give ``Range(n, None, approx=True, bound="more than")`` and
  "under", "less than", "fewer than" ``Range(None, n, approx=True,
  bound="less than")``: the true count is near n but on one side of it.
  "at least", "no fewer than", "or more" give ``Range(n, None,
  bound="at least")`` and "up to", "as many as", "at most", "no more than"
  ``Range(None, n, bound="at most")``: n itself is allowed and is a stated
  limit, not an estimate, so ``approx`` is False.
* Vague amounts are approximate ranges: "a few" 2-5, "a couple" 2, "a
  handful" 3-5, "several" 3-9; plurals are at least two of the unit with no
  upper limit: "dozens" 24+, "scores" 40+, "tens" 20+, "hundreds" 200+,
  "thousands" 2,000+, "millions" 2,000,000+. A scale multiplies them: "several
  hundred" is 300-900, "tens of thousands" 20,000+.
* "a dozen" is 12, "half a dozen" 6, "both" and "a pair of" 2; "a"/"an" at the
  start of the text is 1 ("a planner").
* A scale after the second number of a range applies to the first when that
  one is smaller ("1.5 to 2 million", "$5-10m").
* Money: ``amount`` is in units of the currency. "about", "nearly", "almost"
  and the like give ``bound="about"`` ("nearly £4m" is
  ``Money(4000000.0, "GBP", "about")``); "over"/"in excess of" give "more than",
  "under"/"less than" give "less than", "at least" and "at most" as for counts.
  A range of money ("$5m-$10m") gives its lower end with ``bound="at least"``;
  a vague amount ("millions of dollars") its least value with "more than".
* Currencies: "$" and "dollars" are USD unless another country is named
  ("A$", "Canadian dollars"); "Rs" and "rupees" are INR unless "Pakistani
  rupees"; lakh is 100,000 and crore 10,000,000. A sum with no currency is not
  money: ``parse_money`` returns ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from dossier.model import Money, Range
from dossier.model.lexicon import load_lexicon, words

__all__ = ["AT_LEAST", "AT_MOST", "LESS_THAN", "MORE_THAN", "parse_money", "parse_quantity"]

MORE_THAN = "more than"
AT_LEAST = "at least"
LESS_THAN = "less than"
AT_MOST = "at most"
APPROXIMATE = "approximate"  # a qualifier kind of the lexicon: no bound
_LOWER_BOUNDS = frozenset({MORE_THAN, AT_LEAST})

VALUES = load_lexicon("dossier.model.data", "values")

UNITS: dict[str, int] = dict(VALUES["number_units"])
TENS: dict[str, int] = dict(VALUES["number_tens"])
SCALES: dict[str, int] = dict(VALUES["number_scales"])
# Written straight after digits: "2m", "£4m", "$1.13bn", "3k".
SCALE_ABBREVIATIONS: dict[str, int] = dict(VALUES["scale_abbreviations"])
EXACT_PHRASES: dict[str, int] = dict(VALUES["exact_phrases"])
# Vague amount -> (least, most); None: no upper limit.
VAGUE_AMOUNTS: dict[str, tuple[int, int | None]] = {
    word: (least, most) for word, (least, most) in VALUES["vague_amounts"].items()
}
# What each kind of qualifier in the lexicon makes of a count: (approximate?, bound).
_QUALIFIER_KINDS: dict[str, tuple[bool, str | None]] = {
    APPROXIMATE: (True, None),
    MORE_THAN: (True, MORE_THAN),
    AT_LEAST: (False, AT_LEAST),
    LESS_THAN: (True, LESS_THAN),
    AT_MOST: (False, AT_MOST),
}


def _qualifiers(key: str) -> dict[str, tuple[bool, str | None]]:
    """Qualifier -> (approximate?, bound), from the lexicon's lists by kind."""
    return {word: _QUALIFIER_KINDS[kind] for kind, listed in VALUES[key].items() for word in listed}


# Words before a number -> (approximate?, bound).
QUALIFIERS = _qualifiers("count_qualifiers_before")
# Words after a number -> (approximate?, bound).
SUFFIX_QUALIFIERS = _qualifiers("count_qualifiers_after")
# Written before the amount ("US$3.2m", "Rs 500 crore"); lower case, as matched.
CURRENCY_PREFIXES: dict[str, str] = dict(VALUES["currency_prefixes"])
# ISO codes, before or after the amount ("USD 5m"); not TRY, which is also a verb.
CURRENCY_CODES = words(VALUES, "currency_codes")
# Written after the amount ("500,000 afghanis", "5 billion euros").
CURRENCY_WORDS: dict[str, str] = dict(VALUES["currency_words"])


class _Number(NamedTuple):
    """One number as written: '2,500', 'two hundred', 'several', '1.5 million'."""

    least: Decimal
    most: Decimal | None  # None: no upper limit ("dozens")
    definite: bool  # a plain number, not a vague amount
    scale: int  # the scale written last ("million" in "1.5 million"), else 1
    start: int
    end: int


class _Measure(NamedTuple):
    """A number or range with what qualifies it."""

    least: Decimal | None
    most: Decimal | None
    approx: bool
    bound: str | None
    is_range: bool
    definite: bool
    end: int  # where the number or range ends in the text


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation, longest first so 'more than' is tried before 'more'."""
    return "|".join(sorted((re.escape(phrase) for phrase in phrases), key=len, reverse=True))


_NUMBER_WORD = _alternation([*UNITS, *TENS, *SCALES])
_SCALE_WORD = _alternation(SCALES)
# Abbreviations of two letters or more may follow a space ("5 bn"); one letter
# must touch the digits ("2m"), as "5 m" is more likely metres.
_SCALE_ABBREVIATION = (
    rf"\s?(?:{_alternation(key for key in SCALE_ABBREVIATIONS if len(key) > 1)})"
    rf"|[{''.join(key for key in SCALE_ABBREVIATIONS if len(key) == 1)}]"
)
# Western (1,500,000) or Indian (15,00,000) grouping, or plain digits; then decimals.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?"
# One named group per kind of number (vague, exact, digits, words);
# ``_read_number`` reads whichever matched.
_NUMBER = re.compile(
    # "several hundred", "hundreds of thousands", "dozens"
    rf"\b(?P<vague>(?P<vague_word>{_alternation(VAGUE_AMOUNTS)})"
    rf"(?:\s(?:of\s)?(?P<vague_scale>{_SCALE_WORD})s?)?)(?![a-z])"
    rf"|\b(?P<exact>{_alternation(EXACT_PHRASES)})\b"
    # "2,500", "1.5 million", "2m", "$1.13bn", "500 crore"; never the tail of "1,500"
    # or "1.5", nor part of "13th"
    rf"|(?<!\d)(?<!\d[.,])(?P<digits>(?P<digits_value>{_DIGITS})"
    rf"(?P<digits_scale>{_SCALE_ABBREVIATION}|(?:\s(?:{_SCALE_WORD})s?)+)?)(?![a-z\d])"
    # "twenty-five", "a hundred", "one thousand five hundred", "one hundred and two";
    # "and" only after a scale, so "between two and three" stays two numbers.
    rf"|\b(?P<words>(?:an?\s(?={_SCALE_WORD}))?(?:{_NUMBER_WORD})"
    rf"(?:(?:-|\s|(?<=hundred)\sand\s|(?<=thousand)\sand\s|(?<=million)\sand\s)"
    rf"(?:{_NUMBER_WORD}))*)\b"
)
_WORD_SEPARATOR = re.compile(r"[\s-]+")
_CURRENCY_SYMBOLS = "".join(key for key in CURRENCY_PREFIXES if len(key) == 1)
_CURRENCY_PREFIX_PATTERN = (
    rf"(?<![a-z])(?:{_alternation(key for key in CURRENCY_PREFIXES if len(key) > 1)}"
    rf"|{_alternation(CURRENCY_CODES)})|[{_CURRENCY_SYMBOLS}]"
)
# A currency right before the amount: "$", "us$", "rs ", "usd ".
_CURRENCY_BEFORE = re.compile(rf"(?P<currency>{_CURRENCY_PREFIX_PATTERN})\s?$")
# A currency right after it: "afghanis", "of dollars", "usd".
_CURRENCY_AFTER = re.compile(
    rf"\s?(?:of\s)?(?P<currency>{_alternation(CURRENCY_WORDS)}|{_alternation(CURRENCY_CODES)})\b"
)
# What joins the two ends of a range; the second may repeat the currency ("$5m to $10m").
_RANGE_JOINER = re.compile(rf"\s?(?P<joiner>-|to|or|and)\s?(?:{_CURRENCY_PREFIX_PATTERN})?\s?")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s$")
_QUALIFIER_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<qualifier>{_alternation(QUALIFIERS)})\s?$")
_QUALIFIER_AFTER = re.compile(rf"\s?(?P<suffix>{_alternation(SUFFIX_QUALIFIERS)})(?![a-z])")
_LEADING_ARTICLE = re.compile(r"an?\s\w")
_TYPOGRAPHY = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})
_WHITESPACE = re.compile(r"\s+")


# ---- public API ---------------------------------------------------------------------------


def parse_quantity(text: str) -> Range | None:
    """The count ``text`` states, as a range; None when it holds no number."""
    normalised = _normalise(text)
    match = _NUMBER.search(normalised)
    if match is None:
        if _LEADING_ARTICLE.match(normalised):
            return Range(1, 1, text=text)
        return None
    measure = _measure(normalised, match, match.start())
    return Range(_to_int(measure.least), _to_int(measure.most), measure.approx, measure.bound, text)


def parse_money(text: str) -> Money | None:
    """The sum of money ``text`` states; None when it names no currency and amount."""
    normalised = _normalise(text)
    for match in _NUMBER.finditer(normalised):
        prefix = _CURRENCY_BEFORE.search(normalised, 0, match.start())
        qualifier_end = prefix.start() if prefix else match.start()
        measure = _measure(normalised, match, qualifier_end)
        if prefix:
            currency = _currency(prefix["currency"])
        else:
            suffix = _CURRENCY_AFTER.match(normalised, measure.end)
            currency = _currency(suffix["currency"]) if suffix else None
        if currency is None:
            continue
        amount = measure.least if measure.least is not None else measure.most
        assert amount is not None  # a measure always has one end
        return Money(float(amount), currency, _money_bound(measure), text)
    return None


# ---- reading numbers ----------------------------------------------------------------------


def _normalise(text: str) -> str:
    return _WHITESPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip().lower()


def _to_int(value: Decimal | None) -> int | None:
    return None if value is None else int(value.to_integral_value(rounding=ROUND_HALF_UP))


def _scale_of(words: str) -> int:
    """The product of scale words or an abbreviation: 'million', 'hundred thousand', 'bn'."""
    scale = 1
    for word in words.split():
        scale *= SCALE_ABBREVIATIONS.get(word) or SCALES[word.removesuffix("s")]
    return scale


def _words_value(phrase: str) -> tuple[int, int]:
    """'one thousand five hundred' -> (1500, 100): the value and the scale written last."""
    total = current = 0
    scale = 1
    for word in _WORD_SEPARATOR.split(phrase):
        if word in ("a", "an"):
            current += 1
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        scale = SCALES.get(word, 1)  # the last word decides
    return total + current, scale


def _read_number(match: re.Match[str]) -> _Number:
    start, end = match.start(), match.end()
    if match["vague"]:
        scale = SCALES[match["vague_scale"]] if match["vague_scale"] else 1
        least, most = VAGUE_AMOUNTS[match["vague_word"]]
        upper = None if most is None else Decimal(most * scale)
        return _Number(Decimal(least * scale), upper, False, scale, start, end)
    if match["exact"]:
        value = Decimal(EXACT_PHRASES[match["exact"]])
        return _Number(value, value, True, 1, start, end)
    if match["digits"]:
        scale = _scale_of(match["digits_scale"]) if match["digits_scale"] else 1
        value = Decimal(match["digits_value"].replace(",", "")) * scale
        return _Number(value, value, True, scale, start, end)
    number, scale = _words_value(match["words"])
    return _Number(Decimal(number), Decimal(number), True, scale, start, end)


def _second_number(text: str, first: _Number) -> _Number | None:
    """The other end of a range that starts with ``first``, if there is one."""
    joiner = _RANGE_JOINER.match(text, first.end)
    if joiner is None or not first.definite:
        return None
    if joiner["joiner"] == "and" and not _BETWEEN_BEFORE.search(text, 0, first.start):
        return None  # "13 troops and 2 civilians" is not a range
    match = _NUMBER.match(text, joiner.end())
    if match is None:
        return None
    second = _read_number(match)
    return second if second.definite else None


def _measure(text: str, match: re.Match[str], qualifier_end: int) -> _Measure:
    """The number at ``match``, a range it opens, and qualifiers before ``qualifier_end``."""
    first = _read_number(match)
    second = _second_number(text, first)
    last = second or first
    qualifier = _QUALIFIER_BEFORE.search(text, 0, qualifier_end)
    approx, bound = QUALIFIERS[qualifier["qualifier"]] if qualifier else (False, None)
    suffix = _QUALIFIER_AFTER.match(text, last.end)
    if suffix:
        suffix_approx, suffix_bound = SUFFIX_QUALIFIERS[suffix["suffix"]]
        approx, bound = approx or suffix_approx, bound or suffix_bound
    if second is not None:
        least = first.least
        if first.scale == 1 and second.scale > 1 and least * second.scale <= second.least:
            least *= second.scale  # "1.5 to 2 million"
        low, high = sorted((least, second.least))
        return _Measure(low, high, approx, None, True, True, last.end)
    if not first.definite:
        return _Measure(first.least, first.most, True, None, False, False, last.end)
    if bound is None:
        return _Measure(first.least, first.most, approx, None, False, True, last.end)
    if bound in _LOWER_BOUNDS:
        return _Measure(first.least, None, approx, bound, False, True, last.end)
    return _Measure(None, first.most, approx, bound, False, True, last.end)


# ---- money --------------------------------------------------------------------------------


def _currency(written: str) -> str | None:
    written = written.strip()
    if written in CURRENCY_CODES:
        return written.upper()
    return CURRENCY_PREFIXES.get(written) or CURRENCY_WORDS.get(written)


def _money_bound(measure: _Measure) -> str | None:
    if measure.is_range:
        return AT_LEAST
    if not measure.definite:
        return MORE_THAN
    if measure.bound:
        return measure.bound
    return "about" if measure.approx else None
