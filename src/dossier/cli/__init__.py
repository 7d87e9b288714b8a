"""The `dossier` command: a thin shell over the library API.

Each command lives in a small module beside this one and holds no logic of
its own: it parses options, calls the library, and prints.
"""

from __future__ import annotations

import typer

from dossier.cli import evaluate
from dossier.cli.answer import ask_command, explain_command
from dossier.cli.browse import documents_command, search_command, show_command, stats_command
from dossier.cli.export import export_command
from dossier.cli.ingest import ingest_command
from dossier.cli.profile import profile_command
from dossier.cli.resolution import (
    merge_command,
    remove_command,
    resolve_command,
    split_command,
    why_merged_command,
)
from dossier.cli.serve import serve_command

app = typer.Typer(
    name="dossier",
    help="Build a source-grounded, cross-checked knowledge base from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("ingest")(ingest_command)
app.command("stats")(stats_command)
app.command("documents")(documents_command)
app.command("show")(show_command)
app.command("search")(search_command)
app.command("export")(export_command)
app.command("ask")(ask_command)
app.command("explain")(explain_command)
app.command("profile")(profile_command)
app.command("why-merged")(why_merged_command)
app.command("merge")(merge_command)
app.command("split")(split_command)
app.command("remove")(remove_command)
app.command("resolve")(resolve_command)
app.command("serve")(serve_command)
app.add_typer(evaluate.app, name="eval")


def main() -> None:
    app()
