"""Parties of hostility and support named indirectly: a description of a group just named
(extract/described_parties.py), armed men named by whom they serve
(extract/loyal_forces.py), insurgencies in a country (extract/insurgencies.py), and a
name given by a misattached 'called'. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_described_party_is_the_one_group_named_apart(annotate: Annotate) -> None:
    text = (
        "The Kanem Legion is an armed group in Chad. The Sahel Front and the Desert Brigade "
        "have shelled markets in Kanem Legion towns throughout its war with the Chadian "
        "rebel group."
    )
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Sahel Front", "Kanem Legion") in found
    assert ("Desert Brigade", "Kanem Legion") in found
    assert ("Sahel Front", "Desert Brigade") not in found


def test_described_party_with_two_candidates_is_left_alone(annotate: Annotate) -> None:
    text = (
        "The Sahel Front raided Kanem Legion and Tibesti Front camps as part of its war "
        "with the Chadian rebel group."
    )
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Sahel Front", "Kanem Legion") not in found
    assert ("Sahel Front", "Tibesti Front") not in found


def test_units_allied_to_a_person_stand_for_him(annotate: Annotate) -> None:
    text = "In 2019 the Kanem Legion defeated army units allied to General Idriss Mahamat."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Idriss Mahamat") in found


def test_militiamen_aligned_with_a_group_stand_for_it(annotate: Annotate) -> None:
    text = "Militiamen aligned with the Tibesti Front have fought the Kanem Legion for years."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Tibesti Front", "Kanem Legion") in found


def test_loyalists_fighting_a_group_stand_for_their_leader(annotate: Annotate) -> None:
    text = "The Kanem Legion and Mahamat-loyalists fought in Faya after the split."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Mahamat") in found


def test_insurgency_in_a_country_is_against_its_state(annotate: Annotate) -> None:
    text = "The Kanem Legion has waged a long insurgency in Chad since 2004."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Chad") in found


def test_uprising_named_by_an_as_phrase(annotate: Annotate) -> None:
    text = "The Kanem Legion began as an uprising in Chad but later moved its camps to Libya."
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kanem Legion", "Chad") in found
    assert ("Kanem Legion", "Libya") not in found


def test_insurgency_in_a_region_names_no_state(annotate: Annotate) -> None:
    text = "The Kanem Legion has waged an insurgency in the Lake Chad basin since 2004."
    assert not pairs(annotate(text).claims, "hostile_to")


def test_plain_struggle_in_a_country_is_no_insurgency(annotate: Annotate) -> None:
    text = "The Kanem Legion has faced a struggle in Chad to recruit new fighters."
    assert not pairs(annotate(text).claims, "hostile_to")


def test_backed_militias_called_a_name_after_a_misattached_participle(
    annotate: Annotate,
) -> None:
    text = (
        "The rebels are led by the Sahel Front, along with an umbrella group of "
        "Libyan-backed Chadian militias called the Kanem Legion."
    )
    found = pairs(annotate(text).claims, "supported_by")
    assert ("Kanem Legion", "Libya") in found


def test_fighting_an_insurgency_is_the_states_side(annotate: Annotate) -> None:
    text = "The Sahel Union force is fighting an insurgency in Chad."
    found = pairs(annotate(text).claims, "hostile_to")
    assert not {pair for pair in found if pair[1] == "Chad"}


def test_men_loyal_to_a_group_stand_for_it_only_between_sides(annotate: Annotate) -> None:
    text = "Idriss Mahamat leads fighters loyal to the Sahel Front."
    assert ("Idriss Mahamat", "Sahel Front") not in pairs(annotate(text).claims, "leader_of")
