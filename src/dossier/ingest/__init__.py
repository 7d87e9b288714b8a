"""Ingest: the pipeline as named steps (``pipeline``) and the runners that annotate
(``runners``: in this process or a local process pool)."""

from dossier.ingest.pipeline import (
    IngestReport,
    ProgressCallback,
    estimate_document_count,
    ingest,
    remove,
)
from dossier.ingest.runners import InProcessRunner, ProcessPoolRunner, Runner, RunSettings

__all__ = [
    "InProcessRunner",
    "IngestReport",
    "ProcessPoolRunner",
    "ProgressCallback",
    "RunSettings",
    "Runner",
    "estimate_document_count",
    "ingest",
    "remove",
]
