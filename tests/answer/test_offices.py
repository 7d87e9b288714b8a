"""Questions for whoever holds an office, read against the offices sources give people."""

from __future__ import annotations

from dossier.answer.offices import asked_offices, holds_office, office_head, tells_of


def test_the_office_asked_is_cut_before_its_context() -> None:
    asked = asked_offices("Who was Ruritania's finance minister during the harbour blockade?")
    # longest first: the whole, then the office with its context apart
    assert asked[-1] == (("ruritania", "finance", "minister"), ("harbour", "blockade"))


def test_a_name_or_a_single_word_asks_for_no_office() -> None:
    assert asked_offices("Where is the Valley Front based?") == []
    assert [office for office, _ in asked_offices("Who is the chief?")] == []


def test_an_office_matches_by_its_head_and_every_word_asked() -> None:
    asked = ("ruritania", "finance", "minister")
    assert office_head("finance minister of Ruritania") == "minister"
    assert holds_office(asked, "Finance Minister of Ruritania", "She spoke on Monday.")
    # the country is given by the sentence, as an adjective
    assert holds_office(asked, "finance minister", "The Ruritanian finance minister resigned.")
    assert not holds_office(asked, "finance minister", "The minister resigned.")
    assert not holds_office(asked, "finance ministry spokesman of Ruritania", "")


def test_a_context_is_told_by_a_text_holding_its_words() -> None:
    assert tells_of(("harbour", "blockade"), "The blockade of the harbour lasted a week.")
    assert not tells_of(("harbour", "blockade"), "The harbour reopened.")
