"""Issue 15: `dossier remove` leaves nothing behind, and a remove killed half-way is
repaired by running it again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from dossier.errors import NotFoundError
from dossier.ingest import remove
from dossier.render.json_export import export_json
from dossier.store import KnowledgeBase, schema


def referenced_entities(kb: KnowledgeBase) -> set[str]:
    """Entities something stored still points at: a mention, a claim, an event."""
    ids: set[str] = set()
    with kb.engine.connect() as connection:
        for column in (
            schema.mentions.c.entity_id,
            schema.claims.c.subject_id,
            schema.claims.c.object_id,
            schema.claims.c.via_id,
            schema.events.c.country_id,
            schema.events.c.province_id,
            schema.events.c.city_id,
            schema.event_perpetrators.c.entity_id,
        ):
            ids.update(value for value in connection.scalars(select(column)) if value)
    return ids


def dangling_resolution(kb: KnowledgeBase) -> list[str]:
    """Resolution rows naming an entity or event that is no longer stored."""
    with kb.engine.connect() as connection:
        entities = set(connection.scalars(select(schema.entities.c.id)))
        events = set(connection.scalars(select(schema.events.c.id)))
        rows = [
            f"entity {r.entity_id}"
            for r in connection.execute(select(schema.entity_resolution))
            if r.entity_id not in entities
        ]
        rows += [
            f"event {r.event_id}"
            for r in connection.execute(select(schema.event_resolution))
            if r.event_id not in events
        ]
    return rows


@pytest.mark.parametrize("document_id", ["harbor-3", "ledger-1", "courier-7"])
def test_removing_a_document_leaves_no_orphan_entity(
    sahel_db: Path, tmp_path: Path, document_id: str
) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        remove(kb, document_id)
        stored = {entity.id for entity in kb.entities()}
        assert stored == referenced_entities(kb)
        exported = {entity["id"] for entity in export_json(kb)["entities"]}
        assert exported <= referenced_entities(kb)
        assert dangling_resolution(kb) == []
        assert not kb.resolution_pending()


def test_a_remove_killed_half_way_is_repaired_by_running_it_again(
    sahel_db: Path, tmp_path: Path
) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        # the first step of `remove` and no more: what a kill before resolution leaves
        kb.remove_document("harbor-3")
        assert dangling_resolution(kb) == []  # removed with the document, in one transaction
        assert {entity.id for entity in kb.entities()} == referenced_entities(kb)
        assert kb.resolution_pending()
        with pytest.raises(NotFoundError) as caught:
            remove(kb, "harbor-3")  # it is gone: said so, and resolution is completed
        assert "harbor-3" in str(caught.value)
        assert not kb.resolution_pending()
