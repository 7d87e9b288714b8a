"""The entity-relationship graph, for Gephi, yEd, Cytoscape or networkx (GraphML).

A directed multigraph: a node per canonical entity that takes part in a
relation (``render.relations``), and one edge per (subject, predicate, object),
however many claims assert it, so two entities can be joined by several edges
('affiliate of', 'funded by'). The edge key is the predicate, with ``/via``
for the intermediary of a 'connected via' claim.
"""

from __future__ import annotations

from typing import Any

import networkx as nx  # type: ignore[import-untyped]

from dossier.ontology import Ontology, load_ontology
from dossier.render.relations import CanonicalEntity, Relation, collect_relations
from dossier.store import KnowledgeBase


def relation_graph(kb: KnowledgeBase, ontology: Ontology | None = None) -> Any:
    """The relations between canonical entities as an ``nx.MultiDiGraph``."""
    ontology = ontology or load_ontology()
    data = collect_relations(kb, ontology)
    graph = nx.MultiDiGraph(name="Dossier relations")
    for relation in data.relations:
        for entity_id in (relation.subject_id, relation.object_id):
            if entity_id not in graph:
                graph.add_node(entity_id, **node_attributes(data.entities[entity_id]))
        spec = ontology.predicates.get(relation.predicate)
        label = spec.label if spec else relation.predicate.replace("_", " ")
        graph.add_edge(
            relation.subject_id,
            relation.object_id,
            key=edge_key(relation),
            **edge_attributes(relation, label),
        )
    return graph


def edge_key(relation: Relation) -> str:
    return relation.predicate if relation.role == "object" else f"{relation.predicate}/via"


def node_attributes(entity: CanonicalEntity) -> dict[str, str]:
    attributes = {
        "name": entity.name,
        "type": entity.type,
        "aliases": "; ".join(entity.aliases),
        "gazetteer_id": entity.gazetteer_id,
    }
    return {key: value for key, value in attributes.items() if value is not None}


def edge_attributes(relation: Relation, label: str) -> dict[str, Any]:
    return {
        "predicate": relation.predicate,
        "label": label if relation.role == "object" else f"{label} (intermediary)",
        "role": relation.role,
        "verdict": relation.verdict,
        "evidence_count": len(relation.claims),
        "independent_sources": len(relation.sources),
        "sources": "; ".join(relation.sources),
        "denials": len(relation.denials),
        "hedged": relation.hedged,
        "documents": "; ".join(relation.document_ids),
    }


def graphml_text(graph: Any) -> str:
    """The graph as GraphML (``nx.read_graphml`` reads it back)."""
    return "\n".join(nx.generate_graphml(graph)) + "\n"
