"""The GraphML export: the relation graph survives a write and a read by networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from dossier import KnowledgeBase
from dossier.render.graphml import graphml_text, relation_graph
from tests.render.conftest import FRONT

ISIS_K, ISLAMIC_STATE = "organization:isis-k", "organization:islamic-state"


def test_graphml_reads_back_as_the_same_graph(seeds_db: Path, tmp_path: Path) -> None:
    with KnowledgeBase(seeds_db) as kb:
        graph = relation_graph(kb)
    path = tmp_path / "kb.graphml"
    path.write_text(graphml_text(graph), encoding="utf-8")
    back = nx.read_graphml(path)
    assert graph.number_of_edges() > 10
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    assert set(back.edges(keys=True)) == set(graph.edges(keys=True))
    assert back.nodes[ISIS_K]["name"] == "ISIS-K"
    assert "IS-K" in back.nodes[ISIS_K]["aliases"].split("; ")
    assert back.nodes["place:AF-NAN"]["gazetteer_id"] == "AF-NAN"
    affiliate = back.edges[ISIS_K, ISLAMIC_STATE, "affiliate_of"]
    assert affiliate["verdict"] == "corroborated"
    assert affiliate["independent_sources"] == 2 and affiliate["evidence_count"] >= 2


def test_one_edge_per_predicate_between_two_entities(seeds_db: Path) -> None:
    with KnowledgeBase(seeds_db) as kb:
        graph = relation_graph(kb)
    assert set(graph[ISIS_K][ISLAMIC_STATE]) == {"affiliate_of", "funded_by", "trained_by"}
    assert graph.edges[ISIS_K, "organization:haqqani-network", "connected_via/via"]["role"] == (
        "via"
    )
    assert graph.nodes["person:khalil-haqqani"]["type"] == "person"
    assert "organization:nato" not in graph  # in no relation


def test_denied_relations_are_not_edges(ties_db: Path) -> None:
    with KnowledgeBase(ties_db) as kb:
        graph = relation_graph(kb)
    assert "organization:boko-haram" not in graph
    ally = graph.edges[FRONT, "organization:wagner-group", "ally_of"]
    assert (ally["verdict"], ally["denials"], ally["evidence_count"]) == ("conflicting", 1, 1)
