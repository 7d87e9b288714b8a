"""The knowledge base as a STIX 2.1 bundle (docs/export.md, "STIX 2.1").

- an armed group is a ``threat-actor`` with its aliases; a person who leads one or
  perpetrated an attack is a ``threat-actor`` of ``resource_level: individual``
  (OpenCTI's Threat-Actor-Individual); any other organisation or person is an
  ``identity``; a place the gazetteer knows is a ``location``;
- a relation between two entities (``reconcile.relations``) is a ``relationship``
  whose ``confidence`` comes from its verdict and whose description quotes
  the evidence;
- an event is an ``incident`` with its date, place, perpetrators and tolls as
  ``x_dossier_`` properties of a top-level property extension, linked to its
  perpetrators (``attributed-to``) and place (``located-at``), and wrapped in a
  ``grouping`` so that MISP, which reads no incidents, gets it as an event;
- the verdict of each value predicate (founding date, size, funding...) is a
  ``note`` on the group whose ``confidence`` comes from the verdict;
- each article is a ``report`` referring to what it supports.

Every object refers to the articles and quotes it rests on (``external_references``).
Ids are UUIDv4-shaped hashes of a fixed namespace and the Dossier id, and each
object's ``created``/``modified`` are the times its articles were ingested, so
exporting an unchanged knowledge base twice gives the same bundle and a TAXII
client asking for what was added after a time gets what changed since.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import stix2  # type: ignore[import-untyped]
from sqlalchemy import select

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model import Evidence
from dossier.model.records import ClaimRecord, DocumentSummary, MergedEvent, Verdict
from dossier.model.serialize import range_to_json, time_to_json, value_text, value_to_json
from dossier.reconcile.events import merged_events
from dossier.reconcile.relations import (
    CanonicalEntity,
    Relation,
    RelationData,
    Role,
    collect_relations,
    relation_predicates,
)
from dossier.reconcile.verdicts import Reconciler
from dossier.render.json_export import claim_json, stance_json
from dossier.store import KnowledgeBase, schema

NAMESPACE = uuid.UUID("6f6c3c1e-5d0a-5b7e-9a43-2d0c6a1f7e01")  # never change: ids depend on it
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the time of an empty knowledge base

# STIX 2.1 Appendix A, the "High / Medium / Low" scale.
CONFIDENCE = {"corroborated": 85, "single-source": 50, "conflicting": 15}
LOWER = {85: 50, 50: 15, 15: 15}  # one step down, for claims all said with a hedge

# A relation's STIX type is the ontology's `stix` for its predicate where STIX has its own
# (based_in: located-at), else the predicate hyphenated (STIX 2.1 allows any
# lowercase-hyphenated name); the intermediary of connected_via is 'connected-via'.
VIA_RELATIONSHIP = "connected-via"
# Relations that join an armed group only to other armed groups (see armed_groups).
LINEAGE_PREDICATES = frozenset(
    {"affiliate_of", "splinter_of", "merged_with", "connected_via", "formed_from"}
)
MAX_QUOTES = 5  # quoted in a description
MAX_REFERENCES = 10  # articles and quotes in an object's external_references

# The producer of every object, and the extension that declares the x_dossier_ properties.
PRODUCER_KEY = "dossier"
EXTENSION_KEY = "x_dossier"
EXTENSION_PROPERTIES = (
    "x_dossier_predicate",
    "x_dossier_verdict",
    "x_dossier_independent_sources",
    "x_dossier_sources",
    "x_dossier_best_estimate",
    "x_dossier_claims",
    "x_dossier_event_type",
    "x_dossier_date",
    "x_dossier_place",
    "x_dossier_place_refs",
    "x_dossier_perpetrator_refs",
    "x_dossier_claimed",
    "x_dossier_stances",
    "x_dossier_targets",
    "x_dossier_victims",
    "x_dossier_killed",
    "x_dossier_wounded",
    "x_dossier_count",
    "x_dossier_tolls",
    "x_dossier_toll_verdicts",
    "x_dossier_url",
)
EXTENSION_SCHEMA = (
    "Dossier's properties, all optional, documented in Dossier's docs/export.md (STIX 2.1): "
    "x_dossier_verdict (corroborated | single-source | conflicting), "
    "x_dossier_independent_sources (integer), x_dossier_sources (list of source labels), "
    "x_dossier_predicate (ontology predicate), x_dossier_best_estimate and x_dossier_claims "
    "(values and claims as in Dossier's JSON export), on relationships and notes; "
    "x_dossier_event_type, x_dossier_date, x_dossier_place, x_dossier_place_refs, "
    "x_dossier_perpetrator_refs, x_dossier_claimed, x_dossier_stances (each perpetrator's "
    "STIX id, stance and accusers), x_dossier_targets, x_dossier_victims, "
    "x_dossier_killed, x_dossier_wounded, x_dossier_count, x_dossier_tolls and "
    "x_dossier_toll_verdicts on incidents, as the events of Dossier's JSON export; "
    "x_dossier_url (the article's address) on reports."
)
EXTENSION = {"extension_type": "toplevel-property-extension"}
STATE_ACTION_ROLES = ("agent",)  # threat-actor-role-ov: a person who carried out an attack
LEADER_ROLES = ("director",)  # threat-actor-role-ov: a person who leads an armed group


def stix_id(stix_type: str, dossier_id: str) -> str:
    """The STIX id of a Dossier thing: the same input always gives the same id.

    A UUIDv5 of the namespace and the key, with the version bits of a UUIDv4 (the
    specification asks for v4 ids on domain objects): deterministic, v4-shaped."""
    digest = uuid.uuid5(NAMESPACE, f"{stix_type}:{dossier_id}")
    return f"{stix_type}--{uuid.UUID(bytes=digest.bytes, version=4)}"


PRODUCER_ID = stix_id("identity", PRODUCER_KEY)
EXTENSION_ID = stix_id("extension-definition", EXTENSION_KEY)


def relationship_type(predicate: str, role: Role) -> str:
    if role == "via":
        return VIA_RELATIONSHIP
    spec = load_ontology().predicates.get(predicate)
    if spec is not None and spec.stix:
        return spec.stix
    return predicate.replace("_", "-") if role == "object" else "related-to"


def relationship_confidence(relation: Relation) -> int:
    """85, 50 or 15 for a corroborated, single-source or conflicting relation; one step
    lower when every claim for it is hedged."""
    return verdict_confidence(relation.verdict, relation.hedged)


def verdict_confidence(verdict: str, hedged: bool = False) -> int:
    confidence = CONFIDENCE.get(verdict, CONFIDENCE["single-source"])
    return LOWER[confidence] if hedged else confidence


def armed_groups(data: RelationData, events: Iterable[MergedEvent], ontology: Ontology) -> set[str]:
    """The organisations to export as threat actors (canonical ids).

    An organisation the ontology knows is one unless its ``kind`` says otherwise
    (research institutes, NATO, the UN). Another one is when it perpetrated an
    event other than a state's strike or arrest, or when a lineage relation joins
    it to an armed group: affiliate, splinter, merger, intermediary, or formed
    from former members. Rivalries and alliances do not count: an armed group's
    enemy may be a government.
    """
    organisations = {e.id for e in data.entities.values() if e.type == "organization"}
    known: dict[str, bool] = {}  # canonical id -> the ontology's word on it
    for entity_id in organisations:
        spec = ontology.entity(data.entities[entity_id].name)
        if spec is not None and spec.type == "organization":
            known[entity_id] = spec.is_armed_group

    def may_be_armed(entity_id: str) -> bool:
        return entity_id in organisations and known.get(entity_id, True)

    armed = {entity_id for entity_id, is_armed in known.items() if is_armed}
    armed.update(_perpetrators(data, events, ontology))
    armed = {entity_id for entity_id in armed if may_be_armed(entity_id)}
    lineage = [
        (relation.subject_id, relation.object_id)
        for relation in data.relations
        if relation.predicate in LINEAGE_PREDICATES
    ]
    while True:  # along chains: the parent of an affiliate of an armed group
        joined = {b for a, b in lineage if a in armed} | {a for a, b in lineage if b in armed}
        joined = {entity_id for entity_id in joined if may_be_armed(entity_id)} - armed
        if not joined:
            return armed
        armed |= joined


def _perpetrators(
    data: RelationData, events: Iterable[MergedEvent], ontology: Ontology
) -> set[str]:
    """Canonical ids of who perpetrated an event other than a state's strike or arrest."""
    return {
        data.canonical_id(perpetrator)
        for event in events
        if event.type not in ontology.state_actions
        for perpetrator in event.perpetrator_ids
        if perpetrator
    }


@dataclass(frozen=True, slots=True)
class Sources:
    """What every object needs to name its articles: their summaries and ingest times."""

    documents: dict[str, DocumentSummary]
    ingested: dict[str, datetime]
    last_change: datetime

    def times(self, document_ids: Iterable[str]) -> tuple[datetime, datetime]:
        """(created, modified): when the first and the last of these articles came in."""
        moments = sorted(self.ingested[d] for d in set(document_ids) if d in self.ingested)
        return (moments[0], moments[-1]) if moments else (self.last_change, self.last_change)

    def reference(self, evidence: Evidence) -> dict[str, str]:
        """The article and the quote, as an external reference (no URL: the validator
        wants a hash of what a URL serves, and Dossier keeps the text, not the page)."""
        document = self.documents.get(evidence.document_id)
        return {
            "source_name": (document.publisher if document else None) or "dossier",
            "external_id": evidence.document_id,
            "description": f"“{evidence.quote}” (characters {evidence.start}-{evidence.end})",
        }

    def references(self, evidence: Iterable[Evidence]) -> list[dict[str, str]]:
        """One reference per quote, the first MAX_REFERENCES distinct ones."""
        seen: dict[tuple[str, int, int], dict[str, str]] = {}
        for item in evidence:
            key = (item.document_id, item.start, item.end)
            if key not in seen:
                seen[key] = self.reference(item)
            if len(seen) == MAX_REFERENCES:
                break
        return list(seen.values())


def stix_bundle(kb: KnowledgeBase, ontology: Ontology | None = None) -> Any:
    """Everything the knowledge base knows as one ``stix2.Bundle``."""
    objects = stix_objects(kb, ontology)
    bundle_key = "|".join(sorted(obj.id for obj in objects))
    return stix2.v21.Bundle(objects=objects, id=stix_id("bundle", bundle_key))


def stix_objects(kb: KnowledgeBase, ontology: Ontology | None = None) -> list[Any]:
    """Every entity, relation, event, value verdict and article as STIX objects: the
    producer and the extension definition first, the reports last."""
    ontology = ontology or load_ontology()
    data = collect_relations(kb, ontology)
    events = merged_events(kb)
    claims = kb.claims()
    armed = armed_groups(data, events, ontology)
    sources = Sources(
        {document.id: document for document in kb.documents()},
        _ingest_times(kb),
        _last_change(kb),
    )
    evidence = _entity_evidence(data, claims, events)
    mentioned = _mention_documents(kb, data)
    leaders = {
        relation.subject_id
        for relation in data.relations
        if relation.predicate == "leader_of" and relation.object_id in armed
    }
    agents = _perpetrators(data, events, ontology)

    entities: dict[str, Any] = {}
    for entity in data.entities.values():
        seen_in = {e.document_id for e in evidence[entity.id]} | mentioned[entity.id]
        made = entity_object(
            entity,
            entity.id in armed,
            _person_roles(entity, leaders, agents),
            sources.times(seen_in),
            sources.references(evidence[entity.id]),
        )
        if made is not None:
            entities[entity.id] = made
    relationships = [
        (relation, relationship_object(relation, entities, data, ontology, sources))
        for relation in data.relations
        if relation.subject_id in entities and relation.object_id in entities
    ]
    supported = supported_objects(kb, data, entities, relationships, events)
    incidents: list[Any] = []
    for event in events:
        made_event = event_objects(event, entities, data, sources)
        incidents.extend(made_event)
        for item in event.evidence:
            supported[item.document_id].update(o.id for o in made_event if o.type != "grouping")
    notes = []
    relational = relation_predicates(ontology)
    for verdict in Reconciler(kb).all_verdicts():
        if verdict.predicate in relational:
            continue
        note = note_object(verdict, entities, data, ontology, sources)
        if note is not None:
            notes.append(note)
            for claim in verdict.claims:
                supported[claim.evidence.document_id].add(note.id)
    reports = [
        report_object(document, _url(kb, document.id), sorted(supported[document.id]), sources)
        for document in sources.documents.values()
        if supported[document.id]
    ]
    return [
        *producer_objects(),
        *(entities[key] for key in sorted(entities)),
        *(made for _relation, made in relationships),
        *incidents,
        *notes,
        *reports,
    ]


