"""The acceptance target: every gold fact, event, verdict and question of the seed articles,
claim precision >= 0.9."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dossier import KnowledgeBase, ingest
from dossier.cli import app
from dossier.evaluation.seeds import SeedReport, evaluate_seeds
from dossier.reconcile.verdicts import Reconciler
from dossier.resolve.refresh import find_entity
from tests.corpus import write_jsonl
from tests.helpers import REPO, shared_path


@pytest.fixture(scope="module")
def report(nlp: Language) -> SeedReport:
    return evaluate_seeds(shared_path("gold/seeds.yaml"))


def test_every_gold_fact_is_extracted_with_overlapping_evidence(report: SeedReport) -> None:
    assert [(fact.id, fact.missing) for fact in report.facts if not fact.hit] == []
    assert len(report.facts) == 26


def test_every_gold_event_is_extracted(report: SeedReport) -> None:
    assert [(event.id, event.problems) for event in report.events if not event.hit] == []


def test_claim_precision_is_at_least_point_nine(report: SeedReport) -> None:
    assert report.claim_precision >= 0.9, report.extra_claims


def test_every_extra_claim_is_judged_in_the_docs(report: SeedReport) -> None:
    judged = (REPO / "docs" / "seed-claims.md").read_text()
    for extra in report.extra_claims:
        claim = extra.split("  —")[0]
        assert claim in judged, f"extra claim not judged in docs/seed-claims.md: {claim}"


def test_the_cli_reports_the_same(report: SeedReport) -> None:
    gold = shared_path("gold/seeds.yaml")
    result = CliRunner().invoke(app, ["eval", "seeds", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["fact_recall"], data["event_recall"]) == (1.0, 1.0)
    assert data["claim_precision"] == pytest.approx(report.claim_precision)


def test_every_gold_verdict_is_produced(report: SeedReport) -> None:
    assert [(v.id, v.problems) for v in report.verdicts if not v.hit] == []
    assert len(report.verdicts) == 7
    founded = next(v for v in report.verdicts if v.id == "ISIS-K founded")
    assert founded.best_estimate == "January 2015"
    based = next(v for v in report.verdicts if v.id == "ISIS-K based_in")
    assert based.best_estimate == "Nangarhar"  # Nangarhar and Nangahar: one place


def test_every_gold_question_is_answered_with_its_facts_cited(report: SeedReport) -> None:
    assert [(q.question, q.missing, q.uncited) for q in report.questions if not q.hit] == []
    assert len(report.questions) == 9
    size = next(q for q in report.questions if q.question.startswith("How many members"))
    assert size.verdict == "conflicting"


def test_a_republished_seed_does_not_corroborate_itself(
    kb: KnowledgeBase, seeds_dir: Path, tmp_path: Path, nlp: Language
) -> None:
    original = sorted(seeds_dir.glob("*.txt"))[0]
    ingest(kb, [original])
    subject = find_entity(kb, "ISIS-K").id
    before = {v.predicate: v.verdict for v in Reconciler(kb).verdicts(subject)}
    assert "single-source" in before.values()
    copy = {"id": "republished-1", "source": "Another Outlet", "text": original.read_text()}
    report = ingest(kb, [write_jsonl(tmp_path / "copy.jsonl", copy)])
    assert len(report.duplicates) == 1
    after = {v.predicate: v.verdict for v in Reconciler(kb).verdicts(subject)}
    assert after == before
