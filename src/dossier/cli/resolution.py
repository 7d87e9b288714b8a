"""`dossier why-merged | merge | split | remove | resolve`: see and correct what is one and
what is not."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from dossier.cli.output import DbOption, console, open_kb, reports_errors

Name = Annotated[str, typer.Argument(help="An entity's name, alias or id (or an event id).")]


@reports_errors
def why_merged_command(first: Name, second: Name, db: DbOption = "dossier.db") -> None:
    """Why two entities (or two events) are one: the chain of reasons."""
    from dossier.resolve.refresh import explain_merge  # the store loads with the command

    with open_kb(db) as kb:
        reasons = explain_merge(kb, first, second)
    if not reasons:
        console.print(f"{escape(first)} and {escape(second)} are not merged.")
        return
    console.print(f"{escape(first)} and {escape(second)} are one because:")
    for reason in reasons:
        console.print(f"  - {escape(reason)}")


@reports_errors
def merge_command(first: Name, second: Name, db: DbOption = "dossier.db") -> None:
    """Make two entities one; the decision is kept across re-ingests."""
    from dossier.resolve.refresh import decide, find_entity

    with open_kb(db) as kb:
        summary = decide(kb, "merge", first, second)
        merged = find_entity(kb, first)
    console.print(
        f"merged: both are now {escape(merged.name)} ({merged.id}); {summary.groups} entities"
    )


@reports_errors
def split_command(first: Name, second: Name, db: DbOption = "dossier.db") -> None:
    """Keep two entities apart whatever the rules say; kept across re-ingests."""
    from dossier.resolve.refresh import decide

    with open_kb(db) as kb:
        summary = decide(kb, "split", first, second)
    console.print(
        f"split: {escape(first)} and {escape(second)} stay apart; {summary.groups} entities"
    )


@reports_errors
def remove_command(
    document_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix).")],
    db: DbOption = "dossier.db",
) -> None:
    """Delete a document, its claims and events; verdicts it touched are recomputed."""
    from dossier.ingest import remove  # imported when used: other commands stay fast

    with open_kb(db) as kb:
        removed = remove(kb, document_id)
    console.print(f"removed {removed}")


@reports_errors
def resolve_command(
    everything: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Resolve every stored entity and event again, not only what was added.",
        ),
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="With --all, link events on a Dask cluster: its scheduler "
            "(tcp://host:8786), or local:N for N local worker processes.",
        ),
    ] = None,
    db: DbOption = "dossier.db",
) -> None:
    """Bring resolution across documents up to date (ingest does it after every write)."""
    from dossier.resolve.refresh import refresh

    with open_kb(db) as kb:
        if not everything and dask is None and not kb.resolution_pending():
            console.print("resolution is up to date (--all resolves everything again)")
            return
        if dask is None:
            summary = refresh(kb, full=everything)
        else:
            from dossier.ingest.cluster_resolution import cluster_linking

            summary = refresh(kb, full=True, link_events=cluster_linking(dask))
    scope = "all" if summary.full else "the added part:"
    console.print(
        f"resolved {scope} {summary.entities} entities into {summary.groups} groups, "
        f"{summary.events} events into {summary.event_groups} incidents"
    )
