"""Relations for the graph exports: canonical entities, and verdicts that agree with the
reconciler's."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import KnowledgeBase
from dossier.reconcile.relations import collect_relations
from dossier.reconcile.verdicts import Reconciler


@pytest.mark.parametrize("db_name", ["seeds_db", "ties_db"])
def test_relation_verdicts_are_the_reconcilers_for_each_object(
    db_name: str, request: pytest.FixtureRequest
) -> None:
    with KnowledgeBase(request.getfixturevalue(db_name)) as kb:
        data = collect_relations(kb)
        verdicts = {(v.subject_id, v.predicate): v for v in Reconciler(kb).all_verdicts()}
    checked = 0
    for relation in data.relations:
        if relation.role != "object":
            continue
        group = verdicts[(relation.subject_id, relation.predicate)]
        [position] = [
            p for p in group.positions if p.object_id == relation.object_id and not p.negated
        ]
        assert len(position.sources) == len(relation.sources)
        denied = any(p.object_id == relation.object_id and p.negated for p in group.positions)
        if denied:
            assert group.verdict == relation.verdict == "conflicting"
        else:
            assert relation.verdict == (
                "corroborated" if len(position.sources) >= 2 else "single-source"
            )
        checked += 1
    assert checked >= 3


def test_entities_are_canonical_with_their_members_names(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        data = collect_relations(kb)
    ansar_dine = data.entities["organization:ansar-dine"]
    assert ansar_dine.members == ("organization:ansar-dine", "person:ansar-dine")
    assert "person:ansar-dine" not in data.entities
    assert data.canonical_id("person:ansar-dine") == "organization:ansar-dine"
    group = data.entities["organization:sahel-liberation-front"]
    assert group.aliases == ("SLF",)
