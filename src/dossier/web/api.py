"""The JSON API under /api: the data of every page, paginated, described by OpenAPI.

Claims and events have the shapes of the JSON export (docs/export.md); the others
are declared below. Bad parameters are 422 (FastAPI's validation), unknown ids 404.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from dossier.answer.answers import Answer
from dossier.ingest import ingest
from dossier.knowledge.lexicons import lexicon, phrases
from dossier.read.sources import FORMAT_BY_EXTENSION, Upload
from dossier.render.json_export import claim_json, event_json, verdict_json
from dossier.render.profile import build_profile
from dossier.web.chronology import size_points, timeline
from dossier.web.geo import entity_map, incidents_map
from dossier.web.guards import token_matches
from dossier.web.library import Library, current
from dossier.web.network import network
from dossier.web.pages._render import render
from dossier.web.pages._shared import entity_summary, events_list, find_entities, paginate
from dossier.web.pages.claim import claim_page
from dossier.web.pages.contested import conflicts
from dossier.web.pages.document import document_page
from dossier.web.pages.entity import entity_page
from dossier.web.pages.home import search as search_page

router = APIRouter(prefix="/api", tags=["api"])
# The parts of an entity page, as the profile endpoint returns them.
PROFILE_FIELDS = phrases(lexicon("exports"), "api_profile")

Limit = Annotated[int, Query(ge=1, le=200, description="Items per page (1-200).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]


class Listing(BaseModel):
    """One page of a listing: `items` from `offset`, `total` in all."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class Citation(BaseModel):
    document_id: str
    quote: str
    start: int
    end: int


class AnswerOut(BaseModel):
    question: str
    answer: str
    verdict: str | None
    citations: list[Citation]
    claims: list[str]


class UploadOut(BaseModel):
    added: list[str]
    replaced: list[str]
    unchanged: list[str]
    duplicates: list[list[str]]
    failed: list[str]


def listing(items: list[Any], limit: int, offset: int) -> Listing:
    page = paginate(items, limit, offset)
    return Listing(
        total=page.total,
        limit=limit,
        offset=offset,
        items=[_plain(item) for item in page.items],
    )


