"""Shared fixtures: the real spaCy pipeline (loaded once), real SQLite files, shared data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright
from spacy.language import Language

from dossier import ingest
from dossier.annotate.pipeline import shared_pipeline
from dossier.store import KnowledgeBase
from dossier.web.server import CHROMIUM, CHROMIUM_FLAGS
from tests.corpus import SAHEL, write_jsonl
from tests.helpers import shared_path
from tests.postgres import create_database, server_binaries, throwaway_server


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline with Dossier's components, loaded once per session."""
    return shared_pipeline()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throw-away PostgreSQL server for the session (Debian's package); its URL."""
    binaries = server_binaries()
    if binaries is None:
        pytest.fail("PostgreSQL is missing: `./run.sh test` installs Debian's postgresql")
    with throwaway_server(binaries) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh knowledge base lives: a real SQLite file, or a new database on the
    session's real PostgreSQL server. Tests taking it run once on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "kb.db")
    server = request.getfixturevalue("postgres_server")
    return create_database(server)


@pytest.fixture
def kb(kb_location: str) -> Iterator[KnowledgeBase]:
    """A fresh knowledge base, on SQLite and on PostgreSQL."""
    with KnowledgeBase(kb_location) as knowledge_base:
        yield knowledge_base


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture(scope="module")
def sahel_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """A knowledge base of the three Sahel items (tests/corpus.py), built once per module;
    tests that change it must build their own."""
    folder = tmp_path_factory.mktemp("sahel")
    with KnowledgeBase(folder / "kb.db") as knowledge_base:
        ingest(knowledge_base, [write_jsonl(folder / "sahel.jsonl", *SAHEL)])
    return folder / "kb.db"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def sahel_kb(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, nlp: Language
) -> str:
    """The Sahel knowledge base on each backend (an SQLite file, a PostgreSQL database),
    built once per module and backend; tests taking it run on both. Read-only."""
    folder = tmp_path_factory.mktemp("sahel")
    if request.param == "sqlite":
        location = str(folder / "kb.db")
    else:
        location = create_database(request.getfixturevalue("postgres_server"))
    with KnowledgeBase(location) as knowledge_base:
        ingest(knowledge_base, [write_jsonl(folder / "sahel.jsonl", *SAHEL)])
    return location


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """A knowledge base of the two seed articles (skips without ../shared), built once per
    session; tests that change it must copy it first."""
    seeds = shared_path("seeds")
    folder = tmp_path_factory.mktemp("seeds")
    with KnowledgeBase(folder / "kb.db") as knowledge_base:
        ingest(knowledge_base, [seeds])
    return folder / "kb.db"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium driven by Playwright (its own download needs the network)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `./run.sh test` installs Debian's chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave screenshots for a person to look at (git-ignored)."""
    folder = Path(__file__).resolve().parent.parent / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder
