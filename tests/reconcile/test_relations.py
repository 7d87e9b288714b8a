"""Relations for the graph exports: canonical entities, and verdicts that agree with the
reconciler's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier import KnowledgeBase
from dossier.reconcile.relations import collect_relations
from dossier.reconcile.verdicts import Reconciler
from dossier.resolve.refresh import decide


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


def test_entities_are_canonical_with_their_members_names(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        decide(kb, "merge", "Wagner Group", "Ansar Dine")  # the user says these are one
        data = collect_relations(kb)
    members = ("organization:ansar-dine", "organization:wagner-group")
    head = data.canonical_id(members[0])
    assert data.canonical_id(members[1]) == head
    assert data.entities[head].members == members
    assert next(m for m in members if m != head) not in data.entities
    group = data.entities["organization:sahel-liberation-front"]
    assert group.aliases == ("SLF",)
