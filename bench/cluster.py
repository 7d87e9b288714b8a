"""Ingest on a Dask LocalCluster against a local process pool, and PostgreSQL against
SQLite. Not a test. Run from the repository root with the project's venv active::

    python bench/cluster.py                  # first 600 BBC articles
    python bench/cluster.py --limit 2225     # the whole corpus

Each run is a whole `dossier ingest` process into a fresh knowledge base, as a user
runs it (model loads and worker start-up included). Prints documents per second for
`--processes 2` and `--dask local:2` (alternated, each run twice), their ratio, and
whether `dossier stats --json` after `--dask local:2` into PostgreSQL equals the SQLite
in-process run's counts. Skips cleanly without ../shared or a PostgreSQL server.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "bbc.jsonl"
DASK_VS_POOL_TARGET = 0.9


def dossier(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "dossier", *args], check=True, capture_output=True, text=True
    )
    return done.stdout


def timed_ingest(corpus: Path, db: str, *runner: str) -> float:
    started = time.perf_counter()
    dossier("ingest", str(corpus), "--db", db, *runner)
    return time.perf_counter() - started


def counts(db: str) -> dict[str, object]:
    return dict(json.loads(dossier("stats", "--db", db, "--json")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is missing")
        return
    work = Path(tempfile.mkdtemp(prefix="dossier-bench-cluster-"))
    corpus = work / "bbc.jsonl"
    with CORPUS.open(encoding="utf-8") as source:
        corpus.write_text("".join(islice(source, args.limit)), encoding="utf-8")
    seconds: dict[str, list[float]] = {"--processes 2": [], "--dask local:2": []}
    for number in range(args.rounds):
        for runner in seconds:
            db = str(work / f"{runner.split()[1].replace(':', '')}-{number}.db")
            seconds[runner].append(timed_ingest(corpus, db, *runner.split()))
    rates = {runner: args.limit / min(times) for runner, times in seconds.items()}
    for runner, rate in rates.items():
        print(f"{runner:<16} {rate:6.1f} documents/s (best of {args.rounds})")
    ratio = rates["--dask local:2"] / rates["--processes 2"]
    verdict = "meets" if ratio >= DASK_VS_POOL_TARGET else "misses"
    print(f"dask / pool      {ratio:6.2f}  ({verdict} the {DASK_VS_POOL_TARGET} target)")

    from tests.postgres import create_database, server_binaries, throwaway_server

    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL check skipped: no server binaries (apt-get install postgresql)")
        return
    sqlite_db = str(work / "in-process.db")
    timed_ingest(corpus, sqlite_db)
    with throwaway_server(binaries) as server:
        postgres_db = create_database(server)
        pg_seconds = timed_ingest(corpus, postgres_db, "--dask", "local:2")
        on_sqlite, on_postgres = counts(sqlite_db), counts(postgres_db)
    print(f"PostgreSQL + dask local:2: {args.limit / pg_seconds:.1f} documents/s")
    print(f"stats, SQLite in-process: {on_sqlite}")
    print(f"stats, PostgreSQL + Dask: {on_postgres}")
    print("equal" if on_sqlite == on_postgres else "DIFFERENT")


if __name__ == "__main__":
    main()
