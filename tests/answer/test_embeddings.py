"""Passages ordered by meaning with the real sentence-embedding model (offline)."""

from __future__ import annotations

from pathlib import Path

from dossier import KnowledgeBase, ingest
from dossier.answer import embeddings
from dossier.answer.answers import Answerer
from dossier.answer.embeddings import rank_by_meaning, similarities
from tests.corpus import write_jsonl


def test_sentences_closest_in_meaning_come_first() -> None:
    texts = [
        "The football match in Gao ended in a draw on Sunday.",
        "Rain is expected across the region later this week.",
        "The militants pay their fighters with money from smuggling and ransoms.",
    ]
    order = rank_by_meaning("How is the armed group financed?", texts)
    assert order[0] == 2 and sorted(order) == [0, 1, 2]
    assert rank_by_meaning("anything", []) == []


def test_a_sentence_met_again_is_scored_from_its_remembered_encoding() -> None:
    texts = [
        "Ferry crews on the northern route walked out over unpaid wages.",
        "The regional council voted to rebuild the washed-out bridge.",
        "Ferry crews on the northern route walked out over unpaid wages.",
    ]
    first = similarities("Why did the ferry crews strike?", texts)
    assert first[0] == first[2] and first[0] > first[1]
    assert all(text in embeddings._remembered for text in texts)
    again = similarities("Which bridge will be rebuilt?", texts[:2])
    assert again[1] > again[0]
    assert again[0] != first[0]  # the question is encoded each time: the score is its own


def test_a_question_no_form_fits_gets_the_passage_that_answers_it_first(
    tmp_path: Path, nlp: object
) -> None:
    sentences = [
        "Convoy drivers said the convoy carried rice and the convoy carried flour.",
        "A second convoy of trucks is planned for next month, convoy organisers said.",
        "The convoy was halted by a landslide that blocked the road near Kidal.",
        "Aid agencies welcomed the convoy and thanked the convoy escorts.",
        "Officials counted the trucks in the convoy twice.",
    ]
    items = [
        {"id": f"aid-{n}", "source": f"Paper {n}", "text": text} for n, text in enumerate(sentences)
    ]
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        ingest(kb, [write_jsonl(tmp_path / "aid.jsonl", *items)])
        answer = Answerer(kb).ask("What stopped the convoy on its way?")
    assert answer.answer.startswith("No claim answers this directly")
    assert len(answer.citations) == 3
    assert "landslide" in answer.citations[0].quote
