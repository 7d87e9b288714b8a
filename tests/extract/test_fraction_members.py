"""A member named as a share of a group: 'A, one half of the duo X'
(extract/fraction_members.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_one_half_of_a_duo_set_beside_a_name(annotate: Annotate) -> None:
    text = "The song was written by Tim Marsh, one third of the trio Blue Ferns, and Ann Bell."
    found = pairs(annotate(text).claims, "member_of")
    assert ("Tim Marsh", "Blue Ferns") in found
    assert ("Tim Marsh", "Ann Bell") not in found


def test_one_half_after_a_copula_and_a_description(annotate: Annotate) -> None:
    text = "Dana Pell is an Irish fiddler, formerly one half of the folk duo Glass Wings."
    assert ("Dana Pell", "Glass Wings") in pairs(annotate(text).claims, "member_of")


def test_one_half_of_two_groups(annotate: Annotate) -> None:
    text = (
        "The tune was arranged by fiddler Dana Pell, formerly one half of the folk duos"
        " Glass Wings and Hollow Reed."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert ("Dana Pell", "Glass Wings") in found
    assert ("Dana Pell", "Hollow Reed") in found


def test_half_of_a_count_is_no_membership(annotate: Annotate) -> None:
    text = "Ann Bell won half of the votes in Ohio."
    assert not pairs(annotate(text).claims, "member_of")
