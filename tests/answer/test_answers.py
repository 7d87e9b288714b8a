"""Cited answers from a real knowledge base of the made-up Sahel items (tests/corpus.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dossier import KnowledgeBase
from dossier.answer.answers import Answer, Answerer
from dossier.answer.explain import explain


@pytest.fixture(scope="module")
def answerer(sahel_kb: str) -> Iterator[Answerer]:
    with KnowledgeBase(sahel_kb) as kb:
        yield Answerer(kb)


def texts(sahel_kb: str, answer: Answer) -> list[str]:
    """The cited spans, read back from the stored documents."""
    with KnowledgeBase(sahel_kb) as kb:
        return [kb.document(c.document_id).text[c.start : c.end] for c in answer.citations]


def test_a_conflict_is_flagged_with_what_each_source_says(
    answerer: Answerer, sahel_kb: str
) -> None:
    answer = answerer.ask("How many fighters does the SLF have?")
    assert answer.verdict == "conflicting"
    assert "disagree" in answer.answer
    for said in ("around 800", "United Nations", "about 3,000", "Coast Courier"):
        assert said in answer.answer
    assert texts(sahel_kb, answer) == [c.quote for c in answer.citations]
    quotes = " ".join(c.quote for c in answer.citations)
    assert "around 800 fighters" in quotes and "about 3,000 members" in quotes
    assert len(answer.claims) == 3


def test_a_corroborated_answer_cites_both_publishers(answerer: Answerer) -> None:
    answer = answerer.ask("Where is the Sahel Liberation Front based?")
    assert answer.verdict == "corroborated"
    assert answer.answer.startswith(
        "Sahel Liberation Front is based in Mopti (2 independent sources)."
    )
    assert {c.document_id for c in answer.citations} == {"ledger-1", "courier-7"}
    # the sources' own sentences follow, each cited once
    for citation in answer.citations:
        assert f"“{citation.quote}”" in answer.answer
    assert len(answer.citations) == len({(c.document_id, c.start) for c in answer.citations})


def test_the_best_estimate_is_given_for_agreeing_dates(answerer: Answerer) -> None:
    answer = answerer.ask("When was the SLF set up?")
    assert "March 2012" in answer.answer and answer.verdict == "corroborated"


def test_relations_and_unnamed_funding_sources(answerer: Answerer) -> None:
    relation = answerer.ask("Are the SLF friends with the Wagner Group?")
    assert relation.answer.startswith("No: they are hostile.")
    funding = answerer.ask("Who funds the SLF?")
    assert "smuggling networks" in funding.answer and funding.verdict == "single-source"


def test_events_on_a_date_merge_every_telling(answerer: Answerer) -> None:
    answer = answerer.ask("What happened on June 8, 2023?")
    assert "armed assault by Sahel Liberation Front in Mopti" in answer.answer
    assert "[2 sources]" in answer.answer
    assert {c.document_id for c in answer.citations} == {"courier-7", "harbor-3"}


NO_LEADER = "No source in the knowledge base answers “who leads Sahel Liberation Front”."
NO_BRIGADE = "The knowledge base has nothing about 'the Nowhere Brigade'."
NO_EVENT = "No event in the knowledge base happened on 1 January 1990."


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Who leads the SLF?", NO_LEADER),
        ("Who funds the Nowhere Brigade?", NO_BRIGADE),
        ("What happened on 1 January 1990?", NO_EVENT),
        (
            "What happened on the day after never?",
            "'the day after never' is not a date I can read.",
        ),
        ("Qwxz vbnm?", "Nothing in the knowledge base answers this question."),
    ],
)
def test_it_says_so_when_nothing_supports_an_answer(
    answerer: Answerer, question: str, reply: str
) -> None:
    answer = answerer.ask(question)
    assert (answer.answer, answer.citations, answer.claims) == (reply, [], [])


def test_a_question_no_form_fits_gets_the_closest_passages(answerer: Answerer) -> None:
    answer = answerer.ask("Did anything happen at the market in Gao?")
    assert answer.verdict is None
    assert answer.answer.startswith("No claim answers this directly")
    assert any("Gao" in c.quote for c in answer.citations)


def test_the_explainer_asks_what_a_reader_would(sahel_kb: str) -> None:
    with KnowledgeBase(sahel_kb) as kb:
        answers = explain(kb, "SLF")
    questions = [answer.question for answer in answers]
    assert questions[0] == "Who are Sahel Liberation Front?"
    for asked in (
        "When was Sahel Liberation Front founded?",
        "Where are Sahel Liberation Front based?",
        "How many members does Sahel Liberation Front have?",
        "Who funds Sahel Liberation Front?",
        "Are Sahel Liberation Front friends with Wagner Group?",
    ):
        assert asked in questions
    assert all(answer.citations for answer in answers)


def test_a_question_read_by_its_words_finds_the_possessive_name(answerer: Answerer) -> None:
    answer = answerer.ask("How large is the SLF's fighting force?")
    assert answer.verdict == "conflicting"
    assert "around 800" in answer.answer and "about 3,000" in answer.answer


def test_a_two_part_question_answers_both_parts(answerer: Answerer) -> None:
    answer = answerer.ask("Who set up the Sahel Liberation Front, and when?")
    assert "March 2012" in answer.answer
    assert answer.claims


def test_a_leader_question_is_not_answered_with_an_overview(answerer: Answerer) -> None:
    answer = answerer.ask("Who is the SLF's current leader?")
    assert answer.answer.startswith("No source in the knowledge base states leader of")
    assert answer.claims == []


def test_an_incident_told_twice_gives_each_sources_toll(answerer: Answerer) -> None:
    answer = answerer.ask("How many officers were killed in the attack on the police station?")
    assert "four" in answer.answer.casefold() or "4" in answer.answer
    assert {c.document_id for c in answer.citations} >= {"courier-7", "harbor-3"}


def test_a_two_part_incident_question_answers_who_and_how_many(answerer: Answerer) -> None:
    answer = answerer.ask("Who stormed the police station in Mopti, and how many officers died?")
    assert "Sahel Liberation Front" in answer.answer
    assert "four" in answer.answer.casefold() or "4" in answer.answer
    # the sentence saying who claimed it is cited
    assert any("claimed the attack" in c.quote for c in answer.citations)


def test_an_overview_gives_the_other_names(answerer: Answerer) -> None:
    answer = answerer.ask("Who are the Sahel Liberation Front?")
    assert "also known as SLF" in answer.answer
