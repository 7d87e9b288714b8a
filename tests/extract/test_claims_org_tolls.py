"""A group's running death toll (killed_count) and attack counts, never one incident's
toll. Sentences and names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim, Range
from tests.extract.conftest import Annotate


def tolls(claims: list[Claim]) -> dict[str, Range]:
    return {
        claim.subject.name: claim.value
        for claim in claims
        if claim.predicate == "killed_count" and isinstance(claim.value, Range)
    }


def test_a_total_since_a_year(annotate: Annotate) -> None:
    found = tolls(annotate("The Crimson Front has killed about 6,000 civilians since 2013.").claims)
    assert found["Crimson Front"].min == 6000


def test_blamed_for_deaths(annotate: Annotate) -> None:
    text = "A local monitor blames the Crimson Front for more than 1,200 deaths since 2017."
    assert tolls(annotate(text).claims)["Crimson Front"].min == 1200


def test_lives_claimed_by_a_groups_insurgency(annotate: Annotate) -> None:
    text = (
        "The Crimson Front has been waging a deadly insurgency in Kenya that has claimed "
        "more than 1,500 lives this year alone."
    )
    assert tolls(annotate(text).claims)["Crimson Front"].min == 1500


def test_accused_of_killing_hundreds_over_years(annotate: Annotate) -> None:
    text = (
        "The Crimson Front is accused of killing hundreds of villagers in frequent raids "
        "over the past two years."
    )
    assert "Crimson Front" in tolls(annotate(text).claims)


def test_one_attacks_toll_is_no_running_total(annotate: Annotate) -> None:
    assert not tolls(
        annotate("The Crimson Front killed 12 soldiers in an attack on Monday.").claims
    )
    text = "The Crimson Front has killed 12 soldiers in an ambush near Garissa."
    assert not tolls(annotate(text).claims)


def test_a_past_perfect_story_is_no_running_total(annotate: Annotate) -> None:
    text = "The Crimson Front had seized a trawler, killing four crew members."
    assert not tolls(annotate(text).claims)


def test_murders_linked_to_a_group_are_attacks(annotate: Annotate) -> None:
    claims = annotate("So far, the Crimson Front has been linked to six murders.").claims
    counts = [c.value for c in claims if c.predicate == "attack_count"]
    assert counts and isinstance(counts[0], Range) and counts[0].min == 6


def test_an_attack_named_by_its_year_is_no_count(annotate: Annotate) -> None:
    text = "The Crimson Front has been accused of the 2001 parliament attack in Nairobi."
    assert not [c for c in annotate(text).claims if c.predicate == "attack_count"]
