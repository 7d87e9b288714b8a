"""Parts a body is said to include in brackets after its name, and offices of a
legislature read as no leadership of an organisation."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_named_parts_in_brackets_after_a_body(annotate: Annotate) -> None:
    text = (
        "Veterans of the Kessel Front (including the Ardan Brigade and the Hollow Watch)"
        " met in Kandahar."
    )
    assert {
        ("Ardan Brigade", "Kessel Front"),
        ("Hollow Watch", "Kessel Front"),
    } <= pairs(annotate(text).claims, "affiliate_of")


def test_examples_of_a_kind_of_body_are_no_parts(annotate: Annotate) -> None:
    text = "Many lenders (including the Bank of Lorne and Harwick Savings) closed branches."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_the_president_of_a_national_assembly_leads_no_organisation(
    annotate: Annotate,
) -> None:
    text = "Christine Rasoa served as the president of the Malagasy National Assembly from 2014."
    assert not pairs(annotate(text).claims, "leader_of")


def test_an_unmarked_name_before_a_role_and_a_person_is_an_organisation(
    annotate: Annotate,
) -> None:
    text = "Analysts said Brenmoor chairperson Ben Amadi and his deputy resigned in 2019."
    assert ("Ben Amadi", "Brenmoor") in pairs(annotate(text).claims, "leader_of")


def test_a_known_place_before_a_role_is_no_organisation(annotate: Annotate) -> None:
    text = "Officials said Kandahar commander Ahmed Karim was killed in 2019."
    assert not pairs(annotate(text).claims, "leader_of")
