"""Dossier: a source-grounded, cross-checked knowledge base built from news articles.

from dossier import KnowledgeBase, ingest

with KnowledgeBase("dossier.db") as kb:
    report = ingest(kb, ["articles/"])
    print(kb.stats())
    print(ask(kb, "Who funds ISIS-K?").answer)
"""

from dossier.answer.answers import Answer, Answerer, ask
from dossier.answer.explain import explain
from dossier.errors import DossierError, InputError, NotFoundError, StoreError
from dossier.ingest import IngestReport, ingest, remove
from dossier.model import AnnotatedDocument, Document, Mention, Sentence
from dossier.read import ReadOptions, read_sources
from dossier.reconcile.verdicts import Reconciler, Verdict
from dossier.render.profile import Profile, build_profile
from dossier.store import KnowledgeBase

__all__ = [
    "AnnotatedDocument",
    "Answer",
    "Answerer",
    "Document",
    "DossierError",
    "IngestReport",
    "InputError",
    "KnowledgeBase",
    "Mention",
    "NotFoundError",
    "Profile",
    "ReadOptions",
    "Reconciler",
    "Sentence",
    "StoreError",
    "Verdict",
    "ask",
    "build_profile",
    "explain",
    "ingest",
    "read_sources",
    "remove",
]
