"""Entities and the relations between them, computed here once for every reader.

- ``collect_relations``: every relation of the knowledge base, as the graph
  exports (STIX, GraphML) see them.
- ``entity_relations``: one entity's relations to organisations and people, both
  ways, as its web page draws them.
- ``verdicts_between``: the verdicts linking two entities, which answer "are X
  and Y allies?", each judged on the claims about the other alone
  (``verdict_about``): one source naming Y is single-source even when another
  source names another ally of X.

The exports show one thing once: entities are taken through resolution
(``kb.canonical_ids()``), so ``ISIS-K`` found in two articles is one entity
with the aliases of both. A relation is one (subject, predicate, object) of
canonical entities with every claim that asserts it, for the predicates whose
object the ontology declares to be an entity (``affiliate_of``, ``based_in``,
``leader_of``...). Negated claims ("X is not allied with Y") never make a
relation; they are kept as its ``denials`` and make its verdict conflicting, unless
the two are dated apart ('broke ties in 2016': a change, not a disagreement).

A claim that names an intermediary ("X is connected to Y via Z") also makes a
relation X -> Z with the role ``via``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model.records import ClaimRecord, EntityRecord, Verdict, VerdictKind
from dossier.reconcile.sources import document_sources, independent_sources, source_names
from dossier.reconcile.verdicts import Reconciler, judge, times_apart
from dossier.store import KnowledgeBase

ENTITY_TYPES = frozenset({"organization", "person", "place", "event"})  # ontology.yaml
Role = Literal["object", "via"]


@dataclass(frozen=True, slots=True)
class CanonicalEntity:
    """One real-world entity: the record resolution chose, with its members' names."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...]  # every other name of it and of the entities merged into it
    gazetteer_id: str | None
    members: tuple[str, ...]  # the entity ids resolved to this one, itself included


@dataclass(frozen=True, slots=True)
class Relation:
    """What the knowledge base says links two canonical entities by one predicate."""

    subject_id: str
    predicate: str
    object_id: str
    role: Role  # 'object', or 'via' for the intermediary of the claims
    claims: tuple[ClaimRecord, ...]  # the claims asserting it
    denials: tuple[ClaimRecord, ...]  # claims of the same triple that deny it
    verdict: VerdictKind
    sources: tuple[str, ...]  # labels of the independent sources of `claims`

    @property
    def hedged(self) -> bool:
        """Every claim asserting it is hedged ('believed to', 'accused of')."""
        return all(claim.hedged for claim in self.claims)

    @property
    def document_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(claim.evidence.document_id for claim in self.claims))


@dataclass(frozen=True, slots=True)
class RelationData:
    entities: dict[str, CanonicalEntity]  # canonical id -> entity, for every canonical entity
    relations: list[Relation]  # sorted by subject, predicate, role and object
    canonical: dict[str, str]  # any entity id -> its canonical id

    def canonical_id(self, entity_id: str) -> str:
        return self.canonical.get(entity_id, entity_id)


def canonical_entities(
    records: Iterable[EntityRecord], canonical: dict[str, str]
) -> dict[str, CanonicalEntity]:
    """One entity per canonical id, named as its own record, with every member's names."""
    by_id = {record.id: record for record in records}
    members: dict[str, list[str]] = defaultdict(list)
    for entity_id in sorted(by_id):
        members[canonical.get(entity_id, entity_id)].append(entity_id)
    entities = {}
    for head_id, member_ids in sorted(members.items()):
        head = by_id.get(head_id) or by_id[member_ids[0]]
        others = [by_id[m] for m in member_ids if m != head.id]
        names = [*head.aliases, *(name for o in others for name in (o.name, *o.aliases))]
        aliases = tuple(dict.fromkeys(name for name in names if name != head.name))
        entities[head_id] = CanonicalEntity(
            id=head_id,
            type=head.type,
            name=head.name,
            aliases=aliases,
            gazetteer_id=head.gazetteer_id or next((o.gazetteer_id for o in others), None),
            members=tuple(sorted({head_id, *member_ids})),
        )
    return entities


def relation_predicates(ontology: Ontology) -> frozenset[str]:
    """The predicates whose object is an entity, not a value."""
    return frozenset(
        name for name, spec in ontology.predicates.items() if spec.object in ENTITY_TYPES
    )


def verdict_of(denied: bool, independent_sources: int) -> VerdictKind:
    """The verdict on one object of a (subject, predicate), as a graph edge needs it:
    conflicting when some claims deny what others assert, corroborated when two
    independent sources assert this object (``reconcile.verdicts.judge`` counts the
    sources of every object of the pair, since they can all be true)."""
    if denied:
        return "conflicting"
    return "corroborated" if independent_sources >= 2 else "single-source"


