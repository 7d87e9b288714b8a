"""A rival description set off beside a name (extract/set_off_rivals.py).
Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_rival_party_set_off_after_a_name(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front was founded in 1990. "
        "This created political tensions with the Norvan Brigade, the rival Tarvan party."
    )
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kestrel Front", "Norvan Brigade") in found


def test_plain_description_set_off_is_no_rivalry(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front was founded in 1990. "
        "Its leaders met the Norvan Brigade, the Tarvan party, on Monday."
    )
    assert not pairs(annotate(text).claims, "hostile_to")


def test_with_which_after_a_set_off_name_is_the_war_party(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front was founded in 1990 to fight for independence from Tarvia, "
        "with which it has been locked in a deadly war for three decades."
    )
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Kestrel Front", "Tarvia") in found


def test_it_in_a_clause_about_another_noun_is_the_outer_subject(annotate: Annotate) -> None:
    text = (
        "Peru views the Norvan Brigade as an offshoot of the Kestrel Front, "
        "with which it has been locked in a bloody war for two decades."
    )
    found = pairs(annotate(text).claims, "hostile_to")
    assert ("Peru", "Kestrel Front") in found
