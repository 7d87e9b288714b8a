"""Regenerate tests/golden/seeds_extraction.json from the seed articles.

    python scripts/update_golden.py

Run it after a deliberate change to extraction, then read the diff
(`git diff tests/golden`) before committing: every changed line is a claim
or event that appeared, vanished or changed. The file holds extracted facts
and offsets only, never article text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dossier.annotate.pipeline import annotate_documents, shared_pipeline
from dossier.model import AnnotatedDocument, Document
from dossier.model.serialize import value_text
from dossier.read.options import ReadOptions
from dossier.read.sources import read_sources

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
GOLDEN = REPO / "tests" / "golden" / "seeds_extraction.json"


def summary(annotated: AnnotatedDocument) -> dict[str, object]:
    """Claims and events of one document as short, diffable lines (no article text)."""
    claims = sorted(
        f"{c.evidence.sentence_index:02d} {c.subject.name} | {c.predicate} | "
        f"{c.object.name if c.object else ''} | {value_text(c.value) or ''}"
        f"{' | hedged' if c.hedged else ''}{' | negated' if c.negated else ''}"
        f"{f' | by {c.attributed_to}' if c.attributed_to else ''}"
        for c in annotated.claims
    )
    events = [
        f"{e.type} | {e.date.start if e.date else ''}..{e.date.end if e.date else ''} | "
        f"{e.city.name if e.city else ''} / {e.province.name if e.province else ''} / "
        f"{e.country.name if e.country else ''} | {', '.join(p.name for p in e.perpetrators)} | "
        f"killed {e.killed.min if e.killed else ''} | sentences "
        f"{[x.sentence_index for x in e.evidence]}"
        for e in annotated.events
    ]
    return {"claims": claims, "events": events}


def extract_seeds(seeds: Path = SEEDS) -> dict[str, object]:
    documents = [d for d in read_sources([seeds], ReadOptions()) if isinstance(d, Document)]
    annotated = annotate_documents(shared_pipeline(), documents)
    return {Path(a.document.origin or "").name: summary(a) for a in annotated}


def main() -> int:
    if not SEEDS.exists():
        print(f"{SEEDS} not found", file=sys.stderr)
        return 1
    GOLDEN.write_text(json.dumps(extract_seeds(), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
