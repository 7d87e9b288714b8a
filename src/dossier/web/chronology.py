"""What the time charts draw: events on a timeline, and size estimates over time.

- Events: each dated event with its toll (every source's own figure, never added up),
  its sources, and a link to its evidence in the article.
- Sizes: every member-count estimate as a range from its lowest to its highest figure,
  with its date, scope, source and whether it is hedged, linking to its claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.model.records import EntityRecord, MergedEvent
from dossier.render.profile import Profile
from dossier.web.geo import toll
from dossier.web.library import View
from dossier.web.pages._shared import claim_href, document_href, document_title


@dataclass(frozen=True, slots=True)
class TollReport:
    kind: str  # killed | wounded
    figure: str  # as written, else the number
    source: str
    href: str  # the article


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    id: str
    start: str  # ISO date
    end: str
    when: str  # as written: 'in June 2021'
    type: str
    title: str  # the event in one sentence
    place: str
    killed: int | None
    tolls: list[TollReport]
    sources: list[str]
    verdict: str
    href: str  # the evidence: the article at the event's first sentence


@dataclass(frozen=True, slots=True)
class SizePoint:
    low: int
    high: int  # equal to low for a single figure
    label: str  # 'around 2,500'
    scope: str
    when: str  # 'undated', '2021'
    since: str  # ISO start of the time scope, '' when undated
    hedged: bool
    source: str
    href: str  # the claim


def timeline(view: View, entity: EntityRecord | None = None) -> list[TimelineEvent]:
    """Dated events, oldest first: the entity's (those it carried out), else all."""
    answerer = view.answerer
    involved = set(answerer.reconciler.members(entity.id)) if entity is not None else None
    found = []
    for event in answerer.events if entity is None else answerer.events_of(entity):
        if event.date is None or event.date.start is None or not event.evidence:
            continue
        perpetrators = {answerer.canonical.get(p, p) for p in event.perpetrator_ids}
        if involved is not None and not involved & perpetrators:
            continue
        found.append(_timeline_event(view, event))
    found.sort(key=lambda item: item.start)
    return found


def _timeline_event(view: View, event: MergedEvent) -> TimelineEvent:
    answerer = view.answerer
    evidence = event.evidence[0]
    span = event.date
    place_id = event.city_id or event.province_id or event.country_id
    return TimelineEvent(
        id=event.id,
        start=span.start.isoformat() if span and span.start else "",
        end=span.end.isoformat() if span and span.end else "",
        when=span.text if span else "",
        type=event.type,
        title=answerer.event_sentence(event),
        place=answerer.name(place_id) if place_id else "",
        killed=toll(event),
        tolls=[
            TollReport(
                kind=report.kind,
                figure=report.count.text or str(report.count.min),
                source=report.source
                or document_title(answerer.documents.get(report.document_id), report.document_id),
                href=document_href(report.document_id),
            )
            for report in event.tolls
        ],
        sources=list(event.sources),
        verdict=event.verdict,
        href=document_href(evidence.document_id, evidence.start),
    )


def size_points(profile: Profile) -> list[SizePoint]:
    """The profile's size estimates that give a figure, oldest first (undated last)."""
    sizes = [size for size in profile.sizes if size.low is not None]
    sizes.sort(key=lambda size: (size.since is None, size.since or ""))
    return [
        SizePoint(
            low=size.low or 0,
            high=max(size.high or 0, size.low or 0),
            label=size.estimate or str(size.low),
            scope=size.scope,
            when=size.when,
            since=size.since or "",
            hedged=size.hedged,
            source=size.source,
            href=claim_href(size.claim_id),
        )
        for size in sizes
    ]
