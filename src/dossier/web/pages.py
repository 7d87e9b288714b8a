"""Server-rendered pages: search, entity, claim, contested facts, document, ask, upload.

Templates are Jinja2 with autoescaping on, so article text (titles, quotes,
sentences) is always shown as text, never as markup.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from dossier.web import views
from dossier.web.api import accept_upload, current

router = APIRouter(include_in_schema=False)

_environment = Environment(
    loader=ChoiceLoader(
        [PackageLoader("dossier.web", "templates"), PackageLoader("dossier.render", "templates")]
    ),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.globals.update(
    entity_href=views.entity_href,
    document_href=views.document_href,
    claim_href=views.claim_href,
)
templates = Jinja2Templates(env=_environment)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("allow_ingest", request.app.state.allow_ingest)
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status, status_code=status, message=message)


Text = Annotated[str, Query(max_length=500)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Text = "") -> HTMLResponse:
    view = current(request)
    results = views.search(view, q) if q.strip() else None
    stats = view.kb.stats()
    top = []
    if results is None:  # the organisations most is said about
        ranked = views.find_entities(view, "", "organization")
        ranked.sort(key=lambda entity: -view.claim_counts[entity.id])
        top = ranked[:30]
    return render(
        request,
        "home.html",
        query=q,
        results=results,
        stats=stats,
        organizations=[views.entity_summary(view, e) for e in top],
    )


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    page = views.entity_page(current(request), entity_id)
    return render(request, "entity.html", page=page, profile=page.profile)


@router.get("/claim/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: str) -> HTMLResponse:
    return render(request, "claim.html", claim=views.claim_page(current(request), claim_id))


@router.get("/contested", response_class=HTMLResponse)
def contested(request: Request) -> HTMLResponse:
    return render(request, "contested.html", conflicts=views.conflicts(current(request)))


@router.get("/document/{document_id:path}", response_class=HTMLResponse)
def document(request: Request, document_id: str) -> HTMLResponse:
    page = views.document_page(current(request), document_id)
    return render(request, "document.html", document=page)


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, q: Text = "") -> HTMLResponse:
    view = current(request)
    answer = view.answerer.ask(q) if q.strip() else None
    titles = {d.id: d.title or d.id for d in view.answerer.documents.values()}
    return render(request, "ask.html", question=q, answer=answer, titles=titles)


@router.post("/upload", response_class=HTMLResponse)
async def upload(
    request: Request,
    file: Annotated[UploadFile, File()],
    token: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    report = await accept_upload(request, file, f"Bearer {token}")
    return render(request, "uploaded.html", report=report)
