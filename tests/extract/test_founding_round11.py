"""Founding dates from a body's first record, its opening and its first broadcast
(extract/first_records.py), and the shapes of those words that date nothing: a record
without a word of firstness, someone's mention, an opening with an object or one only
planned, going off the air. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def founded_years(text: str, annotate: Annotate) -> set[tuple[str, int]]:
    return {
        (claim.subject.name, claim.value.start.year)
        for claim in annotate(text).claims
        if claim.predicate == "founded"
    }


def test_a_first_record_dates_a_body(annotate: Annotate) -> None:
    text = "The Marlow Chess Society was first mentioned in 1526."
    assert ("Marlow Chess Society", 1526) in founded_years(text, annotate)


def test_the_first_record_of_its_existence(annotate: Annotate) -> None:
    text = (
        "The Velter Court Band is an orchestra in Dunford. "
        "Its existence was first recorded in 1612."
    )
    assert ("Velter Court Band", 1612) in founded_years(text, annotate)


def test_a_mention_without_firstness_dates_nothing(annotate: Annotate) -> None:
    text = "The Marlow Chess Society was mentioned in 1526."
    assert not founded_years(text, annotate)


def test_someone_mentioning_a_body_dates_nothing(annotate: Annotate) -> None:
    text = "Ada Pell first mentioned the Marlow Chess Society in 1926."
    assert not founded_years(text, annotate)


def test_a_body_that_opened(annotate: Annotate) -> None:
    assert ("Tessaly Museum", 1902) in founded_years("The Tessaly Museum opened in 1902.", annotate)
    assert ("Harken Institute", 1921) in founded_years(
        "The Harken Institute, which opened in 1921, teaches chemistry.", annotate
    )


def test_a_body_opened_by_someone(annotate: Annotate) -> None:
    text = "The Tessaly Museum was opened in 1902 by Queen Mara."
    assert ("Tessaly Museum", 1902) in founded_years(text, annotate)


def test_opening_something_is_an_act(annotate: Annotate) -> None:
    assert not founded_years("The Harken Institute opened a new wing in 2011.", annotate)
    assert not founded_years("The Tessaly Guard opened fire in 1902.", annotate)


def test_an_opening_only_planned_dates_nothing(annotate: Annotate) -> None:
    text = "A sister school of the Harken Institute was scheduled to open in October 2006."
    assert not founded_years(text, annotate)


def test_a_first_broadcast(annotate: Annotate) -> None:
    assert ("Norrick Radio", 1975) in founded_years(
        "Norrick Radio first went on the air on 3 May 1975.", annotate
    )
    assert ("Norrick Radio", 1975) in founded_years(
        "After a long wait, Norrick Radio hit the airwaves in 1975 from a barn.", annotate
    )


def test_the_station_of_the_page_went_on_the_air(annotate: Annotate) -> None:
    text = "Radio Norrick is a radio station in Dunford. The station went on the air in 1962."
    assert ("Radio Norrick", 1962) in founded_years(text, annotate)


def test_going_off_the_air_is_no_beginning(annotate: Annotate) -> None:
    assert not founded_years("Norrick Radio went off the air in 2001.", annotate)


def founders(text: str, annotate: Annotate) -> set[tuple[str, str | None]]:
    return pairs(annotate(text).claims, "founded_by")


def test_a_co_founder_in_a_relative_clause_gives_no_later_date(annotate: Annotate) -> None:
    text = "Ada Pell, who co-founded the Harken Institute, died in 1950."
    assert not founded_years(text, annotate)
    assert ("Harken Institute", "Ada Pell") in founders(text, annotate)


def test_a_co_founding_dated_after_the_verb_or_before_the_clause(annotate: Annotate) -> None:
    text = "Ada Pell and Tom Rusk co-founded the Harken Institute in 2004."
    assert ("Harken Institute", 2004) in founded_years(text, annotate)
    text = "In 2004, Ada Pell and Tom Rusk co-founded the Harken Institute."
    assert ("Harken Institute", 2004) in founded_years(text, annotate)


def test_co_founded_with_a_date_before_the_agent(annotate: Annotate) -> None:
    text = "The Harken Institute was co-founded in 2004 by Ada Pell."
    assert ("Harken Institute", 2004) in founded_years(text, annotate)
    assert ("Harken Institute", "Ada Pell") in founders(text, annotate)


def test_a_chartered_body(annotate: Annotate) -> None:
    text = "The Harken Bank was chartered in 1901."
    assert ("Harken Bank", 1901) in founded_years(text, annotate)


def test_a_body_spun_off(annotate: Annotate) -> None:
    text = "Norland Telecom spun off Velter Networks in 1999."
    assert ("Velter Networks", 1999) in founded_years(text, annotate)


def test_a_body_that_began_life(annotate: Annotate) -> None:
    text = "Harken Foods began life as a small bakery in 1901."
    assert ("Harken Foods", 1901) in founded_years(text, annotate)


def test_a_person_beginning_life_is_no_founding(annotate: Annotate) -> None:
    text = "Ada Pell began life in Dunford in 1901."
    assert not founded_years(text, annotate)


def test_the_date_a_when_clause_follows_without_a_comma(annotate: Annotate) -> None:
    text = "The recipe was first served in 1893 when Ada Pell created the Harken Company."
    assert ("Harken Company", 1893) in founded_years(text, annotate)


def test_a_periodical_first_published(annotate: Annotate) -> None:
    text = "The Dunford Herald is a daily newspaper in Norland. It was first published in 1850."
    assert ("Dunford Herald", 1850) in founded_years(text, annotate)


def test_a_pronoun_first_recorded_on_another_page_dates_nothing(annotate: Annotate) -> None:
    text = (
        "Harken Days is a novel by Ada Pell, published by Velter Press in Dunford. "
        "It was first published in 1850."
    )
    assert not founded_years(text, annotate)