def producer_objects() -> list[Any]:
    """Dossier as the ``identity`` that made the objects, and the definition of the
    extension that carries its own properties."""
    producer = stix2.v21.Identity(
        id=PRODUCER_ID,
        name="Dossier",
        identity_class="system",
        description="A source-grounded knowledge base built from news articles.",
        external_references=[{"source_name": "dossier", "description": "Dossier itself"}],
        created=EPOCH,
        modified=EPOCH,
    )
    extension = stix2.v21.ExtensionDefinition(
        id=EXTENSION_ID,
        created_by_ref=PRODUCER_ID,
        name="Dossier knowledge base properties",
        description="Verdicts, sources, claims and event details that STIX 2.1 has no "
        "property for.",
        schema=EXTENSION_SCHEMA,
        version="1.0.0",
        extension_types=["toplevel-property-extension"],
        extension_properties=list(EXTENSION_PROPERTIES),
        created=EPOCH,
        modified=EPOCH,
    )
    return [producer, extension]


def supported_objects(
    kb: KnowledgeBase,
    data: RelationData,
    entities: dict[str, Any],
    relationships: list[tuple[Relation, Any]],
    events: Iterable[MergedEvent],
) -> dict[str, set[str]]:
    """Document id -> the STIX ids of what it supports: the relationships its claims
    assert and the entities its claims and events involve (denials support nothing)."""
    supported: dict[str, set[str]] = defaultdict(set)

    def add(document_id: str, entity_id: str | None) -> None:
        if entity_id and data.canonical_id(entity_id) in entities:
            supported[document_id].add(entities[data.canonical_id(entity_id)].id)

    for relation, made in relationships:
        for document_id in relation.document_ids:
            supported[document_id].update((made.id, made.source_ref, made.target_ref))
    for claim in kb.claims():
        if not claim.negated:
            for entity_id in (claim.subject_id, claim.object_id, claim.via_id):
                add(claim.evidence.document_id, entity_id)
    for event in events:
        involved = (*event.perpetrator_ids, event.country_id, event.province_id, event.city_id)
        for evidence in event.evidence:
            for entity_id in involved:
                add(evidence.document_id, entity_id)
    return supported


def stix_text(bundle: Any) -> str:
    """The bundle as indented JSON, properties in the specification's order."""
    # not pretty=True: its key sorting takes a minute for a few thousand objects
    text: str = bundle.serialize(indent=2, ensure_ascii=False)
    return text


def count_by_type(bundle: Any) -> dict[str, int]:
    """How many objects of each STIX type the bundle holds."""
    return dict(sorted(Counter(obj.type for obj in bundle.get("objects", [])).items()))


def _common(when: tuple[datetime, datetime], references: list[dict[str, str]]) -> dict[str, Any]:
    created, modified = when
    return {
        "created": created,
        "modified": modified,
        "created_by_ref": PRODUCER_ID,
        "external_references": references,
    }


def entity_object(
    entity: CanonicalEntity,
    armed_group: bool,
    roles: Sequence[str] = (),
    when: tuple[datetime, datetime] = (EPOCH, EPOCH),
    evidence: Sequence[dict[str, str]] = (),
) -> Any | None:
    """The STIX object for one canonical entity, or None when STIX cannot place it
    (a place the gazetteer does not know) or has no type for it (events).

    ``roles`` are a person's threat-actor roles (``director`` for a leader of an armed
    group, ``agent`` for a perpetrator): such a person is a threat actor."""
    common: dict[str, Any] = {
        "name": entity.name,
        **_common(when, [{"source_name": "dossier", "external_id": entity.id}, *evidence]),
    }
    if entity.type == "organization" and armed_group:
        return stix2.v21.ThreatActor(
            id=stix_id("threat-actor", entity.id), aliases=list(entity.aliases) or None, **common
        )
    if entity.type == "person" and roles:
        return stix2.v21.ThreatActor(
            id=stix_id("threat-actor", entity.id),
            aliases=list(entity.aliases) or None,
            resource_level="individual",
            roles=list(roles),
            **common,
        )
    if entity.type in ("organization", "person"):
        return stix2.v21.Identity(
            id=stix_id("identity", entity.id),
            identity_class="organization" if entity.type == "organization" else "individual",
            description=_also_known_as(entity),
            **common,
        )
    if entity.type == "place":
        return location_object(entity, common)
    return None


def _person_roles(entity: CanonicalEntity, leaders: set[str], agents: set[str]) -> list[str]:
    if entity.type != "person":
        return []
    roles = [*(LEADER_ROLES if entity.id in leaders else ())]
    roles.extend(STATE_ACTION_ROLES if entity.id in agents else ())
    return roles


def location_object(entity: CanonicalEntity, common: dict[str, Any]) -> Any | None:
    """A place with its country code, and its coordinates unless it is a country (the
    gazetteer puts a country on its capital, a province on its seat)."""
    place = get_gazetteer().get(entity.gazetteer_id) if entity.gazetteer_id else None
    if place is None or (place.country is None and place.latitude is None):
        return None  # STIX needs a region, a country or coordinates
    properties: dict[str, Any] = {"country": place.country}
    if place.kind == "province":
        properties["administrative_area"] = place.name
    elif place.kind == "city":
        properties["city"] = place.name
    if place.kind != "country" and place.latitude is not None and place.longitude is not None:
        properties["latitude"], properties["longitude"] = place.latitude, place.longitude
    references = list(common["external_references"])
    references.insert(1, _gazetteer_reference(entity.gazetteer_id))
    return stix2.v21.Location(
        id=stix_id("location", entity.id),
        description=_also_known_as(entity),
        **{**common, "external_references": references},
        **{key: value for key, value in properties.items() if value is not None},
    )


def relationship_object(
    relation: Relation,
    objects: dict[str, Any],
    data: RelationData,
    ontology: Ontology,
    sources: Sources | None = None,
) -> Any:
    key = f"{relation.subject_id}|{relation.predicate}|{relation.role}|{relation.object_id}"
    sources = sources or Sources({}, {}, EPOCH)
    claims = [*relation.claims, *relation.denials]
    return stix2.v21.Relationship(
        id=stix_id("relationship", key),
        relationship_type=relationship_type(relation.predicate, relation.role),
        source_ref=objects[relation.subject_id].id,
        target_ref=objects[relation.object_id].id,
        confidence=relationship_confidence(relation),
        description=relationship_description(relation, data, ontology),
        extensions={EXTENSION_ID: EXTENSION},
        x_dossier_predicate=relation.predicate,
        x_dossier_verdict=relation.verdict,
        x_dossier_independent_sources=len(relation.sources),
        **_present(x_dossier_sources=list(relation.sources)),
        **_common(
            sources.times(c.evidence.document_id for c in claims),
            sources.references(c.evidence for c in claims),
        ),
    )


def relationship_description(relation: Relation, data: RelationData, ontology: Ontology) -> str:
    """The statement, its verdict and sources, and the quotes it rests on."""
    lines = [
        f"{_statement(relation, data, ontology)}. {relation.verdict.capitalize()} "
        f"({len(relation.sources)} independent source{'s' * (len(relation.sources) != 1)}: "
        f"{', '.join(relation.sources)})" + ("; every claim is hedged." if relation.hedged else ".")
    ]
    lines.extend(_quote(claim) for claim in relation.claims[:MAX_QUOTES])
    if len(relation.claims) > MAX_QUOTES:
        lines.append(f"... and {len(relation.claims) - MAX_QUOTES} more.")
    if relation.denials:
        lines.append(f"Denied by {len(relation.denials)} claim(s):")
        lines.extend(_quote(claim) for claim in relation.denials[:MAX_QUOTES])
    return "\n".join(lines)


