"""The public API and every command are documented, and the docs are current."""

from __future__ import annotations

import inspect
import subprocess
import sys

import dossier
from dossier.cli import app
from tests.helpers import REPO


def test_public_api_is_sorted_and_documented() -> None:
    assert dossier.__all__ == sorted(dossier.__all__)
    for name in dossier.__all__:
        member = getattr(dossier, name)
        assert inspect.getdoc(member), f"dossier.{name} has no docstring"


def test_cli_reference_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "cli_reference.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_readme_shows_every_command() -> None:
    readme = (REPO / "README.md").read_text()
    for command in app.registered_commands:
        assert f"dossier {command.name}" in readme, f"README lacks an example of {command.name}"
