"""Beside a date answered from claims, the sentences quoted are those naming the subject
with the year answered, however they word the act; a later part of a question quotes
sentences an earlier part did not."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dossier import KnowledgeBase
from dossier.answer.answers import Answerer
from dossier.ingest.pipeline import ingest
from tests.corpus import write_jsonl

REPORTS = (
    {
        "id": "coast-1",
        "title": "Coastal rebels",
        "text": "The Coastal Freedom Movement (CFM) was founded in 2003, officials said. "
        "The CFM has attacked several fishing ports since then.",
    },
    {
        "id": "coast-2",
        "title": "A profile",
        "text": "Some analysts say two brothers were the architects of the original CFM. "
        "The Coastal Freedom Movement first came to public notice in the summer of 2003. "
        "Its fighters raided a naval depot in 2010.",
    },
)


def test_a_when_answer_quotes_the_sentence_giving_its_year(tmp_path: Path, nlp: Language) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        ingest(kb, [write_jsonl(tmp_path / "coast.jsonl", *REPORTS)])
        answer = Answerer(kb).ask("When did the CFM emerge?")
    assert "2003" in answer.answer.split(" The sources also say: ")[0]
    assert "first came to public notice in the summer of 2003" in answer.answer
