"""`dossier serve`: the local web app and JSON API over a knowledge base."""

from __future__ import annotations

import secrets
from typing import Annotated

import typer

from dossier.cli.output import DbOption, console, open_kb, reports_errors

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@reports_errors
def serve_command(
    db: DbOption = "dossier.db",
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool,
        typer.Option(
            "--allow-ingest", help="Accept article uploads, with a token printed at start-up."
        ),
    ] = False,
    max_upload_mb: Annotated[
        float, typer.Option(min=0.01, max=1024, help="Largest upload accepted, in MB.")
    ] = 5.0,
) -> None:
    """Serve the web app: search, entity pages with charts, map and graph, contested facts,
    documents, ask; the JSON API under /api (docs at /api/docs)."""
    import uvicorn  # the web stack loads only for this command

    from dossier.web import create_app

    token = secrets.token_urlsafe(24) if allow_ingest else None
    kb = open_kb(db)
    app = create_app(
        kb,
        allow_ingest=allow_ingest,
        token=token,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        host=host,
    )
    shown = f"[{host}]" if ":" in host else host
    console.print(f"Dossier on http://{shown}:{port}/ over {kb.location} (Ctrl-C stops)")
    if host not in LOOPBACK:
        console.print(f"[yellow]warning[/] listening on {host}: reachable from other machines")
    if token:
        console.print(f"uploads are on; token: {token}")
    else:
        console.print("read-only (start with --allow-ingest to accept uploads)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        kb.close()
