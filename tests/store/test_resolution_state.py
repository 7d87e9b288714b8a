"""Whether resolution is up to date: set in each writing transaction, cleared by a refresh
(issue 15, defect 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dossier.read.documents import make_document
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from tests.store.test_knowledge_base import STORY, annotated, store


def test_a_new_knowledge_base_has_nothing_pending(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        assert kb.resolution_pending() is False
        assert kb.stats().resolution_pending is False


def test_every_write_leaves_resolution_pending_until_a_refresh(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, STORY, id="one")
        assert kb.resolution_pending() and kb.stats().resolution_pending
        refresh(kb)
        assert not kb.resolution_pending()

        store(kb, STORY, id="one")  # unchanged: nothing to resolve again
        assert not kb.resolution_pending()

        kb.remove_document("one")
        assert kb.resolution_pending()
        refresh(kb)
        assert not kb.resolution_pending()


def test_a_users_decision_leaves_resolution_pending_until_a_refresh(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        kb.record_decision("split", "organization:a", "organization:b")
        assert kb.resolution_pending()
        refresh(kb)
        assert not kb.resolution_pending()


def test_a_document_written_during_a_refresh_keeps_resolution_pending(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, STORY, id="one")
        as_of = kb.resolution_changes()  # a refresh starts reading here...
        store(kb, STORY + " More.", id="two")  # ...another process writes meanwhile...
        kb.save_resolution([], {}, [], {}, as_of=as_of)  # ...and the refresh saves
        assert kb.resolution_pending()
        refresh(kb)
        assert not kb.resolution_pending()


def test_an_older_knowledge_base_with_documents_is_resolved_again(tmp_path: Path) -> None:
    """Migration 4 cannot know whether an earlier crash lost resolution, so it says pending."""
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as kb:
        document = make_document(STORY, origin="test", id="one")
        kb.write_document(annotated(document))
        refresh(kb)
    with sqlite3.connect(path) as connection:  # as Dossier before migration 4 left it
        connection.execute("DROP TABLE resolution_state")
        connection.execute("DELETE FROM schema_migrations WHERE version = 4")
    with KnowledgeBase(path) as kb:
        assert kb.resolution_pending()
    with sqlite3.connect(path) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_migrations")]
    assert {1, 2, 3, 4} <= set(versions)


def test_an_older_empty_knowledge_base_has_nothing_pending(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    KnowledgeBase(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE resolution_state")
        connection.execute("DELETE FROM schema_migrations WHERE version = 4")
    with KnowledgeBase(path) as kb:
        assert not kb.resolution_pending()


def test_the_revision_changes_when_resolution_completes(tmp_path: Path) -> None:
    """The web app rebuilds its view when resolution is saved, not only on new documents."""
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, STORY, id="one")
        before = kb.revision()
        refresh(kb)
        assert kb.revision() != before
