"""Hostility and alliance read off clause shapes the generic frames missed: a war is both
parties', an alliance's owner given by the 'its' of its other party, an aim's owner
doing what it aims at, a phrase on the last of joined objects (extract/clauses.py).
Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_war_with_a_group_is_that_groups_war_too(annotate: Annotate) -> None:
    text = "The Kanem Legion has been locked in a bitter war with the Sahel Front since 2012."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Sahel Front") in found
    assert ("Sahel Front", "Kanem Legion") in found


def test_a_campaign_against_a_group_is_one_sided(annotate: Annotate) -> None:
    text = "The Kanem Legion launched a campaign against the Sahel Front in 2012."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Sahel Front") in found
    assert ("Sahel Front", "Kanem Legion") not in found


def test_alliance_owned_through_the_its_of_the_other_party(annotate: Annotate) -> None:
    text = (
        "The Kanem Legion was weak in 2010. In the last year, an alliance with its old "
        "enemy, General Idriss Mahamat, has made the group the strongest force in the north."
    )
    found = pairs(annotate(text).claims, "ally_of")
    assert ("Kanem Legion", "Idriss Mahamat") in found


def test_an_aims_owner_does_what_it_aims_at(annotate: Annotate) -> None:
    text = (
        "The Kanem Legion was founded in 2010. Its aim was to defend itself and its "
        "villages against General Idriss Mahamat's army."
    )
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Idriss Mahamat") in found


def test_the_government_of_a_person_stands_for_him(annotate: Annotate) -> None:
    text = "The Kanem Legion fought against the government of President Idriss Mahamat."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Idriss Mahamat") in found


def test_tensions_between_two_groups(annotate: Annotate) -> None:
    text = "The killing raised tensions between the Kanem Legion and the Sahel Front."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Sahel Front") in found


def test_joined_verbs_share_the_object_after_the_last(annotate: Annotate) -> None:
    text = "Sudan has armed and trained the Kanem Legion since 2015."
    found = pairs(annotate(text).claims, "supported_by")
    assert ("Kanem Legion", "Sudan") in found


def test_a_struggle_against_a_state_is_one_sided(annotate: Annotate) -> None:
    text = "The Kanem Legion has waged an armed struggle against Chad since 2004."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Chad") in found
    assert ("Chad", "Kanem Legion") not in found


def test_at_odds_with_and_war_on(annotate: Annotate) -> None:
    odds = pairs(annotate("The Kanem Legion is at odds with the Sahel Front.").claims, "hostile_to")
    assert ("Kanem Legion", "Sahel Front") in odds
    text = "The Kanem Legion declared war on the Sahel Front in 2014."
    assert ("Kanem Legion", "Sahel Front") in pairs(annotate(text).claims, "hostile_to")


def test_gift_with_the_with_phrase_on_the_receiver(annotate: Annotate) -> None:
    claims = annotate("Sudan provides the Kanem Legion with weapons and cash.").claims
    assert ("Kanem Legion", "Sudan") in pairs(claims, "armed_by")
    assert ("Kanem Legion", "Sudan") in pairs(claims, "funded_by")


def test_relation_verbs_tagged_as_nouns_in_a_verbless_parse(annotate: Annotate) -> None:
    text = (
        "The Kanem Legion both cooperates and competes with rival jihadist factions, "
        "most notably the Sahel Front (SF)."
    )
    claims = annotate(text).claims
    assert ("Kanem Legion", "Sahel Front") in pairs(claims, "hostile_to")
    assert ("Kanem Legion", "Sahel Front") in pairs(claims, "ally_of")


def test_joined_subjects_joining_forces_are_each_others_allies(annotate: Annotate) -> None:
    text = "The Kanem Legion and the Sahel Front joined forces in 2017."
    found = pairs(annotate(text).claims, "ally_of")
    assert ("Kanem Legion", "Sahel Front") in found
    assert ("Sahel Front", "Kanem Legion") in found


def test_joined_subjects_clashing_with_a_third_party_are_not_foes(annotate: Annotate) -> None:
    text = "The Kanem Legion and the Sahel Front clashed with Chadian troops."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Sahel Front") not in found
    assert ("Sahel Front", "Kanem Legion") not in found


def test_passive_accusation_gives_its_subject_the_gerunds_act(annotate: Annotate) -> None:
    accused = annotate("Sudan has been accused of backing the Kanem Legion.").claims
    assert ("Kanem Legion", "Sudan") in pairs(accused, "supported_by")
    active = annotate("Chad accuses Sudan of backing the Kanem Legion.").claims
    assert ("Kanem Legion", "Chad") not in pairs(active, "supported_by")


def test_a_groups_allies_include_a_list(annotate: Annotate) -> None:
    text = "The Kanem Legion's allies include the Sahel Front and the Tibesti Brigade."
    found = pairs(annotate(text).claims, "ally_of")
    assert ("Sahel Front", "Kanem Legion") in found
    assert ("Tibesti Brigade", "Kanem Legion") in found


def test_a_nationality_proxy_is_backed_by_its_country(annotate: Annotate) -> None:
    text = "The Kanem Legion, an Iranian proxy, seized the town."
    assert ("Kanem Legion", "Iran") in pairs(annotate(text).claims, "supported_by")


def test_a_nationality_beside_an_of_owner_is_not_the_owner(annotate: Annotate) -> None:
    text = "The Kanem Legion is a Sudanese ally of the Sahel Front."
    found = pairs(annotate(text).claims, "ally_of")
    assert ("Kanem Legion", "Sahel Front") in found
    assert ("Kanem Legion", "Sudan") not in found


def test_an_aim_to_create_a_state_founds_no_group(annotate: Annotate) -> None:
    text = "The Kanem Legion's stated goal is to create an Islamic state in the Sahel."
    assert not pairs(annotate(text).claims, "founded_by")
