"""`dossier export --format ...` through Typer's CliRunner, on the seed knowledge base."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
import stix2

from dossier import KnowledgeBase
from dossier.cli.export import FORMATS
from dossier.render.graphml import relation_graph
from tests.cli.test_cli import run


@pytest.mark.parametrize(
    ("export_format", "summary"),
    [
        ("json", "2 documents"),
        ("stix", "STIX 2.1 bundle: "),
        ("graphml", " nodes, "),
        ("csv", " claims"),
        ("events-csv", " events, "),
        ("jsonl", " claims"),
    ],
)
def test_every_format_writes_a_file_and_says_what(
    seeds_db: Path, tmp_path: Path, export_format: str, summary: str
) -> None:
    out = tmp_path / f"kb.{export_format}"
    code, stdout, err = run("export", "--format", export_format, "-o", out, "--db", seeds_db)
    assert code == 0, err
    assert stdout == ""
    assert f"wrote {out}: " in err and summary in err
    assert out.read_text(encoding="utf-8").strip()


def test_stix_export_parses_and_holds_reports(seeds_db: Path) -> None:
    code, out, _ = run("export", "--format", "stix", "--db", seeds_db)
    assert code == 0
    bundle = stix2.parse(out)
    types = {obj.type for obj in bundle.objects}
    assert {"threat-actor", "identity", "location", "relationship", "report"} <= types


def test_graphml_export_reads_back_with_the_same_counts(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kb.graphml"
    code, _, err = run("export", "--format", "graphml", "-o", out, "--db", seeds_db)
    assert code == 0
    with KnowledgeBase(seeds_db) as kb:
        graph = relation_graph(kb)
    back = nx.read_graphml(out)
    counts = (graph.number_of_nodes(), graph.number_of_edges())
    assert (back.number_of_nodes(), back.number_of_edges()) == counts
    assert f"{counts[0]} nodes, {counts[1]} edges" in err


def test_csv_and_jsonl_have_one_claim_per_row(seeds_db: Path, tmp_path: Path) -> None:
    with KnowledgeBase(seeds_db) as kb:
        claims = len(kb.claims())
    out = tmp_path / "claims.csv"
    assert run("export", "--format", "csv", "-o", out, "--db", seeds_db)[0] == 0
    with out.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == claims
    assert any("," in row["quote"] for row in rows)
    code, text, _ = run("export", "--format", "jsonl", "--db", seeds_db)
    assert code == 0
    lines = text.splitlines()
    assert len(lines) == claims
    assert all(json.loads(line)["evidence"] for line in lines)


def test_events_csv_rows_carry_the_event_id(sahel_db: Path) -> None:
    code, text, _ = run("export", "--format", "events-csv", "--db", sahel_db)
    assert code == 0
    rows = list(csv.DictReader(text.splitlines()))
    # the attack: two sentences of one article (the claim 'claimed the attack' is its
    # evidence too) and one of the other; the bombing: one sentence
    assert len({row["event_id"] for row in rows}) == 2 and len(rows) == 4


def test_an_unknown_format_is_a_usage_error_naming_the_formats(seeds_db: Path) -> None:
    code, _, err = run("export", "--format", "xlsx", "--db", seeds_db)
    assert code == 2
    assert "'xlsx' is not one of" in err
    for name in FORMATS:
        assert name in err
