"""The FastAPI application: pages, the JSON API under /api, local static files.

Read-only unless `allow_ingest` is set; then uploads are accepted with the token
given here (printed by `dossier serve` at start-up) and nothing else changes the
knowledge base. Every response carries a Content-Security-Policy that allows only
this server's own scripts and styles.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dossier.answer.embeddings import rank_by_meaning
from dossier.errors import DossierError, NotFoundError
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.store import KnowledgeBase
from dossier.web import api, taxii
from dossier.web.guards import RequestGuard, allowed_hosts
from dossier.web.library import Library
from dossier.web.pages import ask, claim, contested, document, entity, home, network, upload
from dossier.web.pages._render import error_page

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGES = (home, entity, network, claim, contested, document, ask, upload)


def create_app(
    db: KnowledgeBase | str | Path,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    host: str = "127.0.0.1",
) -> FastAPI:
    """The web app over a knowledge base, or the one at a location (opened, and closed
    when the app shuts down). `host` is the address the server is bound to: requests must
    name it (or, on loopback, localhost) in their Host header."""
    if allow_ingest and not token:
        raise ValueError("uploads need a token")
    owned = not isinstance(db, KnowledgeBase)
    kb = KnowledgeBase(db) if not isinstance(db, KnowledgeBase) else db

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        get_gazetteer()  # read once at start-up (about a second), not on the first map
        # the embedding model takes seconds to load: in the background, not on a question
        threading.Thread(target=rank_by_meaning, args=("", ["warm-up"]), daemon=True).start()
        # the home and network pages' data: built once per revision, before the first visit
        threading.Thread(target=warm_up, args=(app.state.library,), daemon=True).start()
        yield
        if owned:
            kb.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Dossier",
        summary="A source-grounded, cross-checked knowledge base built from news articles.",
        version="1",
        docs_url=None,  # /api/docs is the app's own page (web/api.py): no CDN, no inline script
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.library = Library(kb)
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.state.max_upload_bytes = max_upload_bytes
    app.include_router(api.router)
    app.include_router(taxii.router)  # /taxii2/: read-only TAXII 2.1 (web/taxii.py)
    for page in PAGES:  # in this order
        app.include_router(page.router)
    app.mount("/static", StaticFiles(directory=str(files("dossier.web") / "static")), "static")

    # before the security headers, so that its refusals carry them too
    app.add_middleware(RequestGuard, hosts=allowed_hosts(host))

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, error: NotFoundError) -> Response:
        return _error(request, 404, str(error))

    @app.exception_handler(DossierError)
    async def bad_request(request: Request, error: DossierError) -> Response:
        return _error(request, 400, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return _error(request, error.status_code, str(error.detail), error.headers)

    return app


def warm_up(library: Library) -> None:
    """Build what the first pages read (the answerer, the overview, the network), so the
    first visitor does not wait for it. A failure here is left to the page to report."""
    try:
        view = library.view()
        view.remember("home.overview", home.overview)
        view.network_edges  # noqa: B018 (a cached property: reading it builds it)
    except Exception:  # the request that needs it will raise it, and say why
        return


def _error(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """JSON for the API, a page for people."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    return error_page(request, status, message)
