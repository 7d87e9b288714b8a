"""More shapes of membership: a fronted participle of joining said of the owner of the
clause's subject, forming a body side by side with a partner (extract/member_shapes.py),
and a person's body in a document about a sport read as a team (extract/team_players.py).
Sentences, people and bodies are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def members(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "member_of")


def players(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "plays_for")


def test_a_fronted_joining_participle_is_the_possessors(annotate: Annotate) -> None:
    text = (
        "Dov Amsel was a Welsh composer. Joining the Guild of Lutenists in 1952, his "
        "best-known work was a ballad for harp."
    )
    assert ("Dov Amsel", "Guild of Lutenists") in members(annotate(text).claims)


def test_a_joining_participle_with_a_pronoun_subject_reads_nothing_here(
    annotate: Annotate,
) -> None:
    text = "Dov Amsel was a composer. Joining the orchestra in 1952, he wrote a ballad for harp."
    assert not {m for m in members(annotate(text).claims) if m[1] == "Guild of Lutenists"}


def test_forming_a_body_alongside_a_partner_makes_both_members(annotate: Annotate) -> None:
    text = (
        "Mara Quill is an American singer. In March 2015, she made her debut alongside "
        "Kara Wendt, forming The Velvet Herons."
    )
    found = members(annotate(text).claims)
    assert ("Mara Quill", "Velvet Herons") in found
    assert ("Kara Wendt", "Velvet Herons") in found


def test_forming_a_company_alongside_a_partner_is_no_membership(annotate: Annotate) -> None:
    text = "In 1988, Tom Reyes formed Reyes Holdings Company alongside Sam Lund."
    assert not members(annotate(text).claims)


def test_forming_with_a_partner_needs_a_body_of_members(annotate: Annotate) -> None:
    text = "Tom Reyes formed the duo Paper Kites with Sam Lund in 1999."
    found = members(annotate(text).claims)
    assert {("Tom Reyes", "Paper Kites"), ("Sam Lund", "Paper Kites")} <= found


def test_forming_alone_is_no_membership_here(annotate: Annotate) -> None:
    text = "In 1988, Tom Reyes formed Reyes Holdings Company."
    assert not members(annotate(text).claims)


def test_a_team_joined_in_a_document_about_a_sport_is_played_for(annotate: Annotate) -> None:
    text = (
        "Ole Brandvik is a retired ice hockey defenceman. He spent five seasons with the "
        "Lakeport Otters before joining the Harbin Cranes in 2011."
    )
    claims = annotate(text).claims
    assert ("Ole Brandvik", "Harbin Cranes") in players(claims)
    assert ("Ole Brandvik", "Harbin Cranes") not in members(claims)


def test_a_party_in_a_document_about_a_sport_stays_a_membership(annotate: Annotate) -> None:
    text = (
        "Ole Brandvik is a former football goalkeeper. After retiring, he joined the "
        "Coastal Reform Party in 2011."
    )
    claims = annotate(text).claims
    assert ("Ole Brandvik", "Coastal Reform Party") in members(claims)
    assert ("Ole Brandvik", "Coastal Reform Party") not in players(claims)


def test_a_society_joined_outside_sport_stays_a_membership(annotate: Annotate) -> None:
    text = "Ole Brandvik is a painter. In 2011 he joined the Harbin Cranes, a circle of artists."
    claims = annotate(text).claims
    assert ("Ole Brandvik", "Harbin Cranes") not in players(claims)


def test_a_sport_inside_a_longer_position_marks_the_document(annotate: Annotate) -> None:
    text = (
        "Rollo Denham is a retired American football linebacker. In 2012 he left the "
        "Marlow Stags, joining the Tamsin Hawks a week later."
    )
    claims = annotate(text).claims
    assert ("Rollo Denham", "Tamsin Hawks") not in members(claims)


def test_a_sports_word_describing_no_person_marks_nothing(annotate: Annotate) -> None:
    text = (
        "The tune was later sung by football crowds, each player's name in turn. Its "
        "writer, Ida Fenn, joined the Harbin Cranes in 1990."
    )
    claims = annotate(text).claims
    assert ("Ida Fenn", "Harbin Cranes") in members(claims)
    assert ("Ida Fenn", "Harbin Cranes") not in players(claims)
