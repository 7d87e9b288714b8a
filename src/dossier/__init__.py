"""Dossier: a source-grounded, cross-checked knowledge base built from news articles.

from dossier import KnowledgeBase, ingest

with KnowledgeBase("dossier.db") as kb:
    report = ingest(kb, ["articles/"])
    print(kb.stats())
    print(ask(kb, "Who funds ISIS-K?").answer)

The names below are imported when first used, so `import dossier` (and every
command that needs only the store) does not pay for spaCy or torch.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# public name -> the module that defines it
_PUBLIC = {
    "AnnotatedDocument": "dossier.model",
    "Answer": "dossier.answer.answers",
    "Answerer": "dossier.answer.answers",
    "Document": "dossier.model",
    "DossierError": "dossier.errors",
    "IngestReport": "dossier.ingest",
    "InputError": "dossier.errors",
    "KnowledgeBase": "dossier.store",
    "Mention": "dossier.model",
    "NotFoundError": "dossier.errors",
    "Profile": "dossier.render.profile",
    "ReadOptions": "dossier.read.options",
    "Reconciler": "dossier.reconcile.verdicts",
    "Sentence": "dossier.model",
    "StoreError": "dossier.errors",
    "Verdict": "dossier.model.records",
    "ask": "dossier.answer.answers",
    "build_profile": "dossier.render.profile",
    "explain": "dossier.answer.explain",
    "ingest": "dossier.ingest",
    "read_sources": "dossier.read.sources",
    "remove": "dossier.ingest",
}

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

if TYPE_CHECKING:
    from dossier.answer.answers import Answer, Answerer, ask
    from dossier.answer.explain import explain
    from dossier.errors import DossierError, InputError, NotFoundError, StoreError
    from dossier.ingest import IngestReport, ingest, remove
    from dossier.model import AnnotatedDocument, Document, Mention, Sentence
    from dossier.model.records import Verdict
    from dossier.read.options import ReadOptions
    from dossier.read.sources import read_sources
    from dossier.reconcile.verdicts import Reconciler
    from dossier.render.profile import Profile, build_profile
    from dossier.store import KnowledgeBase


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'dossier' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
