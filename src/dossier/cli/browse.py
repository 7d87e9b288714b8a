"""`dossier stats | documents | show | search`: look at what is stored."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from dossier.cli.output import (
    DEFAULT_DB,
    DbOption,
    JsonOption,
    console,
    open_kb,
    print_json,
    reports_errors,
)

if TYPE_CHECKING:
    from dossier.model.records import Stats, StoredDocument


def label_styles() -> dict[str, str]:
    """Mention label -> terminal style (lexicons/terminal.yaml: one colour per entity
    family; any other label is underlined). Read when a document is shown, so that every
    other command, `--help` too, starts without reading YAML."""
    from dossier.knowledge.lexicons import lexicon

    return dict(lexicon("terminal")["label_styles"])


@reports_errors
def stats_command(db: DbOption = "dossier.db", as_json: JsonOption = False) -> None:
    """Counts: documents, sentences, mentions by label, duplicates, entities, claims, events."""
    stats = counted(db)
    if as_json:
        print_json(stats)
        return
    table = Table(title=f"Knowledge base {db}", show_header=False, title_justify="left")
    table.add_row("documents", str(stats.documents))
    table.add_row("sentences", str(stats.sentences))
    table.add_row("entity mentions", str(stats.mentions))
    for label, count in stats.mentions_by_label.items():
        table.add_row(f"  {label}", str(count))
    table.add_row(
        "duplicate clusters",
        f"{stats.duplicate_clusters} ({stats.documents_in_duplicate_clusters} documents)",
    )
    languages = ", ".join(f"{lang} {count}" for lang, count in stats.languages.items())
    table.add_row("languages", languages or "-")
    table.add_row("entities", str(stats.entities))
    table.add_row("claims", str(stats.claims))
    table.add_row("events", str(stats.events))
    table.add_row(
        "resolution",
        "pending: run `dossier resolve`" if stats.resolution_pending else "up to date",
    )
    console.print(table)


def counted(db: str) -> Stats:
    """The counts, read straight from an SQLite file at the current schema (no SQLAlchemy
    to import); any other store is opened in full, which migrates it or says what is wrong."""
    from dossier.store.counts import quick_stats

    stats = quick_stats(db or DEFAULT_DB)
    if stats is None:
        with open_kb(db) as kb:
            stats = kb.stats()
    return stats


@reports_errors
def documents_command(
    db: DbOption = "dossier.db",
    limit: Annotated[int, typer.Option(min=1, help="How many to list.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="How many to skip.")] = 0,
    as_json: JsonOption = False,
) -> None:
    """List stored documents, oldest ingest first."""
    with open_kb(db) as kb:
        summaries = kb.documents(limit=limit, offset=offset)
        total = kb.count_documents()
    if as_json:
        print_json(summaries)
        return
    table = Table()
    table.add_column("id", no_wrap=True, min_width=16)
    table.add_column("title", ratio=1, min_width=24)
    table.add_column("publisher", max_width=16)
    table.add_column("published", no_wrap=True)
    table.add_column("cluster", no_wrap=True)
    for summary in summaries:
        table.add_row(
            summary.id,
            summary.title or "-",
            summary.publisher or "-",
            (summary.published_at or "-")[:10],
            summary.cluster_id[:8],
        )
    console.print(table)
    console.print(f"{len(summaries)} of {total} documents shown")


@reports_errors
def show_command(
    document_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix).")],
    db: DbOption = "dossier.db",
    as_json: JsonOption = False,
) -> None:
    """Print a document's text with its entity mentions marked."""
    with open_kb(db) as kb:
        stored = kb.document(document_id)
    if as_json:
        print_json(stored)
        return
    summary = stored.summary
    console.print(f"[bold]{summary.title or summary.id}[/]", markup=True)
    details = [summary.id, summary.publisher, (summary.published_at or "")[:10], summary.origin]
    console.print(" · ".join(part for part in details if part), style="dim")
    for note in stored.notes:
        console.print(f"note: {note}", style="yellow")
    console.print()
    console.print(marked_text(stored))


def marked_text(stored: StoredDocument) -> Text:
    """The text with each mention styled and followed by its label, e.g. 'Kabul[GPE]'."""
    text = Text()
    position = 0
    styles = label_styles()
    for mention in stored.mentions:
        if mention.start < position:
            continue
        text.append(stored.text[position : mention.start])
        text.append(stored.text[mention.start : mention.end], styles.get(mention.label, "u"))
        text.append(f"[{mention.label}]", "dim")
        position = mention.end
    text.append(stored.text[position:])
    return text


@reports_errors
def search_command(
    query: Annotated[str, typer.Argument(help="Words to look for (all must match).")],
    db: DbOption = "dossier.db",
    limit: Annotated[int, typer.Option(min=1, help="How many sentences to show.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over stored sentences, best matches first."""
    with open_kb(db) as kb:
        hits = kb.search(query, limit=limit)
    if as_json:
        print_json(hits)
        return
    if not hits:
        console.print(f"No sentence matches {query!r}.")
        return
    words = [re.escape(word) for word in re.findall(r"\w+", query)]
    pattern = re.compile(r"\b(" + "|".join(words) + r")\w*", re.IGNORECASE)
    table = Table("document", "sentence", "chars", "text")
    for hit in hits:
        sentence = Text(hit.text)
        sentence.highlight_regex(pattern, "bold yellow")
        table.add_row(hit.document_id, str(hit.sentence_index), f"{hit.start}-{hit.end}", sentence)
    console.print(table)
