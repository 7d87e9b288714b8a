"""A group's running tolls, each counting something of its own, are all given."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dossier import KnowledgeBase
from dossier.answer.answers import Answerer
from dossier.ingest.pipeline import ingest
from tests.corpus import write_jsonl

REPORTS = (
    {
        "id": "tolls-1",
        "title": "Violence in the east",
        "text": "The Marsh Liberation Army has killed about 900 civilians since 2015, "
        "according to a church group in the region.",
    },
    {
        "id": "tolls-2",
        "title": "A monitor's count",
        "text": "A monitoring group blames the Marsh Liberation Army for more than 300 deaths "
        "in the border district since 2019.",
    },
)


def test_every_figure_of_a_running_toll_is_given_with_what_it_counts(
    tmp_path: Path, nlp: Language
) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        ingest(kb, [write_jsonl(tmp_path / "tolls.jsonl", *REPORTS)])
        answer = Answerer(kb).ask("How many civilians has the Marsh Liberation Army killed?")
    assert "about 900 civilians" in answer.answer
    assert "more than 300 deaths" in answer.answer
    assert {c.document_id for c in answer.citations} == {"tolls-1", "tolls-2"}
