"""SIGKILL in the middle of an ingest, then run it again: same result as a clean ingest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest

from tests.helpers import shared_path

ARTICLES = 120


def dossier(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "dossier", *map(str, args)]


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def snapshot(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as connection:
        return {
            "documents": connection.execute(
                "SELECT id, content_hash, char_count, cluster_id FROM documents ORDER BY id"
            ).fetchall(),
            "sentences": count(db, "sentences"),
            "mentions": count(db, "mentions"),
            "fts": connection.execute(
                "SELECT count(*) FROM sentence_index WHERE sentence_index MATCH 'the'"
            ).fetchone()[0],
            "integrity": connection.execute("PRAGMA integrity_check").fetchone()[0],
            "fts_integrity": connection.execute(
                "INSERT INTO sentence_index(sentence_index) VALUES('integrity-check')"
            ).rowcount,
        }


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume_matches_a_clean_ingest(tmp_path: Path) -> None:
    bbc = shared_path("corpus/bbc.jsonl")
    corpus = tmp_path / "bbc-part.jsonl"
    with bbc.open() as source:
        corpus.write_text("".join(islice(source, ARTICLES)))
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"

    subprocess.run(dossier("ingest", corpus, "--db", clean), check=True, capture_output=True)

    process = subprocess.Popen(
        dossier("ingest", corpus, "--db", crashed),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if crashed.exists() and _documents_so_far(crashed) >= ARTICLES // 3:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_at_kill = _documents_so_far(crashed)
    assert 0 < stored_at_kill < ARTICLES, "the kill must land mid-ingest"

    resumed = subprocess.run(
        dossier("ingest", corpus, "--db", crashed, "--json"),
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(resumed.stdout)
    assert len(report["unchanged"]) >= stored_at_kill
    assert snapshot(crashed) == snapshot(clean)
    assert snapshot(crashed)["integrity"] == "ok"
    assert snapshot(clean)["documents"] and len(snapshot(clean)["documents"]) == ARTICLES  # type: ignore[arg-type]


def _documents_so_far(db: Path) -> int:
    try:
        return count(db, "documents")
    except sqlite3.Error:
        return 0  # schema not created yet
