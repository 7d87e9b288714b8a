"""When two stated values agree, and which one says most."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dossier.model import Money, Range, TimeSpan
from dossier.reconcile.values import agree, most_precise

EARLY_2015 = TimeSpan(date(2015, 1, 1), date(2015, 4, 30), "season", "early 2015")
JANUARY_2015 = TimeSpan(date(2015, 1, 1), date(2015, 1, 31), "month", "January 2015")
MAY_2016 = TimeSpan(date(2016, 5, 1), date(2016, 5, 31), "month", "May 2016")


def test_dates_agree_when_their_intervals_overlap() -> None:
    assert agree(EARLY_2015, JANUARY_2015)
    assert not agree(JANUARY_2015, MAY_2016)
    assert most_precise([EARLY_2015, JANUARY_2015]) == JANUARY_2015


def test_an_open_stretch_of_time_runs_on_from_its_start() -> None:
    since_2010 = TimeSpan(date(2010, 1, 1), None, "year", "since 2010")
    assert agree(since_2010, MAY_2016)
    assert not agree(since_2010, TimeSpan(date(2004, 1, 1), date(2004, 12, 31), "year"))
    assert agree(TimeSpan(None, date(2015, 12, 31), "year", "until 2015"), JANUARY_2015)


def test_counts_agree_within_a_stated_range_or_an_approximation() -> None:
    core = Range(1500, 2200, approx=True, text="around 1,500 to 2,200")
    assert not agree(Range(2500, 2500, approx=True), core)
    assert agree(Range(2500, 2500, approx=True), Range(2400, 2400))  # 'around' allows 5%
    assert not agree(Range(2500, 2500), Range(2400, 2400))
    assert agree(Range(1000, None, bound="more than"), Range(3000, 3000))
    assert most_precise([Range(1000, None, bound="more than"), Range(3000, 3000)]) == Range(
        3000, 3000
    )


def test_money_agrees_within_a_quarter_in_one_currency() -> None:
    assert agree(Money(100e6, "USD"), Money(90e6, "USD"))
    assert not agree(Money(100e6, "USD"), Money(40e6, "USD"))
    assert not agree(Money(100e6, "USD"), Money(100e6, "EUR"))


def test_names_agree_when_one_contains_the_other() -> None:
    assert agree("smuggling networks", "Smuggling")
    assert not agree("smuggling", "kidnapping")
    assert not agree(None, "kidnapping") and agree(None, None)


def test_names_are_compared_as_whole_words() -> None:
    assert not agree("Mali", "Somalia")
    assert not agree("arms", "farmsteads")
    assert agree("Marxist", "Marxist-Leninist")
    assert agree("“Light of the Valley”", "Light of the Valley, in the old tongue")
    assert not agree("", "Marxist") and agree("", "")


counts = st.builds(
    Range,
    st.none() | st.integers(0, 10_000),
    st.none() | st.integers(0, 10_000),
    st.booleans(),
)


@given(st.text(max_size=30), st.text(max_size=30))
def test_names_agree_both_ways_and_with_themselves(first: str, second: str) -> None:
    assert agree(first, second) == agree(second, first)
    assert agree(first, first)


@given(counts, counts)
def test_counts_agree_both_ways_and_with_themselves(first: Range, second: Range) -> None:
    assert agree(first, second) == agree(second, first)
    if first.min is None or first.max is None or first.min <= first.max:
        assert agree(first, first)
