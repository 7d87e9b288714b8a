"""`/entity/{id}`: the profile, with its map, network, timeline and size chart.

The page lists what the pictures show (places, relations, events, estimates), so it
reads without JavaScript; `static/entity.js` draws the pictures from the JSON API."""

from __future__ import annotations

from dataclasses import dataclass, replace

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.model.records import EntityRecord
from dossier.reconcile.relations import entity_relations
from dossier.render.profile import Profile, build_profile
from dossier.web.chronology import SizePoint, TimelineEvent, size_points, timeline
from dossier.web.geo import MapData, MapMarker, entity_map
from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import EntitySummary, entity_href, entity_summary

router = APIRouter(include_in_schema=False)
# A group named in thousands of articles has thousands of events and places: the page lists
# the latest of each (the map, the timeline chart and `dossier profile` show them all), so
# that its size and rendering time do not grow with the knowledge base.
LISTED = 100


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    view = current(request)
    key = view.answerer.entity_named(entity_id).id
    page = view.remember(f"entity:{key}", lambda v: entity_page(v, key))
    return render(request, "entity.html", page=page, profile=page.profile)


@dataclass(frozen=True, slots=True)
class RelationLink:
    """One relation of the entity to another: 'hostile to Taliban', 'ISIS-K hostile to'."""

    other_id: str
    other_name: str
    other_type: str
    label: str
    kind: str  # the ontology's relation: ally | rival | affiliate | support | ... | other
    verdict: str
    href: str


@dataclass(slots=True)
class EntityPage:
    entity: EntitySummary
    profile: Profile
    sizes: list[SizePoint]
    places: MapData
    events: list[TimelineEvent]
    relations: list[RelationLink]
    conflicts: int
    unlisted_places: int = 0  # markers and events past LISTED, not listed on the page
    unlisted_events: int = 0


def entity_page(view: View, key: str) -> EntityPage:
    entity = view.answerer.entity_named(key)
    answerer = view.answerer
    profile = build_profile(view.kb, entity.id, answerer)
    verdicts = answerer.reconciler.verdicts(entity.id)
    places = entity_map(view, entity)
    events = timeline(view, entity)
    return EntityPage(
        entity=entity_summary(view, entity),
        profile=latest_part(profile, LISTED),
        sizes=size_points(profile),
        places=replace(places, markers=_latest_markers(places.markers, LISTED)),
        events=events[-LISTED:],
        relations=relations(view, entity),
        conflicts=sum(verdict.verdict == "conflicting" for verdict in verdicts),
        unlisted_places=max(0, sum(m.category == "event" for m in places.markers) - LISTED),
        unlisted_events=max(0, len(profile.timeline) - LISTED, len(events) - LISTED),
    )


def _latest_markers(markers: list[MapMarker], limit: int) -> list[MapMarker]:
    """Every base or area the claims name, and the places of the ``limit`` latest events
    (event markers come in date order)."""
    events = [marker for marker in markers if marker.category == "event"]
    return [marker for marker in markers if marker.category != "event"] + events[-limit:]


def latest_part(profile: Profile, limit: int) -> Profile:
    """The profile with its ``limit`` latest timeline entries and only the sources that
    what is left cites (their numbers unchanged, so every footnote still points home)."""
    if len(profile.timeline) <= limit:
        return profile
    timeline_entries = profile.timeline[-limit:]
    statements = [
        *profile.aliases,
        *profile.overview,
        *profile.size_notes,
        *(s for section in profile.sections for s in section.statements),
        *(s for item in profile.contested for s in item.sides),
    ]
    cited = {n for s in statements for n in s.footnotes}
    cited |= {n for size in profile.sizes for n in size.footnotes}
    cited |= {n for item in profile.contested for n in item.footnotes}
    cited |= {n for entry in timeline_entries for n in entry.footnotes}
    return replace(
        profile,
        timeline=timeline_entries,
        sources=[source for source in profile.sources if source.number in cited],
    )


def relations(view: View, entity: EntityRecord) -> list[RelationLink]:
    """The entity's relations (``reconcile.relations.entity_relations``), each with the
    kind of tie and a link to the other's page."""
    return [
        RelationLink(
            relation.other_id,
            relation.name,
            relation.type,
            relation.label,
            _relation_kind(view, relation.predicate),
            relation.verdict,
            entity_href(relation.other_id),
        )
        for relation in entity_relations(
            view.answerer.reconciler, entity.id, view.answerer.entities
        )
    ]


def _relation_kind(view: View, predicate: str) -> str:
    """The kind of tie the graph draws (the ontology's `relation`; a css class)."""
    spec = view.answerer.ontology.predicates.get(predicate)
    return (spec.relation if spec else None) or "other"
