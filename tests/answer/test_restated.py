"""A source's second figure for a count, worded without the counted noun ('the real figure
of some 5,000'), is quoted and heard against the other figures."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dossier import KnowledgeBase
from dossier.answer.answers import Answerer
from dossier.ingest.pipeline import ingest
from tests.corpus import write_jsonl

REPORTS = (
    {
        "id": "boast-1",
        "title": "A commander's boast",
        "text": "The commander of the Delta Hill Brigade boasted on Monday that he leads "
        "40,000 fighters. Analysts called that an exaggeration of the real figure of some "
        "5,000. The brigade holds three valleys near the border.",
    },
    {
        "id": "boast-2",
        "title": "Rebels in the hills",
        "text": "The Delta Hill Brigade has about 40,000 fighters, a spokesman for the "
        "group said in a statement.",
    },
)


def test_a_figure_restating_a_count_is_quoted_and_disagrees(tmp_path: Path, nlp: Language) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        ingest(kb, [write_jsonl(tmp_path / "boast.jsonl", *REPORTS)])
        answer = Answerer(kb).ask("How many fighters does the Delta Hill Brigade have?")
    assert "real figure of some 5,000" in answer.answer
    assert answer.verdict == "conflicting"
    assert "some 5,000 fighters (" in answer.answer
