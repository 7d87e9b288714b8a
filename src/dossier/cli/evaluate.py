"""`dossier eval seeds | gtd`: score extraction against gold data."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dossier.cli.output import JsonOption, console, error_console, print_json, reports_errors
from dossier.evaluation.gtd import FIELDS, evaluate_gtd, read_records
from dossier.evaluation.seeds import SeedReport, evaluate_seeds

app = typer.Typer(help="Score extraction against gold data.", no_args_is_help=True)


@app.command("seeds")
@reports_errors
def seeds_command(
    gold: Annotated[Path, typer.Option(help="The gold file.")] = Path("../shared/gold/seeds.yaml"),
    seeds: Annotated[
        Path | None, typer.Option(help="Folder of seed articles (default: beside the gold file).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest the seed articles afresh and score every gold fact and event."""
    report = evaluate_seeds(gold, seeds)
    if as_json:
        print_json(
            {
                **dataclasses.asdict(report),
                "fact_recall": report.fact_recall,
                "event_recall": report.event_recall,
                "claim_precision": report.claim_precision,
            }
        )
        return
    _print_seed_report(report)


def _print_seed_report(report: SeedReport) -> None:
    table = Table("fact", "predicate", "expected", "result")
    for fact in report.facts:
        result = "[green]hit[/]" if fact.hit else f"[red]miss[/] {', '.join(fact.missing)}"
        table.add_row(fact.id, fact.predicate, fact.expected, result)
    for event in report.events:
        result = "[green]hit[/]" if event.hit else f"[red]miss[/] {'; '.join(event.problems)}"
        table.add_row(event.id, "event", event.type, result)
    for verdict in report.verdicts:
        result = "[green]hit[/]" if verdict.hit else f"[red]miss[/] {'; '.join(verdict.problems)}"
        best = f" (best estimate {verdict.best_estimate})" if verdict.best_estimate else ""
        table.add_row(verdict.id, "verdict", f"{verdict.expected}{best}", result)
    for question in report.questions:
        gaps = [
            *(f"lacks {text!r}" for text in question.missing),
            *(f"does not cite {gold_id}" for gold_id in question.uncited),
        ]
        result = "[green]hit[/]" if question.hit else f"[red]miss[/] {'; '.join(gaps)}"
        table.add_row("Q", "question", question.question, result or "[red]wrong flag[/]")
    console.print(table)
    for extra in report.extra_claims:
        console.print(f"[yellow]extra claim[/] {extra}")
    hits = sum(fact.hit for fact in report.facts)
    console.print(
        f"facts: {hits}/{len(report.facts)} (recall {report.fact_recall:.3f}); "
        f"events: {sum(e.hit for e in report.events)}/{len(report.events)}; "
        f"claim precision {report.claims_correct}/{report.claims_total} "
        f"= {report.claim_precision:.3f}; "
        f"verdicts: {sum(v.hit for v in report.verdicts)}/{len(report.verdicts)}; "
        f"questions: {sum(q.hit for q in report.questions)}/{len(report.questions)}"
    )


@app.command("gtd")
@reports_errors
def gtd_command(
    path: Annotated[Path, typer.Argument(help="A GTD CSV file (tune on dev, report on test).")],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N records.")] = None,
    processes: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    as_json: JsonOption = False,
) -> None:
    """Score event fields on GTD summaries, next to a naive baseline from the same run."""
    expected = sum(1 for _ in read_records(path, limit))
    with Progress(
        TextColumn("reading summaries"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=error_console,
        disable=as_json or not error_console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("gtd", total=expected)
        report = evaluate_gtd(
            path,
            limit=limit,
            processes=processes,
            on_progress=lambda count: progress.advance(task, count),
        )
    if as_json:
        print_json(
            {
                "records": report.records,
                "accuracy": {name: report.accuracy(name) for name in FIELDS},
                "baseline": {name: report.baseline_accuracy(name) for name in FIELDS},
            }
        )
        return
    table = Table(
        "field", "dossier", "naive baseline", title=f"{path.name}: {report.records} records"
    )
    for name in FIELDS:
        table.add_row(name, f"{report.accuracy(name):.3f}", f"{report.baseline_accuracy(name):.3f}")
    console.print(table)
