"""`/ask?q=...`: a question box; the cited answer, with its verdict."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.library import current
from dossier.web.pages._render import Text, render

router = APIRouter(include_in_schema=False)


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, q: Text = "") -> HTMLResponse:
    view = current(request)
    answer = view.answerer.ask(q) if q.strip() else None
    titles = {d.id: d.title or d.id for d in view.answerer.documents.values()}
    return render(request, "ask.html", question=q, answer=answer, titles=titles)