def event_objects(
    event: MergedEvent, entities: dict[str, Any], data: RelationData, sources: Sources
) -> list[Any]:
    """An event as an ``incident`` with Dossier's fields, ``attributed-to`` its
    perpetrators and ``located-at`` its most specific place, and a ``grouping`` of
    them all (MISP reads a grouping as one of its events, and has no incidents)."""

    def exported(entity_id: str | None) -> Any | None:
        return entities.get(data.canonical_id(entity_id)) if entity_id else None

    perpetrators = list(
        {made.id: made for p in event.perpetrator_ids if (made := exported(p)) is not None}.values()
    )
    places = [exported(e) for e in (event.city_id, event.province_id, event.country_id)]
    place = next((made for made in places if made is not None), None)
    name = event_name(event, data)
    description = event_description(event, data, name)
    common = _common(
        sources.times(item.document_id for item in event.evidence),
        [
            {"source_name": "dossier", "external_id": event.id},
            *sources.references(event.evidence),
        ],
    )
    confidence = verdict_confidence(event.verdict)
    incident = stix2.v21.Incident(
        id=stix_id("incident", event.id),
        name=name,
        description=description,
        confidence=confidence,
        extensions={EXTENSION_ID: EXTENSION},
        x_dossier_event_type=event.type,
        x_dossier_verdict=event.verdict,
        x_dossier_independent_sources=len(event.sources),
        **_present(
            x_dossier_sources=list(event.sources),
            x_dossier_date=time_to_json(event.date),
            x_dossier_place={
                "country": event.country_id,
                "province": event.province_id,
                "city": event.city_id,
                "as_written": event.places,
            },
            x_dossier_place_refs=[made.id for made in places if made is not None],
            x_dossier_perpetrator_refs=[made.id for made in perpetrators],
            x_dossier_claimed=event.claimed,
            x_dossier_stances=[
                {**stance_json(event, who, stance), "perpetrator": made.id}
                for who, stance in event.stances
                if (made := exported(who)) is not None
            ],
            x_dossier_targets=list(event.targets),
            x_dossier_victims=list(event.victims),
            x_dossier_killed=range_to_json(event.killed),
            x_dossier_wounded=range_to_json(event.wounded),
            x_dossier_count=range_to_json(event.count),
            x_dossier_tolls=[
                {
                    "kind": toll.kind,
                    "document_id": toll.document_id,
                    "source": toll.source,
                    "published_at": toll.published_at,
                    **(range_to_json(toll.count) or {}),
                }
                for toll in event.tolls
            ],
            x_dossier_toll_verdicts=dict(event.toll_verdicts),
        ),
        **common,
    )
    links = [
        ("attributed-to", made, "claimed" if event.claimed else "attributed")
        for made in perpetrators
    ]
    if place is not None:
        links.append(("located-at", place, "took place"))
    relationships = [
        stix2.v21.Relationship(
            id=stix_id("relationship", f"{event.id}|{kind}|{target.id}"),
            relationship_type=kind,
            source_ref=incident.id,
            target_ref=target.id,
            confidence=confidence,
            description=f"{name}: {how} ({target.name}).",
            **common,
        )
        for kind, target, how in links
    ]
    grouping = stix2.v21.Grouping(
        id=stix_id("grouping", event.id),
        name=name,
        description=description,
        context="suspicious-activity",
        object_refs=[
            incident.id,
            *(made.id for made in perpetrators),
            *([place.id] if place is not None else []),
            *(made.id for made in relationships),
        ],
        confidence=confidence,
        **common,
    )
    return [incident, *relationships, grouping]


def event_name(event: MergedEvent, data: RelationData) -> str:
    """'Bombing/explosion in Kabul, 26 August 2021'."""
    place_id = event.city_id or event.province_id or event.country_id
    place = data.entities.get(data.canonical_id(place_id)) if place_id else None
    name = event.type[:1].upper() + event.type[1:]
    if place is not None:
        name += f" in {place.name}"
    if event.date is not None and (when := _date_text(event.date)):
        name += f", {when}"
    return name


def _date_text(span: Any) -> str | None:
    """'26 August 2021', 'August 2021', '2021', or the date as written."""
    start, end = span.start, span.end
    if start is not None and end is not None:
        if start == end:
            return f"{start.day} {start:%B %Y}"
        if (start.year, start.month) == (end.year, end.month) and span.precision == "month":
            return f"{start:%B %Y}"
        if start.year == end.year and span.precision == "year":
            return str(start.year)
    return span.text or None


def event_description(event: MergedEvent, data: RelationData, name: str) -> str:
    """The event in words: who, the tolls, the verdict, and the quotes."""

    def names(entity_ids: Iterable[str]) -> str:
        heads = dict.fromkeys(data.canonical_id(e) for e in entity_ids if e)
        return ", ".join(data.entities[h].name if h in data.entities else h for h in heads)

    lines = [f"{name}."]
    if event.perpetrator_ids:
        how = "by" if event.claimed is None else "claimed by" if event.claimed else "attributed to"
        lines.append(f"Perpetrators: {how} {names(event.perpetrator_ids)}.")
    for kind, count in (("Killed", event.killed), ("Wounded", event.wounded)):
        if count is not None:
            lines.append(f"{kind}: {count.text or _range_text(count)}.")
    for kind, verdict in event.toll_verdicts:
        lines.append(f"Reports of the {kind}: {verdict}.")
    lines.append(
        f"{event.verdict.capitalize()} ({len(event.sources)} independent "
        f"source{'s' * (len(event.sources) != 1)}: {', '.join(event.sources)})."
    )
    lines.extend(_quote_evidence(item) for item in event.evidence[:MAX_QUOTES])
    return "\n".join(lines)


