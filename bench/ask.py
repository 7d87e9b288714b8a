"""Question-answering latency benchmark: `ask` on a knowledge base of the seeds plus the
whole BBC corpus.

Not a test. Run from the repository root with the project's venv active::

    python bench/ask.py                      # builds the knowledge base in a temp dir
    python bench/ask.py --db bench-ask.db    # keeps it (and reuses it on the next run)

The target is a median answer time under 200 ms with everything already loaded (a
long-lived process such as the web app: the `Answerer` is built once and the embedding
model is loaded before timing, as the web app does at start-up). The one-off
cost of building it (loading entity names) is reported separately, as is a plain
full-text query over the same knowledge base, measured in the same run, as the
baseline the ratio is taken against. Skips (exit 0) when the shared data is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import seeds_bbc
from dossier import KnowledgeBase
from dossier.answer.answers import Answerer, ask
from dossier.answer.embeddings import rank_by_meaning

TARGET_MS = 200.0
QUESTIONS = (
    # the seed gold questions
    "Who are ISIS-K?",
    "Where are ISIS-K based?",
    "How many members does ISIS-K have?",
    "Are ISIS-K friends with the Taliban?",
    "What does the K in ISIS-K stand for?",
    "When was ISIS-K founded?",
    "Who funds ISIS-K?",
    "Who founded ISIS-K?",
    "What happened on August 28, 2021?",
    # questions about what the BBC corpus holds, and ones no form fits
    "Who is the Labour Party?",
    "Who leads the Conservative Party?",
    "Where is Manchester United based?",
    "What happened on 14 February 2005?",
    "Who funds the BBC?",
    "What did the chancellor say about the budget?",
    "Why did oil prices rise?",
    "Who funds the Nowhere Brigade?",
)


def timed(function: object, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    seeds_bbc.add_arguments(parser)
    parser.add_argument("--repeat", type=int, default=5, help="Timings per question.")
    args = parser.parse_args()
    if seeds_bbc.missing_data(args):
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "ask.db"
        build_seconds = seeds_bbc.build(db, args)
        with KnowledgeBase(db) as kb:
            stats = kb.stats()
            started = time.perf_counter()
            answerer = Answerer(kb)
            load_ms = (time.perf_counter() - started) * 1000
            answerer.ask(QUESTIONS[0])  # warm the SQLite page cache like a running app
            started = time.perf_counter()
            rank_by_meaning("warm-up", ["the web app loads the model at start-up"])
            model_ms = (time.perf_counter() - started) * 1000
            per_question = {q: timed(lambda q=q: answerer.ask(q), args.repeat) for q in QUESTIONS}
            one_shot = [timed(lambda q=q: ask(kb, q), 1)[0] for q in QUESTIONS]
            baseline = {
                q: timed(lambda q=q: kb.search(q, limit=20, any_word=True), args.repeat)
                for q in QUESTIONS
            }
    print(
        f"knowledge base: {stats.documents} documents, {stats.entities} entities, "
        f"{stats.claims} claims, {stats.events} events (built in {build_seconds:.0f} s)"
    )
    print(f"Answerer start-up (entity names loaded once): {load_ms:.0f} ms")
    print(f"embedding model load (once per process, before timing): {model_ms:.0f} ms")
    print(f"{'question':<52} {'first ms':>9} {'median ms':>10} {'max ms':>8}")
    for question, samples in per_question.items():
        first, middle, most = samples[0], statistics.median(samples), max(samples)
        print(f"{question:<52} {first:>9.1f} {middle:>10.1f} {most:>8.1f}")
    answers = [s for samples in per_question.values() for s in samples]
    searches = [s for samples in baseline.values() for s in samples]
    median, p95 = statistics.median(answers), statistics.quantiles(answers, n=20)[-1]
    search_median = statistics.median(searches)
    print(f"ask: median {median:.1f} ms, p95 {p95:.1f} ms over {len(answers)} answers")
    firsts = [samples[0] for samples in per_question.values()]
    print(f"first time each question is asked: median {statistics.median(firsts):.1f} ms")
    print(
        f"one-shot dossier.ask (Answerer built per call, as the CLI does): "
        f"median {statistics.median(one_shot):.1f} ms"
    )
    print(f"baseline full-text query: median {search_median:.1f} ms")
    print(f"ratio ask / full-text query: {median / search_median:.2f}")
    verdict = "PASS" if median < TARGET_MS else "FAIL"
    print(f"target median < {TARGET_MS:.0f} ms: {verdict}")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
