"""Ingest: read -> annotate -> store, one document at a time, resumable.

Documents whose content is already stored are skipped before annotation, so
re-running an ingest (after a crash, or on a grown folder) only does new work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy.util

from dossier.annotate.parallel import annotate_in_processes
from dossier.annotate.pipeline import (
    DEFAULT_MAX_ANNOTATED_CHARS,
    MODEL_NAME,
    annotate_documents,
    shared_pipeline,
)
from dossier.errors import InputError, ModelError
from dossier.model import AnnotatedDocument, Document
from dossier.ontology import load_ontology
from dossier.read.options import ReadOptions
from dossier.read.sources import FORMAT_BY_EXTENSION, STDIN, read_sources
from dossier.resolve.refresh import refresh
from dossier.store.knowledge_base import KnowledgeBase

ProgressCallback = Callable[[int], None]  # called with the number of inputs just finished


@dataclass(slots=True)
class IngestReport:
    """What an ingest did, document by document."""

    added: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, near-copy of)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (document origin, note)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def written(self) -> int:
        return len(self.added) + len(self.duplicates) + len(self.replaced)

    @property
    def total(self) -> int:
        return self.written + len(self.unchanged) + len(self.failed)


def estimate_document_count(sources: Iterable[str | Path]) -> int | None:
    """A quick count of the documents the sources hold, for progress bars; None if unknown."""
    total = 0
    for source in sources:
        if str(source) == STDIN:
            return None
        path = Path(source)
        files = (
            [p for p in path.rglob("*") if p.suffix.lower() in FORMAT_BY_EXTENSION]
            if path.is_dir()
            else [path]
        )
        for file in files:
            total += _documents_in_file(file)
    return total


def _documents_in_file(path: Path) -> int:
    suffix = path.suffix.lower()
    if FORMAT_BY_EXTENSION.get(suffix) not in ("jsonl", "csv", "feed"):
        return 1
    try:
        data = path.read_bytes()
    except OSError:
        return 1
    if suffix in (".jsonl", ".ndjson"):
        return max(1, sum(1 for line in data.splitlines() if line.strip()))
    if FORMAT_BY_EXTENSION[suffix] == "csv":
        return max(1, data.count(b"\n"))
    return max(1, data.count(b"<item") + data.count(b"<entry"))


def ingest(
    kb: KnowledgeBase,
    sources: Iterable[str | Path],
    *,
    options: ReadOptions | None = None,
    processes: int = 1,
    batch_size: int = 32,
    max_annotated_chars: int = DEFAULT_MAX_ANNOTATED_CHARS,
    ontology: str | None = None,
    force: bool = False,
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read, annotate and store every document the sources hold; never stop at a bad input.

    ``ontology`` is a user ontology file merged over the built-in one; ``force``
    re-annotates documents already stored (after an upgrade or an ontology change).
    Returns a report; on Ctrl-C the report says ``interrupted`` and every
    document written so far is whole, so running the same ingest again resumes.
    """
    load_ontology(ontology)  # a bad ontology file fails here, before any work
    report = IngestReport()
    started = time.perf_counter()
    advance = on_progress or (lambda _count: None)
    results = read_sources(sources, options or ReadOptions())
    new_documents = _new_documents(kb, results, report, advance, force)
    try:
        annotated_documents = _annotate(
            new_documents, processes, batch_size, max_annotated_chars, ontology
        )
        for annotated in annotated_documents:
            _store(kb, annotated, report, force)
            advance(1)
    except KeyboardInterrupt:
        report.interrupted = True
    if report.written:
        refresh(kb, ontology)  # resolve entities and events across all documents
    report.seconds = time.perf_counter() - started
    return report


def remove(kb: KnowledgeBase, document_id: str) -> str:
    """Delete a document with its claims and events, and resolve the rest again.

    Verdicts are computed from the claims that remain, so every verdict the document
    touched changes with it. Returns the full id of the removed document.
    """
    resolved = kb.resolve_document_id(document_id)
    kb.remove_document(resolved)
    refresh(kb)
    return resolved


def _new_documents(
    kb: KnowledgeBase,
    results: Iterable[Document | InputError],
    report: IngestReport,
    advance: ProgressCallback,
    force: bool = False,
) -> Iterator[Document]:
    """Documents not yet stored as they are; failures and unchanged ones go to the report."""
    seen: set[tuple[str, str]] = set()
    for result in results:
        if isinstance(result, InputError):
            report.failed.append(result)
            advance(1)
            continue
        key = (result.id, result.content_hash)
        if key in seen or (not force and kb.is_unchanged(result)):
            report.unchanged.append(result.id)
            advance(1)
            continue
        seen.add(key)
        yield result


def _annotate(
    documents: Iterator[Document],
    processes: int,
    batch_size: int,
    max_chars: int,
    ontology: str | None,
) -> Iterator[AnnotatedDocument]:
    """Annotate lazily: the model is loaded only once there is something new to read."""
    first = next(documents, None)
    if first is None:
        return
    stream = _prepend(first, documents)
    if processes > 1:
        if not spacy.util.is_package(MODEL_NAME):
            raise ModelError(f"the spaCy model {MODEL_NAME!r} is not installed; run ./run.sh")
        yield from annotate_in_processes(stream, processes, batch_size, max_chars, ontology)
    else:
        yield from annotate_documents(shared_pipeline(ontology), stream, batch_size, max_chars)


def _prepend(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _store(
    kb: KnowledgeBase, annotated: AnnotatedDocument, report: IngestReport, force: bool
) -> None:
    document = annotated.document
    outcome = kb.write_document(annotated, force=force)
    if outcome.status == "added":
        report.added.append(document.id)
    elif outcome.status == "duplicate":
        report.duplicates.append((document.id, outcome.duplicate_of or ""))
    elif outcome.status == "replaced":
        report.replaced.append(document.id)
    else:
        report.unchanged.append(document.id)
    report.notes.extend((document.origin or document.id, note) for note in document.notes)
