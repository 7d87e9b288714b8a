"""Draw a reproducible random sample of exported claims for judging by hand.

    python scripts/sample_claims.py EXPORT.json [--count 60] [--seed 7] > sample.md

EXPORT.json is what `dossier export --format json` (or `dossier eval news --save-export`)
writes. Prints a Markdown table: each claim as the export states it (subject, predicate,
object or value, hedge, negation, attribution, time scope) with its quote, and an empty
verdict column to fill in (right / partly / wrong, and why).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any


def _name(entities: dict[str, str], entity_id: str | None) -> str:
    if entity_id is None:
        return ""
    return entities.get(entity_id, entity_id)


def _statement(claim: dict[str, Any], entities: dict[str, str]) -> str:
    target = _name(entities, claim.get("object")) or json.dumps(claim.get("value"))
    marks = [
        word
        for word, present in (
            ("negated", claim.get("negated")),
            ("hedged", claim.get("hedged")),
        )
        if present
    ]
    if claim.get("attributed_to"):
        marks.append(f"per {claim['attributed_to']}")
    if claim.get("time_scope"):
        marks.append(f"time {json.dumps(claim['time_scope'])}")
    extra = f" ({'; '.join(marks)})" if marks else ""
    return f"{_name(entities, claim['subject'])} · {claim['predicate']} · {target}{extra}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    data = json.loads(args.export.read_text(encoding="utf-8"))
    entities = {entity["id"]: entity["name"] for entity in data["entities"]}
    claims = sorted(data["claims"], key=lambda claim: claim["id"])
    sample = random.Random(args.seed).sample(claims, min(args.count, len(claims)))
    print("| # | document | claim | quote | verdict |")
    print("|---|---|---|---|---|")
    for number, claim in enumerate(sample, 1):
        evidence = claim["evidence"][0] if claim["evidence"] else {}
        print(
            f"| {number} | {evidence.get('document_id', '')[:8]} "
            f"| {_cell(_statement(claim, entities))} | {_cell(evidence.get('quote', ''))} | |"
        )


if __name__ == "__main__":
    main()
