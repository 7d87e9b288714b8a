"""`/document/{id}`: the article, entities linked to their pages and claim sentences
highlighted, each with links to its claims."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import (
    EntitySummary,
    Segment,
    claim_href,
    claim_statement,
    document_title,
    entity_href,
    entity_summary,
)

router = APIRouter(include_in_schema=False)


@router.get("/document/{document_id:path}", response_class=HTMLResponse)
def document(request: Request, document_id: str) -> HTMLResponse:
    page = document_page(current(request), document_id)
    return render(request, "document.html", document=page)


@dataclass(slots=True)
class SentenceView:
    before: str  # the text between the previous sentence and this one (spaces, line breaks)
    index: int
    start: int
    end: int
    segments: list[Segment]
    claims: list[tuple[str, str]]  # (statement, href)


@dataclass(slots=True)
class DocumentPage:
    id: str
    title: str
    publisher: str | None
    published_at: str | None
    url: str | None
    cluster_id: str
    notes: list[str]
    sentences: list[SentenceView]
    entities: list[EntitySummary]
    claim_count: int


def document_page(view: View, document_id: str) -> DocumentPage:
    stored = view.kb.document(document_id)
    summary = stored.summary
    answerer = view.answerer
    claims_by_sentence: dict[int, list[tuple[str, str]]] = {}
    claims = view.kb.claims(document_id=summary.id)
    for claim in claims:
        claims_by_sentence.setdefault(claim.evidence.sentence_index, []).append(
            (claim_statement(view, claim), claim_href(claim.id))
        )
    entity_ids = stored.mention_entity_ids or [None] * len(stored.mentions)
    linked = list(zip(stored.mentions, entity_ids, strict=True))
    sentences = []
    seen_entities: dict[str, EntitySummary] = {}
    previous_end = 0
    for sentence in stored.sentences:
        inside = [(m, e) for m, e in linked if sentence.start <= m.start and m.end <= sentence.end]
        segments, cursor = [], sentence.start
        for mention, entity_id in inside:
            if mention.start < cursor:
                continue  # overlapping mentions: keep the first
            if mention.start > cursor:
                segments.append(Segment(stored.text[cursor : mention.start]))
            head = answerer.canonical.get(entity_id, entity_id) if entity_id else None
            record = answerer.entities.get(head) if head else None
            href = entity_href(record.id) if record else ""
            if record is not None and record.id not in seen_entities:
                seen_entities[record.id] = entity_summary(view, record)
            mark = f"entity {mention.label}"
            segments.append(Segment(stored.text[mention.start : mention.end], mark, href))
            cursor = mention.end
        if cursor < sentence.end:
            segments.append(Segment(stored.text[cursor : sentence.end]))
        before = stored.text[previous_end : sentence.start]
        previous_end = sentence.end
        sentences.append(
            SentenceView(
                before,
                sentence.index,
                sentence.start,
                sentence.end,
                segments,
                claims_by_sentence.get(sentence.index, []),
            )
        )
    return DocumentPage(
        id=summary.id,
        title=document_title(summary, summary.id),
        publisher=summary.publisher,
        published_at=summary.published_at,
        url=stored.url if (stored.url or "").startswith(("http://", "https://")) else None,
        cluster_id=summary.cluster_id,
        notes=list(stored.notes),
        sentences=sentences,
        entities=list(seen_entities.values()),
        claim_count=len(claims),
    )
