"""Writes in batches, and an entity's events read through indexes (migration 9): what a
page reads must not grow with every event stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import inspect, text

from dossier.model import AnnotatedDocument, EntityRef, Event, Evidence
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from dossier.store.migrations import MIGRATIONS
from tests.store.test_knowledge_base import annotated, row_count

MILL = EntityRef("organization", "Copper Hill Brigade")
FERRY = EntityRef("organization", "Lantern Coast Front")


def _with_event(
    body: str, document_id: str, *, perpetrators: tuple[EntityRef, ...] = (), target: str = ""
) -> AnnotatedDocument:
    """A document whose first sentence tells a bombing (by hand, no model)."""
    item = annotated(make_document(body, origin=document_id, id=document_id))
    first = item.sentences[0]
    evidence = Evidence(document_id, first.index, first.start, first.end, body[: first.end])
    item.events = [
        Event(
            "bombing",
            (evidence,),
            perpetrators=perpetrators,
            stances=("named",) * len(perpetrators),
            targets=(target,) if target else (),
        )
    ]
    return item


def test_a_batch_is_written_in_one_transaction_or_not_at_all(kb: KnowledgeBase) -> None:
    first = annotated(make_document("The mill stopped at dawn.", origin="a", id="a"))
    second = annotated(make_document("The ferry left at noon.", origin="b", id="b"))

    def broken() -> Iterator[AnnotatedDocument]:
        yield first
        raise KeyboardInterrupt  # as a Ctrl-C between two documents of a batch

    with pytest.raises(KeyboardInterrupt):
        kb.write_documents(broken(), same_story=NearDuplicates())
    assert row_count(kb, "documents") == 0
    outcomes = kb.write_documents([first, second, first], same_story=NearDuplicates())
    assert [outcome.status for outcome in outcomes] == ["added", "added", "unchanged"]
    assert row_count(kb, "documents") == 2
    assert kb.revision()[0] == 2  # one change counted per document written, as before


def test_an_entitys_tellings_are_its_whole_clusters_in_event_order(kb: KnowledgeBase) -> None:
    by_name = _with_event("Copper Hill fighters bombed the mill.", "d1", perpetrators=(MILL,))
    told = _with_event("A blast hit the old mill on the river.", "d2")  # names no one
    aimed = _with_event("A bomb wrecked the depot.", "d3", target="Copper Hill Brigade")
    other = _with_event("Lantern Coast gunmen bombed the ferry.", "d4", perpetrators=(FERRY,))
    kb.write_documents([by_name, told, aimed, other], same_story=NearDuplicates())
    refresh(kb)
    mill = "organization:copper-hill-brigade"
    events, clusters = kb.tellings_involving([mill])
    assert {event.document_id for event in events} == {"d1"}
    assert set(clusters) <= {event.id for event in kb.events()}
    events, _ = kb.tellings_involving([mill], sentences=[("d2", 0)])
    assert {event.document_id for event in events} == {"d1", "d2"}
    events, _ = kb.tellings_involving([], target_names=["Copper Hill Brigade"])
    assert [event.document_id for event in events] == ["d3"]
    assert kb.tellings_involving([], target_names=["Copper Hill"])[0] == []  # whole names only
    everything = [event.id for event in kb.events()]
    found, _ = kb.tellings_involving(
        [mill, "organization:lantern-coast-front"], target_names=["Copper Hill Brigade"]
    )
    assert [event.id for event in found] == [e for e in everything if e in {f.id for f in found}]


def test_migration_9_indexes_an_older_knowledge_base(kb: KnowledgeBase, kb_location: str) -> None:
    with kb.engine.begin() as connection:  # as migration 7 left it
        connection.execute(text("DROP INDEX ix_event_perpetrators_entity"))
        connection.execute(text("DROP INDEX ix_event_evidence_sentence"))
        connection.execute(text("DELETE FROM schema_migrations WHERE version = 9"))
    kb.close()
    with KnowledgeBase(kb_location) as reopened, reopened.engine.connect() as connection:
        names = {
            index["name"]
            for table in ("event_perpetrators", "event_evidence")
            for index in inspect(connection).get_indexes(table)
        }
        versions = {
            row[0] for row in connection.execute(text("SELECT version FROM schema_migrations"))
        }
    assert {"ix_event_perpetrators_entity", "ix_event_evidence_sentence"} <= names
    assert versions == {migration.version for migration in MIGRATIONS}
