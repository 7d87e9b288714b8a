"""A new version of a stored document re-resolves only what the old and the new version
can change, as a full run would; documents are written in batches, a transaction each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from dossier import KnowledgeBase, ingest
from dossier.ingest import pipeline
from dossier.ingest.pipeline import _write_batches
from dossier.resolve.refresh import resolve_all
from tests.corpus import write_jsonl
from tests.resolve.test_incremental import stored_resolution

FIRST = {"id": "a", "text": "The Marsh Lantern Army (MLA) attacked a depot in Corvend."}
SECOND = {"id": "b", "text": "MLA fighters burned four trucks near the border on Friday."}
THIRD = {"id": "c", "text": "The Marsh Lantern Army (MLA) raided a bank in Pellaro."}


def test_a_changed_document_resolves_as_a_region_equal_to_a_full_run(
    kb: KnowledgeBase, nlp: Language, tmp_path: Path
) -> None:
    ingest(kb, [write_jsonl(tmp_path / "one.jsonl", FIRST, SECOND, THIRD)])
    changed = {"id": "a", "text": "Gunmen of the Osk Valley Guard attacked a depot in Corvend."}
    report = ingest(kb, [write_jsonl(tmp_path / "two.jsonl", changed, SECOND, THIRD)])
    assert report.replaced == ["a"] and report.unchanged == ["b", "c"]
    assert report.resolution is not None and not report.resolution.full
    region = stored_resolution(kb)
    assert resolve_all(kb).full
    assert stored_resolution(kb) == region
    assert kb.canonical_ids()["organization:mla"] == "organization:marsh-lantern-army"  # by 'c'
    forced = ingest(kb, [write_jsonl(tmp_path / "three.jsonl", THIRD)], force=True)
    assert forced.replaced == ["c"] and forced.resolution is not None
    assert not forced.resolution.full
    region = stored_resolution(kb)
    resolve_all(kb)
    assert stored_resolution(kb) == region


class _Clock:
    """A clock that moves only when the test says: on a busy machine the real one can move
    past any small interval between two documents that arrive at once."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now


def test_a_batch_closes_at_its_size_or_when_its_first_document_has_waited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _Clock()
    monkeypatch.setattr(pipeline, "time", clock)
    assert [len(batch) for batch in _write_batches(iter(range(7)), size=3)] == [3, 3, 1]  # type: ignore[arg-type]

    def slow() -> Iterator[int]:
        yield 1
        clock.now += 0.05  # the second document comes late
        yield 2
        yield 3

    batches = list(_write_batches(slow(), size=10, seconds=0.01))  # type: ignore[arg-type]
    assert batches == [[1, 2], [3]]
