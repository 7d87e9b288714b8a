"""Runners: where annotation and extraction run. The pipeline hands a runner a
stream of new documents and writes what comes back; a runner never writes.

- ``InProcessRunner``: this process, one spaCy pipeline (the default).
- ``ProcessPoolRunner``: N spawned worker processes, each holding its own
  pipeline; results come in completion order.
- ``DaskRunner`` (``ingest.cluster``): the workers of a Dask cluster.

A runner for another engine (a cluster) implements the same one method.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

import spacy.util
from spacy.language import Language

from dossier.annotate.pipeline import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_ANNOTATED_CHARS,
    MODEL_NAME,
    annotate_documents,
    load_pipeline,
    shared_pipeline,
)
from dossier.errors import ModelError
from dossier.model import AnnotatedDocument, Document


class Runner(Protocol):
    """Annotates and extracts documents, lazily; never writes to the store."""

    def annotate(self, documents: Iterator[Document]) -> Iterator[AnnotatedDocument]: ...


@dataclass(frozen=True, slots=True)
class RunSettings:
    """What every runner needs to know to build and feed its pipelines."""

    batch_size: int = DEFAULT_BATCH_SIZE
    max_annotated_chars: int = DEFAULT_MAX_ANNOTATED_CHARS
    ontology: str | None = None


@dataclass(frozen=True, slots=True)
class InProcessRunner:
    """Annotation in this process, with the process's shared pipeline."""

    settings: RunSettings = RunSettings()

    def annotate(self, documents: Iterator[Document]) -> Iterator[AnnotatedDocument]:
        nlp = shared_pipeline(self.settings.ontology)
        yield from annotate_documents(
            nlp, documents, self.settings.batch_size, self.settings.max_annotated_chars
        )


@dataclass(frozen=True, slots=True)
class ProcessPoolRunner:
    """Annotation in ``processes`` spawned workers on this machine."""

    processes: int
    settings: RunSettings = RunSettings()

    def annotate(self, documents: Iterator[Document]) -> Iterator[AnnotatedDocument]:
        if not spacy.util.is_package(MODEL_NAME):
            raise ModelError(f"the spaCy model {MODEL_NAME!r} is not installed; run ./run.sh")
        settings = self.settings
        yield from annotate_in_processes(
            documents,
            self.processes,
            settings.batch_size,
            settings.max_annotated_chars,
            settings.ontology,
        )


def runner_for(processes: int, settings: RunSettings, dask: str | None = None) -> Runner:
    """The runner for a Dask cluster address, else for a number of local processes."""
    if dask:
        from dossier.ingest.cluster import DaskRunner  # distributed loads only when asked for

        return DaskRunner(dask, settings)
    if processes > 1:
        return ProcessPoolRunner(processes, settings)
    return InProcessRunner(settings)


TASKS_IN_FLIGHT_PER_PROCESS = 3  # enough to keep workers busy, few enough to bound memory

_worker_pipeline: Language | None = None


def _start_worker(ontology: str | None) -> None:
    global _worker_pipeline
    _worker_pipeline = load_pipeline(ontology)


def _annotate_task(documents: list[Document], max_chars: int) -> list[AnnotatedDocument]:
    """Annotate one batch in a worker; the batch is also the ``nlp.pipe`` batch."""
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return list(
        annotate_documents(_worker_pipeline, documents, len(documents), max_chars=max_chars)
    )


def annotate_in_processes(
    documents: Iterable[Document],
    processes: int,
    batch_size: int,
    max_chars: int,
    ontology: str | None = None,
) -> Iterator[AnnotatedDocument]:
    """Annotate documents in ``processes`` workers, ``batch_size`` documents a task;
    results come in completion order."""
    context = multiprocessing.get_context("spawn")
    iterator = iter(documents)
    with ProcessPoolExecutor(
        processes, mp_context=context, initializer=_start_worker, initargs=(ontology,)
    ) as pool:
        pending: set[Future[list[AnnotatedDocument]]] = set()
        try:
            while True:
                while len(pending) < processes * TASKS_IN_FLIGHT_PER_PROCESS:
                    task = list(islice(iterator, batch_size))
                    if not task:
                        break
                    pending.add(pool.submit(_annotate_task, task, max_chars))
                if not pending:
                    return
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        finally:
            for future in pending:
                future.cancel()
