"""What adding one article costs as the knowledge base grows. Not a test.

    python bench/add_one.py BIG.db [BIG2.db ...]     # knowledge bases you have
    python bench/add_one.py --gtd 1000 5000 20000    # built from GTD records, by event count
    python bench/add_one.py --gtd 5000 --postgresql postgresql://user@host/db

Copies each knowledge base, then times `ingest` of one seed article into it, against the
same article into an empty knowledge base, in one process with the model already loaded
(model load excluded, as the figure is about the store and resolution). Each is the
best of seven fresh copies, the empty and the full case alternated. Prints seconds (and
the part spent resolving) and the ratio to the empty case.

``--gtd N`` builds a knowledge base of at least N events from the GTD dev and test
records (../shared/eval/gtd), annotated once and cached in ``--work`` (bench/replay.py;
past the 4,962 records, copies moved back a year each), resolved in full once, as
`dossier ingest` of the records leaves it. ``--full`` makes each ingest resolve everything
again, as ingest did before resolution grew with what is added (migration 5). With ``--postgresql``
(a database url, emptied first, or ``auto`` for a throw-away server) the same is measured
on PostgreSQL: filled once per size, then the article added and removed three times.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
ARTICLE = SHARED / "seeds" / "000_cfb8c8ff473c22a7.txt"
GTD = [SHARED / "eval" / "gtd" / f"gtd2021h1_{split}.csv" for split in ("dev", "test")]
CACHE = "gtd-annotated.pkl"  # in the work folder, kept between runs
ROUNDS = 7


def gtd_corpus(work: Path) -> list[Any]:
    """The GTD records' summaries, annotated (cached in ``work`` after the first run)."""
    from bench.replay import annotated_corpus

    from dossier.evaluation.gtd import read_records, write_articles
    from dossier.read.options import ReadOptions
    from dossier.read.sources import read_sources

    def documents() -> Iterator[Any]:
        with tempfile.TemporaryDirectory() as scratch:
            corpus = Path(scratch) / "gtd.jsonl"
            rows = [r for path in GTD for r in read_records(path) if r.get("summary", "").strip()]
            write_articles(rows, corpus)
            yield from (d for d in read_sources([corpus], ReadOptions()) if hasattr(d, "text"))

    return annotated_corpus(documents(), work / CACHE)


def fill_with_events(kb: Any, corpus: list[Any], events: int) -> None:
    """Write replayed GTD documents until the knowledge base holds ``events`` events."""
    from bench.replay import replayed

    from dossier.resolve.refresh import resolve_all

    written = 0
    stream = replayed(corpus)
    while written < events:
        batch = list(islice(stream, 200))
        for annotated in batch:
            kb.write_document(annotated)
            written += len(annotated.events)
    resolve_all(kb)


def build_gtd(events: int, work: Path) -> Path:
    from dossier.store import KnowledgeBase

    path = work / f"gtd-{events}.db"
    if not path.exists():
        started = time.perf_counter()
        with KnowledgeBase(path) as kb:
            fill_with_events(kb, gtd_corpus(work), events)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


