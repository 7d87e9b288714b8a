"""Ingest throughput benchmark: full ``dossier.ingest`` against bare spaCy ``nlp.pipe``.

Not a test. Run from the repository root with the project's venv active::

    python bench/ingest.py                     # whole BBC corpus, 1 and 2 processes
    python bench/ingest.py --limit 200         # quick check on the first 200 articles
    python bench/ingest.py --processes 1 --json
    python bench/ingest.py --limit 300 --processes 2 --dask --rounds 2 --no-bare-parallel
                                               # --processes 2 against --dask local:2, alternated

The corpus defaults to ``<repo>/../shared/corpus/bbc.jsonl`` (``--corpus`` overrides it);
when it is missing the benchmark says it was skipped and exits 0.

Each phase (bare spaCy or full ingest, at 1 and N processes) runs in a fresh child
process (this script with ``--phase``), so phases share no caches and each reports its
own peak RSS. Timing excludes the one-off model load in the measuring process (the
model is loaded, and the load timed, first); for N > 1 processes the timed span
includes worker start-up (spawn or fork plus model load), as a real run pays it.
Exit status is 1 only if a phase fails or an ingest stores the wrong number of documents.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "bbc.jsonl"
DEFAULT_BATCH_SIZE = 32  # dossier's default (dossier.annotate.pipeline.DEFAULT_BATCH_SIZE)
INGEST_VS_BARE_TARGET = 0.75
EXTRACTION_VS_BARE_TARGET = 0.5  # extraction adds at most half again to bare spaCy time
SCALING_TARGET_PER_PROCESS = 0.8  # 2 processes: at least 1.6x one
DASK_VS_POOL_TARGET = 0.9  # --dask local:N against --processes N (issue 13)
RESULT_MARKER = "BENCH_PHASE_RESULT "


@dataclass(slots=True)
class PhaseResult:
    """What one phase measured, passed from the child process as JSON."""

    kind: str  # "bare", "ingest", "dask" (ingest on a LocalCluster) or "extract"
    processes: int
    documents: int
    seconds: float
    load_seconds: float | None = None  # model load before timing (None: paid inside timing)
    first_document_seconds: float | None = None  # ingest: first document stored after
    cpu_seconds: float = 0.0  # user + system CPU of the phase's process and reaped children
    peak_rss_mb: float = 0.0  # the phase's own process
    worker_peak_rss_mb: float = 0.0  # largest reaped child (worker) process
    stored: int | None = None  # ingest: documents in the knowledge base afterwards
    failed: int = 0
    duplicates: int = 0
    notes: list[str] = field(default_factory=list)
    extraction_seconds: float | None = None  # extract: time spent in the dossier_extractor

    @property
    def name(self) -> str:
        label = {
            "bare": "bare nlp.pipe",
            "ingest": "dossier ingest",
            "dask": "ingest dask local",
            "extract": "dossier annotate",
        }[self.kind]
        return f"{label}, {self.processes}p"

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class Ratio:
    """A throughput ratio with an optional target."""

    name: str
    value: float
    target: float | None  # the value must reach at least this
    ceiling: float | None = None  # the value must stay at or below this

    @property
    def mark(self) -> str:
        if self.ceiling is not None:
            return "PASS" if self.value <= self.ceiling else "MISS"
        if self.target is None:
            return "info"
        return "PASS" if self.value >= self.target else "MISS"

    @property
    def goal(self) -> str:
        if self.ceiling is not None:
            return f"<={self.ceiling:.2f}"
        return "-" if self.target is None else f">={self.target:.2f}"


# ---- child side: one phase ---------------------------------------------------------------


def _cpu_seconds() -> float:
    """User + system CPU used so far by this process and its reaped children."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_rss_mb(who: int) -> float:
    """Peak RSS in MB; ``ru_maxrss`` is KiB on Linux (the largest child for RUSAGE_CHILDREN)."""
    return resource.getrusage(who).ru_maxrss / 1024


def _read_texts(corpus: Path) -> list[str]:
    """The documents' texts exactly as dossier normalises them before annotation."""
    from dossier.model import Document
    from dossier.read.options import ReadOptions
    from dossier.read.sources import read_sources

    return [r.text for r in read_sources([corpus], ReadOptions()) if isinstance(r, Document)]


