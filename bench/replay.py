"""Annotate a corpus once, then fill knowledge bases of any size from the saved result.
Not a test; a helper of bench/add_one.py and bench/scale.py.

Annotation is the expensive part of an ingest (the model), and what the store and
resolution cost does not depend on who annotated. So a corpus is annotated once and
pickled; a knowledge base of N documents is then written from the pickle, the same on
SQLite and PostgreSQL. Past the corpus's size, documents are *replayed*: copy k of a
document gets its own id and content hash, and every date in it (publication, events,
claims' time scopes) moved back k x 364 days (weekdays kept), so each copy tells
incidents of another year: events of different copies never merge, while the groups,
people and places recur as they do in real news.
"""

from __future__ import annotations

import hashlib
import pickle
import time
from collections.abc import Iterable, Iterator
from dataclasses import MISSING, fields, is_dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dossier.model import AnnotatedDocument, Document, Evidence
from dossier.model.types import TimeSpan

YEAR = timedelta(days=364)


def annotated_corpus(documents: Iterable[Document], cache: Path) -> list[AnnotatedDocument]:
    """The documents annotated with the real pipeline, from ``cache`` when it exists."""
    if cache.exists():
        return [with_new_fields(item) for item in pickle.loads(cache.read_bytes())]
    from dossier.annotate.pipeline import annotate_documents, shared_pipeline

    started = time.perf_counter()
    annotated = list(annotate_documents(shared_pipeline(), documents))
    seconds = time.perf_counter() - started
    print(f"annotated {len(annotated):,} documents in {seconds:.0f} s", flush=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(annotated))
    return annotated


def with_new_fields(value: Any) -> Any:
    """``value`` unpickled from a cache an older Dossier wrote, with the fields added to
    its dataclasses since (slots are left unset by unpickling) set to their defaults."""
    if isinstance(value, (list, tuple)):
        for item in value:
            with_new_fields(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for spec in fields(value):
            if hasattr(value, spec.name):
                with_new_fields(getattr(value, spec.name))
            elif spec.default is not MISSING:
                object.__setattr__(value, spec.name, spec.default)
            elif spec.default_factory is not MISSING:
                object.__setattr__(value, spec.name, spec.default_factory())
    return value


def replayed(corpus: list[AnnotatedDocument]) -> Iterator[AnnotatedDocument]:
    """The corpus, then copy 1 of it, copy 2... (endless; take what you need)."""
    copy = 0
    while True:
        for annotated in corpus:
            yield relabel(annotated, copy) if copy else annotated
        copy += 1


def relabel(annotated: AnnotatedDocument, copy: int) -> AnnotatedDocument:
    """Copy ``copy`` of a document: its own id and hash, its dates ``copy`` years back."""
    document = annotated.document
    new_id = f"{document.id}~{copy}"
    shift = YEAR * copy
    digest = hashlib.sha256(f"{document.content_hash}:{copy}".encode()).hexdigest()
    published = document.published_at - shift if document.published_at else None
    return replace(
        annotated,
        document=replace(document, id=new_id, content_hash=digest, published_at=published),
        claims=[
            replace(
                claim,
                evidence=_moved(claim.evidence, new_id),
                time_scope=_shifted(claim.time_scope, shift),
            )
            for claim in annotated.claims
        ],
        events=[
            replace(
                event,
                evidence=tuple(_moved(item, new_id) for item in event.evidence),
                date=_shifted(event.date, shift),
            )
            for event in annotated.events
        ],
    )


def _moved(evidence: Evidence, document_id: str) -> Evidence:
    return replace(evidence, document_id=document_id)


def _shifted(span: TimeSpan | None, shift: timedelta) -> TimeSpan | None:
    if span is None:
        return None
    return replace(span, start=_back(span.start, shift), end=_back(span.end, shift))


def _back(day: Any, shift: timedelta) -> Any:
    if isinstance(day, date | datetime):
        return day - shift
    return day


def write_documents(kb: Any, documents: Iterable[AnnotatedDocument]) -> int:
    """Write annotated documents as ingest does (resolution not run); return how many."""
    count = 0
    for annotated in documents:
        kb.write_document(annotated)
        count += 1
    return count