class PhaseTimer:
    """Seconds spent in ingest's resolution step, by wrapping the pipeline's `refresh`."""

    def __init__(self, full: bool = False) -> None:
        from functools import partial

        from dossier.ingest import pipeline

        self.seconds = 0.0
        resolve = partial(pipeline.refresh, full=True) if full else pipeline.refresh

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return resolve(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        pipeline.refresh = timed  # type: ignore[assignment]


def add_once(db: Path | None, work: Path, timer: PhaseTimer) -> tuple[float, float]:
    """(seconds of the whole ingest, of which resolving) on a fresh copy of ``db``."""
    from dossier.ingest import ingest
    from dossier.store import KnowledgeBase

    target = work / "copy.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if db is not None:
        shutil.copy(db, target)
    with KnowledgeBase(target) as kb:
        timer.seconds = 0.0
        started = time.perf_counter()
        report = ingest(kb, [ARTICLE])
        seconds = time.perf_counter() - started
        assert report.written == 1, report
    return seconds, timer.seconds


def compare(db: Path, work: Path, timer: PhaseTimer) -> tuple[list[float], list[float]]:
    """Best (total, resolving) into an empty knowledge base and into ``db``, measured in
    alternation so that the load of a shared machine falls on both alike."""
    empty, big = [9e9, 9e9], [9e9, 9e9]
    for _ in range(ROUNDS):
        for best, source in ((empty, None), (big, db)):
            total, resolving = add_once(source, work, timer)
            best[0], best[1] = min(best[0], total), min(best[1], resolving)
    return empty, big


def add_one_postgresql(url: str, events: int, work: Path) -> float:
    """Best of three on an emptied database filled with ``events`` GTD events: the article
    is added, timed, then removed again (untimed, resolving everything) for the next round."""
    from sqlalchemy import create_engine, text

    from dossier.ingest import ingest, remove
    from dossier.store import KnowledgeBase

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    best = float("inf")
    with KnowledgeBase(url) as kb:
        if events:
            fill_with_events(kb, gtd_corpus(work), events)
            with kb.engine.begin() as connection:  # as autovacuum would, after a bulk load
                connection.execute(text("ANALYZE"))
        for _ in range(ROUNDS):
            started = time.perf_counter()
            report = ingest(kb, [ARTICLE])
            best = min(best, time.perf_counter() - started)
            assert report.written == 1, report
            remove(kb, report.added[0])
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("databases", nargs="*", type=Path)
    parser.add_argument("--gtd", nargs="*", type=int, default=[], help="sizes, in events")
    parser.add_argument(
        "--postgresql", help="a PostgreSQL database to measure on too (emptied!), or 'auto'"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "dossier-bench",
        help="where the knowledge bases are built and copied (kept between runs)",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="resolve everything after the ingest (as before migration 5)",
    )
    args = parser.parse_args()
    if not ARTICLE.exists():
        print(f"skipped: {ARTICLE} is missing")
        return
    from dossier.annotate.pipeline import shared_pipeline
    from dossier.store import KnowledgeBase

    shared_pipeline()  # the model load is not what is measured
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    figures: list[dict[str, object]] = []
    timer = PhaseTimer(full=args.full)
    for name in [*args.databases, *(build_gtd(n, work) for n in args.gtd)]:
        with KnowledgeBase(name) as kb:
            stats = kb.stats()
        empty, big = compare(Path(name), work, timer)
        label = f"sqlite, {stats.documents:,} docs, {stats.events:,} events"
        print(
            f"{label:>34}: {big[0]:.3f} s (resolving {big[1]:.3f} s); empty {empty[0]:.3f} s "
            f"(resolving {empty[1]:.3f} s): {big[0] / empty[0]:.2f}x empty",
            flush=True,
        )
        figures.append(
            {
                "backend": "sqlite",
                "documents": stats.documents,
                "events": stats.events,
                "seconds": big[0],
                "resolving": big[1],
                "empty_seconds": empty[0],
                "empty_resolving": empty[1],
            }
        )
    with ExitStack() as stack:
        url = args.postgresql
        if url == "auto":  # a throw-away server, started as the tests start theirs
            from tests.postgres import create_database, server_binaries, throwaway_server

            binaries = server_binaries()
            url = (
                create_database(stack.enter_context(throwaway_server(binaries)))
                if binaries
                else None
            )
        if url:
            postgresql_figures(url, args.gtd, figures, work)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


def postgresql_figures(
    url: str, sizes: list[int], figures: list[dict[str, object]], work: Path
) -> None:
    empty = add_one_postgresql(url, 0, work)
    print(f"{'postgresql, empty':>34}: {empty:.3f} s", flush=True)
    figures.append({"backend": "postgresql", "events": 0, "seconds": empty})
    for events in sizes:
        seconds = add_one_postgresql(url, events, work)
        label = f"postgresql, >= {events:,} events"
        print(f"{label:>34}: {seconds:.3f} s  ({seconds / empty:.2f}x empty)", flush=True)
        figures.append({"backend": "postgresql", "events": events, "seconds": seconds})


if __name__ == "__main__":
    main()
