"""`dossier ingest`: read, annotate and store articles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from dossier.annotate.settings import DEFAULT_MAX_ANNOTATED_CHARS
from dossier.cli.output import (
    DbOption,
    JsonOption,
    console,
    error_console,
    open_kb,
    print_input_failure,
    print_json,
    reports_errors,
)
from dossier.read.options import INPUT_FORMATS, InputFormat, ReadOptions

if TYPE_CHECKING:
    from dossier.ingest import IngestReport

PROGRESS_THRESHOLD = 3  # show a progress bar from this many documents up


@reports_errors
def ingest_command(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (read recursively) or - for stdin.")
    ],
    db: DbOption = "dossier.db",
    published_at: Annotated[
        str | None, typer.Option(help="ISO date for inputs that carry none.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Publisher for inputs that name none.")] = None,
    input_format: Annotated[
        str | None,
        typer.Option("--format", help=f"Read every input as one of: {', '.join(INPUT_FORMATS)}."),
    ] = None,
    text_column: Annotated[str, typer.Option(help="JSONL/CSV field with the text.")] = "text",
    id_column: Annotated[str, typer.Option(help="JSONL/CSV field with the id.")] = "id",
    date_column: Annotated[
        str, typer.Option(help="JSONL/CSV field with the publication date.")
    ] = "published_at",
    title_column: Annotated[str, typer.Option(help="JSONL/CSV field with the title.")] = "title",
    processes: Annotated[int, typer.Option(min=1, help="Worker processes for annotation.")] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Annotate on a Dask cluster: its scheduler (tcp://host:8786), "
            "or local:N for N worker processes on this machine."
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.")] = 32,
    max_annotated_chars: Annotated[
        int,
        typer.Option(
            min=1, help="Characters of each document the model reads; the rest is only indexed."
        ),
    ] = DEFAULT_MAX_ANNOTATED_CHARS,
    ontology: Annotated[
        Path | None,
        typer.Option(help="Ontology file (YAML) merged over the built-in one.", exists=False),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Re-annotate documents already stored with the same content.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Ingest articles: text, Markdown, HTML, JSON Lines, CSV, RSS/Atom, or stdin."""
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise typer.BadParameter(
            f"{input_format!r} is not one of {', '.join(INPUT_FORMATS)}", param_hint="--format"
        )
    options = ReadOptions(
        published_at=published_at,
        publisher=source,
        format=_as_format(input_format),
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        title_column=title_column,
    )
    with open_kb(db, create=True) as kb:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from dossier.ingest import estimate_document_count, ingest  # loads spaCy: only here

        expected = estimate_document_count(paths)
        show_progress = (
            not as_json
            and error_console.is_terminal
            and (expected is None or expected > PROGRESS_THRESHOLD)
        )
        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=error_console,
            disable=not show_progress,
            transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=expected)
            report = ingest(
                kb,
                paths,
                options=options,
                processes=processes,
                dask=dask,
                batch_size=batch_size,
                max_annotated_chars=max_annotated_chars,
                ontology=str(ontology) if ontology else None,
                force=force,
                on_progress=lambda count: progress.advance(task, count),
            )
    if as_json:
        print_json(_report_dict(report))
    else:
        _print_report(report)
    if report.interrupted:
        raise typer.Exit(130)
    if report.failed:
        raise typer.Exit(1)


def _as_format(value: str | None) -> InputFormat | None:
    for known in INPUT_FORMATS:
        if value == known:
            return known
    return None


def _report_dict(report: IngestReport) -> dict[str, object]:
    values = (
        report.added,
        [{"id": new, "duplicate_of": old} for new, old in report.duplicates],
        report.replaced,
        report.unchanged,
        [{"input": e.input_name, "problem": e.problem, "code": e.code} for e in report.failed],
        [{"input": origin, "note": note} for origin, note in report.notes],
        report.interrupted,
        round(report.seconds, 3),
    )
    from dossier.knowledge.lexicons import lexicon, phrases  # read here: --help needs no YAML

    fields = phrases(lexicon("exports"), "cli_ingest_report")  # of `--json`
    return dict(zip(fields, values, strict=True))


def _print_report(report: IngestReport) -> None:
    for error in report.failed:
        print_input_failure(error)
    for origin, note in report.notes:
        error_console.print(f"[yellow]note[/] {origin}: {note}")
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_row("added", str(len(report.added)))
    table.add_row("duplicates", f"{len(report.duplicates)}  (near-copies of stored stories)")
    table.add_row("replaced", str(len(report.replaced)))
    table.add_row("unchanged", str(len(report.unchanged)))
    table.add_row("failed", str(len(report.failed)))
    console.print(table)
    rate = report.written / report.seconds if report.seconds else 0.0
    console.print(
        f"{report.total} inputs in {report.seconds:.1f}s ({rate:.1f} documents/s written)"
    )
    if report.interrupted:
        error_console.print(
            "[yellow]interrupted[/]: every document listed above is stored whole; "
            "run the same command again to resume"
        )
