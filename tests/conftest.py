"""Shared fixtures: the real spaCy pipeline (loaded once), real SQLite files, shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from playwright.sync_api import Browser, Playwright, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from spacy.language import Language

from dossier import ingest
from dossier.annotate.pipeline import shared_pipeline
from dossier.store import KnowledgeBase
from dossier.web.server import CHROMIUM, CHROMIUM_FLAGS
from tests.corpus import SAHEL, write_jsonl
from tests.helpers import shared_path
from tests.postgres import create_database, server_binaries, throwaway_server

# Hypothesis would draw new examples every run (an example failing once in many runs fails
# CI by chance), fail any example slower than 200 ms and any test whose data takes long to
# generate (both happen on a busy CI machine), and replay examples kept from earlier runs.
# Here every run tests the same examples, and only their outcome counts;
# DOSSIER_HYPOTHESIS=explore draws new ones, to hunt for bugs by hand.
hypothesis_settings.register_profile(
    "dossier",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile(os.environ.get("DOSSIER_HYPOTHESIS", "dossier"))


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


# a page drawing or answering on a busy 2-core CI machine can take far longer than
# Playwright's 5 s default for expect()
EXPECT_MS = 30_000


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium driven by Playwright: DOSSIER_CHROMIUM when set, else Debian's
    /usr/bin/chromium where it is installed, else Playwright's own build (`playwright
    install chromium`; CI has one or the other)."""
    expect.set_options(timeout=EXPECT_MS)
    override = os.environ.get("DOSSIER_CHROMIUM")
    executables: list[str | None] = [None]
    if override:
        executables = [override]
    elif CHROMIUM.exists():  # Debian's first, as the page-load benchmark drives it
        executables = [str(CHROMIUM), None]
    with sync_playwright() as playwright:
        chromium = _launch(playwright, executables)
        yield chromium
        chromium.close()


def _launch(playwright: Playwright, executables: list[str | None]) -> Browser:
    """The first of the executables that starts (None: Playwright's own build)."""
    failures = []
    for executable in executables:
        try:
            if executable is not None:
                return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
            # Playwright starts its own build headless (its headless shell) by itself
            flags = [flag for flag in CHROMIUM_FLAGS if flag != "--headless"]
            return playwright.chromium.launch(args=flags)
        except PlaywrightError as error:
            failures.append(f"{executable or 'Playwright build'}: {str(error).splitlines()[0]}")
    pytest.fail(
        "no Chromium starts (`./run.sh test` installs Debian's chromium, `playwright install"
        " chromium` Playwright's): " + "; ".join(failures)
    )


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave screenshots for a person to look at (git-ignored)."""
    folder = Path(__file__).resolve().parent.parent / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder
