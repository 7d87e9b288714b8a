"""The store's side of resolution that grows with what is added: entities indexed under
the keys the rules link by, and the queue of what resolution has not seen yet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dossier.model import AnnotatedDocument, EntityRef, Mention
from dossier.model.names import end_words, variant_key
from dossier.read.documents import make_document
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from tests.store.test_knowledge_base import row_count

TEXT = "The Ravine Liberation Front said on Monday that RLF units had left Tarsk."
FRONT = EntityRef("organization", "Ravine Liberation Front")


def with_front(document_id: str, text: str = TEXT) -> AnnotatedDocument:
    """A hand-made annotation: the group named in full, then by its initials."""
    document = make_document(text, origin="test", id=document_id)
    full, short = text.index("Ravine"), text.index("RLF")
    mentions = [
        Mention(full, full + 23, "ORG", 0, "Ravine Liberation Front", FRONT),
        Mention(short, short + 3, "ORG", 0, "RLF", FRONT),
    ]
    return AnnotatedDocument(document, mentions=mentions)


def resolved_knowledge_base(folder: Path) -> Path:
    """A knowledge base on disk holding one resolved document naming the Front."""
    path = folder / "kb.db"
    with KnowledgeBase(path) as kb:
        kb.write_document(with_front("a"))
        refresh(kb)
    return path


def test_an_entity_is_found_under_its_keys_until_nothing_names_it(kb: KnowledgeBase) -> None:
    kb.write_document(with_front("a"))
    front = "organization:ravine-liberation-front"
    assert kb.entity_ids_by_keys({("initials", "RLF")}) == {front}
    assert kb.entity_ids_by_keys({("alias", "organization|rlf")}) == {front}
    assert kb.entity_ids_by_keys({("block", "organization|rav")}) == {front}
    assert kb.entity_ids_by_keys({("initials", "XYZ")}) == set()
    assert kb.key_counts("initials", {"RLF", "XYZ"}) == {"RLF": 1}
    kb.remove_document("a")
    assert kb.entity_ids_by_keys({("initials", "RLF")}) == set()


def test_added_documents_are_queued_and_a_replaced_one_starts_over(kb: KnowledgeBase) -> None:
    kb.write_document(with_front("a"))
    pending = kb.pending()
    assert pending.documents == ("a",) and not pending.full
    assert "organization:ravine-liberation-front" in pending.entities
    assert not refresh(kb).full  # only what was added
    assert kb.pending().documents == () and not kb.resolution_pending()
    kb.write_document(with_front("a", TEXT + " It said nothing more."))  # a new version
    assert kb.pending().full
    assert refresh(kb).full
    assert not kb.pending().full and not kb.resolution_pending()


def test_a_knowledge_base_from_before_keys_is_indexed_and_resolved_in_full(
    tmp_path: Path,
) -> None:
    path = resolved_knowledge_base(tmp_path)
    with sqlite3.connect(path) as connection:  # as Dossier before migration 5 left it
        for table in ("entity_keys", "pending_documents", "pending_entities"):
            connection.execute(f"DROP TABLE {table}")
        connection.execute("DROP INDEX ix_events_city")
        connection.execute("ALTER TABLE resolution_state DROP COLUMN full_needed")
        connection.execute("DELETE FROM schema_migrations WHERE version = 5")
    with KnowledgeBase(path) as kb:
        assert row_count(kb, "entity_keys") > 0
        assert kb.pending().full and kb.resolution_pending()
        assert refresh(kb).full
        assert not kb.resolution_pending()


def test_a_knowledge_base_from_before_variant_keys_gains_them_and_resolves_in_full(
    tmp_path: Path,
) -> None:
    path = resolved_knowledge_base(tmp_path)
    with sqlite3.connect(path) as connection:  # as Dossier before migration 10 left it
        connection.execute("DELETE FROM entity_keys WHERE kind IN ('variant', 'consonants')")
        connection.execute("DELETE FROM schema_migrations WHERE version = 10")
    with KnowledgeBase(path) as kb:
        front = "organization:ravine-liberation-front"
        variant = ("variant", f"organization|{variant_key(FRONT.name)}")
        assert kb.entity_ids_by_keys({variant}) == {front}
        assert kb.pending().full and kb.resolution_pending()
        assert refresh(kb).full


def test_a_knowledge_base_from_before_end_word_keys_gains_them_and_resolves_in_full(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kb.db"
    name = "Taufiq Bakri Rahmani"
    text = f"{name} spoke on Monday."
    speaker = Mention(0, len(name), "PERSON", 0, name, EntityRef("person", name))
    with KnowledgeBase(path) as kb:
        kb.write_document(
            AnnotatedDocument(make_document(text, origin="test", id="p"), mentions=[speaker])
        )
        refresh(kb)
    with sqlite3.connect(path) as connection:  # as Dossier before migration 11 left it
        connection.execute("DELETE FROM entity_keys WHERE kind = 'ends'")
        connection.execute(  # a key its name gave under an older rule
            "INSERT INTO entity_keys (kind, key, entity_id) "
            "VALUES ('initials', 'TBRX', 'person:taufiq-bakri-rahmani')"
        )
        connection.execute("DELETE FROM schema_migrations WHERE version = 11")
    with KnowledgeBase(path) as kb:
        ends = ("ends", f"person|{end_words(name)}")
        assert kb.entity_ids_by_keys({ends}) == {"person:taufiq-bakri-rahmani"}
        assert kb.key_counts("initials", {"TBRX"}) == {}
        assert kb.pending().full and kb.resolution_pending()
        assert refresh(kb).full
