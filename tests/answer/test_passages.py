"""Choosing the sentences that answer a question (answer/passages.py), with the real
embedding model."""

from __future__ import annotations

from dossier.answer.passages import pick_passages
from dossier.model.records import SearchHit


def hit(document_id: str, start: int, text: str) -> SearchHit:
    return SearchHit(document_id, None, start, start, start + len(text), text, 1.0)


def test_the_sentence_that_answers_comes_first_and_each_sentence_once() -> None:
    hits = [
        hit("a", 0, "Leaders of the River Front held a rally in the capital on Friday."),
        hit("b", 0, "The River Front is led by a former teacher, Omar Bakri, its leader."),
        hit("c", 0, "The River Front is led by a former teacher, Omar Bakri, its leader."),
        hit("a", 90, "River Front leaders"),  # a heading: too short to answer
    ]
    chosen = pick_passages(
        "Who leads the River Front?",
        hits,
        3,
        names=["River Front"],
        words=["leads", "led", "leader", "leaders"],
    )
    assert [h.document_id for h in chosen] == ["b", "a"]


def test_names_words_and_sentences_already_cited_filter_the_candidates() -> None:
    hits = [
        hit("a", 0, "The Lake Brigade was founded in 2004 by fishermen."),
        hit("a", 60, "The River Front was founded in 2010 by students."),
        hit("b", 0, "The River Front was founded in 2010, officials said."),
    ]
    chosen = pick_passages(
        "When was the River Front founded?",
        hits,
        3,
        names=["River Front"],
        words=["founded"],
        skip=[("a", 60)],
    )
    assert [(h.document_id, h.start) for h in chosen] == [("b", 0)]
