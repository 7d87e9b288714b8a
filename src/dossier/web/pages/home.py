"""`/`: counts, the organisations most is said about, and search (`/?q=words`): entities
by name and alias, claims about them, and sentences (full-text)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.model.records import SearchHit
from dossier.web.library import View, current
from dossier.web.pages._render import Text, render
from dossier.web.pages._shared import (
    EntitySummary,
    claim_href,
    claim_statement,
    document_title,
    entity_summary,
    find_entities,
)

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Text = "") -> HTMLResponse:
    view = current(request)
    results = search(view, q) if q.strip() else None
    stats = view.kb.stats()
    top = []
    if results is None:  # the organisations most is said about
        ranked = find_entities(view, "", "organization")
        ranked.sort(key=lambda entity: -view.claim_counts[entity.id])
        top = ranked[:30]
    return render(
        request,
        "home.html",
        query=q,
        results=results,
        stats=stats,
        organizations=[entity_summary(view, e) for e in top],
    )


@dataclass(slots=True)
class SearchResults:
    query: str
    entities: list[EntitySummary]
    claims: list[tuple[str, str, str]]  # (statement, verdict-less href, document title)
    sentences: list[SearchHit]


def search(view: View, query: str, limit: int = 20) -> SearchResults:
    text = query.strip()
    if not text:
        return SearchResults(query, [], [], [])
    entities = find_entities(view, text)[:limit]
    members = [m for e in entities[:5] for m in view.answerer.reconciler.members(e.id)]
    claims = view.kb.claims(subject_ids=members)[:limit] if members else []
    hits = view.kb.search(text, limit=limit) or view.kb.search(text, limit=limit, any_word=True)
    return SearchResults(
        query,
        [entity_summary(view, e) for e in entities],
        [
            (
                claim_statement(view, c),
                claim_href(c.id),
                document_title(
                    view.answerer.documents.get(c.evidence.document_id), c.evidence.document_id
                ),
            )
            for c in claims
        ],
        hits,
    )
