"""Claims whose object is described in words or read through the context: offices of
state, ideologies, goals, mergers, places a group is active in, and a country named by
its nationality adjective. Sentences and group names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def values(claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    found = set()
    for claim in claims:
        if claim.predicate != predicate:
            continue
        value = getattr(claim.value, "text", claim.value)
        found.add((claim.subject.name, str(value)))
    return found


def test_title_before_a_name_is_an_office_with_its_country(annotate: Annotate) -> None:
    claims = annotate("Turkish President Okan Demirtas met the envoy on Monday.").claims
    assert ("Okan Demirtas", "President of Turkey") in values(claims, "holds_office")


def test_office_in_apposition(annotate: Annotate) -> None:
    text = "Lebanon's prime minister, Tarek Mansour, said the talks had failed."
    assert ("Tarek Mansour", "prime minister of Lebanon") in values(
        annotate(text).claims, "holds_office"
    )


def test_title_is_kept_out_of_the_name(annotate: Annotate) -> None:
    claims = annotate("Interior Minister Kerem Yalcin visited the border town.").claims
    assert {name for name, _ in values(claims, "holds_office")} == {"Kerem Yalcin"}


def test_ideology_in_apposition(annotate: Annotate) -> None:
    text = "The Zelan Brigades, a Salafi-jihadist group, were formed in 2011."
    assert ("Zelan Brigades", "Salafi-jihadist") in values(annotate(text).claims, "ideology")


def test_ideology_before_a_group_noun_and_name(annotate: Annotate) -> None:
    text = "The Marxist group Kestrel Front emerged in 1991."
    assert ("Kestrel Front", "Marxist") in values(annotate(text).claims, "ideology")


def test_a_creed_is_no_organisation(annotate: Annotate) -> None:
    text = "The Zelan Brigades, a Salafi-jihadist group, were formed in 2011."
    claims = annotate(text).claims
    assert all("Salafi" not in claim.subject.name for claim in claims)


def test_seeks_to_gives_a_goal(annotate: Annotate) -> None:
    text = "The Norvan Liberation Front seeks to overthrow the government and establish a republic."
    assert (
        "Norvan Liberation Front",
        "overthrow the government and establish a republic",
    ) in values(annotate(text).claims, "goal")


def test_goal_noun_with_coreference(annotate: Annotate) -> None:
    text = (
        "The Norvan Liberation Front was set up in 1994. "
        "Its stated goal is to create a socialist republic."
    )
    assert ("Norvan Liberation Front", "create a socialist republic") in values(
        annotate(text).claims, "goal"
    )


def test_merger_of_named_groups(annotate: Annotate) -> None:
    text = (
        "The Zelan Brigades were formed in 2011 through the merger of the Harun Front, "
        "the Tamsin Battalion and Liwa al-Qadir."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert {("Zelan Brigades", "Harun Front"), ("Zelan Brigades", "Tamsin Battalion")} <= found


def test_emerged_from_gives_the_origin(annotate: Annotate) -> None:
    text = "The Kestrel Front emerged from the Orbis Movement in 1991."
    assert ("Kestrel Front", "Orbis Movement") in pairs(annotate(text).claims, "formed_from")


def test_nationality_adjective_names_the_country(annotate: Annotate) -> None:
    text = "The Orvel Army has been fighting the Nigerian state since 2012."
    assert ("Orvel Army", "Nigeria") in pairs(annotate(text).claims, "hostile_to")


def test_active_in_gives_places_for_it(annotate: Annotate) -> None:
    text = "The Orvel Army was founded in 2009. It is active in Chad and Niger."
    found = pairs(annotate(text).claims, "operates_in")
    assert {("Orvel Army", "Chad"), ("Orvel Army", "Niger")} <= found
