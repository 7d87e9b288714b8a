"""The knowledge base behind the web app, and what is worth keeping between requests.

An `Answerer` loads entity names, resolution and document summaries once; the
library keeps one per revision of the knowledge base and makes a new one when an
ingest, a removal or a user's decision changes it (`KnowledgeBase.revision`).
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from fastapi import Request

from dossier.answer.answers import Answerer
from dossier.model.records import Verdict
from dossier.reconcile.relations import RelationData, collect_relations
from dossier.store import KnowledgeBase

if TYPE_CHECKING:
    from dossier.web.network import NetworkEdge

T = TypeVar("T")
REMEMBERED_PAGES = 256  # built pages kept per revision of the knowledge base


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
        self._remembered: OrderedDict[str, Any] = OrderedDict()
        self._remembering = threading.Lock()

    def remember(self, key: str, build: Callable[[View], T]) -> T:
        """What `build` makes of this revision, made once: the home page's overview, the
        pages last asked for (the least recently asked are forgotten first)."""
        with self._remembering:
            if key in self._remembered:
                self._remembered.move_to_end(key)
                return self._remembered[key]
        made = build(self)  # outside the lock: other pages need not wait for this one
        with self._remembering:
            self._remembered[key] = made
            while len(self._remembered) > REMEMBERED_PAGES:
                self._remembered.popitem(last=False)
        return made

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

    @cached_property
    def relations(self) -> RelationData:
        """Every relation between two entities, for the network."""
        return collect_relations(self.kb, self.answerer.ontology)

    @cached_property
    def network_edges(self) -> list[NetworkEdge]:
        from dossier.web.network import all_edges  # network reads this view

        return all_edges(self)
