"""Extraction on the seed articles matches the reviewed golden file.

After a deliberate change, regenerate with `python scripts/update_golden.py`
and review the diff of tests/golden/seeds_extraction.json.
"""

from __future__ import annotations

import importlib.util
import json

from spacy.language import Language

from tests.helpers import REPO, shared_path


def test_seed_extraction_matches_the_golden_file(nlp: Language) -> None:
    seeds = shared_path("seeds")
    spec = importlib.util.spec_from_file_location(
        "update_golden", REPO / "scripts" / "update_golden.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    golden = json.loads((REPO / "tests" / "golden" / "seeds_extraction.json").read_text())
    assert module.extract_seeds(seeds) == golden
