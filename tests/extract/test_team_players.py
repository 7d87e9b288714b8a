"""A membership whose body is a sports team is a player's (extract/team_players.py)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.corpus import answering
from tests.extract.conftest import Annotate, pairs


def test_joining_a_body_the_text_calls_a_football_club(annotate: Annotate) -> None:
    text = (
        "Tobias Vehrle joined Kestrel Rovers in 2019. "
        "Kestrel Rovers is a football club from the town of Marwick."
    )
    claims = annotate(text).claims
    assert ("Tobias Vehrle", "Kestrel Rovers") in pairs(claims, "plays_for")
    assert ("Tobias Vehrle", "Kestrel Rovers") not in pairs(claims, "member_of")


def test_a_member_of_a_body_named_with_a_clubs_abbreviation(annotate: Annotate) -> None:
    claims = annotate("Mira Osterholt joined Aldwick Town FC in 2012.").claims
    assert ("Mira Osterholt", "Aldwick Town FC") in pairs(claims, "plays_for")


def test_a_society_stays_a_membership(annotate: Annotate) -> None:
    text = (
        "Mira Osterholt joined the Lantern Society in 2004. It is a club for amateur astronomers."
    )
    claims = annotate(text).claims
    assert ("Mira Osterholt", "Lantern Society") in pairs(claims, "member_of")
    assert pairs(claims, "plays_for") == set()


def test_a_club_without_a_sport_is_no_team(annotate: Annotate) -> None:
    text = "Edwin Falk joined the Marlow Club in 1990. The Marlow Club is a private dining club."
    claims = annotate(text).claims
    assert pairs(claims, "plays_for") == set()


def test_who_has_played_for_a_team_is_answered_from_its_players(
    tmp_path: Path, nlp: Language
) -> None:
    article = {
        "id": "gazette-1",
        "source": "Marwick Gazette",
        "title": "Rovers sign a winger",
        "date": "2023-07-02",
        "text": (
            "Tobias Vehrle joined Kestrel Rovers in 2019. "
            "Kestrel Rovers is a football club from the town of Marwick."
        ),
    }
    with answering(tmp_path, article) as answerer:
        answer = answerer.ask("Who has played for Kestrel Rovers?")
    assert answer.answer.startswith("Tobias Vehrle has played for Kestrel Rovers")
    assert any("joined Kestrel Rovers" in c.quote for c in answer.citations)
