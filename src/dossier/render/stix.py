"""The knowledge base as a STIX 2.1 bundle (docs/export.md, "STIX 2.1").

- an armed group is a ``threat-actor`` with its aliases; any other organisation
  is an ``identity`` of class ``organization``, a person one of class
  ``individual``; a place the gazetteer knows is a ``location``;
- a relation between two entities (``reconcile.relations``) is a ``relationship``
  whose ``confidence`` comes from its verdict and whose description quotes
  the evidence;
- each article is a ``report`` referring to what it supports.

Ids are UUIDv5 of a fixed namespace and the Dossier id, and every timestamp
comes from the knowledge base, so exporting an unchanged knowledge base twice
gives the same bundle.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import stix2  # type: ignore[import-untyped]

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model.records import ClaimRecord, DocumentSummary, MergedEvent
from dossier.reconcile.events import merged_events
from dossier.reconcile.relations import (
    CanonicalEntity,
    Relation,
    RelationData,
    Role,
    collect_relations,
)
from dossier.store import KnowledgeBase

NAMESPACE = uuid.UUID("6f6c3c1e-5d0a-5b7e-9a43-2d0c6a1f7e01")  # never change: ids depend on it
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the time of an empty knowledge base

# STIX 2.1 Appendix A, the "High / Medium / Low" scale.
CONFIDENCE = {"corroborated": 85, "single-source": 50, "conflicting": 15}
LOWER = {85: 50, 50: 15, 15: 15}  # one step down, for claims all said with a hedge

# STIX's own relationship types where one means the same; otherwise the predicate,
# hyphenated (STIX 2.1 allows any lowercase-hyphenated name).
RELATIONSHIP_TYPES: dict[tuple[str, Role], str] = {
    ("based_in", "object"): "located-at",
    ("connected_via", "object"): "related-to",  # an indirect link: the description says how
    ("connected_via", "via"): "connected-via",
}
# Relations that join an armed group only to other armed groups (see armed_groups).
LINEAGE_PREDICATES = frozenset(
    {"affiliate_of", "splinter_of", "merged_with", "connected_via", "formed_from"}
)
MAX_QUOTES = 5


def stix_id(stix_type: str, dossier_id: str) -> str:
    """The STIX id of a Dossier thing: the same input always gives the same id."""
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, f'{stix_type}:{dossier_id}')}"


def relationship_type(predicate: str, role: Role) -> str:
    if (predicate, role) in RELATIONSHIP_TYPES:
        return RELATIONSHIP_TYPES[(predicate, role)]
    return predicate.replace("_", "-") if role == "object" else "related-to"


def relationship_confidence(relation: Relation) -> int:
    """85, 50 or 15 for a corroborated, single-source or conflicting relation; one step
    lower when every claim for it is hedged."""
    confidence = CONFIDENCE[relation.verdict]
    return LOWER[confidence] if relation.hedged else confidence


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
    for event in events:
        if event.type not in load_ontology().state_actions:
            armed.update(data.canonical_id(p) for p in event.perpetrator_ids if p)
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


def stix_bundle(kb: KnowledgeBase, ontology: Ontology | None = None) -> Any:
    """Every entity, relation and article of the knowledge base as one ``stix2.Bundle``."""
    ontology = ontology or load_ontology()
    data = collect_relations(kb, ontology)
    events = merged_events(kb)
    armed = armed_groups(data, events, ontology)
    when = _last_change(kb)

    entities: dict[str, Any] = {}
    for entity in data.entities.values():
        made = entity_object(entity, entity.id in armed, when)
        if made is not None:
            entities[entity.id] = made
    relationships = [
        (relation, relationship_object(relation, entities, data, ontology, when))
        for relation in data.relations
        if relation.subject_id in entities and relation.object_id in entities
    ]

    supported = supported_objects(kb, data, entities, relationships, events)
    reports = [
        report_object(document, _url(kb, document.id), sorted(supported[document.id]), when)
        for document in kb.documents()
        if supported[document.id]
    ]
    objects = [
        *(entities[key] for key in sorted(entities)),
        *(made for _relation, made in relationships),
        *reports,
    ]
    bundle_key = "|".join(sorted(obj.id for obj in objects))
    return stix2.v21.Bundle(objects=objects, id=stix_id("bundle", bundle_key))


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


def entity_object(entity: CanonicalEntity, armed_group: bool, when: datetime) -> Any | None:
    """The STIX object for one canonical entity, or None when STIX cannot place it
    (a place the gazetteer does not know) or has no type for it (events)."""
    common: dict[str, Any] = {
        "name": entity.name,
        "created": when,
        "modified": when,
        "external_references": [{"source_name": "dossier", "external_id": entity.id}],
    }
    if entity.type == "organization" and armed_group:
        return stix2.v21.ThreatActor(
            id=stix_id("threat-actor", entity.id), aliases=list(entity.aliases) or None, **common
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
    references = [*common["external_references"], _gazetteer_reference(entity.gazetteer_id)]
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
    when: datetime,
) -> Any:
    key = f"{relation.subject_id}|{relation.predicate}|{relation.role}|{relation.object_id}"
    return stix2.v21.Relationship(
        id=stix_id("relationship", key),
        relationship_type=relationship_type(relation.predicate, relation.role),
        source_ref=objects[relation.subject_id].id,
        target_ref=objects[relation.object_id].id,
        confidence=relationship_confidence(relation),
        description=relationship_description(relation, data, ontology),
        created=when,
        modified=when,
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


def report_object(
    document: DocumentSummary, url: str | None, object_refs: list[str], when: datetime
) -> Any:
    """One article: when it was published (else when the knowledge base last changed),
    where it came from, and what it supports."""
    reference = {"source_name": document.publisher or "dossier", "external_id": document.id}
    if url:
        reference["url"] = url
    return stix2.v21.Report(
        id=stix_id("report", document.id),
        name=document.title or f"Article {document.id}",
        published=_timestamp(document.published_at) or when,
        object_refs=object_refs,
        external_references=[reference],
        created=when,
        modified=when,
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
    evidence = claim.evidence
    where = f"document {evidence.document_id}, characters {evidence.start}-{evidence.end}"
    return f"“{evidence.quote}” ({where}){' (hedged)' if claim.hedged else ''}"


def _also_known_as(entity: CanonicalEntity) -> str | None:
    return f"Also known as: {'; '.join(entity.aliases)}." if entity.aliases else None


def _gazetteer_reference(gazetteer_id: str | None) -> dict[str, str]:
    if gazetteer_id and gazetteer_id.startswith("geonames:"):
        number = gazetteer_id.removeprefix("geonames:")
        return {
            "source_name": "geonames",
            "external_id": number,
            "url": f"https://www.geonames.org/{number}",
        }
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
    """When the knowledge base last took in a document: the `created` and `modified` of
    every object, so that an unchanged knowledge base exports the same bundle."""
    _count, last_ingested, *_ = kb.revision()
    return _timestamp(str(last_ingested) if last_ingested else None) or EPOCH


def _url(kb: KnowledgeBase, document_id: str) -> str | None:
    return kb.document(document_id).url
