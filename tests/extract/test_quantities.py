from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.model import Money, Range
from dossier.model.quantities import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    TENS,
    UNITS,
    parse_money,
    parse_quantity,
)

COUNTS = [
    # approximate
    ("around 2,500", 2500, 2500, True, None),
    ("believed to have numbered around 2,500 people at their height", 2500, 2500, True, None),
    ("nearly 100", 100, 100, True, None),
    ("nearly 100 attacks against civilians", 100, 100, True, None),
    ("about 250", 250, 250, True, None),
    ("some 300", 300, 300, True, None),
    ("an estimated 1,000", 1000, 1000, True, None),
    ("200 or so", 200, 200, True, None),
    # ranges
    ("1,500 to 2,200", 1500, 2200, False, None),
    ("around 1,500 to 2,200", 1500, 2200, True, None),
    ("a core group of around 1,500 to 2,200 fighters", 1500, 2200, True, None),
    ("between 10 and 15", 10, 15, False, None),
    ("10-15", 10, 15, False, None),
    ("10–15", 10, 15, False, None),
    ("two or three", 2, 3, False, None),
    ("between two and three", 2, 3, False, None),
    ("1.5 to 2 million", 1_500_000, 2_000_000, False, None),
    ("one to two million", 1_000_000, 2_000_000, False, None),
    # bounds
    ("over 1,400", 1400, None, True, "more than"),
    ("over 1,400 of its fighters and their families", 1400, None, True, "more than"),
    ("more than 1,400", 1400, None, True, "more than"),
    ("in excess of 1,400", 1400, None, True, "more than"),
    ("at least 16", 16, None, False, "at least"),
    ("no fewer than 16", 16, None, False, "at least"),
    ("16 or more", 16, None, False, "at least"),
    ("50+", 50, None, False, "at least"),
    ("up to 50", None, 50, False, "at most"),
    ("as many as 50", None, 50, False, "at most"),
    ("fewer than 20", None, 20, True, "less than"),
    ("under 20", None, 20, True, "less than"),
    ("more than a dozen", 12, None, True, "more than"),
    # vague amounts
    ("scores", 40, None, True, None),
    ("scores of people", 40, None, True, None),
    ("dozens", 24, None, True, None),
    ("dozens of civilians", 24, None, True, None),
    ("hundreds", 200, None, True, None),
    ("thousands", 2000, None, True, None),
    ("tens of thousands", 20_000, None, True, None),
    ("hundreds of thousands", 200_000, None, True, None),
    ("several", 3, 9, True, None),
    ("several hundred", 300, 900, True, None),
    ("a few", 2, 5, True, None),
    ("a few thousand", 2000, 5000, True, None),
    ("a handful", 3, 5, True, None),
    ("a couple of", 2, 2, True, None),
    # exact words
    ("a dozen", 12, 12, False, None),
    ("half a dozen", 6, 6, False, None),
    ("three dozen", 36, 36, False, None),
    ("Three soldiers", 3, 3, False, None),
    ("twenty-five", 25, 25, False, None),
    ("twenty five", 25, 25, False, None),
    ("two hundred", 200, 200, False, None),
    ("a hundred", 100, 100, False, None),
    ("one hundred and two", 102, 102, False, None),
    ("one thousand five hundred", 1500, 1500, False, None),
    ("one", 1, 1, False, None),
    ("a planner", 1, 1, False, None),
    ("an attack", 1, 1, False, None),
    ("both", 2, 2, False, None),
    ("zero", 0, 0, False, None),
    # digits and scales
    ("13 US troops", 13, 13, False, None),
    ("2,500", 2500, 2500, False, None),
    ("1,500,000", 1_500_000, 1_500_000, False, None),
    ("15,00,000", 1_500_000, 1_500_000, False, None),
    ("1.5 million", 1_500_000, 1_500_000, False, None),
    ("2m", 2_000_000, 2_000_000, False, None),
    ("3k", 3000, 3000, False, None),
    ("1.2bn", 1_200_000_000, 1_200_000_000, False, None),
    ("2.5 lakh", 250_000, 250_000, False, None),
    ("3 crore", 30_000_000, 30_000_000, False, None),
]


@pytest.mark.parametrize(("text", "least", "most", "approx", "bound"), COUNTS)
def test_counts(
    text: str, least: int | None, most: int | None, approx: bool, bound: str | None
) -> None:
    assert parse_quantity(text) == Range(least, most, approx, bound, text)


@pytest.mark.parametrize("text", ["", "many people", "no number here", "13th", "the first"])
def test_text_without_a_number_is_none(text: str) -> None:
    assert parse_quantity(text) is None


