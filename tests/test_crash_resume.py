"""SIGKILL an ingest, then run it again: the same result as a clean ingest.

The documents (each written in its own transaction) and the resolution across them
(issue 15, defect 2: a kill after the last document used to leave it empty for good).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dossier import KnowledgeBase, ingest
from dossier.cli import app
from dossier.render.json_export import export_json
from dossier.render.tabular import EVENT_COLUMNS, csv_text, event_rows
from tests.corpus import write_jsonl
from tests.helpers import shared_path

ARTICLES = 120
# how long to wait for an ingest to reach a point: it gets there in seconds on an idle
# machine, but CI's 2 cores may be busy (a wait met sooner costs nothing)
PATIENCE_SECONDS = 600


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
    deadline = time.monotonic() + PATIENCE_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
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


# ---- kills at three points of a small ingest: resolution is repaired on the next run ----

SMALL = [
    {
        "id": "north-1",
        "source": "North Wire",
        "date": "2023-06-01",
        "text": "The Coastal Defence League (CDL) was founded in 2019 and is based in Mombasa.",
    },
    {
        "id": "south-2",
        "source": "South Post",
        "date": "2023-06-02",
        "text": "The CDL is based in Mombasa. Kilifi Youth Front is allied with the CDL.",
    },
    {
        "id": "courier-3",
        "source": "Coast Courier",
        "date": "2023-06-10",
        "text": "On June 8, 2023, gunmen of the Sahel Liberation Front attacked a police "
        "station in Mopti, killing four officers.",
    },
    {
        "id": "harbor-4",
        "source": "Harbor Times",
        "date": "2023-06-11",
        "text": "On June 8, 2023, SLF fighters stormed a police station in Mopti, Mali, and "
        "killed four police officers. The Sahel Liberation Front (SLF) claimed the attack.",
    },
    {
        "id": "ledger-5",
        "source": "Daily Ledger",
        "date": "2023-06-12",
        "text": "The Nangahar Front has about 300 fighters, officials said. The Nangarhar "
        "Front is based in Jalalabad.",
    },
]
RESOLUTION_TABLES = ("entity_links", "entity_resolution", "event_links", "event_resolution")
MERGED_PAIRS = [("CDL", "Coastal Defence League"), ("Nangahar Front", "Nangarhar Front")]
cli = CliRunner()


def invoke(*args: str | Path) -> str:
    result = cli.invoke(app, [str(arg) for arg in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def small_corpus(folder: Path) -> list[Path]:
    """One JSON Lines file an article, so an ingest can be given some of them."""
    return [write_jsonl(folder / f"{item['id']}.jsonl", item) for item in SMALL]


def resolution(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as connection:
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
            for table in RESOLUTION_TABLES
        }


def observed(db: Path) -> dict[str, object]:
    """What a user sees of resolution: the tables, the events export, why-merged."""
    with KnowledgeBase(db) as kb:
        events = export_json(kb)["events"]
        events_csv = csv_text(EVENT_COLUMNS, event_rows(kb))
        event_pairs = [(a, b) for a, b, _reason, _origin in kb.event_links()]
    return {
        "tables": resolution(db),
        "events": events,
        "events_csv": events_csv,
        "why_merged": [invoke("why-merged", a, b, "--db", db) for a, b in MERGED_PAIRS],
        "why_merged_events": [invoke("why-merged", a, b, "--db", db) for a, b in event_pairs],
    }


def start_ingest(db: Path, files: list[Path]) -> subprocess.Popen[bytes]:
    """`dossier ingest FILES -` in a real process: after FILES it waits on stdin, which the
    test holds open, so the process stops at a known point without any hook in Dossier."""
    return subprocess.Popen(
        dossier("ingest", *files, "-", "--batch-size", "1", "--db", db),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while not condition():
        assert process.poll() is None, f"the ingest ended before {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def sigkill(process: subprocess.Popen[bytes]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if process.stdin is not None:
        process.stdin.close()
    assert process.returncode == -signal.SIGKILL


def waiting_for_the_lock(pid: int) -> bool:
    """The process sleeps in SQLite's busy handler (Linux: its kernel wait channel)."""
    wchan = Path(f"/proc/{pid}/wchan")
    return "sleep" in wchan.read_text() if wchan.exists() else True


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("clean")
    db = folder / "clean.db"
    with KnowledgeBase(db) as kb:
        ingest(kb, small_corpus(folder / "in"))
    result = observed(db)
    tables = result["tables"]
    assert all(tables[t] for t in RESOLUTION_TABLES)  # type: ignore[index]
    assert all("are one because" in text for text in result["why_merged"])  # type: ignore[attr-defined]
    return result


@pytest.mark.parametrize("point", ["mid-documents", "after-last-document", "during-resolution"])
def test_a_kill_at_any_point_is_repaired_by_running_the_ingest_again(
    point: str, tmp_path: Path, clean_run: dict[str, object]
) -> None:
    files = small_corpus(tmp_path / "in")
    db = tmp_path / "crashed.db"
    stored_before = 0
    if point == "during-resolution":  # an earlier ingest was resolved; this one is killed
        invoke("ingest", *files[:3], "--db", db)
        stored_before = 3
    given = files[:2] if point == "mid-documents" else files
    process = start_ingest(db, given)
    wait_for(lambda: _documents_so_far(db) == len(given), process, f"{len(given)} documents")
    before_kill = resolution(db)
    if point == "during-resolution":
        lock = sqlite3.connect(db, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")  # resolution can be computed but never saved
        assert process.stdin is not None
        process.stdin.close()  # end of input: the ingest goes on to resolve
        wait_for(lambda: waiting_for_the_lock(process.pid), process, "resolution")
        sigkill(process)
        lock.execute("ROLLBACK")
        lock.close()
    else:
        sigkill(process)
    assert _documents_so_far(db) == len(given)
    assert resolution(db) == before_kill  # the kill left resolution as it was
    stats_after_kill = invoke("stats", "--db", db)
    pending_after_kill = json.loads(invoke("stats", "--db", db, "--json")).get("resolution_pending")

    report = json.loads(invoke("ingest", *files, "--db", db, "--json"))

    assert len(report["unchanged"]) == len(given) >= stored_before
    assert len(report["added"]) == len(files) - len(given)
    assert observed(db) == clean_run
    assert pending_after_kill is True and "pending" in stats_after_kill
    stats = json.loads(invoke("stats", "--db", db, "--json"))
    assert stats["resolution_pending"] is False
