"""`dossier eval seeds | gtd | news | redocred`: score extraction against gold data."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from dossier.cli.output import JsonOption, console, error_console, print_json, reports_errors

if TYPE_CHECKING:  # the evaluations load the pipeline: imported when a command runs
    from rich.progress import Progress

    from dossier.evaluation.news import NewsReport
    from dossier.evaluation.redocred import RedocredReport
    from dossier.evaluation.seeds import SeedReport

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
    from dossier.evaluation.seeds import evaluate_seeds

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
    """Score event fields on GTD summaries, per report and as merged and exported, next to
    a naive baseline from the same run."""
    from dossier.evaluation.gtd import FIELDS, evaluate_gtd, read_records

    expected = sum(1 for _ in read_records(path, limit))
    with _progress("reading summaries", as_json) as progress:
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
                "merged": {name: report.merged_accuracy(name) for name in FIELDS},
                "baseline": {name: report.baseline_accuracy(name) for name in FIELDS},
                "merged_events_with_two_dates": report.mixed_dates,
            }
        )
        return
    table = Table(
        "field",
        "per report",
        "merged (exported)",
        "naive baseline",
        title=f"{path.name}: {report.records} records",
    )
    for name in FIELDS:
        table.add_row(
            name,
            f"{report.accuracy(name):.3f}",
            f"{report.merged_accuracy(name):.3f}",
            f"{report.baseline_accuracy(name):.3f}",
        )
    console.print(table)
    console.print(f"merged events holding records of two dates: {report.mixed_dates}")


def _progress(label: str, quiet: bool) -> Progress:
    """A progress bar on stderr, hidden for --json and when stderr is not a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=error_console,
        disable=quiet or not error_console.is_terminal,
        transient=True,
    )


@app.command("news")
@reports_errors
def news_command(
    directory: Annotated[Path, typer.Argument(help="Folder with docs/*.txt and gold.yaml.")] = Path(
        "../shared/eval/news"
    ),
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Keep the knowledge base here (default: a temporary one)."),
    ] = None,
    questions: Annotated[bool, typer.Option(help="Also ask every gold question.")] = False,
    misses: Annotated[bool, typer.Option(help="List every miss.")] = False,
    save_export: Annotated[
        Path | None, typer.Option(help="Write the JSON export that was scored to this file.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest the news corpus afresh and score the JSON export (and answers) against its gold."""
    from dossier.evaluation.news import evaluate_news, read_corpus

    _, docs = read_corpus(directory)
    with _progress("ingesting articles", as_json) as progress:
        task = progress.add_task("news", total=len(docs))
        report = evaluate_news(
            directory,
            db=db,
            questions=questions,
            save_export=save_export,
            on_progress=lambda count: progress.advance(task, count),
        )
    if as_json:
        print_json({"summary": report.summary(), **dataclasses.asdict(report)})
        return
    print_news_report(report, misses)


@app.command("redocred")
@reports_errors
def redocred_command(
    directory: Annotated[
        Path, typer.Argument(help="Folder with dev.jsonl and gold_dev.json.")
    ] = Path("../shared/eval/redocred"),
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Keep the knowledge base here (default: a temporary one)."),
    ] = None,
    misses: Annotated[
        bool, typer.Option(help="List every missed, wrong and unmatched triple.")
    ] = False,
    save_export: Annotated[
        Path | None, typer.Option(help="Write the JSON export that was scored to this file.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest the Re-DocRED documents afresh and score relations at entity level."""
    from dossier.evaluation.redocred import count_documents, evaluate_redocred

    with _progress("ingesting documents", as_json) as progress:
        task = progress.add_task("redocred", total=count_documents(directory))
        report = evaluate_redocred(
            directory,
            db=db,
            save_export=save_export,
            on_progress=lambda count: progress.advance(task, count),
        )
    if as_json:
        print_json({**report.summary(), "misses": [dataclasses.asdict(m) for m in report.misses]})
        return
    print_redocred_report(report, misses)


def print_news_report(report: NewsReport, misses: bool) -> None:
    """The news scores as two tables (facts by predicate, then every section)."""
    table = Table("gold predicate", "facts", "strict", "loose", "recall", title="facts")
    for predicate, (total, strict, loose) in report.per_predicate().items():
        table.add_row(predicate, str(total), f"{strict:g}", f"{loose:g}", f"{strict / total:.2f}")
    console.print(table)
    overview = Table("section", "score", "what counts", title=f"{report.documents} documents")
    for row in report.overview():
        overview.add_row(*row)
    console.print(overview)
    for line in report.problem_lines(misses):
        console.print(line, markup=False)


def print_redocred_report(report: RedocredReport, misses: bool) -> None:
    """Per-relation and micro precision, recall and F1, then the misses if asked."""
    table = Table(
        "relation", "gold", "predicted", "tp", "fp", "of which unmatched", "P", "R", "F1",
        title=f"Re-DocRED dev: {report.documents} documents, {report.claims_exported} claims",
    )  # fmt: skip
    for row in report.rows():
        table.add_row(*row)
    console.print(table)
    for line in report.problem_lines(misses):
        console.print(line, markup=False)
