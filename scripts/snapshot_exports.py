"""Exports of the seeds and the first 300 BBC articles in every format, to check
that a refactoring changes no output byte (STIX timestamps aside).

    python scripts/snapshot_exports.py snapshot OUT_DIR     # ingest + export with this checkout
    python scripts/snapshot_exports.py compare DIR_A DIR_B  # byte-compare two snapshots

Run `snapshot` once on the old commit (e.g. with PYTHONPATH pointing at a worktree of it)
and once on the new, then `compare`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from itertools import islice
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FORMATS = ("json", "stix", "graphml", "csv", "events-csv", "jsonl")
BBC_ARTICLES = 300
# A STIX bundle stamps every object with the time it was written.
_STIX_TIME = re.compile(rb'"(created|modified|published)": "[^"]+"')


def dossier(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "dossier", *args], check=True, capture_output=True)


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    bbc = out / "bbc300.jsonl"
    with (SHARED / "corpus" / "bbc.jsonl").open(encoding="utf-8") as corpus:
        bbc.write_text("".join(islice(corpus, BBC_ARTICLES)), encoding="utf-8")
    for name, source in (("seeds", SHARED / "seeds"), ("bbc", bbc)):
        db = out / f"{name}.db"
        db.unlink(missing_ok=True)
        dossier("ingest", str(source), "--db", str(db))
        for fmt in FORMATS:
            dossier("export", "--format", fmt, "--db", str(db), "-o", str(out / f"{name}.{fmt}"))


def compare(first: Path, second: Path) -> int:
    differing = 0
    for name in ("seeds", "bbc"):
        for fmt in FORMATS:
            a, b = (d / f"{name}.{fmt}" for d in (first, second))
            left, right = a.read_bytes(), b.read_bytes()
            if fmt == "stix":
                left, right = (_STIX_TIME.sub(rb'"\1": ""', x) for x in (left, right))
            same = left == right
            differing += not same
            print(f"{name}.{fmt:<11} {'identical' if same else 'DIFFERS'} ({len(right):,} bytes)")
    return differing


if __name__ == "__main__":
    command, *paths = sys.argv[1:]
    if command == "snapshot":
        snapshot(Path(paths[0]))
    else:
        sys.exit(1 if compare(Path(paths[0]), Path(paths[1])) else 0)
