"""Members of bodies whose names NER mislabels: the frame ('a member of X', 'left X')
says what the name is."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_member_of_a_name_read_as_a_place(annotate: Annotate) -> None:
    text = (
        "Jonas Ek is a Swedish drummer. He was a member of Nightfrost between 2003 and 2009"
        " as a drummer."
    )
    assert ("Jonas Ek", "Nightfrost") in pairs(annotate(text).claims, "member_of")


def test_a_member_of_a_known_place_is_no_membership(annotate: Annotate) -> None:
    text = (
        "Jonas Ek is a Swedish drummer. He was a member of Stockholm between 2003 and 2009"
        " as a drummer."
    )
    assert not pairs(annotate(text).claims, "member_of")


def test_leaving_a_band_named_as_one_elsewhere(annotate: Annotate) -> None:
    text = (
        "Salt Lanterns is the second album by American punk band Grey Static. After the"
        " first sessions, drummer Ola Brandt left Grey Static and was replaced by a friend."
    )
    assert ("Ola Brandt", "Grey Static") in pairs(annotate(text).claims, "member_of")
