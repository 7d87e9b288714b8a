"""Passage retrieval on the news questions: BM25 alone against the answerer's orderings
(sentence embeddings plus the words asked; the words asked alone, as beside an answer
from stored claims: `answer/passages.py`).

Not a test. Run from the repository root with the project's venv active, on a knowledge
base holding the news corpus (``dossier eval news ../shared/eval/news --db news.db``)::

    python bench/retrieval_news.py --db news.db

For each gold question that cites facts or events, the candidates are the sentences
full-text search finds for the question's words (any of them, top 60); a hit is a
sentence that overlaps the quote of a cited fact or event mention (the scorer's
`quote_overlaps`). Prints hit@1, hit@3 and MRR@10 for both orders, and the time per
question. bench/retrieval.py is the older stand-in task (BBC titles as queries).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from dossier import KnowledgeBase
from dossier.answer.passages import pick_passages
from dossier.evaluation.matching import quote_overlaps
from dossier.evaluation.news import Gold, load_gold
from retrieval import scores

POOL = 60
STOP = frozenset(
    "a an the of in on at to for by with and or is are was were be been do does did what who "
    "whom which when where why how has have had it its they their this that many much".split()
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/eval/news"))
    args = parser.parse_args()
    if not (args.corpus / "gold.yaml").exists() or not args.db.exists():
        print("no news corpus or knowledge base: skipped", file=sys.stderr)
        return 0
    gold_data = load_gold(args.corpus / "gold.yaml")
    gold = Gold(gold_data)
    bm25, ours, lexical, elapsed = [], [], [], []
    with KnowledgeBase(args.db) as kb:
        for item in gold_data.get("questions") or []:
            quotes = [q for gold_id in item.get("cite") or [] for q in gold.quotes(str(gold_id))]
            if not quotes:
                continue
            words = [w for w in re.findall(r"\w+", item["q"]) if w.casefold() not in STOP]
            hits = kb.search(" ".join(words), limit=POOL, any_word=True)

            def flags(order: list, quotes: list = quotes) -> list[bool]:
                return [
                    any(h.document_id == d and quote_overlaps(h.text, q) for d, q in quotes)
                    for h in order
                ]

            bm25.append(flags(hits[:10]))
            started = time.perf_counter()
            ordered = pick_passages(item["q"], hits, 10, words=words)
            elapsed.append(time.perf_counter() - started)
            ours.append(flags(ordered))
            lexical.append(flags(pick_passages(item["q"], hits, 10, words=words, by_meaning=False)))
    for name, ranked in (("bm25", bm25), ("embeddings+words", ours), ("words", lexical)):
        hit1, hit3, mrr = scores(ranked)
        print(f"{name:18} hit@1 {hit1:.3f}  hit@3 {hit3:.3f}  MRR@10 {mrr:.3f}  (n={len(ranked)})")
    print(f"re-ranking: {1000 * statistics.mean(elapsed[1:] or elapsed):.0f} ms a question")
    return 0


if __name__ == "__main__":
    sys.exit(main())
