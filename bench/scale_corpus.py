"""A corpus of as many distinct article-length documents as wanted, for bench/scale.py.
Not a test.

    python bench/scale_corpus.py 50000 /tmp/scale.jsonl [--seed 7]

The sentences of the corpora in ../shared (the BBC news corpus, the GTD summaries and the
news development articles) are pooled, then each article is a new recombination: a lead
sentence from an incident report (GTD or news), then 12 to 28 sentences drawn from all
three pools, about two thirds from news and GTD and one third from the BBC, so articles
are about armed groups but carry everyday news too. Each gets a title (its lead's first
words), a publication date between 2015 and 2024 and an id; an article whose text was
already made is drawn again, so every document is distinct. Sentence splitting is a
plain regular expression: the articles only need to read like news, not to be gold.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
MIN_SENTENCE, MAX_SENTENCE = 40, 400
FIRST_DAY, DAYS = date(2015, 1, 1), 3652


def _sentences(text: str) -> list[str]:
    found = []
    for paragraph in text.split("\n"):
        for sentence in SENTENCE_END.split(paragraph.strip()):
            if MIN_SENTENCE <= len(sentence) <= MAX_SENTENCE:
                found.append(sentence.strip())
    return found


def pools() -> tuple[list[str], list[str], list[str]]:
    """(incident sentences, other conflict-news sentences, BBC sentences), deduplicated."""
    from dossier.evaluation.gtd import read_records

    incidents: list[str] = []
    for split in ("dev", "test"):
        for row in read_records(SHARED / "eval" / "gtd" / f"gtd2021h1_{split}.csv"):
            summary = re.sub(r"^\d{2}/\d{2}/\d{4}:\s*", "", row.get("summary", ""))
            incidents.extend(_sentences(summary))
    conflict: list[str] = []
    for path in sorted((SHARED / "eval" / "news" / "docs").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        conflict.extend(
            _sentences("\n".join(x for x in lines if not x.startswith(("TITLE:", "DATE:"))))
        )
    bbc: list[str] = []
    with (SHARED / "corpus" / "bbc.jsonl").open(encoding="utf-8") as source:
        for line in source:
            bbc.extend(_sentences(json.loads(line)["text"]))
    return (
        list(dict.fromkeys(incidents)),
        list(dict.fromkeys(conflict)),
        list(dict.fromkeys(bbc)),
    )


def articles(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` distinct articles as JSON Lines records (id, title, published_at, text)."""
    incidents, conflict, bbc = pools()
    leads = incidents + conflict
    themed = incidents + conflict
    rng = random.Random(seed)
    seen: set[int] = set()
    made = 0
    while made < count:
        length = rng.randint(12, 28)
        body = [rng.choice(leads)]
        for _ in range(length):
            body.append(rng.choice(bbc) if rng.random() < 1 / 3 else rng.choice(themed))
        text = " ".join(body[:4]) + "\n\n" + " ".join(body[4:])
        key = hash(text)
        if key in seen:
            continue
        seen.add(key)
        made += 1
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        yield {
            "id": f"scale-{made:06d}",
            "title": " ".join(body[0].split()[:8]),
            "published_at": published.isoformat(),
            "text": text,
        }


def write_corpus(count: int, path: Path, seed: int = 7) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in articles(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"skipped: {SHARED} is missing")
        return 0
    write_corpus(args.count, args.out, args.seed)
    print(f"wrote {args.count:,} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
