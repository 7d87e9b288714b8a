"""Dossier: a source-grounded, cross-checked knowledge base built from news articles.

from dossier import KnowledgeBase, ingest

with KnowledgeBase("dossier.db") as kb:
    report = ingest(kb, ["articles/"])
    print(kb.stats())
"""

from dossier.errors import DossierError, InputError, NotFoundError, StoreError
from dossier.ingest import IngestReport, ingest
from dossier.model import AnnotatedDocument, Document, Mention, Sentence
from dossier.read import ReadOptions, read_sources
from dossier.store import KnowledgeBase

__all__ = [
    "AnnotatedDocument",
    "Document",
    "DossierError",
    "IngestReport",
    "InputError",
    "KnowledgeBase",
    "Mention",
    "NotFoundError",
    "ReadOptions",
    "Sentence",
    "StoreError",
    "ingest",
    "read_sources",
]
