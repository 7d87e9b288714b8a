"""Each perpetrator's stance (claimed, blamed, suspected, denied, named) and who blamed or
suspected it survive the store and reach the JSON export; knowledge bases from before
migrations 6 and 8 gain the columns."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from dossier.annotate.pipeline import plain_sentences
from dossier.model import AnnotatedDocument, EntityRef, Event, Evidence
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates, minhash_signature
from dossier.render.json_export import export_json
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


def _older_knowledge_base(folder: Path, *statements: str) -> Path:
    """An empty knowledge base taken back to an older schema by these statements."""
    path = folder / "kb.db"
    KnowledgeBase(path).close()
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    return path


def test_an_older_knowledge_base_gains_the_stance_column(tmp_path: Path) -> None:
    path = _older_knowledge_base(  # as a knowledge base of migration 5 was
        tmp_path,
        "ALTER TABLE event_perpetrators DROP COLUMN stance",
        "DELETE FROM schema_migrations WHERE version >= 6",
    )
    with KnowledgeBase(path) as kb:
        kb.write_document(_with_event(("suspected", "denied")), same_story=NearDuplicates())
        [event] = kb.events()
    assert event.stances == ("suspected", "denied")


def _accused(accusers: tuple[str, ...]) -> AnnotatedDocument:
    annotated = _with_event(("claimed", "blamed"))
    [event] = annotated.events
    annotated.events = [replace(event, accusers=accusers)]
    return annotated


def test_the_accuser_of_a_blamed_group_is_stored_and_exported(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        kb.write_document(_accused(("", "Police")), same_story=NearDuplicates())
        [event] = kb.events()
        exported = export_json(kb)["events"]
    assert event.accusers == ("", "Police")
    [merged] = exported
    assert merged["stances"] == [
        {"perpetrator": "organization:dune-front", "stance": "claimed"},
        {"perpetrator": "organization:reed-brigade", "stance": "blamed", "accused_by": ["Police"]},
    ]


def test_an_older_knowledge_base_gains_the_accuser_column(tmp_path: Path) -> None:
    path = _older_knowledge_base(  # as a knowledge base of migration 7 was
        tmp_path,
        "ALTER TABLE event_perpetrators DROP COLUMN accuser",
        "DELETE FROM schema_migrations WHERE version = 8",
    )
    with KnowledgeBase(path) as kb:
        kb.write_document(_accused(("", "the governor")), same_story=NearDuplicates())
        [event] = kb.events()
    assert event.accusers == ("", "the governor")
