"""Members listed after a colon behind a noun heading a list of members
(extract/colon_rosters.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_line_up_listed_after_a_colon(annotate: Annotate) -> None:
    text = (
        "Grey Orchard is an English rock band. Its classic line-up: Tom Ashby, Rob Lane and"
        " Ian Croft."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert {("Tom Ashby", "Grey Orchard"), ("Rob Lane", "Grey Orchard")} <= found
    assert ("Ian Croft", "Grey Orchard") in found


def test_the_groups_first_members_after_a_colon(annotate: Annotate) -> None:
    text = (
        "The Larkins were a folk band from Cork. The group's early members formed a"
        " five-piece line-up: Dale Ormond, his cousin Ray Webb, Tom Dale and Ed Marsh."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert ("Ray Webb", "Larkins") in found
    assert ("Ed Marsh", "Larkins") in found


def test_a_touring_line_up_is_no_list_of_members(annotate: Annotate) -> None:
    text = (
        "Grey Orchard is an English rock band. Their touring line-up: Tom Ashby, Rob Lane and"
        " Ian Croft."
    )
    assert not pairs(annotate(text).claims, "member_of")


def test_a_list_after_a_colon_without_a_band_says_nothing(annotate: Annotate) -> None:
    text = "The council met in March. Its members: Tom Ashby, Rob Lane and Ian Croft."
    assert ("Tom Ashby", "council") not in pairs(annotate(text).claims, "member_of")
