"""Where a group's first members came from, oaths to a group and its emir, groups taken
into others and roles held in a group. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs, values


def test_a_founding_membership_listed_after_a_composition_verb(annotate: Annotate) -> None:
    text = (
        "The Sable Front was set up in 1990 with a membership made up of farmers, "
        "exiled priests and the Red Brigade."
    )
    claims = annotate(text).claims
    assert {("Sable Front", "farmers"), ("Sable Front", "exiled priests")} <= values(
        claims, "formed_from"
    )
    assert ("Sable Front", "Red Brigade") in pairs(claims, "formed_from")


def test_original_members_described_by_a_copula(annotate: Annotate) -> None:
    text = (
        "The Sable Front was founded in 1990. Its original members were veterans of the "
        "border war, who wanted land reform."
    )
    assert ("Sable Front", "veterans of the border war") in values(
        annotate(text).claims, "formed_from"
    )


def test_members_today_say_nothing_of_the_origin(annotate: Annotate) -> None:
    text = (
        "The Sable Front was founded in 1990. Its members were mostly farmers. "
        "Its ranks are drawn from exiled priests."
    )
    assert not values(annotate(text).claims, "formed_from")


def test_people_of_a_group_who_formed_another(annotate: Annotate) -> None:
    text = "The Sable Front was formed by devout Kenyans of the Red Brigade movement."
    assert ("Sable Front", "Red Brigade") in pairs(annotate(text).claims, "formed_from")


def test_an_oath_to_a_group_and_its_emir_named_after_a_dash(annotate: Annotate) -> None:
    text = (
        "The Sahel Front formed in 2016 when the group's leader, Jamal Bakr Hassan, swore "
        "allegiance to the Islamic State (IS) and its emir at the time -- Abu Bakr al Baghdadi."
    )
    sworn = {obj for _, obj in pairs(annotate(text).claims, "pledged_allegiance_to")}
    assert {"Islamic State", "Abu Bakr al Baghdadi"} <= sworn


def test_a_group_absorbed_into_another(annotate: Annotate) -> None:
    text = "The Eastern Brigade was absorbed into the Sable Liberation Front in 2015."
    claims = annotate(text).claims
    assert ("Eastern Brigade", "Sable Liberation Front") in pairs(claims, "affiliate_of")


def test_a_role_held_in_a_group(annotate: Annotate) -> None:
    claims = annotate("Juan Perez, a senior commander in Boko Haram, was arrested.").claims
    assert ("Juan Perez", "Boko Haram") in pairs(claims, "member_of")
    placed = annotate("Juan Perez, a senior commander in Maiduguri, was arrested.").claims
    assert not pairs(placed, "member_of")


def test_a_member_of_the_group_that_became_another(annotate: Annotate) -> None:
    text = (
        "Hamas was founded in 1987. Abu Omar was a member of the group that later became "
        "Islamic State."
    )
    assert ("Abu Omar", "Islamic State") in pairs(annotate(text).claims, "member_of")
