"""Annotate in several worker processes, each holding its own spaCy pipeline.

The main process reads and writes; workers only annotate, so the store keeps
a single writer. Workers are spawned (not forked) so they never inherit the
parent's threads or open database connections.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice

from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents, load_pipeline
from dossier.model import AnnotatedDocument, Document

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