def note_object(
    verdict: Verdict,
    entities: dict[str, Any],
    data: RelationData,
    ontology: Ontology,
    sources: Sources,
) -> Any | None:
    """The verdict of a value predicate (founded, member_count...) as a ``note`` on the
    group, with the best estimate, the sources, and the claims quoted."""
    subject = entities.get(data.canonical_id(verdict.subject_id))
    claims = verdict.claims
    asserting = [claim for claim in claims if not claim.negated]
    if subject is None or not claims:
        return None
    spec = ontology.predicates.get(verdict.predicate)
    estimate = verdict.best_estimate
    if isinstance(estimate, str):
        said = estimate
    elif estimate is not None:
        said = value_text(estimate) or ""
    else:
        said = " / ".join(dict.fromkeys(v for c in asserting if (v := _claim_value(c))))
    template = spec.answer if spec else "{subject} " + verdict.predicate.replace("_", " ")
    statement = template.replace("{value}", "{values}").format_map(
        defaultdict(str, subject=subject.name, values=said or "(no value)", objects=said)
    )
    independent = verdict.independent_sources
    labels = sorted({label for p in verdict.positions for label in p.sources.values()})
    lines = [
        f"{statement}. {verdict.verdict.capitalize()} ({independent} independent "
        f"source{'s' * (independent != 1)}: {', '.join(labels)})."
    ]
    if verdict.note:
        lines.append(verdict.note)
    lines.extend(
        f"{_claim_value(claim) or '-'}{' (denied)' if claim.negated else ''}: {_quote(claim)}"
        for claim in claims[:MAX_QUOTES]
    )
    if len(claims) > MAX_QUOTES:
        lines.append(f"... and {len(claims) - MAX_QUOTES} more.")
    hedged = bool(asserting) and all(claim.hedged for claim in asserting)
    return stix2.v21.Note(
        id=stix_id("note", f"{verdict.subject_id}|{verdict.predicate}"),
        abstract=statement,
        content="\n".join(lines),
        authors=["Dossier"],
        # the articles' reports too: MISP hangs a note on the events (reports) it names
        object_refs=[
            subject.id,
            *sorted({stix_id("report", c.evidence.document_id) for c in claims}),
        ],
        confidence=verdict_confidence(verdict.verdict, hedged),
        extensions={EXTENSION_ID: EXTENSION},
        x_dossier_predicate=verdict.predicate,
        x_dossier_verdict=verdict.verdict,
        x_dossier_independent_sources=independent,
        **_present(
            x_dossier_sources=labels,
            x_dossier_best_estimate=(
                estimate if isinstance(estimate, str) else value_to_json(estimate)
            ),
            x_dossier_claims=[claim_json(claim) for claim in claims],
        ),
        **_common(
            sources.times(c.evidence.document_id for c in claims),
            sources.references(c.evidence for c in claims),
        ),
    )


def report_object(
    document: DocumentSummary, url: str | None, object_refs: list[str], sources: Sources
) -> Any:
    """One article: when it was published (else when it was ingested), where it came
    from (``x_dossier_url``), and what it supports."""
    reference = {"source_name": document.publisher or "dossier", "external_id": document.id}
    created, modified = sources.times([document.id])
    return stix2.v21.Report(
        id=stix_id("report", document.id),
        name=document.title or f"Article {document.id}",
        published=_timestamp(document.published_at) or created,
        object_refs=object_refs,
        external_references=[reference],
        created=created,
        modified=modified,
        created_by_ref=PRODUCER_ID,
        **({"extensions": {EXTENSION_ID: EXTENSION}, "x_dossier_url": url} if url else {}),
    )


def _statement(relation: Relation, data: RelationData, ontology: Ontology) -> str:
    """'ISIS-K is an affiliate of Islamic State', from the predicate's answer form."""

    def names(entity_ids: Iterable[str | None]) -> str:
        heads = {data.canonical_id(e) for e in entity_ids if e}
        return ", ".join(sorted(data.entities[h].name for h in heads if h in data.entities))

    spec = ontology.predicates.get(relation.predicate)
    template = spec.answer if spec else "{subject} " + relation.predicate.replace("_", " ")
    if relation.role == "via":
        objects = names(claim.object_id for claim in relation.claims)
        via = data.entities[relation.object_id].name
    else:
        objects = data.entities[relation.object_id].name
        via = names(claim.via_id for claim in relation.claims)
    if not via:
        template = template.replace(" via {via}", "")
    subject = data.entities[relation.subject_id].name
    return template.format_map(
        defaultdict(str, subject=subject, objects=objects, via=via, values=objects)
    )


