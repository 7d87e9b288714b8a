"""The acceptance target: every gold fact and event of the seed articles, precision >= 0.9."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dossier.cli import app
from dossier.evaluation.seeds import SeedReport, evaluate_seeds
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
