"""The entity-relationship graph, for Gephi, yEd, Cytoscape or networkx (GraphML).

A directed multigraph: a node per canonical entity that takes part in a
relation (``reconcile.relations``), and one edge per (subject, predicate, object),
however many claims assert it, so two entities can be joined by several edges
('affiliate of', 'funded by'). The edge key is the predicate, with ``/via``
for the intermediary of a 'connected via' claim.
"""

from __future__ import annotations

from typing import Any

import networkx as nx  # type: ignore[import-untyped]

from dossier.knowledge.lexicons import lexicon, phrases
from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.reconcile.relations import CanonicalEntity, Relation, collect_relations
from dossier.store import KnowledgeBase

# Attribute names of nodes and edges, in the order GraphML declares them.
NODE_ATTRIBUTES = phrases(lexicon("exports"), "graphml_node_attributes")
EDGE_ATTRIBUTES = phrases(lexicon("exports"), "graphml_edge_attributes")


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
    values = (entity.name, entity.type, "; ".join(entity.aliases), entity.gazetteer_id)
    attributes = zip(NODE_ATTRIBUTES, values, strict=True)
    return {key: value for key, value in attributes if value is not None}


def edge_attributes(relation: Relation, label: str) -> dict[str, Any]:
    values = (
        relation.predicate,
        label if relation.role == "object" else f"{label} (intermediary)",
        relation.role,
        relation.verdict,
        len(relation.claims),
        len(relation.sources),
        "; ".join(relation.sources),
        len(relation.denials),
        relation.hedged,
        "; ".join(relation.document_ids),
    )
    return dict(zip(EDGE_ATTRIBUTES, values, strict=True))


def graphml_text(graph: Any) -> str:
    """The graph as GraphML (``nx.read_graphml`` reads it back)."""
    return "\n".join(nx.generate_graphml(graph)) + "\n"