def collect_relations(kb: KnowledgeBase, ontology: Ontology | None = None) -> RelationData:
    """Every canonical entity, and every relation between two of them the claims assert."""
    ontology = ontology or load_ontology()
    canonical = kb.canonical_ids()
    records = kb.entities()
    entities = canonical_entities(records, canonical)
    documents = document_sources(kb.documents())
    named = source_names(records, canonical)
    predicates = relation_predicates(ontology)

    def head(entity_id: str) -> str:
        return canonical.get(entity_id, entity_id)

    grouped: dict[tuple[str, str, Role, str], list[ClaimRecord]] = defaultdict(list)
    for claim in kb.claims():
        if claim.predicate not in predicates or claim.object_id is None:
            continue
        subject = head(claim.subject_id)
        grouped[(subject, claim.predicate, "object", head(claim.object_id))].append(claim)
        if claim.via_id is not None:
            grouped[(subject, claim.predicate, "via", head(claim.via_id))].append(claim)

    relations = []
    for (subject, predicate, role, target), claims in sorted(grouped.items()):
        asserting = [claim for claim in claims if not claim.negated]
        if not asserting or subject == target:
            continue
        denials = [claim for claim in claims if claim.negated]
        sources = independent_sources(asserting, documents, named, canonical)
        relations.append(
            Relation(
                subject_id=subject,
                predicate=predicate,
                object_id=target,
                role=role,
                claims=tuple(asserting),
                denials=tuple(denials),
                verdict=verdict_of(
                    bool(denials) and not times_apart(asserting, denials), len(sources)
                ),
                sources=tuple(sources.values()),
            )
        )
    return RelationData(entities, relations, canonical)


# ---- one entity's relations ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityRelation:
    """One relation of an entity to another organisation or person (its group's head)."""

    other_id: str
    name: str
    type: str
    predicate: str
    label: str  # 'hostile to'; 'intermediary'; 'ISIS-K hostile to' when the other claims it
    verdict: str  # the verdict of the (subject, predicate) group, or 'incoming'


def entity_relations(
    reconciler: Reconciler, entity_id: str, entities: Mapping[str, EntityRecord]
) -> list[EntityRelation]:
    """The entity's relations to other organisations and people, both ways; denials left
    out (a graph edge asserts). ``entities`` maps every entity id to its record."""
    canonical = reconciler.canonical
    ontology = reconciler.ontology
    head = canonical.get(entity_id, entity_id)
    members = reconciler.members(entity_id)
    found: list[EntityRelation] = []

    def name(other_id: str) -> str:
        record = entities.get(canonical.get(other_id, other_id)) or entities.get(other_id)
        return record.name if record else other_id

    def add(other_id: str | None, label: str, predicate: str, verdict: str) -> None:
        if other_id is None:
            return
        other_head = canonical.get(other_id, other_id)
        other = entities.get(other_head)
        if other is None or other_head == head or other.type == "place":
            return
        found.append(EntityRelation(other_head, other.name, other.type, predicate, label, verdict))

    for verdict in reconciler.verdicts(entity_id):
        spec = ontology.predicates.get(verdict.predicate)
        if spec is None or spec.object not in ("organization", "person"):
            continue
        for position in verdict.positions:
            if position.negated:
                continue
            # the edge's own support, not its predicate's: one source naming this ally
            # is single-source even when another source names another ally
            about = verdict_about(verdict, position.object_id)
            kind = about.verdict if about else verdict.verdict
            add(position.object_id, spec.label, verdict.predicate, kind)
            for claim in position.claims:
                add(claim.via_id, "intermediary", verdict.predicate, kind)
    for claim in reconciler.kb.claims(object_ids=members):
        spec = ontology.predicates.get(claim.predicate)
        if spec is None or claim.negated:
            continue
        label = f"{name(claim.subject_id)} {spec.label}"  # 'ISIS-K hostile to'
        add(claim.subject_id, label, claim.predicate, "incoming")
    unique = {(r.other_id, r.label): r for r in found}
    return list(unique.values())


# ---- between two entities ------------------------------------------------------------------


def verdicts_between(
    reconciler: Reconciler, first_id: str, second_id: str, predicates: Sequence[str]
) -> list[Verdict]:
    """What each of two entities is said to be to the other, by ``predicates``: the first's
    verdicts, then the second's, each cut down to the positions about the other."""
    canonical = reconciler.canonical
    first_head = canonical.get(first_id, first_id)
    second_head = canonical.get(second_id, second_id)
    found: list[Verdict] = []
    for subject_id, other_head in ((first_id, second_head), (second_id, first_head)):
        for predicate in predicates:
            for verdict in reconciler.verdicts(subject_id, predicate):
                about = verdict_about(verdict, other_head, canonical)
                if about is not None:
                    found.append(about)
    return found


def verdict_about(
    verdict: Verdict, object_id: str | None, canonical: Mapping[str, str] | None = None
) -> Verdict | None:
    """The verdict cut down to the positions about one object, judged on those alone."""
    heads = canonical or {}
    positions = [
        position
        for position in verdict.positions
        if position.object_id and heads.get(position.object_id, position.object_id) == object_id
    ]
    if not positions:
        return None
    about = judge(verdict.subject_id, verdict.predicate, positions, single_valued=False)
    return Verdict(
        verdict.subject_id, verdict.predicate, about.verdict, positions, object_id, about.note
    )
