"""`/entity/{id}`: the profile, with its map, network, timeline and size chart.

The page lists what the pictures show (places, relations, events, estimates), so it
reads without JavaScript; `static/entity.js` draws the pictures from the JSON API."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.model.records import EntityRecord
from dossier.reconcile.relations import entity_relations
from dossier.render.profile import Profile, build_profile
from dossier.web.chronology import SizePoint, TimelineEvent, size_points, timeline
from dossier.web.geo import MapData, entity_map
from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import EntitySummary, entity_href, entity_summary

router = APIRouter(include_in_schema=False)


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


def entity_page(view: View, key: str) -> EntityPage:
    entity = view.answerer.entity_named(key)
    answerer = view.answerer
    profile = build_profile(view.kb, entity.id, answerer)
    verdicts = answerer.reconciler.verdicts(entity.id)
    return EntityPage(
        entity=entity_summary(view, entity),
        profile=profile,
        sizes=size_points(profile),
        places=entity_map(view, entity),
        events=timeline(view, entity),
        relations=relations(view, entity),
        conflicts=sum(verdict.verdict == "conflicting" for verdict in verdicts),
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
