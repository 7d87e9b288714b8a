"""What adding one article costs as the knowledge base grows. Not a test.

    python bench/add_one.py BIG.db [BIG2.db ...]     # e.g. a knowledge base of GTD records

Copies each knowledge base, then times `ingest` of one seed article into it, against the
same article into an empty knowledge base, in one process with the model already loaded
(model load excluded, as the figure is about the store and resolution). Each is the
best of three fresh copies. Prints seconds and the ratio to the empty case.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO.parent / "shared" / "seeds" / "000_cfb8c8ff473c22a7.txt"
ROUNDS = 3


def add_one(db: Path | None, work: Path) -> float:
    from dossier import KnowledgeBase, ingest

    best = float("inf")
    for number in range(ROUNDS):
        target = work / f"copy-{number}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        if db is not None:
            shutil.copy(db, target)
        with KnowledgeBase(target) as kb:
            started = time.perf_counter()
            report = ingest(kb, [ARTICLE])
            best = min(best, time.perf_counter() - started)
            assert report.written == 1, report
    return best


def main() -> None:
    if not ARTICLE.exists():
        print(f"skipped: {ARTICLE} is missing")
        return
    from dossier.annotate.pipeline import shared_pipeline
    from dossier.store import KnowledgeBase

    shared_pipeline()  # the model load is not what is measured
    work = Path(tempfile.mkdtemp(prefix="dossier-bench-add-"))
    empty = add_one(None, work)
    print(f"{'empty':>24}: {empty:.2f} s")
    for name in sys.argv[1:]:
        with KnowledgeBase(name) as kb:
            stats = kb.stats()
        seconds = add_one(Path(name), work)
        label = f"{stats.documents:,} docs, {stats.events:,} events"
        print(f"{label:>24}: {seconds:.2f} s  ({seconds / empty:.2f}x empty)")


if __name__ == "__main__":
    main()
