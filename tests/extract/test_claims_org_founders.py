"""Founders and fighters: noun cues of two words whose first modifies the second ('a
founding member of Y') are found at the noun they end with, also inside 'one of the founding
factions of Y'; a ruler's army stands for the ruler ('defend against Y's army'); whoever
takes part in fighting or founding a group ('joined in fighting Y') does it; an earlier
name set off after "X's earliest incarnation" is what X was formed from; 'Y provided X
with money and weapons' says who funds and arms X. Sentences and names are invented for
the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_founding_member_is_what_a_group_was_formed_from(annotate: Annotate) -> None:
    text = "The Delta Liberation Army was a founding member of the Coastal Resistance Movement."
    claims = annotate(text).claims
    assert ("Coastal Resistance Movement", "Delta Liberation Army") in pairs(claims, "formed_from")


def test_one_of_the_founding_factions(annotate: Annotate) -> None:
    text = (
        "The Red Hand Brigade was one of the founding factions of the Coastal Resistance Movement."
    )
    claims = annotate(text).claims
    assert ("Coastal Resistance Movement", "Red Hand Brigade") in pairs(claims, "formed_from")


def test_a_founding_faction_in_apposition(annotate: Annotate) -> None:
    text = (
        "The Red Hand Brigade, a founding faction of the Coastal Resistance Movement, "
        "operates in the south."
    )
    claims = annotate(text).claims
    assert ("Coastal Resistance Movement", "Red Hand Brigade") in pairs(claims, "formed_from")


def test_a_plain_member_is_no_founder(annotate: Annotate) -> None:
    text = "The Red Hand Brigade is a member of the Coastal Resistance Movement."
    claims = annotate(text).claims
    assert ("Coastal Resistance Movement", "Red Hand Brigade") not in pairs(claims, "formed_from")


def test_a_founding_member_who_is_a_person_is_no_origin(annotate: Annotate) -> None:
    text = "John Okafor was a founding member of the Coastal Resistance Movement."
    claims = annotate(text).claims
    assert not pairs(claims, "formed_from")


def test_a_rulers_army_stands_for_the_ruler(annotate: Annotate) -> None:
    text = (
        "The Red Hand Brigade was formed to defend the villages against President Daniel "
        "Mbeki's army."
    )
    claims = annotate(text).claims
    assert ("Red Hand Brigade", "Daniel Mbeki") in pairs(claims, "hostile_to")


def test_a_countrys_army_stays_the_country(annotate: Annotate) -> None:
    text = "The Red Hand Brigade was backed by Turkey's army."
    assert ("Red Hand Brigade", "Turkey") in pairs(annotate(text).claims, "supported_by")


def test_troops_that_join_in_fighting_a_group(annotate: Annotate) -> None:
    text = (
        "The Red Hand Brigade operates in Kenya. In May, the Tanzanian government agreed to "
        "let Ugandan troops join in fighting the group."
    )
    assert ("Uganda", "Red Hand Brigade") in pairs(annotate(text).claims, "hostile_to")


def test_a_group_that_took_part_in_founding_another(annotate: Annotate) -> None:
    text = "In 2001 the Delta Liberation Army participated in founding the Red Hand Brigade."
    claims = annotate(text).claims
    assert ("Red Hand Brigade", "Delta Liberation Army") in pairs(claims, "founded_by")


def test_an_earliest_incarnation_set_off_by_commas(annotate: Annotate) -> None:
    text = "The Delta Front's earliest incarnation, the Sable Battalion, was founded in 1990."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "formed_from")


def test_an_original_name_after_the_copula(annotate: Annotate) -> None:
    text = "The Delta Front's original name was the Sable Battalion."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "formed_from")


def test_a_first_leader_is_no_former_name(annotate: Annotate) -> None:
    text = "The Delta Front's first leader, John Okafor, was killed in 2001."
    assert not pairs(annotate(text).claims, "formed_from")


def test_a_group_that_provided_another_with_money_and_weapons(annotate: Annotate) -> None:
    text = (
        "The Delta Front has ties to the Sable Battalion, which has provided it with money "
        "and weapons."
    )
    claims = annotate(text).claims
    assert ("Delta Front", "Sable Battalion") in pairs(claims, "funded_by")
    assert ("Delta Front", "Sable Battalion") in pairs(claims, "armed_by")


def test_providing_with_no_resource_is_no_support(annotate: Annotate) -> None:
    text = "The Sable Battalion provided the Delta Front with a new name."
    claims = annotate(text).claims
    assert not pairs(claims, "funded_by") and not pairs(claims, "armed_by")
