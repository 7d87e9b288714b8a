"""The scale benchmark: ingest throughput, the cost of adding articles as the knowledge
base grows, `ask` and entity-page latency, on SQLite and PostgreSQL. Not a test.

    python bench/scale.py                                   # the full run: 50,000 articles
    python bench/scale.py --size 5000 --annotate 500 --checkpoints 1000 5000 --subset 200
    python bench/scale.py --ask-only KB [KB ...]            # step 4's `ask` on kept bases

Steps (figures are printed as they come and written to --json):

1. **corpus**: ``size`` distinct article-length documents plus 303 held out for adding
   (bench/scale_corpus.py: sentences of ../shared's corpora recombined).
2. **runners**: `dossier ingest` of the first ``subset`` articles into a fresh knowledge
   base, as a user runs it (a whole process, model load included), in-process,
   ``--processes 2`` and ``--dask local:2``, on SQLite and PostgreSQL: documents/second.
3. **annotation once**: the first ``annotate`` articles and the held-out ones are
   annotated in this process and cached (bench/replay.py); documents past ``annotate``
   are replays of them (own ids, dates a year back per copy). With ``--annotate`` equal
   to ``--size`` every document is annotated for real.
4. **growth**, on each backend: documents are written up to each checkpoint, resolution
   is brought up to date, then: adding 1 article (best of 3) and 100 articles with
   `ingest` (annotation excluded: the runner hands back the cached annotations, so the
   figure is reading, storing and resolving), `ask` p50/p95 over questions about the
   most named groups, and the entity page of the most named group from a running
   `dossier serve` (p50/p95 over 20 loads).

PostgreSQL is the server at ``--postgresql`` (emptied first!), else a throw-away server
started like the tests' (Debian's postgresql); without either it is skipped. With
``--keep`` the PostgreSQL server is a kept one instead: its data folder is ``--work``/pg
(created by initdb on the first run), it is started on ``--postgresql-port`` and stopped
at the end, and its database is filled on from where it stopped, as SQLite's is. Once the
annotation is cached, ``--sqlite-only`` and ``--postgresql-only`` in two processes
measure the two backends at the same time. Filling writes the cached documents in
transactions of ingest's size (``WRITE_BATCH``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
HELD_OUT = 303  # 3 x (1 + 100): the articles added at each of up to three checkpoints
QUESTION_FORMS = (
    "Who is {}?",
    "Who leads {}?",
    "Where is {} based?",
    "What attacks did {} carry out?",
    "Who funds {}?",
)


@dataclass
class Figures:
    rows: list[dict[str, Any]]
    path: Path | None

    def add(self, **row: Any) -> None:
        self.rows.append(row)
        print(json.dumps(row), flush=True)
        if self.path:
            self.path.write_text(json.dumps(self.rows, indent=1) + "\n", encoding="utf-8")


class ReplayRunner:
    """Hands back cached annotations: `ingest` then measures all but the model."""

    def __init__(self, annotated: dict[str, Any]) -> None:
        self.annotated = annotated

    def annotate(self, documents: Iterator[Any]) -> Iterator[Any]:
        for document in documents:
            yield self.annotated[document.id]


def emptied(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


def fresh_location(backend: str, work: Path, name: str, postgresql: str | None) -> str:
    if backend == "postgresql":
        assert postgresql is not None
        return emptied(postgresql)
    path = work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return str(path)


def runner_throughput(
    corpus: Path, subset: int, backends: list[str], work: Path, postgresql: str | None, out: Figures
) -> None:
    part = work / f"subset-{subset}.jsonl"
    with corpus.open(encoding="utf-8") as source:
        part.write_text("".join(islice(source, subset)), encoding="utf-8")
    for backend in backends:
        for runner in ([], ["--processes", "2"], ["--dask", "local:2"]):
            db = fresh_location(backend, work, "runner", postgresql)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "dossier", "ingest", str(part), "--db", db, *runner],
                check=True,
                capture_output=True,
            )
            seconds = time.perf_counter() - started
            out.add(
                step="runner",
                backend=backend,
                runner=" ".join(runner) or "in-process",
                documents=subset,
                seconds=round(seconds, 1),
                docs_per_second=round(subset / seconds, 2),
            )


def read_documents(corpus: Path, first: int, count: int) -> list[Any]:
    from dossier.read.options import ReadOptions
    from dossier.read.records import read_jsonl

    with corpus.open("rb") as source:
        lines = list(islice(source, first, first + count))
    return [d for d in read_jsonl(lines, str(corpus), ReadOptions()) if hasattr(d, "text")]


def most_named_groups(kb: Any, limit: int = 6) -> list[tuple[str, str]]:
    """(id, name) of the organisations the most mentions name."""
    from sqlalchemy import func, select

    from dossier.store import schema

    mentions, entities = schema.mentions, schema.entities
    query = (
        select(entities.c.id, entities.c.name)
        .join(mentions, mentions.c.entity_id == entities.c.id)
        .where(entities.c.type == "organization")
        .group_by(entities.c.id, entities.c.name)
        .order_by(func.count().desc())
        .limit(limit)
    )
    with kb.engine.connect() as connection:
        return [(row.id, row.name) for row in connection.execute(query)]


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = statistics.quantiles(ordered, n=20)[-1] if len(ordered) > 1 else ordered[0]
    return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1)}


def ask_latency(kb: Any, groups: list[tuple[str, str]]) -> dict[str, float]:
    from dossier.answer.answers import Answerer
    from dossier.answer.embeddings import rank_by_meaning

    started = time.perf_counter()
    answerer = Answerer(kb)
    build_ms = (time.perf_counter() - started) * 1000
    questions = [form.format(name) for _id, name in groups for form in QUESTION_FORMS]
    answerer.ask(questions[0])  # warm caches, as a running web app has them
    rank_by_meaning("warm-up", ["The model is loaded once per process."])  # not in an answer
    samples = []
    for question in questions:
        started = time.perf_counter()
        answerer.ask(question)
        samples.append((time.perf_counter() - started) * 1000)
    return {**percentiles(samples), "answerer_build_ms": round(build_ms)}


def page_latency(location: str, entity_id: str, repeat: int = 20) -> dict[str, Any]:
    import httpx

    from dossier.web import create_app
    from dossier.web.server import running

    app = create_app(location)
    path = f"/entity/{entity_id}"
    with running(app) as base, httpx.Client(base_url=base, timeout=600) as client:
        started = time.perf_counter()
        first = client.get(path)  # the first load builds the answerer and the page
        first_ms = (time.perf_counter() - started) * 1000
        if first.status_code != 200:  # the page is broken: say so, measure the rest
            return {"error": f"HTTP {first.status_code}"}
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(path).raise_for_status()
            samples.append((time.perf_counter() - started) * 1000)
    return {**percentiles(samples), "first_ms": round(first_ms), "bytes": len(first.content)}


def analyze(kb: Any) -> None:
    from sqlalchemy import text

    with kb.engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def timed_ingest(kb: Any, corpus: Path, runner: ReplayRunner, first: int, count: int) -> float:
    from dossier.ingest import ingest  # not `dossier.ingest`: the subpackage, once imported

    part = Path(tempfile.mkdtemp(prefix="dossier-scale-")) / "add.jsonl"
    with corpus.open(encoding="utf-8") as source:
        part.write_text("".join(islice(source, first, first + count)), encoding="utf-8")
    started = time.perf_counter()
    report = ingest(kb, [part], runner=runner)
    seconds = time.perf_counter() - started
    assert report.written == count, report
    return seconds


def growth(
    backend: str,
    location: str,
    corpus: Path,
    size: int,
    annotated: list[Any],
    held_out: dict[str, Any],
    checkpoints: list[int],
    out: Figures,
    fill_only: bool = False,
) -> None:
    from bench.replay import replayed

    from dossier import KnowledgeBase
    from dossier.ingest.pipeline import WRITE_BATCH
    from dossier.resolve.refresh import refresh

    runner = ReplayRunner(held_out)
    stream = replayed(annotated)
    written = 0
    with KnowledgeBase(location) as kb:
        written = kb.stats().documents  # a kept knowledge base goes on where it stopped
        for _ in islice(stream, written):
            pass
        for number, checkpoint in enumerate(checkpoints):
            started = time.perf_counter()
            while written < checkpoint:  # in transactions of ingest's size, as it writes
                batch = list(islice(stream, min(WRITE_BATCH, checkpoint - written)))
                kb.write_documents(batch)
                written += len(batch)
            fill = time.perf_counter() - started
            if backend == "postgresql":  # as autovacuum would, after a bulk load
                analyze(kb)
            started = time.perf_counter()
            if kb.resolution_pending():  # with nothing pending, refresh resolves everything
                refresh(kb)
            resolve = time.perf_counter() - started
            stats = kb.stats()
            if fill_only:
                seconds = {"fill_seconds": round(fill, 1), "resolve_seconds": round(resolve, 2)}
                out.add(step="fill", backend=backend, documents=stats.documents, **seconds)
                continue
            first = size + number * 101
            adds = [timed_ingest(kb, corpus, runner, first + n, 1) for n in range(3)]
            add_100 = timed_ingest(kb, corpus, runner, first + 3, 98) * 100 / 98
            groups = most_named_groups(kb)
            out.add(
                step="growth",
                backend=backend,
                documents=stats.documents,
                entities=stats.entities,
                claims=stats.claims,
                events=stats.events,
                fill_seconds=round(fill, 1),
                resolve_after_fill_seconds=round(resolve, 2),
                add_1_seconds=round(min(adds), 3),
                add_100_seconds=round(add_100, 2),
                ask=ask_latency(kb, groups),
                entity_page=page_latency(location, groups[0][0]) if groups else None,
                entity=groups[0][1] if groups else None,
            )


def ask_only(locations: list[str]) -> int:
    """Step 4's `ask` latency on knowledge bases filled before (``--keep``)."""
    from dossier import KnowledgeBase

    for location in locations:
        with KnowledgeBase(location) as kb:
            figures = ask_latency(kb, most_named_groups(kb))
        print(f"{location}: ask {json.dumps(figures)}", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=50_000, help="documents in the corpus")
    parser.add_argument("--annotate", type=int, default=50_000, help="of them really annotated")
    parser.add_argument("--checkpoints", type=int, nargs="+", default=[5_000, 20_000, 50_000])
    parser.add_argument("--subset", type=int, default=2_000, help="documents per runner run")
    parser.add_argument("--skip-runners", action="store_true")
    parser.add_argument("--sqlite-only", action="store_true", help="no PostgreSQL run")
    parser.add_argument(
        "--postgresql-only",
        action="store_true",
        help="no SQLite run (with --sqlite-only in another process: both backends at once)",
    )
    parser.add_argument("--postgresql", help="an EMPTIED PostgreSQL database url")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="go on filling the SQLite knowledge base in --work, and PostgreSQL's in --work/pg",
    )
    parser.add_argument("--postgresql-port", type=int, default=54329, help="with --keep")
    parser.add_argument(
        "--fill-only",
        action="store_true",
        help="fill and resolve up to each checkpoint, measure nothing (then --keep measures)",
    )
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "scale")
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--ask-only",
        nargs="+",
        metavar="KB",
        help="only `ask` p50/p95 on these knowledge bases (SQLite paths or PostgreSQL urls)",
    )
    args = parser.parse_args()
    if args.ask_only:
        return ask_only(args.ask_only)
    from bench.scale_corpus import SHARED, write_corpus

    if not SHARED.exists():
        print(f"skipped: {SHARED} is missing")
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    out = Figures([], args.json)
    corpus = args.work / f"scale-{args.size}.jsonl"
    if not corpus.exists():
        write_corpus(args.size + HELD_OUT, corpus)
    with ExitStack() as stack:
        postgresql = None
        if not args.sqlite_only:
            postgresql = args.postgresql or (
                stack.enter_context(kept_server(args.work / "pg", args.postgresql_port))
                if args.keep
                else _throwaway_server(stack)
            )
        backends = [] if args.postgresql_only else ["sqlite"]
        backends += ["postgresql"] if postgresql else []
        if not args.skip_runners:
            runner_throughput(corpus, args.subset, backends, args.work, postgresql, out)
        from bench.replay import annotated_corpus

        started = time.perf_counter()
        cache = args.work / f"annotated-{args.size}-{args.annotate}.pkl"
        annotated = annotated_corpus(read_documents(corpus, 0, args.annotate), cache)
        held = annotated_corpus(
            read_documents(corpus, args.size, HELD_OUT), args.work / f"held-{args.size}.pkl"
        )
        out.add(step="annotation", documents=len(annotated) + len(held),
                seconds=round(time.perf_counter() - started, 1))  # fmt: skip
        held_out = {item.document.id: item for item in held}
        for backend in backends:
            if args.keep and backend == "sqlite":
                location = str(args.work / "growth.db")
            elif args.keep and not args.postgresql:
                location = postgresql  # the kept server's database, as it stands
            else:
                location = fresh_location(backend, args.work, "growth", postgresql)
            growth(
                backend, location, corpus, args.size, annotated, held_out, args.checkpoints, out,
                args.fill_only,
            )  # fmt: skip
    return 0


