"""KnowledgeBase on real SQLite files: writes, replacement, clusters, refusal, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from dossier.annotate.pipeline import plain_sentences
from dossier.errors import NotADatabaseError, NotFoundError, StoreError
from dossier.model import AnnotatedDocument, Document, Mention
from dossier.read.documents import make_document, normalise_text
from dossier.read.fingerprint import NearDuplicates, minhash_signature
from dossier.store import KnowledgeBase, schema
from dossier.store.migrations import MIGRATIONS

STORY = (
    "A suicide bomber struck the gates of Kabul airport on Thursday, killing scores of people. "
    "The Islamic State affiliate in Afghanistan claimed responsibility for the attack. "
    "Thousands of people had gathered outside the airport hoping to board evacuation flights. "
    "A second explosion struck near a hotel close to the airport gates, officials said."
)


def annotated(document: Document) -> AnnotatedDocument:
    """An annotation built by hand: punctuation sentences, one mention per 'Kabul'."""
    sentences = plain_sentences(document.text)
    mentions = []
    for sentence in sentences:
        found = document.text.find("Kabul", sentence.start, sentence.end)
        if found != -1:
            mentions.append(Mention(found, found + 5, "GPE", sentence.index, "Kabul"))
    return AnnotatedDocument(
        document, sentences, mentions, fingerprint=minhash_signature(document.text)
    )


def store(kb: KnowledgeBase, body: str, **fields: object) -> str:
    document = make_document(body, origin=str(fields.pop("origin", "test")), **fields)  # type: ignore[arg-type]
    return kb.write_document(annotated(document), same_story=NearDuplicates()).status


def row_count(kb: KnowledgeBase, table: str) -> int:
    with kb.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(schema.metadata.tables[table]))


def test_a_document_round_trips_with_sentences_and_mentions(kb: KnowledgeBase) -> None:
    document = make_document(STORY, origin="a.txt", title="Airport", publisher="Wire")
    assert kb.write_document(annotated(document), same_story=NearDuplicates()).status == "added"
    stored = kb.document(document.id)
    assert stored.text == document.text
    assert (stored.summary.title, stored.summary.publisher) == ("Airport", "Wire")
    assert [(s.start, s.end) for s in stored.sentences] == [
        (s.start, s.end) for s in plain_sentences(document.text)
    ]
    assert [(m.text, stored.text[m.start : m.end]) for m in stored.mentions] == [("Kabul", "Kabul")]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.text(min_size=1, max_size=400).filter(normalise_text),
    title=st.none() | st.text(max_size=40),
    publisher=st.none() | st.text(max_size=20),
)
def test_anything_readable_round_trips(
    tmp_path_factory: pytest.TempPathFactory, body: str, title: str | None, publisher: str | None
) -> None:
    document = make_document(body, origin="prop", title=title, publisher=publisher, id="p1")
    with KnowledgeBase(tmp_path_factory.mktemp("kb") / "kb.db") as kb:
        kb.write_document(annotated(document), same_story=NearDuplicates())
        stored = kb.document("p1")
    assert stored.text == document.text
    assert (stored.summary.title, stored.summary.publisher) == (document.title, document.publisher)
    assert all(stored.text[s.start : s.end].strip() for s in stored.sentences)


def test_writing_the_same_content_again_changes_nothing(kb: KnowledgeBase) -> None:
    assert store(kb, STORY, id="s1") == "added"
    assert store(kb, STORY, id="s1") == "unchanged"
    assert row_count(kb, "documents") == 1


def test_new_content_under_the_same_id_replaces_the_old(kb: KnowledgeBase) -> None:
    store(kb, STORY, id="s1")
    assert (
        store(kb, "A completely different report about floods in Kandahar.", id="s1") == "replaced"
    )
    assert kb.document("s1").text.startswith("A completely different report")
    assert kb.search("suicide bomber") == []
    assert row_count(kb, "documents") == 1


def test_an_edited_file_replaces_its_earlier_version(kb: KnowledgeBase) -> None:
    first = make_document(STORY, origin="/news/a.txt")
    kb.write_document(
        annotated(Document(**{**_fields(first), "whole_file": True})), same_story=NearDuplicates()
    )
    edited = make_document(STORY + " Updated later.", origin="/news/a.txt")
    outcome = kb.write_document(
        annotated(Document(**{**_fields(edited), "whole_file": True})), same_story=NearDuplicates()
    )
    assert outcome.status == "replaced"
    assert outcome.replaced_ids == (first.id,)
    assert [summary.id for summary in kb.documents()] == [edited.id]


def _fields(document: Document) -> dict[str, object]:
    return {name: getattr(document, name) for name in Document.__dataclass_fields__}


def test_near_copies_share_a_cluster_and_distinct_stories_do_not(kb: KnowledgeBase) -> None:
    assert store(kb, STORY, id="wire") == "added"
    assert store(kb, STORY.replace("Thursday", "Thursday evening"), id="copy") == "duplicate"
    assert store(kb, "Quarterly profits at the media giant jumped 76%.", id="other") == "added"
    clusters = {summary.id: summary.cluster_id for summary in kb.documents()}
    assert clusters["wire"] == clusters["copy"] != clusters["other"]
    stats = kb.stats()
    assert (stats.duplicate_clusters, stats.documents_in_duplicate_clusters) == (1, 2)


def test_removing_a_document_removes_its_sentences_mentions_and_index(kb: KnowledgeBase) -> None:
    store(kb, STORY, id="s1")
    assert kb.search("evacuation flights")
    kb.remove_document("s1")
    assert kb.search("evacuation flights") == []
    assert row_count(kb, "sentences") == row_count(kb, "mentions") == 0
    with pytest.raises(NotFoundError):
        kb.document("s1")


def test_ids_can_be_given_by_unique_prefix(kb: KnowledgeBase) -> None:
    store(kb, STORY, id="article-001")
    store(kb, "Another story entirely, about a market.", id="article-002")
    assert kb.resolve_document_id("article-001") == "article-001"
    with pytest.raises(NotFoundError, match="ambiguous"):
        kb.resolve_document_id("article-00")
    with pytest.raises(NotFoundError, match="no document"):
        kb.resolve_document_id("zzz")


@pytest.mark.parametrize(
    "query", ["ISIS-K", '"unbalanced', "airport OR", "(gates)", "NEAR(a b)", "*", "a:b", "'"]
)
def test_search_takes_any_user_text(kb: KnowledgeBase, query: str) -> None:
    store(kb, STORY + " ISIS-K said so.", id="s1")
    kb.search(query)  # never a syntax error


def test_search_ranks_and_stems(kb: KnowledgeBase) -> None:
    store(kb, STORY, id="s1")
    [hit, *_] = kb.search("explosions hotel")
    assert hit.text.startswith("A second explosion struck near a hotel")
    assert kb.document("s1").text[hit.start : hit.end] == hit.text


# ---- opening files ------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"my precious notes\n" * 100)
    with pytest.raises(NotADatabaseError, match="left untouched"):
        KnowledgeBase(path)
    assert path.read_bytes() == b"my precious notes\n" * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_an_sqlite_database_dossier_did_not_make_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="did not create"):
        KnowledgeBase(path)
    assert path.read_bytes() == before


def test_a_directory_or_missing_parent_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        KnowledgeBase(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        KnowledgeBase(tmp_path / "no" / "such" / "kb.db")


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    KnowledgeBase(path).close()
    KnowledgeBase(path).close()
    with sqlite3.connect(path) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_migrations")]
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert versions == [migration.version for migration in MIGRATIONS]
    assert journal == "wal"


def test_a_database_from_a_newer_dossier_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as kb, kb.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
        )
    with pytest.raises(StoreError, match="newer Dossier"):
        KnowledgeBase(path)


def test_in_memory_knowledge_base(tmp_path: Path) -> None:
    with KnowledgeBase(":memory:") as kb:
        store(kb, STORY, id="m1")
        assert kb.stats().documents == 1
