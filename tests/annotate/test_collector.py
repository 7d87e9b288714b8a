"""The collector's thresholds while documents are annotated (annotate/collector.py)."""

from __future__ import annotations

import gc

from dossier.annotate.collector import ANNOTATING_THRESHOLDS, fewer_collections


def test_thresholds_are_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == ANNOTATING_THRESHOLDS
    assert gc.get_threshold() == before


def test_overlapping_blocks_restore_only_when_the_last_one_ends() -> None:
    before = gc.get_threshold()
    outer, inner = fewer_collections(), fewer_collections()
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)  # ends first, as an abandoned generator may
    assert gc.get_threshold() == ANNOTATING_THRESHOLDS
    inner.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_thresholds_are_restored_when_the_block_fails() -> None:
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError("a document failed")
    except ValueError:
        pass
    assert gc.get_threshold() == before
