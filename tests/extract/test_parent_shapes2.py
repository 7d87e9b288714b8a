"""Parents said with a verb of belonging: 'X belongs to the Y group / the Y holding'."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_company_belonging_to_a_named_holding_is_its_part(annotate: Annotate) -> None:
    text = "Pellor Motors belongs to the family-owned Barcom engineering holding."
    assert ("Pellor Motors", "Barcom") in pairs(annotate(text).claims, "affiliate_of")


def test_a_company_belonging_to_an_owners_group_noun_is_its_part(annotate: Annotate) -> None:
    text = "Pellor Motors belongs to the Hollings media group."
    assert ("Pellor Motors", "Hollings") in pairs(annotate(text).claims, "affiliate_of")


def test_a_company_belonging_to_a_group_named_as_such_is_its_part(annotate: Annotate) -> None:
    text = "Pellor Motors belongs to Hollings Holdings."
    assert ("Pellor Motors", "Hollings Holdings") in pairs(annotate(text).claims, "affiliate_of")


def test_a_denied_belonging_names_no_parent(annotate: Annotate) -> None:
    text = "Pellor Motors no longer belongs to the Ardmore Group."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_belonging_to_an_association_names_no_parent(annotate: Annotate) -> None:
    text = "Pellor Motors belongs to the European Automobile Association."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_a_person_belonging_to_a_group_is_no_part(annotate: Annotate) -> None:
    text = "Anna Berg belongs to the Ardmore Group."
    assert ("Anna Berg", "Ardmore Group") not in pairs(annotate(text).claims, "affiliate_of")
