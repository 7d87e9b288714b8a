"""Renamings, fights between joined parties, a relative pronoun as the other party, 'under
the leadership of', and arguments that are not what they seem ('X personnel', a seat in
a legislature). Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_former_name_is_what_the_group_was_formed_from(annotate: Annotate) -> None:
    text = "The Sable Brigade, formerly known as the Iron Column, seized the town."
    assert ("Sable Brigade", "Iron Column") in pairs(annotate(text).claims, "formed_from")


def test_renaming_verb_gives_old_and_new_name(annotate: Annotate) -> None:
    text = "The Islamic Youth Council renamed itself the Khorasan Liberation Front in 2014."
    found = pairs(annotate(text).claims, "formed_from")
    assert ("Khorasan Liberation Front", "Islamic Youth Council") in found


def test_plain_alias_is_no_renaming(annotate: Annotate) -> None:
    text = "The Sable Brigade, known locally as the Iron Column, seized the town."
    assert not pairs(annotate(text).claims, "formed_from")


def test_joined_subjects_that_fought_are_hostile(annotate: Annotate) -> None:
    text = "The Sable Brigade and the Amber Front fought for control of the town."
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "hostile_to")


def test_relative_pronoun_is_the_other_party(annotate: Annotate) -> None:
    text = (
        "Turkey, with which the Sable Brigade has been locked in a bitter war for years, refused."
    )
    assert ("Sable Brigade", "Turkey") in pairs(annotate(text).claims, "hostile_to")


def test_under_the_leadership_of_names_the_leader(annotate: Annotate) -> None:
    text = "Under the leadership of Karim Nasser, the Sable Brigade expanded."
    assert ("Karim Nasser", "Sable Brigade") in pairs(annotate(text).claims, "leader_of")


def test_personnel_of_a_body_are_not_the_body(annotate: Annotate) -> None:
    text = "Sable Brigade personnel are members of the Amber Front."
    assert ("Sable Brigade", "Amber Front") not in pairs(annotate(text).claims, "member_of")


def test_a_seat_in_a_legislature_is_no_membership(annotate: Annotate) -> None:
    text = "Karim Nasser, a former member of the Ruritanian Parliament, joined the Amber Front."
    found = pairs(annotate(text).claims, "member_of")
    assert ("Karim Nasser", "Ruritanian Parliament") not in found


def test_ranking_among_groups_not_among_events(annotate: Annotate) -> None:
    ranked = "The Sable Brigade is one of the most powerful armed groups in the region."
    assert any(c.predicate == "ranked" for c in annotate(ranked).claims)
    event = (
        "The Sable Brigade raided the town. "
        "Officials claimed it to be one of the biggest successes in the war."
    )
    assert not any(c.predicate == "ranked" for c in annotate(event).claims)


def test_merger_list_after_a_colon(annotate: Annotate) -> None:
    text = (
        "The Amber Front formed in March 2017 through the merger of four armed groups in "
        "the north: the Sable Brigade, the Iron Column and the Ruritanian Workers Party."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert {("Amber Front", "Sable Brigade"), ("Amber Front", "Ruritanian Workers Party")} <= found


def test_attacks_against_a_named_party_are_hostile(annotate: Annotate) -> None:
    text = "Despite the ceasefire, the Sable Brigade continued to launch attacks against Ruritania."
    assert ("Sable Brigade", "Ruritania") in pairs(annotate(text).claims, "hostile_to")


def test_fighters_spread_across_places_operate_there(annotate: Annotate) -> None:
    text = "A new report estimates the Sable Brigade has 2,000 to 3,500 fighters across Chad."
    assert ("Sable Brigade", "Chad") in pairs(annotate(text).claims, "operates_in")