def bare_phase(corpus: Path, processes: int, batch_size: int) -> PhaseResult:
    """Time ``nlp.pipe`` over the normalised texts, after loading the model."""
    import spacy

    from dossier.annotate.pipeline import MODEL_NAME

    texts = _read_texts(corpus)
    started = time.perf_counter()
    nlp = spacy.load(MODEL_NAME)
    load_seconds = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    count = sum(1 for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_started
    notes = ["reading/normalising the texts is not timed"]
    if processes > 1:
        notes.append("timing includes spaCy's worker start-up (forked from the loaded parent)")
    return PhaseResult(
        "bare", processes, count, seconds, load_seconds, cpu_seconds=cpu_seconds, notes=notes
    )


def ingest_phase(
    corpus: Path, processes: int, batch_size: int, dask: str | None = None
) -> PhaseResult:
    """Time ``dossier.ingest`` of the corpus into a fresh SQLite file (on the Dask
    cluster at ``dask`` if given)."""
    from dossier.annotate.pipeline import shared_pipeline
    from dossier.ingest import ingest
    from dossier.store.knowledge_base import KnowledgeBase

    load_seconds = None
    if processes == 1 and dask is None:  # warm the pipeline the 1-process ingest will use
        started = time.perf_counter()
        shared_pipeline()
        load_seconds = time.perf_counter() - started
    first_done: list[float] = []
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        kb = KnowledgeBase(Path(tmp) / "bench.db")
        started, cpu_started = time.perf_counter(), _cpu_seconds()

        def on_progress(_count: int) -> None:
            if not first_done:
                first_done.append(time.perf_counter() - started)

        report = ingest(
            kb,
            [corpus],
            processes=processes,
            batch_size=batch_size,
            on_progress=on_progress,
            dask=dask,
        )
        seconds = time.perf_counter() - started
        cpu_seconds = _cpu_seconds() - cpu_started
        stored = kb.count_documents()
        kb.close()
    notes = ["timing includes reading, language guess, fingerprints and SQLite writes"]
    if processes > 1 or dask:
        notes.append("timing includes spawning workers, each loading the model")
    return PhaseResult(
        "dask" if dask else "ingest",
        processes,
        report.written,
        seconds,
        load_seconds=load_seconds,
        first_document_seconds=first_done[0] if first_done else None,
        cpu_seconds=cpu_seconds,
        stored=stored,
        failed=len(report.failed),
        duplicates=len(report.duplicates),
        notes=notes,
    )


def extract_phase(corpus: Path, processes: int, batch_size: int) -> PhaseResult:
    """Time Dossier's pipeline over the texts with and without its extractor component;
    the difference is what extracting claims and events costs."""
    from dossier.annotate.pipeline import annotate_documents, load_pipeline
    from dossier.model import Document
    from dossier.read.options import ReadOptions
    from dossier.read.sources import read_sources

    documents = [r for r in read_sources([corpus], ReadOptions()) if isinstance(r, Document)]
    started = time.perf_counter()
    nlp = load_pipeline()
    load_seconds = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    count = sum(1 for _ in annotate_documents(nlp, documents, batch_size))
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_started
    with nlp.select_pipes(disable=["dossier_extractor"]):
        started = time.perf_counter()
        sum(1 for _ in annotate_documents(nlp, documents, batch_size))
        without = time.perf_counter() - started
    return PhaseResult(
        "extract",
        processes,
        count,
        seconds,
        load_seconds,
        cpu_seconds=cpu_seconds,
        extraction_seconds=max(0.0, seconds - without),
        notes=[f"same pipeline without dossier_extractor: {without:.1f}s"],
    )


def dask_phase(corpus: Path, processes: int, batch_size: int) -> PhaseResult:
    """Time ``dossier.ingest`` on a LocalCluster of ``processes`` workers."""
    return ingest_phase(corpus, processes, batch_size, dask=f"local:{processes}")


def run_phase(kind: str, corpus: Path, processes: int, batch_size: int) -> None:
    """Run one phase in this process and print its result as a marked JSON line."""
    phase = {
        "bare": bare_phase,
        "ingest": ingest_phase,
        "dask": dask_phase,
        "extract": extract_phase,
    }[kind]
    result = phase(corpus, processes, batch_size)
    result.peak_rss_mb = _peak_rss_mb(resource.RUSAGE_SELF)
    result.worker_peak_rss_mb = _peak_rss_mb(resource.RUSAGE_CHILDREN)
    print(RESULT_MARKER + json.dumps(asdict(result)), flush=True)


# ---- parent side: orchestration and report ----------------------------------------------


def count_records(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def limited_corpus(corpus: Path, limit: int, directory: Path) -> Path:
    """A copy of the first ``limit`` records of a JSON Lines corpus."""
    subset = directory / f"{corpus.stem}-first{limit}.jsonl"
    with corpus.open("rb") as source, subset.open("wb") as target:
        kept = 0
        for line in source:
            if kept == limit:
                break
            if line.strip():
                target.write(line)
                kept += 1
    return subset


def phases_to_run(
    processes: list[int], bare_parallel: bool, dask: bool = False, rounds: int = 1
) -> Iterator[tuple[str, int]]:
    """Bare and extract phases once; the N-process ingest and (with ``dask``) the
    LocalCluster ingest of N workers alternated ``rounds`` times, so load that comes
    and goes on a shared machine falls on both alike."""
    for count in processes:
        if count == 1 or bare_parallel:
            yield "bare", count
        if count == 1:
            yield "extract", count
        for _ in range(rounds if count > 1 else 1):
            yield "ingest", count
            if dask and count > 1:
                yield "dask", count


def spawn_phase(kind: str, corpus: Path, processes: int, batch_size: int) -> PhaseResult | None:
    """Run a phase in a fresh interpreter; None (with the reason on stderr) if it failed."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--phase",
        kind,
        "--corpus",
        str(corpus),
        "--processes",
        str(processes),
        "--batch-size",
        str(batch_size),
    ]
    completed = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    for line in reversed(completed.stdout.splitlines()):
        if line.startswith(RESULT_MARKER):
            return PhaseResult(**json.loads(line[len(RESULT_MARKER) :]))
    print(f"phase {kind} {processes}p failed (exit {completed.returncode})", file=sys.stderr)
    print(completed.stdout, file=sys.stderr)
    return None


def compute_ratios(results: list[PhaseResult]) -> list[Ratio]:
    rate: dict[tuple[str, int], float] = {}
    for r in results:  # the best of the rounds: load from others only ever slows a run
        rate[r.kind, r.processes] = max(rate.get((r.kind, r.processes), 0.0), r.docs_per_second)
    ratios = []
    bare = next((r for r in results if r.kind == "bare" and r.processes == 1), None)
    for result in results:
        if result.kind == "extract" and result.extraction_seconds is not None and bare:
            share = result.extraction_seconds / bare.seconds if bare.seconds else 0.0
            name = "extraction time / bare 1p"
            ratios.append(Ratio(name, share, None, EXTRACTION_VS_BARE_TARGET))
    for (kind, count), value in sorted(rate.items(), key=lambda item: item[0][1]):
        if kind == "dask" and ("ingest", count) in rate:
            name = f"dask local:{count} / ingest {count}p"
            ratios.append(Ratio(name, value / rate["ingest", count], DASK_VS_POOL_TARGET))
            continue
        if kind == "ingest" and ("bare", count) in rate:
            target = INGEST_VS_BARE_TARGET if count == 1 else None
            name = f"ingest {count}p / bare {count}p"
            ratios.append(Ratio(name, value / rate["bare", count], target))
        if count > 1 and (kind, 1) in rate:
            target = SCALING_TARGET_PER_PROCESS * count if kind == "ingest" else None
            ratios.append(Ratio(f"{kind} {count}p / {kind} 1p", value / rate[kind, 1], target))
    return ratios


def _optional(value: float | None, spec: str = ".1f") -> str:
    return "-" if value is None else format(value, spec)


def print_table(results: list[PhaseResult]) -> None:
    header = (
        f"{'phase':<20} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'load s':>7} "
        f"{'1st doc s':>9} {'CPU s':>6} {'RSS MB':>7} {'worker MB':>9} {'stored':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.name:<20} {r.documents:>6} {r.seconds:>8.1f} {r.docs_per_second:>8.1f} "
            f"{_optional(r.load_seconds):>7} {_optional(r.first_document_seconds):>9} "
            f"{r.cpu_seconds:>6.0f} "
            f"{r.peak_rss_mb:>7.0f} {r.worker_peak_rss_mb:>9.0f} "
            f"{'-' if r.stored is None else r.stored:>7}"
        )


def print_ratios(ratios: list[Ratio]) -> None:
    print()
    print(f"{'ratio':<30} {'value':>6} {'target':>7}  result")
    for ratio in ratios:
        print(f"{ratio.name:<30} {ratio.value:>6.2f} {ratio.goal:>7}  {ratio.mark}")


def print_notes(results: list[PhaseResult], expected: int) -> None:
    print()
    print("notes:")
    print("  seconds: timed span only; 'load s' is the model load done before it (not timed).")
    print("  1p ingest: shared_pipeline() warmed first; reading and SQLite writes are timed.")
    print("  Np ingest: worker spawn + model load are inside the timed span; '1st doc s' shows")
    print("    when the first document was stored, most of which is that start-up.")
    print("  CPU s: user+system CPU of the phase and its workers in the timed span; CPU s /")
    print("    seconds near N for N busy processes, lower if other load shares the cores.")
    print("  RSS MB: peak of the phase's process; worker MB: peak of its largest reaped child")
    print("    (forked bare-spaCy workers count pages shared with the parent).")
    for r in results:
        if r.kind in ("ingest", "dask"):
            status = "OK" if r.stored == expected else f"WRONG (expected {expected})"
            print(
                f"  {r.name}: knowledge base holds {r.stored} documents {status}; "
                f"{r.duplicates} near/exact duplicates linked, {r.failed} inputs failed"
            )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines corpus")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument(
        "--processes", type=int, nargs="+", default=[1, 2], help="process counts (default: 1 2)"
    )
    parser.add_argument(
        "--no-bare-parallel",
        dest="bare_parallel",
        action="store_false",
        help="skip bare nlp.pipe with n_process > 1",
    )
    parser.add_argument(
        "--dask",
        action="store_true",
        help="also ingest on a Dask LocalCluster of N workers for each N > 1 (local:N)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="run each N > 1 ingest (and Dask) phase this many times, alternated; best kept",
    )
    parser.add_argument("--json", action="store_true", help="also print a JSON summary line")
    parser.add_argument(
        "--phase", choices=["bare", "ingest", "dask", "extract"], help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def benchmark(args: argparse.Namespace) -> int:
    """Run every phase in its own process, print the table and ratios; the exit status."""
    processes = sorted(set(args.processes))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dossier-bench-corpus-") as tmp:
        corpus = args.corpus
        if args.limit is not None:
            corpus = limited_corpus(args.corpus, args.limit, Path(tmp))
        expected = count_records(corpus)
        print(f"corpus {args.corpus} ({expected} articles), batch size {args.batch_size}")
        results: list[PhaseResult] = []
        failed = False
        for kind, count in phases_to_run(processes, args.bare_parallel, args.dask, args.rounds):
            load = os.getloadavg()[0]
            print(f"running {kind} {count}p ... (1-min load average {load:.2f})", flush=True)
            result = spawn_phase(kind, corpus, count, args.batch_size)
            stores = result is not None and result.kind in ("ingest", "dask")
            failed |= result is None or (stores and result.stored != expected)
            if result is not None:
                results.append(result)
    total = time.perf_counter() - started
    print()
    print_table(results)
    ratios = compute_ratios(results)
    print_ratios(ratios)
    print_notes(results, expected)
    print(f"\ntotal benchmark wall time {total:.1f} s")
    if args.json:
        summary = {
            "corpus": str(args.corpus),
            "documents": expected,
            "batch_size": args.batch_size,
            "phases": [asdict(r) | {"docs_per_second": r.docs_per_second} for r in results],
            "ratios": [asdict(r) | {"mark": r.mark} for r in ratios],
            "total_seconds": total,
        }
        print(json.dumps(summary))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"skipped: corpus {args.corpus} not found (give one with --corpus PATH)")
        return 0
    if args.phase:
        run_phase(args.phase, args.corpus, args.processes[0], args.batch_size)
        return 0
    return benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
