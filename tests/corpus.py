"""A small corpus of made-up news items about one made-up group, for the cross-source tests.

Three publishers; each item is written fresh (no seed sentence), so the tests exercise
the general rules: acronyms an article defines, sizes that disagree, a figure two
articles take from one report, an attack told twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dossier import Answerer, KnowledgeBase, ingest

LEDGER = {
    "id": "ledger-1",
    "source": "Daily Ledger",
    "title": "Who is the Sahel Liberation Front?",
    "date": "2023-05-02",
    "text": (
        "The Sahel Liberation Front (SLF) was founded in March 2012 by former members of "
        "Ansar Dine. The group is based in Mopti, Mali. According to the United Nations, the "
        "SLF has around 800 fighters. The SLF is hostile to the Wagner Group and is funded by "
        "smuggling networks."
    ),
}
COURIER = {
    "id": "courier-7",
    "source": "Coast Courier",
    "title": "Militants strike Mopti",
    "date": "2023-06-10",
    "text": (
        "The SLF, which was set up in 2012, is based in Mopti. The Sahel Liberation Front has "
        "about 3,000 members, officials said. The group has a hostile relationship with the "
        "Wagner Group. On June 8, 2023, SLF gunmen attacked a police station in Mopti, killing "
        "four officers."
    ),
}
HARBOR = {
    "id": "harbor-3",
    "source": "Harbor Times",
    "title": "Police post attacked",
    "date": "2023-06-09",
    "text": (
        "Four police officers were killed when SLF fighters stormed a police station in Mopti "
        "on Thursday. The Sahel Liberation Front (SLF) claimed the attack. According to the "
        "United Nations, the SLF fields around 800 fighters. In 2021, the group bombed a "
        "market in Gao, killing 12 people."
    ),
}
SAHEL = (LEDGER, COURIER, HARBOR)
GROUP = "organization:sahel-liberation-front"


def write_jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@contextmanager
def answering(folder: Path, *articles: dict[str, object]) -> Iterator[Answerer]:
    """An answerer over a knowledge base holding these articles, ingested for real."""
    with KnowledgeBase(str(folder / "kb.db")) as kb:
        ingest(kb, [write_jsonl(folder / "articles.jsonl", *articles)])
        yield Answerer(kb)
