"""Wings set off beside their names ('X, the armed wing of the group') and a bare 'the
group' that cannot be the relation's other party. Sentences and names are invented for
the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_the_group_whose_wing_is_named_is_the_passage_group(annotate: Annotate) -> None:
    text = (
        "The Northern Front was banned in 2005. "
        "The Eastern Battalion, the armed wing of the group, was not banned."
    )
    claims = annotate(text).claims
    assert ("Eastern Battalion", "Northern Front") in pairs(claims, "affiliate_of")
    assert ("Northern Front", "Eastern Battalion") in pairs(claims, "has_branch")


def test_a_wing_set_off_after_its_owner_is_read_despite_the_parse(annotate: Annotate) -> None:
    text = (
        "When the Northern Front was banned in Jordan, the political arm of the group, "
        "Dar al-Huda (DAH), was not banned."
    )
    claims = annotate(text).claims
    assert ("Dar al-Huda", "Northern Front") in pairs(claims, "affiliate_of")
    assert ("Northern Front", "Dar al-Huda") in pairs(claims, "has_branch")


def test_a_wing_of_no_other_group_has_no_parent(annotate: Annotate) -> None:
    text = (
        "They said in a statement attributed to the command of the Eastern Battalion (EB), "
        "the armed wing of the group, which is banned in Jordan."
    )
    claims = annotate(text).claims
    assert not pairs(claims, "affiliate_of")
    assert not pairs(claims, "has_branch")


def test_the_militant_group_at_war_with_a_group_is_another_one(annotate: Annotate) -> None:
    text = (
        "The Northern Front is a Lebanese militant group. The Southern Brigade has stepped "
        "up attacks as part of its war with the Lebanese militant group."
    )
    rivals = pairs(annotate(text).claims, "hostile_to")
    assert ("Southern Brigade", "Northern Front") in rivals
    assert ("Southern Brigade", "Southern Brigade") not in rivals


# ---- oaths the parser reads as a noun phrase ('swore allegiance') -------------------------


def test_a_group_that_swore_allegiance_pledged_it(annotate: Annotate) -> None:
    text = "The Eastern Battalion swore allegiance to the Northern Front."
    pledges = pairs(annotate(text).claims, "pledged_allegiance_to")
    assert ("Eastern Battalion", "Northern Front") in pledges


def test_a_leader_set_off_before_the_oath_swore_it(annotate: Annotate) -> None:
    text = (
        "The Eastern Battalion formed in 2015 when the group's leader, Karim Haddad, "
        "swore allegiance to the Northern Front."
    )
    pledges = pairs(annotate(text).claims, "pledged_allegiance_to")
    assert ("Karim Haddad", "Northern Front") in pledges
    assert ("Eastern Battalion", "Northern Front") in pledges


def test_an_affiliate_known_locally_by_a_name_is_that_name(annotate: Annotate) -> None:
    text = (
        "A Kenyan affiliate of the Northern Front known locally as Al-Huda carried out the "
        "attack on the port."
    )
    assert ("Al-Huda", "Northern Front") in pairs(annotate(text).claims, "affiliate_of")
