"""The knowledge base behind the web app, and what is worth keeping between requests.

An `Answerer` loads entity names, resolution and document summaries once; the
library keeps one per revision of the knowledge base and makes a new one when an
ingest, a removal or a user's decision changes it (`KnowledgeBase.revision`).
"""

from __future__ import annotations

import threading
from collections import Counter
from functools import cached_property

from fastapi import Request

from dossier.answer.answers import Answerer
from dossier.model.records import Verdict
from dossier.store import KnowledgeBase


class Library:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._lock = threading.Lock()
        self._view: View | None = None

    def view(self) -> View:
        """What the knowledge base holds now (rebuilt only when it changed)."""
        revision = self.kb.revision()
        with self._lock:
            if self._view is None or self._view.revision != revision:
                self._view = View(self.kb, revision)
            return self._view


def current(request: Request) -> View:
    """The view of the knowledge base a request reads (the app's library)."""
    library: Library = request.app.state.library
    return library.view()


class View:
    """One revision of the knowledge base, with what pages read whole computed once."""

    def __init__(self, kb: KnowledgeBase, revision: tuple[object, ...]) -> None:
        self.kb = kb
        self.revision = revision
        self.answerer = Answerer(kb)

    @cached_property
    def claim_counts(self) -> Counter[str]:
        """Claims about each resolved entity: what the home page lists first."""
        canonical = self.answerer.canonical
        return Counter(canonical.get(c.subject_id, c.subject_id) for c in self.kb.claims())

    @cached_property
    def verdicts(self) -> list[Verdict]:
        return self.answerer.reconciler.all_verdicts()

    @cached_property
    def conflicts(self) -> list[Verdict]:
        return [verdict for verdict in self.verdicts if verdict.verdict == "conflicting"]
