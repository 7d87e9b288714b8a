"""Passage retrieval benchmark: BM25 alone against BM25 re-ranked by sentence embeddings.

Not a test. Run from the repository root with the project's venv active::

    python bench/retrieval.py --db /tmp/bench-ask.db   # the seeds + BBC knowledge base

The task stands in for questions no form fits: the title of a BBC article is the
query, and a hit is any sentence of that article (or of a near-copy of it), the title
line itself left out. 300 articles are drawn at random (fixed seed). BM25 is the
knowledge base's full-text search over any of the title's words; the re-ranking orders
its top `RERANK_POOL` by meaning, as `dossier ask` does. Prints hit@1, hit@3 and
MRR@10 for both, and the time per query. Skips (exit 0) without the shared data.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import seeds_bbc
from dossier import KnowledgeBase
from dossier.answer.embeddings import RERANK_POOL, rank_by_meaning

STOP = frozenset("a an the of in on at to for by with and or is are was were be".split())


def scores(ranked: list[list[bool]]) -> tuple[float, float, float]:
    """hit@1, hit@3 and MRR@10 over queries, each a list of hit flags in rank order."""
    hit1 = statistics.mean(any(flags[:1]) for flags in ranked)
    hit3 = statistics.mean(any(flags[:3]) for flags in ranked)
    mrr = statistics.mean(
        next((1 / (i + 1) for i, hit in enumerate(flags[:10]) if hit), 0.0) for flags in ranked
    )
    return hit1, hit3, mrr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    seeds_bbc.add_arguments(parser)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    if seeds_bbc.missing_data(args):
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "retrieval.db"
        seeds_bbc.build(db, args)
        with KnowledgeBase(db) as kb:
            documents = kb.documents()
            cluster = {d.id: d.cluster_id for d in documents}
            articles = [d for d in documents if d.title and "/" in d.id]  # the BBC ids
            random.seed(7)
            sample = random.sample(articles, min(args.queries, len(articles)))
            rank_by_meaning("warm-up", ["load the model before timing"])
            bm25, reranked, bm25_ms, rerank_ms = [], [], [], []
            for article in sample:
                assert article.title is not None
                words = [w for w in re.findall(r"\w+", article.title) if w.lower() not in STOP]
                started = time.perf_counter()
                hits = kb.search(" ".join(words), limit=RERANK_POOL + 10, any_word=True)
                hits = [h for h in hits if h.sentence_index > 0][:RERANK_POOL]
                bm25_ms.append((time.perf_counter() - started) * 1000)
                flags = [cluster.get(h.document_id) == article.cluster_id for h in hits]
                started = time.perf_counter()
                order = rank_by_meaning(article.title, [h.text for h in hits])
                rerank_ms.append((time.perf_counter() - started) * 1000)
                bm25.append(flags)
                reranked.append([flags[i] for i in order])
    print(f"{len(sample)} queries (BBC titles), {RERANK_POOL} BM25 candidates each")
    for name, ranked in (("BM25", bm25), ("BM25 + embedding re-rank", reranked)):
        hit1, hit3, mrr = scores(ranked)
        print(f"{name:26} hit@1 {hit1:.3f}  hit@3 {hit3:.3f}  MRR@10 {mrr:.3f}")
    print(
        f"per query: BM25 {statistics.median(bm25_ms):.1f} ms, "
        f"re-rank {statistics.median(rerank_ms):.1f} ms (medians)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