def _plain(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return item
    return dataclasses.asdict(item)


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The endpoints, from the OpenAPI schema: a page of this app (no CDN, no inline
    script, so it works offline and under the app's Content-Security-Policy)."""
    schema = request.app.openapi()
    endpoints = [
        (method.upper(), path, operation.get("summary", ""), operation.get("parameters", []))
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    ]
    return render(request, "api_docs.html", endpoints=endpoints, title=schema["info"]["title"])


@router.get("/entities", summary="Entities, one per resolved group", response_model=Listing)
def list_entities(
    request: Request,
    q: Annotated[str, Query(max_length=200, description="Part of a name or alias.")] = "",
    type: Annotated[
        str | None, Query(pattern="^(organization|person|place|event)$", description="Entity type.")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Listing:
    view = current(request)
    found = find_entities(view, q, type)
    page = paginate(found, limit, offset)
    items = [dataclasses.asdict(entity_summary(view, e)) for e in page.items]
    return Listing(total=page.total, limit=limit, offset=offset, items=items)


@router.get("/entities/{entity_id}", summary="One entity with its aliases")
def get_entity(request: Request, entity_id: str) -> dict[str, Any]:
    view = current(request)
    return dataclasses.asdict(entity_summary(view, view.answerer.entity_named(entity_id)))


@router.get("/entities/{entity_id}/profile", summary="The entity's profile, as on its page")
def get_profile(request: Request, entity_id: str) -> dict[str, Any]:
    page = entity_page(current(request), entity_id)
    values = (
        dataclasses.asdict(page.entity),
        dataclasses.asdict(page.profile),
        [dataclasses.asdict(size) for size in page.sizes],
        [dataclasses.asdict(marker) for marker in page.places.markers],
        [dataclasses.asdict(relation) for relation in page.relations],
    )
    return dict(zip(PROFILE_FIELDS, values, strict=True))


@router.get("/entities/{entity_id}/sizes", summary="Size estimates over time, with sources")
def get_sizes(request: Request, entity_id: str) -> list[dict[str, Any]]:
    view = current(request)
    entity = view.answerer.entity_named(entity_id)
    profile = build_profile(view.kb, entity.id, view.answerer)
    return [dataclasses.asdict(size) for size in size_points(profile)]


EntityKey = Annotated[
    str | None, Query(max_length=200, description="Entity id or name; none: the whole corpus.")
]


@router.get("/network", summary="Organisations and people and the relations between them")
def get_network(
    request: Request,
    entity: EntityKey = None,
    kind: Annotated[
        list[str], Query(max_length=40, description="Relation kinds to keep (ally, rival...).")
    ] = [],  # noqa: B006 (FastAPI reads the default, never mutates it)
    verdict: Annotated[
        list[str], Query(max_length=40, description="Verdicts to keep (corroborated...).")
    ] = [],  # noqa: B006
    limit: Annotated[
        int | None, Query(ge=1, le=100_000, description="At most this many edges.")
    ] = None,
) -> dict[str, Any]:
    """The whole network, or one entity's neighbours (ask again for a neighbour's to go
    one hop further); each edge with its kind, verdict, sources and claim page. With a
    limit, the edges with the most sources between the best-connected nodes."""
    view = current(request)
    entity_id = view.answerer.entity_named(entity).id if entity else None
    return dataclasses.asdict(network(view, entity_id, kind, verdict, limit))


@router.get("/map", summary="Places and incidents to map, with the countries to shade")
def get_map(request: Request, entity: EntityKey = None) -> dict[str, Any]:
    """An entity's bases, areas of operation and events; else the latest incidents."""
    view = current(request)
    if entity:
        return dataclasses.asdict(entity_map(view, view.answerer.entity_named(entity)))
    return dataclasses.asdict(incidents_map(view))


@router.get("/timeline", summary="Dated events with tolls and sources, oldest first")
def get_timeline(request: Request, entity: EntityKey = None) -> list[dict[str, Any]]:
    view = current(request)
    record = view.answerer.entity_named(entity) if entity else None
    return [dataclasses.asdict(event) for event in timeline(view, record)]


@router.get("/claims", summary="Claims, as in the JSON export", response_model=Listing)
def list_claims(
    request: Request,
    subject: Annotated[str | None, Query(max_length=200, description="Entity id or name.")] = None,
    predicate: Annotated[str | None, Query(max_length=100)] = None,
    document: Annotated[str | None, Query(max_length=500, description="Document id.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Listing:
    view = current(request)
    subjects = None
    if subject:
        entity = view.answerer.entity_named(subject)
        subjects = view.answerer.reconciler.members(entity.id)
    document_id = view.kb.resolve_document_id(document) if document else None
    claims = view.kb.claims(subject_ids=subjects, predicate=predicate, document_id=document_id)
    return listing([claim_json(c) for c in claims], limit, offset)


@router.get("/claims/{claim_id}", summary="A claim with its group's verdict and all evidence")
def get_claim(request: Request, claim_id: str) -> dict[str, Any]:
    return dataclasses.asdict(claim_page(current(request), claim_id))


@router.get("/contested", summary="Every conflict in the knowledge base", response_model=Listing)
def list_contested(request: Request, limit: Limit = 50, offset: Offset = 0) -> Listing:
    return listing(conflicts(current(request)), limit, offset)


@router.get("/verdicts", summary="Verdicts per (subject, predicate)", response_model=Listing)
def list_verdicts(request: Request, limit: Limit = 50, offset: Offset = 0) -> Listing:
    return listing([verdict_json(v) for v in current(request).verdicts], limit, offset)


@router.get("/events", summary="Events merged across documents", response_model=Listing)
def list_events(request: Request, limit: Limit = 50, offset: Offset = 0) -> Listing:
    return listing([event_json(e) for e in events_list(current(request))], limit, offset)


@router.get("/documents", summary="Stored documents", response_model=Listing)
def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0) -> Listing:
    view = current(request)
    documents = list(view.answerer.documents.values())
    return listing(documents, limit, offset)


@router.get("/documents/{document_id:path}", summary="A document with entities and claims")
def get_document(request: Request, document_id: str) -> dict[str, Any]:
    return dataclasses.asdict(document_page(current(request), document_id))


@router.get("/ask", summary="A cited answer to a question", response_model=AnswerOut)
def ask(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="A plain question.")],
) -> AnswerOut:
    answer: Answer = current(request).answerer.ask(q)
    return AnswerOut(**dataclasses.asdict(answer))


@router.get("/search", summary="Entities, claims and sentences matching words")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Limit = 20,
) -> dict[str, Any]:
    return dataclasses.asdict(search_page(current(request), q, limit))


@router.post(
    "/documents",
    summary="Upload an article (only when the server was started with --allow-ingest)",
    response_model=UploadOut,
)
async def upload(
    request: Request,
    file: Annotated[UploadFile, File(description="An article file: text, HTML, JSONL, CSV, feed.")],
    authorization: Annotated[str | None, Header()] = None,
) -> UploadOut:
    return await accept_upload(request, file, authorization)


async def accept_upload(request: Request, file: UploadFile, authorization: str | None) -> UploadOut:
    """Check the token, the size and the type; then ingest the file like `dossier ingest`.

    (`web.guards` has already refused, from the headers alone, what they settle.) The
    file's name is the origin of what it holds, so an edited file uploaded again replaces
    the first, as `dossier ingest` of an edited file does."""
    state = request.app.state
    if not state.allow_ingest:
        raise HTTPException(403, "uploads are off: start the server with --allow-ingest")
    if not token_matches(authorization, state.token):
        raise HTTPException(
            401, "a valid token is required (Authorization: Bearer <token>)",
            {"WWW-Authenticate": "Bearer"},
        )  # fmt: skip
    name = Path(file.filename or "upload.txt").name
    suffix = Path(name).suffix.lower()
    if suffix not in FORMAT_BY_EXTENSION:
        allowed = ", ".join(sorted(FORMAT_BY_EXTENSION))
        raise HTTPException(415, f"{name}: not an article file (one of {allowed})")
    content = await file.read(state.max_upload_bytes + 1)
    if len(content) > state.max_upload_bytes:
        raise HTTPException(413, f"{name}: larger than {state.max_upload_bytes:,} bytes")
    library: Library = state.library
    # annotation is slow work: off the event loop (the model loads on first upload)
    report = await run_in_threadpool(ingest, library.kb, [Upload(name, content)])
    return UploadOut(
        added=report.added,
        replaced=report.replaced,
        unchanged=report.unchanged,
        duplicates=[list(pair) for pair in report.duplicates],
        failed=[str(error) for error in report.failed],
    )
