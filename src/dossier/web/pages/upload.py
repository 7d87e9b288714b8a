"""`POST /upload`: the upload form of `/` (only with `--allow-ingest`), checked and
ingested as the API's `POST /api/documents` is."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from dossier.web.api import accept_upload
from dossier.web.pages._render import render

router = APIRouter(include_in_schema=False)


@router.post("/upload", response_class=HTMLResponse)
async def upload(
    request: Request,
    file: Annotated[UploadFile, File()],
    token: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    report = await accept_upload(request, file, f"Bearer {token}")
    return render(request, "uploaded.html", report=report)
