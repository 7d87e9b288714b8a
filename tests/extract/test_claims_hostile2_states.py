"""A capital named as a party stands for its state (extract/governments.py). Sentences
and group names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_capital_as_backer_is_its_country(annotate: Annotate) -> None:
    claims = annotate("The Kanem Legion is backed by Tehran.").claims
    assert ("Kanem Legion", "Iran") in pairs(claims, "supported_by")
    assert ("Kanem Legion", "Tehran") not in pairs(claims, "supported_by")


def test_a_capital_where_a_group_is_stays_a_city(annotate: Annotate) -> None:
    claims = annotate("The Kanem Legion has bases near Kabul.").claims
    assert ("Kanem Legion", "Kabul") in pairs(claims, "based_in")
