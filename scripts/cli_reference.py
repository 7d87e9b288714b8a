"""Regenerate docs/cli.md from the commands' own --help text.

python scripts/cli_reference.py          write docs/cli.md
python scripts/cli_reference.py --check  exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from typer.main import get_command
from typer.testing import CliRunner

from dossier.cli import app

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

HEADER = """# Command-line reference

Generated from `dossier --help` by `python scripts/cli_reference.py`; a test
checks it is current. Every listing command takes `--json` for scripts, and
every command takes `--db` (default `dossier.db`, or the `DOSSIER_DB`
environment variable).
"""


def help_text(*command: str) -> str:
    os.environ["COLUMNS"] = "100"
    os.environ["TERMINAL_WIDTH"] = "100"
    result = CliRunner().invoke(app, [*command, "--help"], env={"NO_COLOR": "1"})
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    return "\n".join(lines).strip("\n")


def command_paths(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand, as the words that call it."""
    paths = []
    for name in sorted(getattr(command, "commands", {})):
        path = (*prefix, name)
        paths.append(path)
        paths.extend(command_paths(command.commands[name], path))
    return paths


def reference() -> str:
    parts = [HEADER, "## dossier\n", f"```\n{help_text()}\n```\n"]
    for path in command_paths(get_command(app)):
        parts += [f"## dossier {' '.join(path)}\n", f"```\n{help_text(*path)}\n```\n"]
    return "\n".join(parts)


def main() -> int:
    current = reference()
    if "--check" in sys.argv:
        if not DOCS.exists() or DOCS.read_text() != current:
            print(f"{DOCS} is out of date: run python scripts/cli_reference.py", file=sys.stderr)
            return 1
        return 0
    DOCS.write_text(current)
    print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
