"""Annotation on a Dask cluster: batches go to workers that each hold one spaCy
pipeline; annotated documents come back to this process, which stays the only
writer. A killed worker's batch is run again elsewhere by the scheduler, and
nothing is written twice because the store skips what it already holds.

    DaskRunner("tcp://scheduler:8786")   # an existing cluster
    DaskRunner("local:2")                # a LocalCluster of 2 worker processes here
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dossier.annotate.pipeline import annotate_documents, shared_pipeline
from dossier.errors import ClusterError
from dossier.ingest.runners import RunSettings
from dossier.model import AnnotatedDocument, Document

LOCAL_PREFIX = "local:"
BATCHES_IN_FLIGHT_PER_WORKER = 3  # keeps workers busy, bounds memory in this process
# Dask's housekeeping, quieted for the LocalCluster this process starts. Its defaults
# wake every server's event loop every 20 ms, sample each worker's stack every 10 ms
# and poll the nannies' memory every 100 ms: measured, that was half of this process's
# CPU (where the writer runs) and a sixth more CPU in the workers, on cores the spaCy
# workers need (docs/benchmarks.md). A remote cluster keeps its operators' settings.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",  # event-loop health checks
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.profile.enabled": False,  # the statistical profiler
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,  # batches are queued, never piled up
    # Dask's own list without MALLOC_TRIM_THRESHOLD_=65536: trimming the heap that often
    # cost each worker 14 ms of system CPU a document (1.4 s per 100 BBC articles, 0.4 s
    # without it), the most of what Dask spent over the process pool.
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
}


def annotate_batch(documents: list[Document], settings: RunSettings) -> list[AnnotatedDocument]:
    """Run on a worker: the worker process's own pipeline, loaded on its first batch."""
    nlp = shared_pipeline(settings.ontology)
    return list(annotate_documents(nlp, documents, len(documents), settings.max_annotated_chars))


@dataclass(frozen=True, slots=True)
class DaskRunner:
    """Annotation on the Dask cluster at ``address`` (``tcp://...`` or ``local:N``)."""

    address: str
    settings: RunSettings = field(default_factory=RunSettings)

    def annotate(self, documents: Iterator[Document]) -> Iterator[AnnotatedDocument]:
        with ExitStack() as stack:
            client = stack.enter_context(_connect(self.address))
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield from _run(client, documents, self.settings, workers)


def _connect(address: str) -> Any:
    """A distributed Client for the address (starting a LocalCluster for ``local:N``)."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - distributed is a dependency
        raise ClusterError("Dask's distributed package is not installed") from error
    if address.startswith(LOCAL_PREFIX):
        count = address.removeprefix(LOCAL_PREFIX)
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"{address}: use local:N with N a number of workers, e.g. local:2")
        # The scheduler and nannies read the settings when they start; each nanny is also
        # given them to hand on, as they must reach a worker it restarts after this block.
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(
                n_workers=int(count),
                threads_per_worker=1,
                processes=True,
                # Dask's HTTP server starts anyway: any free local port, so a second
                # ingest on the machine does not warn that port 8787 is taken.
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
                config=dict(LOCAL_CLUSTER_CONFIG),
            )
            # Results come straight from the worker that holds them: through the scheduler
            # (Dask's default) every batch crossed this process's event loop twice, on the
            # cores the writer and the workers need. A remote cluster keeps its default,
            # as its workers may not be reachable from here.
            return _ClusterClient(cluster, Client(cluster, direct_to_workers=True))
    try:
        return Client(address, timeout="20s")
    except OSError as error:
        raise ClusterError(f"{address}: cannot reach the Dask scheduler ({error})") from error


class _ClusterClient:
    """A client that also closes the LocalCluster it was made for."""

    def __init__(self, cluster: Any, client: Any) -> None:
        self.cluster, self.client = cluster, client

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *_exc: object) -> None:
        self.client.close()
        self.cluster.close()


def _run(
    client: Any, documents: Iterator[Document], settings: RunSettings, workers: int
) -> Iterator[AnnotatedDocument]:
    """Submit batches with a bounded number in flight; yield results as they complete."""
    from distributed import as_completed

    def submit(batch: list[Document]) -> Any:
        return client.submit(annotate_batch, batch, settings, pure=False)

    def next_batch() -> list[Document]:
        return list(islice(documents, settings.batch_size))

    running = as_completed()
    for _ in range(workers * BATCHES_IN_FLIGHT_PER_WORKER):
        batch = next_batch()
        if not batch:
            break
        running.add(submit(batch))
    for future in running:
        yield from future.result()
        batch = next_batch()
        if batch:
            running.add(submit(batch))
