"""The relationship network the network view draws: organisations and people, and the
relations between them (`reconcile.relations.collect_relations`), as nodes and edges.

The whole knowledge base, or one entity's neighbourhood: the browser asks for a
neighbour's neighbourhood to expand the graph hop by hop. An edge carries its kind (the
ontology's `relation`: ally, rival, affiliate, support...), its verdict, its independent
sources (the line's thickness) and a link to its evidence (the claim page).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from dossier.reconcile.relations import Relation
from dossier.web.library import View
from dossier.web.pages._shared import claim_href, entity_href

NETWORK_TYPES = frozenset({"organization", "person"})
# The whole network is drawn from its best-attested relations: beyond a few hundred
# nodes a picture is a hairball and slow to lay out. Nodes expand to the rest.
WHOLE_NETWORK_EDGES = 200


@dataclass(frozen=True, slots=True)
class NetworkNode:
    id: str
    name: str
    type: str
    href: str
    degree: int  # its edges in the whole network: more than shown means it can expand


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    id: str
    source: str
    target: str
    predicate: str
    label: str  # 'hostile to'
    kind: str  # ally | rival | affiliate | intermediary | support | origin | leader | other
    verdict: str  # corroborated | single-source | conflicting
    sources: int  # independent sources: the line's thickness
    source_names: list[str]
    hedged: bool
    href: str  # the claim page: the evidence


@dataclass(frozen=True, slots=True)
class Network:
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    total_edges: int  # before the limit: more than len(edges) when some were left out
    kinds: list[str]  # every kind of the whole network, for the filters
    verdicts: list[str]


def all_edges(view: View) -> list[NetworkEdge]:
    """Every relation between two organisations or people of the knowledge base."""
    data = view.relations
    ontology = view.answerer.ontology
    edges = []
    for relation in data.relations:
        subject = data.entities.get(relation.subject_id)
        other = data.entities.get(relation.object_id)
        if subject is None or other is None:
            continue
        if subject.type not in NETWORK_TYPES or other.type not in NETWORK_TYPES:
            continue
        spec = ontology.predicates.get(relation.predicate)
        edges.append(
            _edge(relation, spec.label if spec else relation.predicate, _kind(view, relation))
        )
    return edges


def _kind(view: View, relation: Relation) -> str:
    if relation.role == "via":
        return "intermediary"
    spec = view.answerer.ontology.predicates.get(relation.predicate)
    return (spec.relation if spec else None) or "other"


def _edge(relation: Relation, label: str, kind: str) -> NetworkEdge:
    return NetworkEdge(
        id=f"{relation.subject_id}|{relation.predicate}|{relation.role}|{relation.object_id}",
        source=relation.subject_id,
        target=relation.object_id,
        predicate=relation.predicate,
        label="intermediary" if relation.role == "via" else label,
        kind=kind,
        verdict=relation.verdict,
        sources=len(relation.sources),
        source_names=list(relation.sources),
        hedged=relation.hedged,
        href=claim_href(relation.claims[0].id),
    )


def network(
    view: View,
    entity_id: str | None = None,
    kinds: Collection[str] = (),
    verdicts: Collection[str] = (),
    limit: int | None = None,
) -> Network:
    """The whole network, or the entity's neighbours (one hop), keeping only the edges of
    the given kinds and verdicts (all when none is given); with a limit, the edges with
    the most independent sources between the best-connected nodes."""
    everything = view.network_edges
    degree: Counter[str] = Counter()
    for edge in everything:
        degree[edge.source] += 1
        degree[edge.target] += 1
    edges = [
        edge
        for edge in everything
        if (not kinds or edge.kind in kinds) and (not verdicts or edge.verdict in verdicts)
    ]
    node_ids: dict[str, None] = {}
    if entity_id is not None:
        head = view.relations.canonical_id(entity_id)
        edges = [edge for edge in edges if head in (edge.source, edge.target)]
        node_ids[head] = None
    total = len(edges)
    if limit is not None and len(edges) > limit:
        ranked = sorted(
            edges, key=lambda e: (-e.sources, -(degree[e.source] + degree[e.target]), e.id)
        )
        kept = {edge.id for edge in ranked[:limit]}
        edges = [edge for edge in edges if edge.id in kept]
    for edge in edges:
        node_ids.setdefault(edge.source)
        node_ids.setdefault(edge.target)
    entities = view.relations.entities
    nodes = [
        NetworkNode(node_id, entity.name, entity.type, entity_href(node_id), degree[node_id])
        for node_id in node_ids
        if (entity := entities.get(node_id)) is not None
    ]
    return Network(
        nodes,
        edges,
        total,
        sorted({edge.kind for edge in everything}),
        sorted({edge.verdict for edge in everything}),
    )
