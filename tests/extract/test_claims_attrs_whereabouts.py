"""Where a group or person is: believed to be somewhere ('P, who is believed to be in Y'),
an apposition hung on the wrong noun ('The gunmen, loyal to X, a coalition based in Y')
and wars joined ('X announced a plan to intervene in the Libyan civil war').
Sentences and names are invented."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def hedged_bases(claims: list[Claim]) -> set[tuple[str, str | None, bool]]:
    return {
        (claim.subject.name, claim.object.name if claim.object else None, claim.hedged)
        for claim in claims
        if claim.predicate == "based_in"
    }


def test_a_leader_believed_to_be_in_a_country(annotate: Annotate) -> None:
    text = (
        "Police arrested a cousin of the commander of the Red Lotus Brigade, Daniel Mwangi "
        "Otieno, who is believed to be in Tanzania."
    )
    assert ("Daniel Mwangi Otieno", "Tanzania", True) in hedged_bases(annotate(text).claims)


def test_a_group_thought_to_be_hiding_in_a_country(annotate: Annotate) -> None:
    text = "The Crescent Vanguard is thought to be hiding in Kenya after the raids."
    assert ("Crescent Vanguard", "Kenya") in pairs(annotate(text).claims, "based_in")


def test_a_visit_is_no_whereabouts(annotate: Annotate) -> None:
    text = "Daniel Mwangi Otieno was in Tanzania last week for talks with the Crescent Vanguard."
    assert not pairs(annotate(text).claims, "based_in")


def test_a_base_in_an_apposition_hung_on_the_subject(annotate: Annotate) -> None:
    text = (
        "The gunmen, loyal to the Union of Free Fighters (UFF), a rebel coalition based in "
        "Chad, fled across the border at dawn."
    )
    assert ("Union of Free Fighters", "Chad") in pairs(annotate(text).claims, "based_in")


def test_the_country_of_a_war_a_group_plans_to_join(annotate: Annotate) -> None:
    text = (
        "Residents fled the town after the Crescent Vanguard announced its plans to intervene "
        "in the Libyan civil war."
    )
    assert ("Crescent Vanguard", "Libya") in pairs(annotate(text).claims, "operates_in")


def test_a_war_someone_else_joins_places_no_group(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard condemned the government, which decided to join the Libyan "
        "civil war."
    )
    assert ("Crescent Vanguard", "Libya") not in pairs(annotate(text).claims, "operates_in")


def test_a_stronghold_named_by_the_place(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard is an armed group in Somalia. Government troops recaptured "
        "Baidoa, the group's stronghold, on Monday."
    )
    assert ("Crescent Vanguard", "Baidoa") in pairs(annotate(text).claims, "based_in")


def test_a_stronghold_of_a_group_names_no_place(annotate: Annotate) -> None:
    text = "Jets struck a stronghold of the Crescent Vanguard near the border on Monday."
    assert not pairs(annotate(text).claims, "based_in")
