"""`/claim/{id}`: a claim's group, with its verdict and every piece of evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.errors import NotFoundError
from dossier.model.records import ClaimRecord
from dossier.reconcile.values import describe_value
from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import (
    EntitySummary,
    Segment,
    claim_href,
    claim_statement,
    document_href,
    document_title,
    entity_summary,
    highlight,
)

router = APIRouter(include_in_schema=False)


@router.get("/claim/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: str) -> HTMLResponse:
    return render(request, "claim.html", claim=claim_page(current(request), claim_id))


@dataclass(slots=True)
class ClaimEvidence:
    claim_id: str
    href: str
    document_id: str
    document_title: str
    document_href: str
    start: int
    end: int
    quote: str
    segments: list[Segment]
    hedged: bool
    negated: bool
    attributed_to: str | None
    qualifier: str | None
    source: str


@dataclass(slots=True)
class ClaimPage:
    id: str
    statement: str
    subject: EntitySummary | None
    predicate: str
    verdict: str
    summary: str
    best_estimate: str | None
    independent_sources: int
    note: str | None
    evidence: list[ClaimEvidence] = field(default_factory=list)


def claim_page(view: View, claim_id: str) -> ClaimPage:
    found = view.kb.claims(ids=[claim_id])
    if not found:
        raise NotFoundError(f"no claim with id {claim_id!r}")
    claim = found[0]
    answerer = view.answerer
    verdict = next(
        (
            v
            for v in answerer.reconciler.verdicts(claim.subject_id, claim.predicate)
            if any(c.id == claim.id for c in v.claims)
        ),
        None,
    )
    subject = answerer.entities.get(answerer.canonical.get(claim.subject_id, claim.subject_id))
    spec = answerer.ontology.predicates.get(claim.predicate)
    group = verdict.claims if verdict else [claim]
    sources = {
        c.id: ", ".join(p.sources.values())
        for p in (verdict.positions if verdict else [])
        for c in p.claims
    }
    estimate = verdict.best_estimate if verdict else None
    return ClaimPage(
        id=claim.id,
        statement=claim_statement(view, claim),
        subject=entity_summary(view, subject) if subject else None,
        predicate=claim.predicate,
        verdict=verdict.verdict if verdict else "single-source",
        summary=answerer.say(verdict, spec) if verdict and spec else claim_statement(view, claim),
        best_estimate=_estimate_text(view, estimate),
        independent_sources=verdict.independent_sources if verdict else 1,
        note=verdict.note if verdict else None,
        evidence=[claim_evidence(view, c, sources.get(c.id, "")) for c in group],
    )


def _estimate_text(view: View, estimate: object) -> str | None:
    if estimate is None:
        return None
    if isinstance(estimate, str):
        return view.answerer.name(estimate)
    return describe_value(estimate)  # type: ignore[arg-type]


def claim_evidence(view: View, claim: ClaimRecord, source: str) -> ClaimEvidence:
    """One claim's evidence, the claimed value and names highlighted in its quote."""
    evidence = claim.evidence
    document = view.answerer.documents.get(evidence.document_id)
    answerer = view.answerer
    targets = [claim.value_text or ""]
    for entity_id in (claim.object_id, claim.subject_id, claim.via_id):
        record = answerer.entities.get(entity_id or "")
        if record is not None:
            targets += [record.name, *record.aliases]
    return ClaimEvidence(
        claim_id=claim.id,
        href=claim_href(claim.id),
        document_id=evidence.document_id,
        document_title=document_title(document, evidence.document_id),
        document_href=document_href(evidence.document_id, evidence.start),
        start=evidence.start,
        end=evidence.end,
        quote=evidence.quote,
        segments=highlight(evidence.quote, targets),
        hedged=claim.hedged,
        negated=claim.negated,
        attributed_to=claim.attributed_to,
        qualifier=claim.qualifier,
        source=source,
    )
