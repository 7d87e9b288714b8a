"""`/contested`: every conflict in the knowledge base, both sides quoted: claims whose
sources disagree, and incidents whose sources give different tolls."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.answer.events import toll_phrase
from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import (
    EntitySummary,
    document_href,
    document_title,
    entity_summary,
    events_list,
)
from dossier.web.pages.claim import ClaimEvidence, claim_evidence

router = APIRouter(include_in_schema=False)


@router.get("/contested", response_class=HTMLResponse)
def contested(request: Request) -> HTMLResponse:
    view = current(request)
    return render(
        request, "contested.html", conflicts=conflicts(view), tolls=conflicting_tolls(view)
    )


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


@dataclass(slots=True)
class TollSource:
    figure: str
    source: str
    document_title: str
    document_href: str


@dataclass(slots=True)
class TollConflict:
    event: str  # the incident in one sentence
    kind: str  # killed | wounded
    summary: str  # each figure with its sources
    sources: list[TollSource]


def conflicting_tolls(view: View) -> list[TollConflict]:
    """Incidents whose sources report different numbers killed or wounded (a rising
    count, where later reports raise the toll, is not a conflict)."""
    answerer = view.answerer
    found = []
    for event in events_list(view):
        for kind, verdict in event.toll_verdicts:
            if verdict != "conflicting":
                continue
            summary, _differ = toll_phrase(kind, event.tolls)
            sources = [
                TollSource(
                    figure=toll.count.text or str(toll.count.min),
                    source=toll.source,
                    document_title=document_title(
                        answerer.documents.get(toll.document_id), toll.document_id
                    ),
                    document_href=document_href(toll.document_id),
                )
                for toll in event.tolls
                if toll.kind == kind
            ]
            found.append(TollConflict(answerer.event_sentence(event), kind, summary, sources))
    return found
