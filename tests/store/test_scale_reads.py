"""Reads whose cost must not grow with the knowledge base: full-text search ranks inside
the index before joining, PostgreSQL ranks stored vectors (migration 7), the
revision a long-lived reader polls reads two one-row tables, and a question about a
group reads its acts' clusters and the claims naming it through indexes (migration 14)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from sqlalchemy import text

from dossier.model import AnnotatedDocument, Claim, EntityRef, Event, Evidence, TimeSpan
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from tests.postgres import create_database
from tests.store.test_knowledge_base import annotated, store

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


# ---- what a question about a group reads: its acts' clusters, offices naming it ----------

RIVER = EntityRef("organization", "Grey River Company")
HILL = EntityRef("organization", "Ash Hill League")


def _raid(document_id: str, body: str, by: EntityRef, when: TimeSpan | None) -> AnnotatedDocument:
    """A document whose first sentence tells a raid (by hand, no model)."""
    item = annotated(make_document(body, origin=document_id, id=document_id))
    first = item.sentences[0]
    evidence = Evidence(document_id, first.index, first.start, first.end, body[: first.end])
    item.events = [Event("armed_assault", (evidence,), date=when, perpetrators=(by,))]
    return item


def _year(year: int) -> TimeSpan:
    return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year", str(year))


def test_a_groups_acts_are_its_clusters_earliest_first_without_their_tellings(
    kb: KnowledgeBase,
) -> None:
    """Only clusters with a telling naming one of the ids as perpetrator, dated ones by
    their earliest telling, undated ones after: what a question about its acts merges
    first, on both backends."""
    kb.write_documents(
        [
            _raid("late", "Grey River gunmen raided a bank.", RIVER, _year(2019)),
            _raid("early", "Grey River gunmen raided a mine.", RIVER, _year(2011)),
            _raid("never", "Grey River gunmen raided a farm.", RIVER, None),
            _raid("other", "Ash Hill gunmen raided a port.", HILL, _year(2001)),
        ],
        same_story=NearDuplicates(),
    )
    refresh(kb)
    river = "organization:grey-river-company"
    found = kb.clusters_perpetrated_by([river])
    events = {event.id: event.document_id for event in kb.events()}
    assert [[events[e] for e in cluster.events] for cluster in found] == [
        ["early"],
        ["late"],
        ["never"],
    ]
    assert [cluster.earliest for cluster in found] == ["2011-01-01", "2019-01-01", None]
    tellings, rows = kb.cluster_tellings(found[:2])
    assert [event.document_id for event in tellings] == ["early", "late"]
    assert set(rows) == {event.id for event in tellings}
    assert kb.clusters_perpetrated_by([]) == []


def test_claims_are_read_by_their_object_and_by_words_of_their_value(kb: KnowledgeBase) -> None:
    """``objects``: the object itself, not an intermediary; ``value_holding``: the value's
    text holds one of the strings whatever their case (LIKE's wildcards taken as written)."""
    item = annotated(
        make_document("Mara Volk leads the Grey River Company.", origin="lead", id="lead")
    )
    evidence = Evidence("lead", 0, 0, 39, "Mara Volk leads the Grey River Company.")
    person = EntityRef("person", "Mara Volk")
    item.claims = [
        Claim(person, "leader_of", evidence, object=RIVER),
        Claim(person, "connected_via", evidence, object=HILL, via=RIVER),
        Claim(person, "holds_office", evidence, value="chief of the Grey River Company"),
        Claim(person, "holds_office", evidence, value="deputy 100% of the time"),
    ]
    kb.write_documents([item], same_story=NearDuplicates())
    river = "organization:grey-river-company"
    assert [c.predicate for c in kb.claims(objects=[river])] == ["leader_of"]
    assert {c.predicate for c in kb.claims(object_ids=[river])} == {"leader_of", "connected_via"}
    offices = kb.claims(predicate="holds_office", value_holding=["GREY river", "nowhere"])
    assert [c.value for c in offices] == ["chief of the Grey River Company"]
    assert [c.value for c in kb.claims(value_holding=["100%"])] == ["deputy 100% of the time"]
    assert kb.claims(value_holding=["1_0"]) == []
    assert kb.claims(value_holding=[]) == []
