"""The `dossier` command: a thin shell over the library API.

Each command lives in a small module beside this one and holds no logic of
its own: it parses options, calls the library, and prints. `main` imports only
the module of the command it runs (`dossier --help` imports them all, to list
them), so a command starts without the others' imports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib import import_module
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    app: typer.Typer

# Command name -> where its function lives, in the order `dossier --help` lists them.
COMMANDS = {
    "ingest": "dossier.cli.ingest:ingest_command",
    "stats": "dossier.cli.browse:stats_command",
    "documents": "dossier.cli.browse:documents_command",
    "show": "dossier.cli.browse:show_command",
    "search": "dossier.cli.browse:search_command",
    "export": "dossier.cli.export:export_command",
    "ask": "dossier.cli.answer:ask_command",
    "explain": "dossier.cli.answer:explain_command",
    "profile": "dossier.cli.profile:profile_command",
    "why-merged": "dossier.cli.resolution:why_merged_command",
    "merge": "dossier.cli.resolution:merge_command",
    "split": "dossier.cli.resolution:split_command",
    "remove": "dossier.cli.resolution:remove_command",
    "resolve": "dossier.cli.resolution:resolve_command",
    "serve": "dossier.cli.serve:serve_command",
}
# Command name -> a Typer app of its own sub-commands.
GROUPS = {"eval": "dossier.cli.evaluate:app"}


def _load(target: str) -> Any:
    module, name = target.split(":")
    return getattr(import_module(module), name)


def _no_options() -> None:
    """Nothing to do before the command runs."""


def build_app(names: Iterable[str]) -> typer.Typer:
    """The command line holding these commands (every one, for what --help lists)."""
    cli = typer.Typer(
        name="dossier",
        help="Build a source-grounded, cross-checked knowledge base from news articles.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    chosen = list(names)
    for name in chosen:
        if name in GROUPS:
            cli.add_typer(_load(GROUPS[name]), name=name)
        else:
            cli.command(name)(_load(COMMANDS[name]))
    if len(chosen) == 1 and chosen[0] in COMMANDS:
        # one command alone would become the whole program (`dossier --db x`); a callback
        # keeps `dossier <command>` a sub-command, as it is among the others
        cli.callback()(_no_options)
    return cli


def main() -> None:
    """Run `dossier`: a named command with only its own module imported, anything else
    (`--help`, no command, a mistyped one) with every command, as Typer lists them."""
    arguments = sys.argv[1:]
    name = arguments[0] if arguments else ""
    known = name in COMMANDS or name in GROUPS
    build_app([name] if known else [*COMMANDS, *GROUPS])()


def __getattr__(name: str) -> Any:
    """`app`: every command (built on first use, for tests and scripts)."""
    if name != "app":
        raise AttributeError(f"module 'dossier.cli' has no attribute {name!r}")
    built = build_app([*COMMANDS, *GROUPS])
    globals()["app"] = built
    return built
