"""Shared fixtures: the real spaCy pipeline (loaded once), real SQLite files, shared data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from dossier.annotate.pipeline import shared_pipeline
from dossier.store import KnowledgeBase
from tests.helpers import shared_path


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline with Dossier's components, loaded once per session."""
    return shared_pipeline()


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A fresh knowledge base in a real SQLite file."""
    with KnowledgeBase(tmp_path / "kb.db") as knowledge_base:
        yield knowledge_base


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")
