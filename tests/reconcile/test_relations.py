"""Relations for the graph exports: canonical entities, and verdicts that agree with the
reconciler's."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from dossier import KnowledgeBase
from dossier.annotate.pipeline import plain_sentences
from dossier.model import AnnotatedDocument, Claim, EntityRef, Evidence, TimeSpan
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates
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


def _ties(id: str, publisher: str, text: str, when: TimeSpan, negated: bool) -> AnnotatedDocument:
    document = make_document(text, origin="test", id=id, publisher=publisher)
    tie = Claim(
        EntityRef("organization", "Marsh Legion"),
        "affiliate_of",
        Evidence(id, 0, 0, len(text), text),
        object=EntityRef("organization", "Northern Council"),
        time_scope=when,
        negated=negated,
    )
    return AnnotatedDocument(document, plain_sentences(document.text), claims=[tie])


def test_ties_broken_after_they_were_reported_are_a_change_not_a_conflict(
    tmp_path: Path,
) -> None:
    ties = TimeSpan(date(2008, 1, 1), date(2013, 12, 31), "year", "from 2008 to 2013")
    broken = TimeSpan(date(2015, 1, 1), date(2015, 12, 31), "year", "in 2015")
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        for article in (
            _ties(
                "a", "Fen Post", "The Marsh Legion was tied to the Northern Council.", ties, False
            ),
            _ties("b", "Weald Times", "The Marsh Legion cut its ties in 2015.", broken, True),
        ):
            kb.write_document(article, same_story=NearDuplicates())
        [relation] = collect_relations(kb).relations
        [verdict] = Reconciler(kb).all_verdicts()
    assert (relation.verdict, len(relation.denials)) == ("single-source", 1)
    assert verdict.verdict == "single-source"
