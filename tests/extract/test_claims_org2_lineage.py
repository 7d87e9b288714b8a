"""Predecessors named beside their successors and governments as parties. Sentences and
names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_possessed_predecessor_set_off_by_commas(annotate: Annotate) -> None:
    text = "The Eastern Alliance's predecessor, the Sable Brigade, was founded in 1990."
    claims = annotate(text).claims
    assert ("Eastern Alliance", "Sable Brigade") in pairs(claims, "formed_from")


def test_an_earliest_configuration_needs_its_former_word(annotate: Annotate) -> None:
    earliest = annotate(
        "The Eastern Alliance's earliest configuration, the Sable Brigade (SB), was set up in 1990."
    ).claims
    assert ("Eastern Alliance", "Sable Brigade") in pairs(earliest, "formed_from")
    current = annotate(
        "The Eastern Alliance's configuration, the Sable Brigade, was set up in 1990."
    ).claims
    assert not pairs(current, "formed_from")


def test_a_forerunner_described_after_its_name(annotate: Annotate) -> None:
    text = "The Sable Brigade, the forerunner of the Eastern Alliance, was founded in 1990."
    claims = annotate(text).claims
    assert ("Eastern Alliance", "Sable Brigade") in pairs(claims, "formed_from")
    assert ("Sable Brigade", "Eastern Alliance") not in pairs(claims, "formed_from")


def test_a_government_backing_a_group_is_an_organisation(annotate: Annotate) -> None:
    text = (
        "The Northern Front was founded in 1995. "
        "The Northern Front received support from the Kenyan government in 1998."
    )
    claims = annotate(text).claims
    backers = {
        claim.object for claim in claims if claim.predicate == "supported_by" and claim.object
    }
    assert [(ref.type, ref.name) for ref in backers] == [("organization", "Government of Kenya")]


def test_a_country_named_outside_a_government_phrase_stays_a_place(annotate: Annotate) -> None:
    text = (
        "The Northern Front was founded in 1995. "
        "The Northern Front received support from Kenya, whose government denied it."
    )
    claims = annotate(text).claims
    backers = {claim.object for claim in claims if claim.predicate == "supported_by"}
    assert all(ref is None or ref.type == "place" for ref in backers)


def test_a_merger_with_a_nickname_in_brackets_forms_the_new_group(annotate: Annotate) -> None:
    text = (
        "The Sable Front (SF) was founded in 1990. The Red Brigade (RB) was founded in 1992. "
        "In May 2009, the SF merged with the Red Brigade (“The Crimson Men”) Battalion (RB), "
        "another local offshoot, to form the Eastern Alliance."
    )
    claims = annotate(text).claims
    formed = pairs(claims, "formed_from")
    assert {("Eastern Alliance", "Sable Front"), ("Eastern Alliance", "Red Brigade")} <= formed
    assert not {pair for pair in formed if pair[0] != "Eastern Alliance"}


def test_a_phrase_set_off_after_a_list_describes_its_last_item(annotate: Annotate) -> None:
    text = "The Sable Front and the Eastern Brigade, the al-Qaeda affiliate in Chad, attacked it."
    claims = annotate(text).claims
    assert pairs(claims, "affiliate_of") == {("Eastern Brigade", "al-Qaeda")}


def test_a_group_fought_after_the_merger_is_not_what_it_formed(annotate: Annotate) -> None:
    text = (
        "The Sable Front (SF) was founded in 1990. The Red Brigade (RB) was founded in 1992. "
        "In 2009, the SF merged with the Red Brigade to form a group that fought the Eastern "
        "Alliance."
    )
    claims = annotate(text).claims
    assert not {pair for pair in pairs(claims, "formed_from") if pair[0] == "Eastern Alliance"}


def test_groups_listed_together_are_not_each_others_enemies(annotate: Annotate) -> None:
    text = (
        "The Sable Front and the Eastern Brigade, the al-Qaeda affiliate in Chad, have "
        "launched raids as part of its war with the Lebanese militant group."
    )
    claims = annotate(text).claims
    hostile = pairs(claims, "hostile_to")
    assert ("Eastern Brigade", "Sable Front") not in hostile
    assert ("Sable Front", "Eastern Brigade") not in hostile
