"""Issue 15: what goes wrong inside the database is one E200 line naming the knowledge
base (never a traceback with the article in its SQL parameters): a read-only file, a full
disk, a constraint broken by two writers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from dossier.errors import StoreError
from dossier.model import AnnotatedDocument
from dossier.read.documents import make_document
from dossier.store import KnowledgeBase
from tests.store.test_knowledge_base import STORY, annotated

SECRET = "Zebulon-the-unmistakable"
LONG_STORY = (STORY + f" {SECRET} said so. ") * 200


def limit_connections(kb: KnowledgeBase, *pragmas: str) -> None:
    """Run `pragmas` on every new connection of the knowledge base (SQLite's own limits)."""

    def on_connect(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    event.listen(kb.engine, "connect", on_connect)
    kb.engine.dispose()


def assert_one_line_about(error: StoreError, kb: KnowledgeBase, *words: str) -> None:
    message = str(error)
    assert message.startswith("E200 ") and "\n" not in message, message
    assert kb.location in message
    assert SECRET not in message and "INSERT" not in message and "[SQL" not in message
    for word in words:
        assert word in message, message


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(tmp_path / "kb.db") as knowledge_base:
        yield knowledge_base


def test_a_full_disk_is_one_e200_line(kb: KnowledgeBase) -> None:
    with kb.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    limit_connections(kb, f"PRAGMA max_page_count = {pages}")
    document = make_document(LONG_STORY, origin="long.txt")
    with pytest.raises(StoreError) as caught:
        kb.write_document(annotated(document))
    assert_one_line_about(caught.value, kb, "full")


def test_a_read_only_database_is_one_e200_line(kb: KnowledgeBase) -> None:
    limit_connections(kb, "PRAGMA query_only = ON")
    with pytest.raises(StoreError) as caught:
        kb.write_document(annotated(make_document(LONG_STORY, origin="long.txt")))
    assert_one_line_about(caught.value, kb, "read-only")
    with pytest.raises(StoreError):
        kb.record_decision("merge", "organization:a", "organization:b")


def test_a_broken_constraint_is_one_e200_line(kb: KnowledgeBase) -> None:
    """Two writers of one document at once meet at a unique key; so does this one writer
    whose sentences repeat an index."""
    good = annotated(make_document(LONG_STORY, origin="long.txt"))
    twice = AnnotatedDocument(good.document, [good.sentences[0], good.sentences[0]])
    with pytest.raises(StoreError) as caught:
        kb.write_document(twice)
    assert_one_line_about(caught.value, kb, "again")
    assert kb.count_documents() == 0  # the transaction was rolled back whole


def test_the_cli_prints_e200_for_a_read_only_file(seeds_db: Path) -> None:
    """`dossier remove` as an unprivileged user on a knowledge base it may only read."""
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o777)
        db = Path(shutil.copy(seeds_db, folder / "kb.db"))
        db.chmod(0o444)
        with KnowledgeBase(db) as kb:
            document_id = kb.documents()[0].id
        command = [sys.executable, "-m", "dossier", "remove", document_id, "--db", str(db)]
        if os.getuid() == 0:  # root writes anyway: run as nobody
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("error E200 ") and str(db) in lines[0]
        assert "read-only" in lines[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
