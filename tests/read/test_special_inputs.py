"""Issue 15: inputs that used to hang, lose their text or pass without a word: FIFOs,
very deep HTML, invalid UTF-8 inside a JSON line, JSON errors worded twice."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from spacy.language import Language

from dossier import ingest
from dossier.errors import InputError
from dossier.model import Document
from dossier.read.options import ReadOptions
from dossier.read.sources import read_sources
from dossier.store import KnowledgeBase
from tests.helpers import write

ARTICLE = "The Sahel Liberation Front claimed the attack on Mopti, officials said on Monday."


def read_within(sources: list[Path], seconds: float = 10.0) -> list[Document | InputError]:
    """read_sources in a thread; fails (instead of hanging the test run) if it blocks."""
    results: list[Document | InputError] = []
    worker = threading.Thread(
        target=lambda: results.extend(read_sources(sources, ReadOptions())), daemon=True
    )
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        fifos = [p for p in sources if p.is_fifo()]
        fifos += [p for folder in sources if folder.is_dir() for p in folder.iterdir()]
        for fifo in (p for p in fifos if p.is_fifo()):
            with contextlib.suppress(OSError):  # (nobody may be waiting on this one)
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the reader go
        worker.join(5)
        raise AssertionError(f"reading {sources} blocked for {seconds}s")
    return results


def test_a_fifo_given_directly_is_skipped_with_a_message(tmp_path: Path) -> None:
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    [error] = read_within([fifo])
    assert isinstance(error, InputError)
    assert str(error).startswith(f"E100 {fifo}: is a named pipe (FIFO)")


def test_a_fifo_in_a_directory_is_skipped_and_the_batch_goes_on(
    tmp_path: Path, nlp: Language
) -> None:
    folder = tmp_path / "d"
    write(folder / "a.txt", ARTICLE)
    os.mkfifo(folder / "p.txt")
    os.mkfifo(folder / "q.jsonl")
    results = read_within([folder])
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "InputError"]
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        report = ingest(kb, [folder])
    assert len(report.added) == 1
    assert {e.input_name for e in report.failed} == {
        str(folder / "p.txt"),
        str(folder / "q.jsonl"),
    }


def test_html_nested_deeper_than_lxml_allows_keeps_its_body(tmp_path: Path) -> None:
    for depth in (200, 300, 2000):
        html = (
            "<html><head><title>Deep page</title></head><body>"
            + "<div>" * depth
            + f"<p>{ARTICLE}</p>"
            + "</div>" * depth
            + "</body></html>"
        )
        [document] = read_within([write(tmp_path / f"deep{depth}.html", html)])
        assert isinstance(document, Document), document
        assert ARTICLE in document.text, (depth, document.text)


def test_invalid_utf8_in_a_json_line_gets_a_note(tmp_path: Path) -> None:
    line = b'{"id": "a", "text": "Caf\xe9 owners in Mopti said the front attacked."}\n'
    good = b'{"id": "b", "text": "Officials in Gao said the front withdrew."}\n'
    [first, second] = read_within([write(tmp_path / "a.jsonl", line + good)])
    assert isinstance(first, Document) and "Café" in first.text
    assert any("windows-1252" in note for note in first.notes), first.notes
    assert isinstance(second, Document) and second.notes == ()


def test_a_json_error_says_at_column_once(tmp_path: Path) -> None:
    [error] = read_within([write(tmp_path / "a.jsonl", b'{"text": "tab\there"}\n')])
    assert isinstance(error, InputError)
    assert "at at" not in str(error)
    assert "at column" in str(error)
