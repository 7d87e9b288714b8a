"""Annotate: spaCy's English pipeline plus Dossier's registered components."""

from dossier.annotate.pipeline import MODEL_NAME, annotate_documents, load_pipeline

__all__ = ["MODEL_NAME", "annotate_documents", "load_pipeline"]
