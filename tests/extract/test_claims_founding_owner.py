"""A founding said of a phrase named by its apposition belongs to that name, never to the
phrase's owner ("X's earliest form, Y, was formed in 1994": Y's founding, not X's)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, values


def test_a_former_incarnation_founded_is_not_its_owner_founded(annotate: Annotate) -> None:
    text = (
        "The Crimson Front's earliest incarnation, the Ember League (EL), was formed in 1994 "
        "by students."
    )
    founded = values(annotate(text).claims, "founded")
    assert not any(subject == "Crimson Front" for subject, _ in founded), founded


def test_an_owned_phrase_without_a_name_still_dates_its_owner(annotate: Annotate) -> None:
    text = "The Crimson Front was founded in 1994 by students in Tarsus."
    assert ("Crimson Front", "in 1994") in values(annotate(text).claims, "founded")
