"""`store.counts`: what `dossier stats` prints, counted through the store or read straight
from an SQLite file without SQLAlchemy (issue 12)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dossier.store import KnowledgeBase
from dossier.store.counts import SCHEMA_VERSION, quick_stats
from dossier.store.migrations import MIGRATIONS
from tests.store.test_knowledge_base import STORY, store


@pytest.fixture
def kb_file(tmp_path: Path) -> Path:
    """An SQLite knowledge base of a story, a near-copy of it and another story."""
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as kb:
        assert store(kb, STORY, id="wire") == "added"
        assert store(kb, STORY.replace("Thursday", "Thursday evening"), id="copy") == "duplicate"
        assert store(kb, "Quarterly profits at the Kabul bakery jumped.", id="other") == "added"
    return path


def test_the_schema_version_is_the_newest_migration() -> None:
    assert max(migration.version for migration in MIGRATIONS) == SCHEMA_VERSION


def test_a_file_read_straight_counts_what_the_store_counts(kb_file: Path) -> None:
    quick = quick_stats(str(kb_file))
    with KnowledgeBase(kb_file) as kb:
        assert quick == kb.stats()
    assert quick is not None
    assert (quick.documents, quick.duplicate_clusters, quick.documents_in_duplicate_clusters) == (
        3,
        1,
        2,
    )
    assert quick.mentions_by_label == {"GPE": quick.mentions} and quick.mentions == 3
    assert quick.resolution_pending  # written, not yet resolved


def test_a_file_name_that_a_uri_must_quote_is_read(kb_file: Path, tmp_path: Path) -> None:
    odd = shutil.copy(kb_file, tmp_path / "odd name ?#%20.db")
    assert quick_stats(str(odd)) == quick_stats(str(kb_file)) is not None
    with KnowledgeBase(odd) as kb:  # the store opens that very file, not a look-alike
        assert kb.stats() == quick_stats(str(kb_file))
    assert sorted(path.name for path in tmp_path.glob("*.db")) == ["kb.db", "odd name ?#%20.db"]


def test_pending_resolution_is_read_from_the_file(kb_file: Path) -> None:
    with sqlite3.connect(kb_file) as connection:
        connection.execute("UPDATE resolution_state SET resolved = changes")
    counted = quick_stats(str(kb_file))
    assert counted is not None and not counted.resolution_pending


def test_an_older_schema_is_left_to_the_store_and_untouched(kb_file: Path, tmp_path: Path) -> None:
    older = shutil.copy(kb_file, tmp_path / "older.db")
    with sqlite3.connect(older) as connection:
        connection.execute("DELETE FROM schema_migrations WHERE version = ?", (SCHEMA_VERSION,))
    before = Path(older).read_bytes()
    assert quick_stats(str(older)) is None
    assert Path(older).read_bytes() == before


@pytest.mark.parametrize(
    "location",
    [":memory:", "postgresql://nobody@localhost/none", "missing.db", "notes.txt", "empty.db", "."],
)
def test_anything_but_a_current_sqlite_knowledge_base_is_left_to_the_store(
    location: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("not a database\n")
    (tmp_path / "empty.db").write_bytes(b"")
    assert quick_stats(location) is None
    assert not (tmp_path / "missing.db").exists()
    assert (tmp_path / "empty.db").read_bytes() == b""