def _quote(claim: ClaimRecord) -> str:
    return _quote_evidence(claim.evidence) + (" (hedged)" if claim.hedged else "")


def _quote_evidence(evidence: Evidence) -> str:
    where = f"document {evidence.document_id}, characters {evidence.start}-{evidence.end}"
    return f"“{evidence.quote}” ({where})"


def _claim_value(claim: ClaimRecord) -> str | None:
    return claim.value_text or value_text(claim.value)


def _range_text(count: Any) -> str:
    if count.min is None and count.max is None:
        return "unknown"
    if count.min == count.max or count.max is None:
        return f"{count.min}"
    return f"{count.min}-{count.max}"


def _present(**properties: Any) -> dict[str, Any]:
    """The properties that say something: no nulls, empty lists or empty objects (STIX
    forbids empty lists, and a null is no value)."""
    return {key: cleaned for key, value in properties.items() if (cleaned := _clean(value))}


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: c for k, v in value.items() if (c := _clean(v)) is not None and c != []} or None
    if isinstance(value, list | tuple):
        return [c for v in value if (c := _clean(v)) is not None] or None
    return value


def _entity_evidence(
    data: RelationData, claims: Iterable[ClaimRecord], events: Iterable[MergedEvent]
) -> dict[str, list[Evidence]]:
    """Canonical entity id -> the quotes about it: claims it is the subject of first,
    then those naming it as object or intermediary, then the events it took part in."""
    first: dict[str, list[Evidence]] = defaultdict(list)
    then: dict[str, list[Evidence]] = defaultdict(list)
    for claim in claims:
        if claim.negated:
            continue
        first[data.canonical_id(claim.subject_id)].append(claim.evidence)
        for other in (claim.object_id, claim.via_id):
            if other:
                then[data.canonical_id(other)].append(claim.evidence)
    for event in events:
        for entity_id in (
            *event.perpetrator_ids,
            event.country_id,
            event.province_id,
            event.city_id,
        ):
            if entity_id:
                then[data.canonical_id(entity_id)].extend(event.evidence)
    return defaultdict(list, {key: [*first[key], *then[key]] for key in {*first, *then}})


def _mention_documents(kb: KnowledgeBase, data: RelationData) -> dict[str, set[str]]:
    """Canonical entity id -> the documents naming it."""
    mentions = schema.mentions
    query = select(mentions.c.entity_id, mentions.c.document_id).distinct()
    found: dict[str, set[str]] = defaultdict(set)
    with kb.engine.connect() as connection:
        for entity_id, document_id in connection.execute(query):
            if entity_id:
                found[data.canonical_id(entity_id)].add(document_id)
    return found


def _ingest_times(kb: KnowledgeBase) -> dict[str, datetime]:
    """Document id -> when it was ingested."""
    documents = schema.documents
    with kb.engine.connect() as connection:
        rows = connection.execute(select(documents.c.id, documents.c.ingested_at)).all()
    return {row.id: _timestamp(row.ingested_at) or EPOCH for row in rows}


def _also_known_as(entity: CanonicalEntity) -> str | None:
    return f"Also known as: {'; '.join(entity.aliases)}." if entity.aliases else None


def _gazetteer_reference(gazetteer_id: str | None) -> dict[str, str]:
    """The gazetteer's id for a place (no URL: see ``Sources.reference``)."""
    if gazetteer_id and gazetteer_id.startswith("geonames:"):
        return {"source_name": "geonames", "external_id": gazetteer_id.removeprefix("geonames:")}
    standard = "iso-3166-2" if gazetteer_id and "-" in gazetteer_id else "iso-3166-1"
    return {"source_name": standard, "external_id": gazetteer_id or ""}


def _timestamp(text: str | None) -> datetime | None:
    """An ISO 8601 date or time as an aware UTC datetime (naive ones are taken as UTC)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _last_change(kb: KnowledgeBase) -> datetime:
    """When the knowledge base last took in a document: the time of objects no article
    supports, so that an unchanged knowledge base exports the same bundle."""
    _count, last_ingested, *_ = kb.revision()
    return _timestamp(str(last_ingested) if last_ingested else None) or EPOCH


def _url(kb: KnowledgeBase, document_id: str) -> str | None:
    return kb.document(document_id).url
