"""The knowledge base the answer and page benchmarks share: the seed articles plus the
whole BBC corpus, built once and kept (ingest is idempotent, so a kept one is reused,
and an interrupted build resumes)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dossier import KnowledgeBase, ingest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "bbc.jsonl")
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    parser.add_argument("--db", type=Path, help="Keep the knowledge base here (reused if present).")
    parser.add_argument("--processes", type=int, default=2)


def missing_data(args: argparse.Namespace) -> bool:
    """Say so (the benchmark then exits 0) when the shared data is absent."""
    if args.corpus.exists() and args.seeds.exists():
        return False
    print(f"skipped: shared data not found ({args.corpus}, {args.seeds})")
    return True


def build(db: Path, args: argparse.Namespace) -> float:
    """Ingest the seeds and the corpus into `db`; the seconds it took."""
    started = time.perf_counter()
    with KnowledgeBase(db) as kb:
        ingest(kb, [args.seeds, args.corpus], processes=args.processes)
    return time.perf_counter() - started
