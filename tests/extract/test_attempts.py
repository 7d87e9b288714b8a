"""An act a clause only attempts, plans or agrees to is not one that holds
(extract/clauses.py, ``attempt_verbs`` in lexicons/claims.yaml). Sentences and names are
invented for the tests."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Annotate, pairs


def test_a_completed_acquisition_makes_a_parent(annotate: Annotate) -> None:
    text = "Kestrel Holdings acquired Marlow Foods in 2003."
    assert ("Marlow Foods", "Kestrel Holdings") in pairs(annotate(text).claims, "affiliate_of")


@pytest.mark.parametrize("attempt", ["tried", "failed", "agreed", "attempted", "planned"])
def test_an_attempted_acquisition_makes_no_parent(annotate: Annotate, attempt: str) -> None:
    text = f"Kestrel Holdings {attempt} to acquire Marlow Foods in 2003."
    assert pairs(annotate(text).claims, "affiliate_of") == set()
