"""Commands start with what they use (issue 12): the commands that only read the store load
neither spaCy nor torch (the commands that parse text or rank passages import them when
they run), `stats` reads an SQLite file without SQLAlchemy, and a command imports no other
command's module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import COMMANDS, GROUPS, app, build_app
from tests.corpus import SAHEL

PROBE = """
import json, sys
from dossier.cli import main
sys.argv = ["dossier", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("\\nLOADED=" + json.dumps(sorted(sys.modules)))
"""
HEAVY = ("spacy", "torch", "thinc", "trafilatura")


def loaded_modules(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    line = done.stdout.rsplit("LOADED=", 1)[1]
    return set(json.loads(line))


def loaded_heavy_modules(*args: str) -> list[str]:
    return sorted(set(HEAVY) & loaded_modules(*args))


@pytest.mark.parametrize("command", [["--help"], ["ask", "--help"], ["ingest", "--help"]])
def test_help_loads_no_model(command: list[str]) -> None:
    assert loaded_heavy_modules(*command) == []


@pytest.mark.parametrize("command", [["stats"], ["documents"], ["show", SAHEL[0]["id"]]])
def test_commands_that_read_the_store_load_no_model(command: list[str], sahel_db: Path) -> None:
    assert loaded_heavy_modules(*command, "--db", str(sahel_db)) == []


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_stats_reads_an_sqlite_file_without_sqlalchemy(output: list[str], sahel_db: Path) -> None:
    loaded = loaded_modules("stats", "--db", str(sahel_db), *output)
    assert "dossier.store.counts" in loaded
    assert "sqlalchemy" not in loaded


def test_a_command_imports_no_other_commands_module(sahel_db: Path) -> None:
    loaded = loaded_modules("stats", "--db", str(sahel_db))
    commands = {name for name in loaded if name.startswith("dossier.cli.")}
    assert commands == {"dossier.cli.browse", "dossier.cli.output"}


@pytest.mark.parametrize("name", [*COMMANDS, *GROUPS])
def test_a_command_run_alone_reads_its_options_as_among_all(name: str) -> None:
    runner = CliRunner()
    for arguments in ([name, "--help"], [name, "--no-such-option"]):
        alone = runner.invoke(build_app([name]), arguments, terminal_width=100)
        among_all = runner.invoke(app, arguments, terminal_width=100)
        assert (alone.exit_code, alone.output) == (among_all.exit_code, among_all.output)
        assert name in alone.output
