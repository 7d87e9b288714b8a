"""`/contested`: every conflict in the knowledge base, both sides quoted."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import EntitySummary, entity_summary
from dossier.web.pages.claim import ClaimEvidence, claim_evidence

router = APIRouter(include_in_schema=False)


@router.get("/contested", response_class=HTMLResponse)
def contested(request: Request) -> HTMLResponse:
    return render(request, "contested.html", conflicts=conflicts(current(request)))


@dataclass(slots=True)
class Conflict:
    subject: EntitySummary | None
    predicate: str
    label: str
    summary: str
    sides: list[ClaimEvidence]


def conflicts(view: View) -> list[Conflict]:
    answerer = view.answerer
    found = []
    for verdict in view.conflicts:
        spec = answerer.ontology.predicates.get(verdict.predicate)
        subject = answerer.entities.get(verdict.subject_id)
        sides = [
            claim_evidence(view, position.claims[0], answerer.side(position))
            for position in verdict.positions
        ]
        found.append(
            Conflict(
                subject=entity_summary(view, subject) if subject else None,
                predicate=verdict.predicate,
                label=spec.label if spec else verdict.predicate,
                summary=answerer.say(verdict, spec) if spec else verdict.predicate,
                sides=sides,
            )
        )
    return found
