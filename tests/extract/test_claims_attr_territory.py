"""Territory a group seizes or sets up, with a region of a country and towns given as
examples: 'seized emirates in eastern X, including in Y' -> operates_in X (with the
region's words) and Y. Sentences and names are invented."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate


def located(claims: list[Claim]) -> set[tuple[str, str, str | None]]:
    return {
        (
            claim.subject.name,
            claim.object.name,
            claim.value if isinstance(claim.value, str) else None,
        )
        for claim in claims
        if claim.predicate == "operates_in" and claim.object is not None
    }


def test_emirates_set_up_in_a_region_with_a_town_as_example(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard is an armed group in Somalia. Formed in 2014 by exiles, the "
        "group used the chaos of the drought to seize and declare two emirates in northern "
        "Somalia, including in Bosaso, the port of Bari region."
    )
    found = located(annotate(text).claims)
    assert ("Crescent Vanguard", "Somalia", "northern Somalia") in found
    assert any(subject == "Crescent Vanguard" and place == "Bosaso" for subject, place, _ in found)


def test_towns_a_group_holds_with_examples(annotate: Annotate) -> None:
    text = (
        "The Red Lotus Brigade controls several towns in western Kenya, including Kisumu, "
        "officials said on Monday."
    )
    found = {(subject, place) for subject, place, _ in located(annotate(text).claims)}
    assert {("Red Lotus Brigade", "Kenya"), ("Red Lotus Brigade", "Kisumu")} <= found


def test_an_emirate_declared_by_someone_else_places_no_group(annotate: Annotate) -> None:
    text = "Clerics in the capital called for an emirate in southern Somalia last year."
    assert not located(annotate(text).claims)


def test_the_group_after_a_fronted_participle_is_not_a_name_inside_it(annotate: Annotate) -> None:
    text = (
        "The Jade Coast Union is an armed group in Kenya.\n\n"
        "Founded in 2016 as a merger of the Amber Front and the Onyx League, the group "
        "seized several villages in eastern Kenya, including Garissa."
    )
    found = {(subject, place) for subject, place, _ in located(annotate(text).claims)}
    assert ("Jade Coast Union", "Garissa") in found
    assert not {subject for subject, _ in found} & {"Amber Front", "Onyx League"}
