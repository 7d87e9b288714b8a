"""Named people who form a body found it, with anyone set off beside them ('P, with his
brother Q, formed X'); groups that form a body merge or ally, and found nothing. Sentences
and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_person_and_a_companion_set_off_beside_him(annotate: Annotate) -> None:
    text = "Omar Reyes, with his brother Carlos Reyes, formed the Red Wing Brigade in 2013."
    founders = pairs(annotate(text).claims, "founded_by")
    assert {("Red Wing Brigade", "Omar Reyes"), ("Red Wing Brigade", "Carlos Reyes")} <= founders


def test_a_person_forms_a_band(annotate: Annotate) -> None:
    text = "Tom Bell formed the band Iron Orchard in 1995."
    assert ("Iron Orchard", "Tom Bell") in pairs(annotate(text).claims, "founded_by")


def test_groups_forming_a_body_found_nothing(annotate: Annotate) -> None:
    text = "The Harbor Guild and the Dock Union formed the Port Alliance in 1990."
    assert not pairs(annotate(text).claims, "founded_by")


def test_the_firm_he_founded(annotate: Annotate) -> None:
    text = (
        "Tom Weir is a Scottish investor. Weir moved to Orbis Holdings when it bought the "
        "lending firm he had founded, Crestline."
    )
    assert ("Crestline", "Tom Weir") in pairs(annotate(text).claims, "founded_by")


def test_before_founding_a_firm(annotate: Annotate) -> None:
    text = "Before founding Redline Capital in 2001, Tom Weir worked as an analyst at Orbis Bank."
    assert ("Redline Capital", "Tom Weir") in pairs(annotate(text).claims, "founded_by")


def test_a_surname_the_text_gave_in_full(annotate: Annotate) -> None:
    text = (
        "Omar Tanaka is a Kenyan film director. Tanaka had formed Redline Film Company in "
        "1929 with his cousin."
    )
    assert ("Redline Film Company", "Omar Tanaka") in pairs(annotate(text).claims, "founded_by")
