"""Reads whose cost must not grow with the knowledge base: full-text search ranks inside
the index before joining, PostgreSQL ranks stored vectors (migration 7), and the
revision a long-lived reader polls reads two one-row tables."""

from __future__ import annotations

from itertools import pairwise

from sqlalchemy import text

from dossier.store import KnowledgeBase
from tests.postgres import create_database
from tests.store.test_knowledge_base import store

HARBOUR = (
    "Dock workers in Valmora walked out on Monday over unpaid overtime. "
    "The harbour authority said the strike had stopped every crane on the quay. "
    "A ferry captain said passengers waited six hours for the crossing. "
    "The union promised to return once the overtime is paid."
)


def test_search_returns_the_best_matches_first_with_their_documents(kb: KnowledgeBase) -> None:
    store(kb, HARBOUR, id="harbour", title="Harbour strike")
    store(kb, "The quay was quiet on Sunday. Cranes stood idle all day.", id="quiet")
    hits = kb.search("cranes quay strike", limit=5, any_word=True)
    assert [hit.document_id for hit in hits][:1] == ["harbour"]  # all three words
    assert {hit.document_id for hit in hits} == {"harbour", "quiet"}
    assert all(a.score >= b.score for a, b in pairwise(hits))
    assert hits[0].title == "Harbour strike"
    assert len(kb.search("cranes quay strike", limit=1, any_word=True)) == 1


def test_search_holding_keeps_only_sentences_with_a_word_of_each_side(
    kb: KnowledgeBase,
) -> None:
    """('strike' OR 'overtime') AND 'Valmora harbour': a sentence with one side only (or
    with the name's words apart) is left out, the best of those holding both comes
    first, on both backends."""
    store(kb, HARBOUR, id="harbour")
    store(
        kb,
        "Valmora harbour opened a new quay on Sunday. Overtime at Valmora harbour was paid. "
        "In Valmora the harbour paid no overtime.",
        id="paid",
    )
    hits = kb.search("strike overtime", limit=10, any_word=True, naming=["Valmora harbour"])
    assert [hit.text for hit in hits] == ["Overtime at Valmora harbour was paid."]
    both = kb.search("strike overtime", 10, any_word=True, naming=["Valmora harbour", "union"])
    assert {hit.text for hit in both} == {
        "Overtime at Valmora harbour was paid.",
        "The union promised to return once the overtime is paid.",
    }
    assert all(a.score >= b.score for a, b in pairwise(both))
    assert kb.search("ferry", limit=10, any_word=True, naming=["Valmora harbour"]) == []


def test_matches_more_than_counts_as_search_matches(kb: KnowledgeBase) -> None:
    store(kb, HARBOUR, id="harbour")
    assert kb.matches_more_than("overtime crossing", 1, any_word=True)  # three sentences
    assert not kb.matches_more_than("overtime crossing", 3, any_word=True)
    assert not kb.matches_more_than("overtime crossing", 1)  # no sentence holds both
    assert not kb.matches_more_than("", 0)


def test_the_revision_changes_with_writes_decisions_and_removals_only(kb: KnowledgeBase) -> None:
    before = kb.revision()
    assert kb.revision() == before  # reading changes nothing
    store(kb, HARBOUR, id="harbour")
    written = kb.revision()
    assert written != before
    kb.search("strike")
    assert kb.revision() == written
    kb.record_decision("split", "organization:a", "organization:b")
    decided = kb.revision()
    assert decided != written
    kb.remove_document("harbour")
    assert kb.revision() != decided


def test_an_older_postgresql_knowledge_base_gets_stored_search_vectors(
    postgres_server: str,
) -> None:
    """A database from before migration 7 (an expression index, no stored vectors) is
    upgraded when opened, and its sentences are found as before."""
    location = create_database(postgres_server)
    with KnowledgeBase(location) as kb:
        store(kb, HARBOUR, id="harbour")
        with kb.engine.begin() as connection:  # as migration 6 left it
            connection.execute(text("ALTER TABLE sentences DROP COLUMN search_vector"))
            connection.execute(
                text(
                    "CREATE INDEX ix_sentences_fulltext ON sentences "
                    "USING GIN (to_tsvector('english', text))"
                )
            )
            connection.execute(text("DELETE FROM schema_migrations WHERE version = 7"))
    with KnowledgeBase(location) as kb:
        [hit, *_] = kb.search("ferry passengers")
        assert hit.text.startswith("A ferry captain")
        with kb.engine.connect() as connection:
            indexes = set(
                connection.scalars(
                    text("SELECT indexname FROM pg_indexes WHERE tablename = 'sentences'")
                )
            )
        assert "ix_sentences_search_vector" in indexes
        assert "ix_sentences_fulltext" not in indexes
        assert store(kb, "Ferries ran again on Friday after the strike ended.", id="after")
        assert {hit.document_id for hit in kb.search("ferries")} == {"harbour", "after"}