def _throwaway_server(stack: ExitStack) -> str | None:
    from tests.postgres import create_database, server_binaries, throwaway_server

    binaries = server_binaries()
    if binaries is None:
        return None
    return create_database(stack.enter_context(throwaway_server(binaries)))


@contextmanager
def kept_server(folder: Path, port: int) -> Iterator[str]:
    """A server on ``folder``/data (initdb'd on first use) and ``port``, started for the run
    and stopped after it; the data stays. Its database `dossier`'s URL."""
    import os
    import shutil

    from tests.postgres import server_binaries

    binaries = server_binaries()
    assert binaries is not None, "no PostgreSQL binaries"
    data, sockets = folder / "data", folder / "sockets"
    as_server = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if not data.exists():
        sockets.mkdir(parents=True, exist_ok=True)
        if as_server:
            shutil.chown(folder, "postgres")
            shutil.chown(sockets, "postgres")
        initdb = [str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
        subprocess.run([*as_server, *initdb, "-E", "UTF8"], check=True, capture_output=True)
    options = f"-p {port} -k {sockets} -h 127.0.0.1 -c fsync=off -c full_page_writes=off"
    pg_ctl = [*as_server, str(binaries / "pg_ctl"), "-D", str(data)]
    start = [*pg_ctl, "-o", options, "-w", "-t", "180", "-l", str(folder / "log"), "start"]
    subprocess.run(start, check=True, capture_output=True)
    try:
        url = f"postgresql://postgres@127.0.0.1:{port}/dossier"
        created = subprocess.run(
            [str(binaries / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
             "dossier"], capture_output=True, text=True,
        )  # fmt: skip
        assert created.returncode == 0 or "already exists" in created.stderr, created.stderr
        yield url
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "stop"], capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