MONEY = [
    ("$100 million", 100_000_000.0, "USD", None),
    ("in excess of $100 million", 100_000_000.0, "USD", "more than"),
    ("received funding in excess of $100 million", 100_000_000.0, "USD", "more than"),
    ("nearly £4m", 4_000_000.0, "GBP", "about"),
    ("a bounty of nearly £4m", 4_000_000.0, "GBP", "about"),
    ("€5bn", 5_000_000_000.0, "EUR", None),
    ("5 billion euros", 5_000_000_000.0, "EUR", None),
    ("US$3.2m", 3_200_000.0, "USD", None),
    ("Rs 500 crore", 5_000_000_000.0, "INR", None),
    ("Rs. 2 lakh", 200_000.0, "INR", None),
    ("500,000 afghanis", 500_000.0, "AFN", None),
    ("£600m", 600_000_000.0, "GBP", None),
    ("$1.13bn", 1_130_000_000.0, "USD", None),
    ("$25,000", 25_000.0, "USD", None),
    ("a million dollars", 1_000_000.0, "USD", None),
    ("10 million rupees", 10_000_000.0, "INR", None),
    ("5 million Pakistani rupees", 5_000_000.0, "PKR", None),
    ("20 million pounds", 20_000_000.0, "GBP", None),
    ("USD 5 million", 5_000_000.0, "USD", None),
    ("A$20", 20.0, "AUD", None),
    ("at least $5m", 5_000_000.0, "USD", "at least"),
    ("up to $5m", 5_000_000.0, "USD", "at most"),
    ("less than $5m", 5_000_000.0, "USD", "less than"),
    ("$5m to $10m", 5_000_000.0, "USD", "at least"),
    ("$5-10m", 5_000_000.0, "USD", "at least"),
    ("millions of dollars", 2_000_000.0, "USD", "more than"),
    ("in 2015, $5m was paid", 5_000_000.0, "USD", None),
]


@pytest.mark.parametrize(("text", "amount", "currency", "bound"), MONEY)
def test_money(text: str, amount: float, currency: str, bound: str | None) -> None:
    assert parse_money(text) == Money(amount, currency, bound, text)


@pytest.mark.parametrize("text", ["", "about 300 people", "$", "they try 5 times", "dollars"])
def test_text_without_a_currency_and_an_amount_is_not_money(text: str) -> None:
    assert parse_money(text) is None


# ---- properties ---------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=10**12)
NAMES = {value: name for name, value in (UNITS | TENS).items()}


def spell(number: int) -> str:
    """English words for 0 <= number < 10**12, British style ('one hundred and two')."""
    if number < 20:
        return NAMES[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return NAMES[tens * 10] + (f"-{NAMES[units]}" if units else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{NAMES[hundreds]} hundred" + (f" and {spell(rest)}" if rest else "")
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if number >= scale:
            high, rest = divmod(number, scale)
            return f"{spell(high)} {name}" + (f" {spell(rest)}" if rest else "")
    raise AssertionError(number)


@given(counts)
def test_around_any_grouped_number_is_that_number_approximately(number: int) -> None:
    text = f"around {number:,}"
    assert parse_quantity(text) == Range(number, number, approx=True, text=text)


@given(counts, counts)
def test_a_to_b_is_the_range_a_to_b(first: int, second: int) -> None:
    low, high = sorted((first, second))
    for text in (f"{low:,} to {high:,}", f"{low} to {high}", f"between {low:,} and {high:,}"):
        assert parse_quantity(text) == Range(low, high, text=text)


@given(counts)
def test_over_any_number_is_bounded_below(number: int) -> None:
    text = f"over {number:,} fighters"
    assert parse_quantity(text) == Range(number, None, True, "more than", text)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_any_spelled_number_reads_back(number: int) -> None:
    text = spell(number)
    assert parse_quantity(text) == Range(number, number, text=text)


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["million", "m", "bn"]))
def test_decimals_with_a_scale_are_exact(hundredths: int, scale: str) -> None:
    value = Decimal(hundredths).scaleb(-2)
    text = f"{value} {scale}" if len(scale) > 1 and scale != "bn" else f"{value}{scale}"
    expected = int(value * (10**9 if scale == "bn" else 10**6))
    assert parse_quantity(text) == Range(expected, expected, text=text)


@given(counts, st.sampled_from(sorted(CURRENCY_PREFIXES)))
def test_any_amount_after_a_currency_sign(number: int, prefix: str) -> None:
    text = f"{prefix}{number:,}"
    assert parse_money(text) == Money(float(number), CURRENCY_PREFIXES[prefix], text=text)


@given(counts, st.sampled_from(sorted(CURRENCY_WORDS)))
def test_any_amount_before_a_currency_word(number: int, word: str) -> None:
    text = f"{number:,} {word}"
    assert parse_money(text) == Money(float(number), CURRENCY_WORDS[word], text=text)


@given(st.integers(min_value=1, max_value=999))
def test_millions_of_pounds_in_short(number: int) -> None:
    text = f"£{number}m"
    assert parse_money(text) == Money(number * 1e6, "GBP", text=text)


@given(st.text(max_size=60))
def test_any_text_gives_none_or_an_ordered_range(text: str) -> None:
    counted = parse_quantity(text)
    if counted is not None:
        assert counted.text == text
        assert counted.min is not None or counted.max is not None
        if counted.min is not None and counted.max is not None:
            assert 0 <= counted.min <= counted.max
    money = parse_money(text)
    if money is not None:
        assert money.amount >= 0 and money.text == text
