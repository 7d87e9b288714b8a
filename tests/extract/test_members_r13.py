"""Membership frames of round 13: a relative clause said of the name its noun describes
('P is a singer who was in the band X'), playing in a band without an instrument named,
fronting a band, belonging to a body (not a lineage), members given by example after a
count ('X has 400 members, including A') or with 'among' ('A was among its members'), and
an academician of an academy (extract/membership.py, extract/band_parts.py,
extract/party_membership.py). Sentences, people and bodies are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def members(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "member_of")


def test_a_relative_clause_on_a_description_is_said_of_the_name(annotate: Annotate) -> None:
    text = "Tova Lindqvist is a Swedish singer who was in the band Grey Static during the 1990s."
    assert ("Tova Lindqvist", "Grey Static") in members(annotate(text).claims)


def test_playing_in_a_band_needs_no_instrument(annotate: Annotate) -> None:
    text = "Tova Lindqvist is a Swedish guitarist who plays in the band Copper Lanterns."
    assert ("Tova Lindqvist", "Copper Lanterns") in members(annotate(text).claims)


def test_playing_in_an_orchestra_named_as_one(annotate: Annotate) -> None:
    text = (
        "Tova Lindqvist is a Swedish bassist. She played in the Halvard Symphony Orchestra "
        "for ten years."
    )
    assert ("Tova Lindqvist", "Halvard Symphony Orchestra") in members(annotate(text).claims)


def test_playing_in_a_match_is_no_membership(annotate: Annotate) -> None:
    text = "Tova Lindqvist is a Swedish footballer. She played in the Brannock Cup final twice."
    assert not members(annotate(text).claims)


def test_fronting_a_band(annotate: Annotate) -> None:
    text = "Tova Lindqvist is a Swedish singer. She fronted Grey Static from 1990 to 1995."
    assert ("Tova Lindqvist", "Grey Static") in members(annotate(text).claims)


def test_fronting_a_campaign_is_no_membership(annotate: Annotate) -> None:
    text = "Tova Lindqvist fronted the campaign for a new bridge over the river."
    assert not members(annotate(text).claims)


def test_belonging_to_a_body(annotate: Annotate) -> None:
    text = "Tova Lindqvist is a Swedish poet who belonged to the Orrin Society."
    assert ("Tova Lindqvist", "Orrin Society") in members(annotate(text).claims)


def test_belonging_to_a_lineage_is_no_membership(annotate: Annotate) -> None:
    text = "Tova Lindqvist belonged to the House of Tarnholm."
    assert not members(annotate(text).claims)


def test_a_thing_that_belonged_to_a_body_is_no_member(annotate: Annotate) -> None:
    text = "The estate belonged to the Orrin Society until 1950."
    assert not members(annotate(text).claims)


def test_members_given_by_example_after_a_count(annotate: Annotate) -> None:
    text = (
        "The Association of Fenwick Colleges has twelve members, including the Marrow "
        "Institute and Brill College."
    )
    found = members(annotate(text).claims)
    assert ("Marrow Institute", "Association of Fenwick Colleges") in found
    assert ("Brill College", "Association of Fenwick Colleges") in found


def test_a_described_member_given_by_example(annotate: Annotate) -> None:
    text = "The Orrin Society has around 400 members, including the poet Tova Lindqvist."
    assert ("Tova Lindqvist", "Orrin Society") in members(annotate(text).claims)


def test_among_the_members(annotate: Annotate) -> None:
    text = "Tova Lindqvist and Ebba Sorensen were among the founding members of the Orrin Society."
    found = members(annotate(text).claims)
    assert ("Tova Lindqvist", "Orrin Society") in found
    assert ("Ebba Sorensen", "Orrin Society") in found


def test_among_its_members_fronted(annotate: Annotate) -> None:
    text = (
        "The Orrin Society was a literary club in Oslo. Among its members were Tova "
        "Lindqvist and Ebba Sorensen."
    )
    found = members(annotate(text).claims)
    assert ("Tova Lindqvist", "Orrin Society") in found
    assert ("Ebba Sorensen", "Orrin Society") in found


def test_an_academician_of_an_academy(annotate: Annotate) -> None:
    text = (
        "Tova Lindqvist is a Swedish chemist. She is an academician of the Halvard Academy "
        "of Sciences."
    )
    assert ("Tova Lindqvist", "Halvard Academy of Sciences") in members(annotate(text).claims)


def test_her_band_set_off_is_the_one_person_named_before(annotate: Annotate) -> None:
    text = (
        "The box set gathers the pianist Tova Lindqvist's recordings with her band, "
        "Grey Static, from three decades."
    )
    assert ("Tova Lindqvist", "Grey Static") in members(annotate(text).claims)


def test_her_band_after_two_people_is_nobodys(annotate: Annotate) -> None:
    text = (
        "The reviews compared Tova Lindqvist with Ebba Sorensen, praising the songs of her "
        "band, Grey Static, and the tour."
    )
    assert not {m for m in members(annotate(text).claims) if m[1] == "Grey Static"}
