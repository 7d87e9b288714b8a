"""Each perpetrator's stance (claimed, blamed, suspected, denied, named) survives the store,
and a knowledge base from before migration 6 gains the column."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dossier.annotate.pipeline import plain_sentences
from dossier.model import AnnotatedDocument, EntityRef, Event, Evidence
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates, minhash_signature
from dossier.store import KnowledgeBase

TEXT = "A bomb hit a bus depot. The Dune Front claimed it. Police also blamed the Reed Brigade."


def _with_event(stances: tuple[str, ...]) -> AnnotatedDocument:
    document = make_document(TEXT, origin="test", id="stance-1", published_at="2024-06-02")
    perpetrators = (
        EntityRef("organization", "Dune Front"),
        EntityRef("organization", "Reed Brigade"),
    )
    event = Event(
        type="bombing/explosion",
        evidence=(Evidence(document.id, 0, 0, 23, "A bomb hit a bus depot."),),
        perpetrators=perpetrators,
        stances=stances,
    )
    return AnnotatedDocument(
        document,
        plain_sentences(document.text),
        events=[event],
        fingerprint=minhash_signature(document.text),
    )


def test_stances_are_stored_with_their_perpetrators(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        kb.write_document(_with_event(("claimed", "blamed")), same_story=NearDuplicates())
        [event] = kb.events()
    assert event.perpetrator_ids == ("organization:dune-front", "organization:reed-brigade")
    assert event.stances == ("claimed", "blamed")
    assert event.published_on is not None and event.published_on.isoformat() == "2024-06-02"


def test_an_older_knowledge_base_gains_the_stance_column(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    KnowledgeBase(path).close()
    with sqlite3.connect(path) as connection:  # as a knowledge base of migration 5 was
        connection.execute("ALTER TABLE event_perpetrators DROP COLUMN stance")
        connection.execute("DELETE FROM schema_migrations WHERE version >= 6")
    with KnowledgeBase(path) as kb:
        kb.write_document(_with_event(("suspected", "denied")), same_story=NearDuplicates())
        [event] = kb.events()
    assert event.stances == ("suspected", "denied")
