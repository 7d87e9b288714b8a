"""Commands that only read the store start without spaCy or torch: they are imported by
the commands that parse text or rank passages, when those run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import SAHEL

PROBE = """
import json, sys
from dossier.cli import main
sys.argv = ["dossier", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = sorted(name for name in ("spacy", "torch", "thinc", "trafilatura") if name in sys.modules)
print("\\nHEAVY=" + json.dumps(heavy))
"""


def loaded_heavy_modules(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    line = done.stdout.rsplit("HEAVY=", 1)[1]
    return list(json.loads(line))


@pytest.mark.parametrize("command", [["--help"], ["ask", "--help"], ["ingest", "--help"]])
def test_help_loads_no_model(command: list[str]) -> None:
    assert loaded_heavy_modules(*command) == []


@pytest.mark.parametrize("command", [["stats"], ["documents"], ["show", SAHEL[0]["id"]]])
def test_commands_that_read_the_store_load_no_model(command: list[str], sahel_db: Path) -> None:
    assert loaded_heavy_modules(*command, "--db", str(sahel_db)) == []
