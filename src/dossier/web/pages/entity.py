"""`/entity/{id}`: the profile, with its size chart, map and relationship graph."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.model import Place
from dossier.model.records import EntityRecord, Verdict
from dossier.reconcile.relations import entity_relations
from dossier.render.profile import Profile, build_profile
from dossier.web.charts import (
    GraphLayout,
    MapLayout,
    PlaceInput,
    RelationInput,
    SizeChart,
    SizeInput,
    place_map,
    relation_graph,
    size_chart,
)
from dossier.web.library import View, current
from dossier.web.pages._render import render
from dossier.web.pages._shared import EntitySummary, claim_href, entity_href, entity_summary

router = APIRouter(include_in_schema=False)

# predicate -> the kind of line the graph draws (css class); others are 'other'
PLACE_PREDICATES = {"based_in": "based in", "operates_in": "operates in", "headquarters": "HQ"}


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    page = entity_page(current(request), entity_id)
    return render(request, "entity.html", page=page, profile=page.profile)


@dataclass(slots=True)
class EntityPage:
    entity: EntitySummary
    profile: Profile
    sizes: SizeChart | None
    map: MapLayout | None
    graph: GraphLayout | None
    conflicts: int


def entity_page(view: View, key: str) -> EntityPage:
    entity = view.answerer.entity_named(key)
    answerer = view.answerer
    profile = build_profile(view.kb, entity.id, answerer)
    verdicts = answerer.reconciler.verdicts(entity.id)
    return EntityPage(
        entity=entity_summary(view, entity),
        profile=profile,
        sizes=size_chart(_size_inputs(profile)),
        map=place_map(_place_inputs(view, entity, verdicts)),
        graph=relation_graph(entity.id, entity.name, entity.type, relations(view, entity)),
        conflicts=sum(verdict.verdict == "conflicting" for verdict in verdicts),
    )


def _size_inputs(profile: Profile) -> list[SizeInput]:
    """The profile's size estimates that give a figure, oldest first (undated last)."""
    sizes = [size for size in profile.sizes if size.low is not None]
    sizes.sort(key=lambda size: (size.since is None, size.since or ""))
    return [
        SizeInput(
            low=size.low or 0,
            high=size.high,
            label=size.estimate or str(size.low),
            scope=size.scope,
            when=size.when,
            source=size.source,
            href=claim_href(size.claim_id),
            footnotes=tuple(size.footnotes[:1]),
        )
        for size in sizes
    ]


def _place_inputs(view: View, entity: EntityRecord, verdicts: list[Verdict]) -> list[PlaceInput]:
    """Bases and areas of operation, then where the entity's events happened."""
    answerer = view.answerer
    found: dict[str, str] = {}  # place entity id -> why it is on the map
    for verdict in verdicts:
        why = PLACE_PREDICATES.get(verdict.predicate)
        if why is None:
            continue
        for position in verdict.positions:
            if position.object_id and not position.negated:
                found.setdefault(
                    answerer.canonical.get(position.object_id, position.object_id), why
                )
    involved = set(answerer.reconciler.members(entity.id))
    for event in answerer.events:
        if involved & {answerer.canonical.get(p, p) for p in event.perpetrator_ids}:
            where = event.city_id or event.province_id or event.country_id
            if where:
                found.setdefault(answerer.canonical.get(where, where), "event")
    gazetteer = get_gazetteer()
    located: list[tuple[EntityRecord, Place, str]] = []
    for place_id, why in found.items():
        record = answerer.entities.get(place_id)
        place = gazetteer.get(record.gazetteer_id) if record and record.gazetteer_id else None
        if record is not None and place is not None and place.latitude is not None:
            located.append((record, place, why))
    # a country's marker sits on its capital: shown only when nothing finer in it is
    finer = {place.country for _, place, _ in located if place.kind != "country"}
    return [
        PlaceInput(
            name=record.name,
            gazetteer_id=record.gazetteer_id or "",
            kind=place.kind,
            latitude=place.latitude or 0.0,
            longitude=place.longitude or 0.0,
            href=entity_href(record.id),
            why=why,
        )
        for record, place, why in located
        if place.kind != "country" or place.country not in finer
    ]


def relations(view: View, entity: EntityRecord) -> list[RelationInput]:
    """The entity's relations (``reconcile.relations.entity_relations``) as the graph draws
    them: a line of the predicate's kind, a link to the other's page."""
    return [
        RelationInput(
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
