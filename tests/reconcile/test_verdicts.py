"""Verdicts across sources, on real ingests of the made-up Sahel items (tests/corpus.py)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dossier import KnowledgeBase, ingest
from dossier.ingest import remove
from dossier.model import TimeSpan
from dossier.model.dates import format_span
from dossier.model.records import Verdict
from dossier.reconcile.verdicts import Reconciler
from tests.corpus import COURIER, GROUP, HARBOR, LEDGER, SAHEL, write_jsonl


def verdict(kb: KnowledgeBase, predicate: str) -> Verdict:
    [found] = Reconciler(kb).verdicts(GROUP, predicate)
    return found


def test_two_publishers_agreeing_corroborate(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        based = verdict(kb, "based_in")
        hostile = verdict(kb, "hostile_to")
    assert (based.verdict, based.best_estimate) == ("corroborated", "place:geonames:2453348")
    assert based.independent_sources == 2
    assert hostile.verdict == "corroborated"
    assert hostile.best_estimate == "organization:wagner-group"


def test_the_most_precise_date_that_the_others_allow_is_the_best_estimate(
    sahel_db: Path,
) -> None:
    with KnowledgeBase(sahel_db) as kb:
        founded = verdict(kb, "founded")
    assert founded.verdict == "corroborated"
    assert isinstance(founded.best_estimate, TimeSpan)
    assert format_span(founded.best_estimate) == "March 2012"  # inside '2012'
    assert sorted(len(p.claims) for p in founded.positions) == [2]


def test_sizes_that_disagree_conflict_and_both_sides_are_kept(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        size = verdict(kb, "member_count")
    assert size.verdict == "conflicting"
    assert size.best_estimate is None
    sides = {p.value.min: p for p in size.positions}  # type: ignore[union-attr]
    assert set(sides) == {800, 3000}
    # Two articles quote the UN's figure: one underlying source, and the verdict says so.
    assert list(sides[800].sources.values()) == ["United Nations"]
    assert {c.evidence.document_id for c in sides[800].claims} == {"ledger-1", "harbor-3"}
    assert size.note == "2 articles cite United Nations: one underlying source"
    # 'officials said' names no one: it stays the publisher's voice.
    assert list(sides[3000].sources.values()) == ["officials, in Coast Courier"]


def test_a_republished_copy_does_not_corroborate_its_original(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    ingest(kb, [write_jsonl(tmp_path / "one.jsonl", LEDGER)])
    assert verdict(kb, "formed_from").verdict == "single-source"
    copy = {**LEDGER, "id": "mirror-9", "source": "Wire Mirror", "title": "Sahel group profile"}
    report = ingest(kb, [write_jsonl(tmp_path / "copy.jsonl", copy)])
    assert report.duplicates == [("mirror-9", "ledger-1")]
    for predicate in ("formed_from", "funded_by", "based_in", "founded"):
        found = verdict(kb, predicate)
        assert found.verdict == "single-source", predicate
        assert found.independent_sources == 1
        assert len(found.claims) == 2  # both copies' claims are kept, counted once


def test_two_stories_from_one_publisher_count_once(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    other_story = {
        "id": "ledger-2",
        "source": "Daily Ledger",
        "title": "Mopti market reopens",
        "text": "Traders said the Sahel Liberation Front is based in Mopti and taxes the market.",
    }
    ingest(kb, [write_jsonl(tmp_path / "ledger.jsonl", LEDGER, other_story)])
    based = verdict(kb, "based_in")
    assert {c.evidence.document_id for c in based.claims} == {"ledger-1", "ledger-2"}
    assert (based.verdict, based.independent_sources) == ("single-source", 1)


def test_removing_a_document_recomputes_the_verdicts_it_touched(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    ingest(kb, [write_jsonl(tmp_path / "sahel.jsonl", *SAHEL)])
    assert verdict(kb, "hostile_to").verdict == "corroborated"
    assert verdict(kb, "member_count").verdict == "conflicting"
    remove(kb, COURIER["id"])
    assert verdict(kb, "hostile_to").verdict == "single-source"
    size = verdict(kb, "member_count")
    # What is left is the UN figure quoted by two articles: still one source.
    assert (size.verdict, size.independent_sources) == ("single-source", 1)
    assert {c.evidence.document_id for c in size.claims} == {LEDGER["id"], HARBOR["id"]}
    assert all(c.evidence.document_id != COURIER["id"] for c in kb.claims())
