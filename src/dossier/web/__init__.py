"""The local web app: pages and a JSON API over one knowledge base (`dossier serve`).

`create_app(db)` builds the FastAPI application. Pages are server-rendered with
Jinja2 (autoescaped) and every asset is served from this package, so it works with
no network. `pages/` has one module a page (its route and the dataclasses it
shows; `pages/_shared` what several share), which `api` serialises as JSON;
`charts` lays out the SVG size chart, timeline, map and relationship graph. The
facts themselves (verdicts, relations) come from the library below.
"""

from dossier.web.app import create_app

__all__ = ["create_app"]
