"""A small knowledge base for the interchange exports: publishers, a URL, dates, a quote
holding a comma and double quotes, and claims that deny what others assert."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dossier import KnowledgeBase, ingest
from tests.corpus import write_jsonl

FRONT = "organization:northern-front"
QUOTED = (
    'The Northern Front, which calls itself "the Shield, of the North", is an affiliate of '
    "al-Qaeda."
)
WIRE = {
    "id": "wire-1",
    "source": "Example Wire",
    "url": "https://wire.example/front",
    "published_at": "2024-03-05",
    "title": "Front denies ties",
    "text": (
        "The Northern Front is not allied with the Wagner Group, officials said. "
        f"{QUOTED} The Northern Front is not an affiliate of Boko Haram. "
        "The Northern Front is hostile to the Wagner Group. "
        "The Northern Front is hostile to the Coastal Trading Company."
    ),
}
POST = {
    "id": "post-2",
    "source": "Example Post",
    "published_at": "2024-03-07T10:30:00+02:00",
    "text": (
        "The Northern Front is allied with the Wagner Group. "
        "The Northern Front is an affiliate of al-Qaeda, a UN report said."
    ),
}


@pytest.fixture(scope="session")
def ties_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """The two articles above in a knowledge base, built once; tests must not change it."""
    folder = tmp_path_factory.mktemp("ties")
    with KnowledgeBase(folder / "kb.db") as knowledge_base:
        ingest(knowledge_base, [write_jsonl(folder / "ties.jsonl", WIRE, POST)])
    return folder / "kb.db"
