"""Issue 15: a cell a spreadsheet would run as a formula (OWASP "CSV injection") is written
with a leading single quote, in both CSV exports, whatever field it comes from."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from spacy.language import Language
from typer.testing import CliRunner

from dossier.cli import app
from dossier.render.tabular import csv_text
from tests.corpus import COURIER, HARBOR, write_jsonl

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def test_formula_cells_are_neutralised_in_both_csv_exports(tmp_path: Path, nlp: Language) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        {**COURIER, "id": '=HYPERLINK("http://x.example","y")', "source": "@SUM(A1)"},
        {**HARBOR, "id": "+cmd|' /C calc'!A0", "source": "-2+3"},
    )
    db = str(tmp_path / "kb.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(source), "--db", db]).exit_code == 0
    cells: list[str] = []
    for kind in ("csv", "events-csv"):
        result = runner.invoke(app, ["export", "--format", kind, "--db", db])
        assert result.exit_code == 0, result.stderr
        rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
        assert len(rows) > 1
        cells += [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(DANGEROUS)]
    assert '\'=HYPERLINK("http://x.example","y")' in cells
    assert "'+cmd|' /C calc'!A0" in cells


def test_every_dangerous_first_character_gets_a_quote() -> None:
    rows = [{"a": f"{start}1+1", "b": "plain", "c": ""} for start in DANGEROUS]
    parsed = list(csv.DictReader(io.StringIO(csv_text(("a", "b", "c"), rows), newline="")))
    assert [row["a"] for row in parsed] == [f"'{start}1+1" for start in DANGEROUS]
    assert {row["b"] for row in parsed} == {"plain"} and {row["c"] for row in parsed} == {""}
