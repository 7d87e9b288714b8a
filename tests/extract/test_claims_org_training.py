"""Training said through the camp it was given at. Sentences and names are invented for
the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_trained_at_a_group_camp_is_trained_by_the_group(annotate: Annotate) -> None:
    text = "Karim Haddad trained at a Sable Brigade camp in Syria before returning home."
    assert ("Karim Haddad", "Sable Brigade") in pairs(annotate(text).claims, "trained_by")


def test_the_camps_owner_named_as_possessor_trained_them(annotate: Annotate) -> None:
    text = "Omar Saleh trained in the Amber Front's camps in Syria."
    assert ("Omar Saleh", "Amber Front") in pairs(annotate(text).claims, "trained_by")


def test_a_camp_of_no_named_owner_says_nothing(annotate: Annotate) -> None:
    text = "The Eastern Battalion trained its recruits in a camp near the border."
    assert not pairs(annotate(text).claims, "trained_by")
