"""Ingest as named steps: read -> skip what is stored -> annotate (on a runner) ->
store -> resolve across documents. Resumable, one document at a time.

Documents whose content is already stored are skipped before annotation, so
re-running an ingest (after a crash, or on a grown folder) only does new work.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dossier.annotate.settings import DEFAULT_MAX_ANNOTATED_CHARS
from dossier.errors import InputError, NotFoundError
from dossier.ingest.runners import Runner, RunSettings, runner_for
from dossier.knowledge.ontology import load_ontology
from dossier.model import AnnotatedDocument, Document
from dossier.model.records import WriteOutcome
from dossier.read.fingerprint import NearDuplicates
from dossier.read.options import ReadOptions
from dossier.read.sources import FORMAT_BY_EXTENSION, STDIN, Source, read_sources
from dossier.resolve.refresh import ResolutionSummary, refresh, remove_document
from dossier.store.knowledge_base import KnowledgeBase

ProgressCallback = Callable[[int], None]  # called with the number of inputs just finished
# Documents are written in groups, one transaction each (a commit per document was the
# largest part of storing), never larger than an annotation batch; a crash or Ctrl-C
# loses at most the group being written, which the next run of the same ingest writes.
WRITE_BATCH = 32
WRITE_BATCH_SECONDS = 2.0


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
    resolution: ResolutionSummary | None = None  # what resolving afterwards computed

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
    if FORMAT_BY_EXTENSION.get(suffix) not in ("jsonl", "csv", "feed") or not path.is_file():
        return 1  # (a FIFO is never opened: reading it would wait for a writer)
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
    sources: Iterable[Source],
    *,
    options: ReadOptions | None = None,
    processes: int = 1,
    batch_size: int = 32,
    max_annotated_chars: int = DEFAULT_MAX_ANNOTATED_CHARS,
    ontology: str | None = None,
    force: bool = False,
    on_progress: ProgressCallback | None = None,
    runner: Runner | None = None,
    dask: str | None = None,
) -> IngestReport:
    """Read, annotate and store every document the sources hold; never stop at a bad input.

    ``ontology`` is a user ontology file merged over the built-in one; ``force``
    re-annotates documents already stored (after an upgrade or an ontology change).
    Annotation runs on ``runner`` if given, else on the Dask cluster at ``dask``
    (``tcp://host:port`` or ``local:N``), else in a local pool of ``processes``
    (1: this process). Returns a report; on Ctrl-C the report says ``interrupted`` and every
    document written so far is whole, so running the same ingest again resumes.
    """
    load_ontology(ontology)  # a bad ontology file fails here, before any work
    report = IngestReport()
    started = time.perf_counter()
    advance = on_progress or (lambda _count: None)
    results = read_sources(sources, options or ReadOptions())
    stored: set[str] = set()  # ids of the new documents that replace a stored version
    new_documents = _new_documents(kb, results, report, advance, force, stored)
    settings = RunSettings(batch_size, max_annotated_chars, ontology)
    runner = runner or runner_for(processes, settings, dask)
    same_story = NearDuplicates()
    try:
        for batch in _write_batches(_annotate(new_documents, runner), min(WRITE_BATCH, batch_size)):
            replaced = _remove_older_versions(kb, batch, stored, ontology)
            outcomes = kb.write_documents(batch, force=force, same_story=same_story)
            for annotated, outcome in zip(batch, outcomes, strict=True):
                older = replaced.get(annotated.document.id)
                if older:
                    outcome = dataclasses.replace(outcome, status="replaced", replaced_ids=older)
                _record(annotated, outcome, report)
            advance(len(batch))
    except KeyboardInterrupt:
        report.interrupted = True
    if report.written or kb.resolution_pending():
        # Resolve entities and events across all documents; also when an earlier run was
        # killed after its last document was written, before resolution was saved.
        report.resolution = refresh(kb, ontology)
    report.seconds = time.perf_counter() - started
    return report


def remove(kb: KnowledgeBase, document_id: str) -> str:
    """Delete a document with its claims and events, and resolve the rest again.

    Verdicts are computed from the claims that remain, so every verdict the document
    touched changes with it. Returns the full id of the removed document.

    The removal is one transaction; resolving again is the second step. If a remove was
    killed between the two, running it again completes resolution before saying that the
    document is gone.
    """
    try:
        resolved = kb.resolve_document_id(document_id)
    except NotFoundError as error:
        if not kb.resolution_pending():
            raise
        refresh(kb)
        raise NotFoundError(
            f"{error.message} (resolution left pending by an earlier run is now complete)"
        ) from None
    remove_document(kb, resolved)  # the next refresh resolves only what it can change
    refresh(kb)
    return resolved


def _new_documents(
    kb: KnowledgeBase,
    results: Iterable[Document | InputError],
    report: IngestReport,
    advance: ProgressCallback,
    force: bool = False,
    stored: set[str] | None = None,
) -> Iterator[Document]:
    """Documents not yet stored as they are; failures and unchanged ones go to the report.
    The ids of those with a stored version are added to ``stored``."""
    seen: set[tuple[str, str]] = set()
    seen_ids: set[str] = set()
    # into an empty knowledge base, only this run can have stored an id: no query for the rest
    started_empty = kb.count_documents() == 0
    for result in results:
        if isinstance(result, InputError):
            report.failed.append(result)
            advance(1)
            continue
        key = (result.id, result.content_hash)
        unstored = key in seen or (started_empty and result.id not in seen_ids)
        stored_hash = None if unstored else kb.stored_hash(result.id)
        if key in seen or (not force and stored_hash == result.content_hash):
            report.unchanged.append(result.id)
            advance(1)
            continue
        if stored_hash is not None and stored is not None:
            stored.add(result.id)
        seen.add(key)
        seen_ids.add(result.id)
        yield result


def _remove_older_versions(
    kb: KnowledgeBase,
    batch: list[AnnotatedDocument],
    stored: set[str],
    ontology: str | None,
) -> dict[str, tuple[str, ...]]:
    """Remove the stored versions these documents replace, each as `dossier remove` removes
    a document, so that the next resolution re-resolves only the regions the old and the
    new versions can change (written over in place, they made it resolve everything).
    Returns each replacing document's id -> the ids it replaced."""
    replaced: dict[str, tuple[str, ...]] = {}
    for annotated in batch:
        document = annotated.document
        if document.id not in stored and not (document.whole_file and not document.id_given):
            continue  # new, and not a new read of a stored file
        older = tuple(kb.older_versions(document))
        for document_id in older:
            remove_document(kb, document_id, ontology)
        if older:
            replaced[document.id] = older
    return replaced


def _annotate(documents: Iterator[Document], runner: Runner) -> Iterator[AnnotatedDocument]:
    """Annotate lazily: the model is loaded only once there is something new to read."""
    first = next(documents, None)
    if first is None:
        return
    yield from runner.annotate(_prepend(first, documents))


def _prepend(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _write_batches(
    annotated: Iterator[AnnotatedDocument],
    size: int = WRITE_BATCH,
    seconds: float = WRITE_BATCH_SECONDS,
) -> Iterator[list[AnnotatedDocument]]:
    """The annotated documents in groups that are written in one transaction each: at most
    ``size`` documents (no more than one annotation batch, so a stream read with
    ``--batch-size 1`` is stored document by document as it arrives), and a group is
    closed once its first document has waited ``seconds`` for the next (a busy cluster)."""
    batch: list[AnnotatedDocument] = []
    opened = 0.0
    for item in annotated:
        if not batch:
            opened = time.monotonic()
        batch.append(item)
        if len(batch) >= size or time.monotonic() - opened >= seconds:
            yield batch
            batch = []
    if batch:
        yield batch


def _record(annotated: AnnotatedDocument, outcome: WriteOutcome, report: IngestReport) -> None:
    document = annotated.document
    if outcome.status == "added":
        report.added.append(document.id)
    elif outcome.status == "duplicate":
        report.duplicates.append((document.id, outcome.duplicate_of or ""))
    elif outcome.status == "replaced":
        report.replaced.append(document.id)
    else:
        report.unchanged.append(document.id)
    report.notes.extend((document.origin or document.id, note) for note in document.notes)
