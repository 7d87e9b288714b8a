"""`dossier export`: the knowledge base in an interchange format."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from dossier.cli.output import DbOption, OutputOption, choose, open_kb, reports_errors, write_output
from dossier.render.json_export import export_json

FORMATS = ("json",)


@reports_errors
def export_command(
    export_format: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")
    ] = "json",
    output: OutputOption = None,
    db: DbOption = "dossier.db",
) -> None:
    """Export documents, entities, claims and events (schema: docs/export.md)."""
    choose(export_format, FORMATS, "--format")
    with open_kb(db) as kb:
        data = export_json(kb)
    summary = (
        f"{len(data['documents'])} documents, {len(data['entities'])} entities, "
        f"{len(data['claims'])} claims, {len(data['events'])} events"
    )
    write_output(json.dumps(data, ensure_ascii=False, indent=2), output, summary)
