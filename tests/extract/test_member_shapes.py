"""Shapes of membership read by extract/member_shapes.py (a member noun sharing a later
role's 'of', 'part of' a body of members, expulsion) and by the companions of a founding
verb in extract/membership.py ('along with B, A formed X'). Sentences, people and bodies
are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def members(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "member_of")


def test_a_member_noun_shares_the_of_of_a_later_role(annotate: Annotate) -> None:
    text = "Irma Folke is a life member, and the treasurer, of the Tillers' Union of Ostria."
    assert ("Irma Folke", "Tillers' Union of Ostria") in members(annotate(text).claims)


def test_a_member_and_later_an_officer_of_a_club(annotate: Annotate) -> None:
    text = "Bram Eskil was a member, and later the treasurer, of the Dunmore Chess Club."
    assert ("Bram Eskil", "Dunmore Chess Club") in members(annotate(text).claims)


def test_a_member_noun_with_no_role_after_it_reads_nothing_here(annotate: Annotate) -> None:
    text = "Bram Eskil, a member since 1990, spoke to the Dunmore Chess Club."
    assert ("Bram Eskil", "Dunmore Chess Club") not in members(annotate(text).claims)


def test_expelled_from_the_ranks_of_a_body(annotate: Annotate) -> None:
    text = "In 1952, Osric Penhall was expelled from the ranks of the Agrarian League."
    assert ("Osric Penhall", "Agrarian League") in members(annotate(text).claims)


def test_expelled_in_a_clause_joined_to_another(annotate: Annotate) -> None:
    text = (
        "In 1952, Trade Minister Osric Penhall spoke out against the tariff, and was "
        "expelled from the ranks of the Agrarian League."
    )
    assert ("Osric Penhall", "Agrarian League") in members(annotate(text).claims)


def test_expelled_from_a_party(annotate: Annotate) -> None:
    text = "Osric Penhall was expelled from the Ostrian Farmers' Party in 1952."
    assert ("Osric Penhall", "Ostrian Farmers' Party") in members(annotate(text).claims)


def test_expelled_from_a_college_is_no_membership(annotate: Annotate) -> None:
    text = "Osric Penhall was expelled from Welby College in 1952."
    assert not members(annotate(text).claims)


def test_part_of_a_duo(annotate: Annotate) -> None:
    text = "Juno Marr was part of the duo Marr & Lisle until 2004."
    assert ("Juno Marr", "Marr & Lisle") in members(annotate(text).claims)


def test_part_of_a_party(annotate: Annotate) -> None:
    text = "Juno Marr was part of the Ostrian Farmers' Party for a decade."
    assert ("Juno Marr", "Ostrian Farmers' Party") in members(annotate(text).claims)


def test_part_of_a_company_group_is_no_membership(annotate: Annotate) -> None:
    text = "Juno Marr was part of the Lisle Group for a decade."
    assert not members(annotate(text).claims)


def test_part_of_a_legislature_is_no_membership(annotate: Annotate) -> None:
    text = "Juno Marr was part of the Ostrian Senate for a decade."
    assert not members(annotate(text).claims)


def test_along_with_companions_found_a_band(annotate: Annotate) -> None:
    text = "Along with Pell Rudd and Cato Shaw, Juno Marr formed the band Glass Orchard in 1988."
    found = members(annotate(text).claims)
    assert {("Pell Rudd", "Glass Orchard"), ("Cato Shaw", "Glass Orchard")} <= found


def test_along_with_a_companion_founds_a_firm_with_no_members(annotate: Annotate) -> None:
    text = "Along with Pell Rudd, Juno Marr founded Orchard Tooling in 1988."
    assert not members(annotate(text).claims)


def test_a_party_before_turned_is_one_left(annotate: Annotate) -> None:
    text = "In 1998 the Liberal-turned-independent Orm Haraldsen lost his seat in the council."
    assert ("Orm Haraldsen", "Liberal") in members(annotate(text).claims)


def test_a_trade_before_turned_is_no_party(annotate: Annotate) -> None:
    text = "Hester Vance, a banker-turned-poet, died in 2001."
    assert not members(annotate(text).claims)


def test_a_member_word_takes_the_plural_party_name_the_text_uses(annotate: Annotate) -> None:
    text = (
        "Before joining the Social Democrats, Arne Tollak sat for the Crofters' League. "
        "In 1994, Arne Tollak returned to parliament as a Social Democrat."
    )
    found = members(annotate(text).claims)
    assert ("Arne Tollak", "Social Democrats") in found
    assert ("Arne Tollak", "Social Democrat") not in found


def test_a_role_with_an_article_is_no_person_of_a_body(annotate: Annotate) -> None:
    text = "The Dean of the Welby School of Law is Juno Marr."
    found = members(annotate(text).claims)
    assert not any(member in ("Dean", "The Dean") for member, _ in found)


def test_a_band_composed_of_its_members(annotate: Annotate) -> None:
    text = "The Copper Wrens are a folk band composed of Tom Sallis, Ada Kray and Ben Oduya."
    found = members(annotate(text).claims)
    assert {("Tom Sallis", "Copper Wrens"), ("Ben Oduya", "Copper Wrens")} <= found
