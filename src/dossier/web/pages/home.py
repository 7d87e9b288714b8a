"""`/`: what the knowledge base holds (documents by publisher and month), the
organisations most reported, the latest incidents on a map, the contested facts; and
search (`/?q=words`): entities by name and alias, claims about them, and sentences."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.model.records import DocumentSummary, SearchHit
from dossier.web.library import View, current
from dossier.web.pages._render import Text, render
from dossier.web.pages._shared import (
    EntitySummary,
    claim_href,
    claim_statement,
    document_title,
    entity_href,
    entity_summary,
    find_entities,
    short_addresses,
)

router = APIRouter(include_in_schema=False)


TOP_ORGANISATIONS = 16
TOP_PUBLISHERS = 10
TOP_CONFLICTS = 6


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Text = "") -> HTMLResponse:
    view = current(request)
    if q.strip():
        return render(request, "home.html", query=q, results=search(view, q), overview=None)
    summary = view.remember("home.overview", overview)  # once per revision of the KB
    return render(request, "home.html", query=q, results=None, overview=summary)


@dataclass(slots=True)
class Reported:
    entity: EntitySummary
    documents: int
    claims: int


@dataclass(slots=True)
class Contested:
    subject: str
    href: str  # the subject's page
    label: str  # 'member count'
    summary: str


@dataclass(slots=True)
class Overview:
    documents: int
    entities: int
    claims: int
    events: int
    publishers: list[tuple[str, int]]  # (publisher, documents), most first
    publishers_total: int
    months: list[tuple[str, int]]  # ('2021-06', documents), in order; empty when undated
    undated: int  # documents without a publication date
    organisations: list[Reported]
    incidents: int  # events with a place: the map's markers
    contested: list[Contested]
    contested_total: int


def overview(view: View) -> Overview:
    """What the home page says about the knowledge base as a whole."""
    stats = view.kb.stats()
    documents = list(view.answerer.documents.values())
    publishers = Counter(publisher_of(document) for document in documents)
    months = Counter(d.published_at[:7] for d in documents if d.published_at)
    located = sum(
        1
        for event in view.answerer.events
        if event.city_id or event.province_id or event.country_id
    )
    return Overview(
        documents=stats.documents,
        entities=stats.entities,
        claims=stats.claims,
        events=stats.events,
        publishers=publishers.most_common(TOP_PUBLISHERS),
        publishers_total=len(publishers),
        months=sorted(months.items()),
        undated=sum(1 for document in documents if not document.published_at),
        organisations=most_reported(view),
        incidents=located,
        contested=contested(view),
        contested_total=len(view.conflicts),
    )


def publisher_of(document: DocumentSummary) -> str:
    """The publisher, else the site of the article's address, else 'unknown'."""
    if document.publisher:
        return document.publisher
    for where in (document.title, document.origin):
        if where and where.startswith(("http://", "https://")):
            host = urlsplit(where).hostname or ""
            return host.removeprefix("www.") or "unknown"
    return "unknown"


def most_reported(view: View, limit: int = TOP_ORGANISATIONS) -> list[Reported]:
    """Organisations by the number of articles with a claim about or naming them. A name the
    gazetteer knows as a country or province (a state's forces tagged as a group) is left
    out, and so is a name said in one article only when others are said in several."""
    answerer = view.answerer
    documents: dict[str, set[str]] = {}  # the articles with a claim about or naming it
    for claim in view.kb.claims():
        for entity_id in (claim.subject_id, claim.object_id):
            if entity_id is not None:
                head = answerer.canonical.get(entity_id, entity_id)
                documents.setdefault(head, set()).add(claim.evidence.document_id)
    gazetteer = get_gazetteer()
    ranked = []
    for entity in find_entities(view, "", "organization"):
        found = documents.get(entity.id)
        if not found or not entity.name[:1].isupper():
            continue
        place = gazetteer.lookup(entity.name, kinds=("country", "province"))
        if place is not None and place.name.casefold() == entity.name.casefold():
            continue
        ranked.append((len(found), view.claim_counts[entity.id], entity))
    ranked.sort(key=lambda item: (-item[0], -item[1], item[2].name))
    if sum(1 for count, _, _ in ranked if count > 1) >= limit // 2:
        ranked = [item for item in ranked if item[0] > 1]
    return [
        Reported(entity_summary(view, entity), count, claims)
        for count, claims, entity in ranked[:limit]
    ]


def contested(view: View, limit: int = TOP_CONFLICTS) -> list[Contested]:
    """The first conflicts, each in one sentence with its subject."""
    answerer = view.answerer
    found = []
    for verdict in view.conflicts[:limit]:
        spec = answerer.ontology.predicates.get(verdict.predicate)
        subject = answerer.entities.get(verdict.subject_id)
        found.append(
            Contested(
                subject=subject.name if subject else verdict.subject_id,
                href=entity_href(subject.id) if subject else "",
                label=spec.label if spec else verdict.predicate,
                summary=short_addresses(answerer.say(verdict, spec) if spec else verdict.predicate),
            )
        )
    return found


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
