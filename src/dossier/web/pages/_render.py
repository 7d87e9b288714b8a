"""Rendering a page: the Jinja2 environment (autoescaping on), the error page, and the
query parameter the pages read.

Templates are Jinja2 with autoescaping on, so article text (titles, quotes,
sentences) is always shown as text, never as markup.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from dossier.web.pages._shared import claim_href, document_href, entity_href, short_addresses

_environment = Environment(
    loader=ChoiceLoader(
        [PackageLoader("dossier.web", "templates"), PackageLoader("dossier.render", "templates")]
    ),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.globals.update(
    entity_href=entity_href,
    document_href=document_href,
    claim_href=claim_href,
)
_environment.filters["sites"] = short_addresses
templates = Jinja2Templates(env=_environment)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("allow_ingest", request.app.state.allow_ingest)
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status, status_code=status, message=message)


Text = Annotated[str, Query(max_length=500)]
