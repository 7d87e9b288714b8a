"""Choosing the sentences that answer a question (answer/passages.py), with the real
embedding model."""

from __future__ import annotations

from dossier.answer.passages import answer_kind, names_any, pick_passages
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


def test_without_the_model_the_words_asked_and_a_year_for_when_order_them() -> None:
    hits = [
        hit("a", 0, "The Delta Guard attacked a ferry near the port last week."),
        hit("b", 0, "Reporters say the Delta Guard was founded by dock workers in 2004."),
        hit("c", 0, "The Delta Guard was founded by dock workers, its members say."),
    ]
    chosen = pick_passages(
        "When was the Delta Guard founded?",
        hits,
        3,
        names=["Delta Guard"],
        words=["founded", "formed", "established"],
        by_meaning=False,
    )
    # both hold the word asked, only one a year (what 'when' asks); 'a' holds no word asked
    assert [h.document_id for h in chosen] == ["b", "c"]


def test_a_sentence_referring_back_counts_only_in_an_article_that_names_the_group() -> None:
    hits = [
        hit("a", 0, "The Delta Guard is an armed group on the river delta."),
        hit("a", 60, "Most of its money comes from smuggling fuel across the border."),
        hit("b", 0, "Most of its money comes from selling timber, the ministry said."),
    ]
    chosen = pick_passages(
        "How is the Delta Guard funded?",
        hits,
        3,
        names=["Delta Guard"],
        words=["funded", "money", "funds"],
        by_meaning=False,
    )
    # 'b' never names the Delta Guard; ('a', 0) holds none of the words asked
    assert [(h.document_id, h.start) for h in chosen] == [("a", 60)]


def test_a_curly_apostrophe_in_a_name_is_a_straight_one() -> None:
    assert names_any("The Farmers’ Front said so.", ["Farmers' Front"])
    assert not names_any("The Farmers Union said so.", ["Farmers' Front"])


def test_an_acronym_is_named_only_with_its_case() -> None:
    assert names_any("Fighters of the RaF crossed the river.", ["RaF"])
    assert not names_any("They would not raf the boats.", ["RaF"])
    assert not names_any("It is not clear who fired.", ["IS"])
    assert names_any("Militants of the hill front fired.", ["Hill Front"])


def test_answer_kinds_are_read_from_the_question() -> None:
    assert answer_kind("When did the Delta Guard emerge?") == "time"
    assert answer_kind("How many fighters does the Delta Guard have?") == "figure"
    assert answer_kind("Who leads the Delta Guard?") is None
