"""Where a group acts and what it attacks, said with plain verbs: 'X has fought in A and
B', 'X fighters trained in the C province of D', 'active in A and in the Sahel' (a region
NER misreads), 'there were attacks in A' (the passage's group), and habits in the present
tense ('X kidnaps foreigners', 'X does not attack civilians'). Sentences and names are
invented."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs

INTRO = "The Crescent Vanguard is an armed group in Somalia. "


def targets(claims: list[Claim]) -> set[tuple[str, str, bool]]:
    return {
        (claim.subject.name, str(claim.value), claim.negated)
        for claim in claims
        if claim.predicate == "targets"
    }


def test_countries_a_group_has_fought_in(annotate: Annotate) -> None:
    claims = annotate(INTRO + "The group has fought in Kenya and Ethiopia since 2010.").claims
    assert {("Crescent Vanguard", "Kenya"), ("Crescent Vanguard", "Ethiopia")} <= pairs(
        claims, "operates_in"
    )


def test_a_province_a_groups_fighters_trained_in(annotate: Annotate) -> None:
    text = INTRO + "Crescent Vanguard fighters initially trained in the Gedo region of Somalia."
    assert ("Crescent Vanguard", "Gedo") in pairs(annotate(text).claims, "operates_in")


def test_an_army_fighting_a_group_places_no_group(annotate: Annotate) -> None:
    text = INTRO + "The Kenyan army fought in Ethiopia against the Crescent Vanguard."
    assert ("Crescent Vanguard", "Ethiopia") not in pairs(annotate(text).claims, "operates_in")


def test_a_repeated_preposition_and_a_misread_region(annotate: Annotate) -> None:
    text = INTRO + "The group is active in Kenya and in the Sahel."
    assert {("Crescent Vanguard", "Kenya"), ("Crescent Vanguard", "Sahel")} <= pairs(
        annotate(text).claims, "operates_in"
    )


def test_attacks_that_name_no_attacker_are_the_passages_group(annotate: Annotate) -> None:
    text = INTRO + "Most of the raids were in Gedo, and there were also attacks in Kenya."
    assert {("Crescent Vanguard", "Gedo"), ("Crescent Vanguard", "Kenya")} <= pairs(
        annotate(text).claims, "operates_in"
    )


def test_attacks_by_someone_named_are_not_the_passages(annotate: Annotate) -> None:
    text = INTRO + "There were also attacks in Kenya by the Jade Coast Union."
    assert ("Crescent Vanguard", "Kenya") not in pairs(annotate(text).claims, "operates_in")


def test_targets_as_a_habit_in_the_present_tense(annotate: Annotate) -> None:
    text = INTRO + "The group regularly kidnaps foreign nationals and attacks police stations."
    found = targets(annotate(text).claims)
    assert ("Crescent Vanguard", "foreign nationals", False) in found
    assert ("Crescent Vanguard", "police stations", False) in found


def test_targets_the_group_has_yet_to_attack(annotate: Annotate) -> None:
    text = INTRO + "The group has yet to attack Western embassies."
    assert ("Crescent Vanguard", "Western embassies", True) in targets(annotate(text).claims)


def test_a_past_attack_is_no_habit(annotate: Annotate) -> None:
    text = INTRO + "The group attacked a police station in Baidoa on Monday."
    assert not targets(annotate(text).claims)


def test_targets_of_the_groups_own_attacks(annotate: Annotate) -> None:
    text = INTRO + "The group's attacks on Shia pilgrims have killed hundreds."
    assert ("Crescent Vanguard", "Shia pilgrims", False) in targets(annotate(text).claims)


def test_targets_of_the_groups_fighters(annotate: Annotate) -> None:
    text = INTRO + "Its fighters have repeatedly targeted aid workers."
    assert ("Crescent Vanguard", "aid workers", False) in targets(annotate(text).claims)


def test_the_north_of_the_country_just_named(annotate: Annotate) -> None:
    text = INTRO + "The group operates mostly in the north of the country."
    assert ("Crescent Vanguard", "Somalia") in pairs(annotate(text).claims, "operates_in")


def test_towns_a_group_seized(annotate: Annotate) -> None:
    text = INTRO + "The group seized Baidoa and overran the town of Beledweyne in 2008."
    found = pairs(annotate(text).claims, "operates_in")
    assert {("Crescent Vanguard", "Baidoa"), ("Crescent Vanguard", "Beledweyne")} <= found


def test_a_share_of_a_country_a_group_controls(annotate: Annotate) -> None:
    text = INTRO + "The group still controls much of southern Kenya."
    assert ("Crescent Vanguard", "Kenya") in pairs(annotate(text).claims, "operates_in")


def test_a_town_taken_from_a_group_places_no_group(annotate: Annotate) -> None:
    text = INTRO + "Kenyan troops recaptured Baidoa from the group in 2012."
    assert ("Crescent Vanguard", "Baidoa") not in pairs(annotate(text).claims, "operates_in")


def test_violence_a_group_perpetrated_somewhere(annotate: Annotate) -> None:
    text = INTRO + "Residents fled the violence perpetrated by the Crescent Vanguard in Gedo."
    assert ("Crescent Vanguard", "Gedo") in pairs(annotate(text).claims, "operates_in")
