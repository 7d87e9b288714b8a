"""`dossier export`: the knowledge base in an interchange format."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from dossier.cli.output import DbOption, OutputOption, choose, open_kb, reports_errors, write_output
from dossier.knowledge.lexicons import lexicon, phrases

if TYPE_CHECKING:
    from dossier.store import KnowledgeBase

# The exporters import their renderers when used, so other commands stay fast.

Exported = tuple[str, str]  # the text, and a one-line summary of it


def _json(kb: KnowledgeBase) -> Exported:
    from dossier.render.json_export import export_json

    data = export_json(kb)
    summary = (
        f"{len(data['documents'])} documents, {len(data['entities'])} entities, "
        f"{len(data['claims'])} claims, {len(data['events'])} events"
    )
    return json.dumps(data, ensure_ascii=False, indent=2), summary


def _stix(kb: KnowledgeBase) -> Exported:
    from dossier.render.stix import count_by_type, stix_bundle, stix_text

    bundle = stix_bundle(kb)
    counts = ", ".join(f"{count} {kind}" for kind, count in count_by_type(bundle).items())
    return stix_text(bundle), f"STIX 2.1 bundle: {counts or 'no objects'}"


def _graphml(kb: KnowledgeBase) -> Exported:
    from dossier.render.graphml import graphml_text, relation_graph

    graph = relation_graph(kb)
    return graphml_text(graph), f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def _claims_csv(kb: KnowledgeBase) -> Exported:
    from dossier.render.tabular import CLAIM_COLUMNS, claim_rows, csv_text

    rows = claim_rows(kb)
    return csv_text(CLAIM_COLUMNS, rows), f"{len(rows)} claims"


def _events_csv(kb: KnowledgeBase) -> Exported:
    from dossier.render.tabular import EVENT_COLUMNS, csv_text, event_rows

    rows = event_rows(kb)
    events = len({row["event_id"] for row in rows})
    return csv_text(EVENT_COLUMNS, rows), f"{events} events, {len(rows)} rows of evidence"


def _jsonl(kb: KnowledgeBase) -> Exported:
    from dossier.render.tabular import claims_jsonl

    lines = claims_jsonl(kb)
    return "".join(line + "\n" for line in lines), f"{len(lines)} claims"


# Format name (from the exports lexicon) -> its exporter, in the same order.
EXPORTERS: dict[str, Callable[[KnowledgeBase], Exported]] = dict(
    zip(
        phrases(lexicon("exports"), "export_formats"),
        (_json, _stix, _graphml, _claims_csv, _events_csv, _jsonl),
        strict=True,
    )
)
FORMATS = tuple(EXPORTERS)


@reports_errors
def export_command(
    export_format: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")
    ] = "json",
    output: OutputOption = None,
    db: DbOption = "dossier.db",
) -> None:
    """Export as JSON, STIX 2.1, GraphML, CSV or JSON Lines (docs/export.md)."""
    choose(export_format, FORMATS, "--format")
    with open_kb(db) as kb:
        text, summary = EXPORTERS[export_format](kb)
    write_output(text, output, summary)
