"""`dossier export`: the knowledge base in an interchange format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from dossier.cli.output import DbOption, error_console, open_kb, reports_errors
from dossier.render.json_export import export_json

FORMATS = ("json",)


@reports_errors
def export_command(
    export_format: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file (default: stdout).")
    ] = None,
    db: DbOption = "dossier.db",
) -> None:
    """Export documents, entities, claims and events (schema: docs/export.md)."""
    if export_format not in FORMATS:
        raise typer.BadParameter(
            f"{export_format!r} is not one of {', '.join(FORMATS)}", param_hint="--format"
        )
    with open_kb(db) as kb:
        data = export_json(kb)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if output is None:
        typer.echo(text)
        return
    output.write_text(text + "\n", encoding="utf-8")
    error_console.print(
        f"wrote {output}: {len(data['documents'])} documents, {len(data['entities'])} entities, "
        f"{len(data['claims'])} claims, {len(data['events'])} events"
    )
