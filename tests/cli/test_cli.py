"""Every command through Typer's CliRunner, on real SQLite files and the real model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dossier.cli import app
from tests.helpers import write

runner = CliRunner()

ARTICLE = (
    "Who are ISIS-K?\n\nISIS-K are a regional affiliate of the Islamic State group. "
    "They are based near Nangarhar province, officials in Kabul said."
)


def run(*args: str | Path, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(arg) for arg in args], input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path, nlp: Language) -> Path:
    """A knowledge base holding one article, ingested through the CLI."""
    path = tmp_path / "kb.db"
    code, _, _ = run("ingest", write(tmp_path / "a.txt", ARTICLE), "--db", path)
    assert code == 0
    return path


def test_ingest_prints_a_summary_and_exits_0(tmp_path: Path, nlp: Language) -> None:
    code, out, _ = run("ingest", write(tmp_path / "a.txt", ARTICLE), "--db", tmp_path / "kb.db")
    assert code == 0
    assert "added" in out and "1" in out


def test_ingest_json_report_and_exit_1_when_an_input_failed(tmp_path: Path, nlp: Language) -> None:
    good = write(tmp_path / "in" / "good.txt", ARTICLE)
    write(tmp_path / "in" / "bad.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, _ = run("ingest", good.parent, "--db", tmp_path / "kb.db", "--json")
    assert code == 1
    report = json.loads(out)
    assert len(report["added"]) == 1
    [failure] = report["failed"]
    assert failure["input"] == str(tmp_path / "in" / "bad.txt")
    assert failure["problem"].startswith("is a PNG image, not text")


def test_ingest_failure_is_one_line_naming_the_input(tmp_path: Path, nlp: Language) -> None:
    code, _, err = run("ingest", tmp_path / "nope.txt", "--db", tmp_path / "kb.db")
    assert code == 1
    assert f"{tmp_path / 'nope.txt'}: does not exist" in err


def test_second_ingest_reports_unchanged(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("ingest", tmp_path / "a.txt", "--db", db, "--json")
    assert code == 0
    assert json.loads(out)["unchanged"] != [] and json.loads(out)["added"] == []


def test_ingest_from_stdin_with_metadata_options(tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "kb.db"
    code, _, _ = run(
        "ingest", "-", "--db", db, "--source", "Wire", "--published-at", "2021-08-27",
        input="A blast struck Kabul airport on Thursday, officials said.",
    )  # fmt: skip
    assert code == 0
    [summary] = json.loads(run("documents", "--db", db, "--json")[1])
    assert (summary["publisher"], summary["published_at"]) == ("Wire", "2021-08-27T00:00:00")


def test_ingest_csv_with_custom_columns(tmp_path: Path, nlp: Language) -> None:
    csv_file = write(tmp_path / "t.csv", "key,body\nk1,Gunmen attacked a post in Kunar.\n")
    db = tmp_path / "kb.db"
    code, _, _ = run("ingest", csv_file, "--db", db, "--text-column", "body", "--id-column", "key")
    assert code == 0
    assert json.loads(run("show", "k1", "--db", db, "--json")[1])["text"].startswith("Gunmen")


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("ingest", tmp_path, "--format", "pdf", "--db", tmp_path / "kb.db")
    assert code == 2
    assert "pdf" in err


def test_stats(db: Path) -> None:
    code, out, _ = run("stats", "--db", db)
    assert code == 0
    assert "documents" in out and "GPE" in out
    stats = json.loads(run("stats", "--db", db, "--json")[1])
    assert stats["documents"] == 1
    assert stats["mentions_by_label"]["GPE"] >= 2


def test_documents_lists_ids_and_titles(db: Path) -> None:
    code, out, _ = run("documents", "--db", db)
    assert code == 0
    assert "Who are ISIS-K?" in out
    [summary] = json.loads(run("documents", "--db", db, "--json")[1])
    assert summary["title"] == "Who are ISIS-K?"
    assert summary["id"] in out


def test_show_marks_entities(db: Path) -> None:
    [summary] = json.loads(run("documents", "--db", db, "--json")[1])
    code, out, _ = run("show", summary["id"][:6], "--db", db)
    assert code == 0
    assert "Kabul[GPE]" in out
    shown = json.loads(run("show", summary["id"], "--db", db, "--json")[1])
    assert {m["text"] for m in shown["mentions"]} >= {"Kabul", "Nangarhar province"}


def test_show_unknown_document(db: Path) -> None:
    code, _, err = run("show", "no-such-doc", "--db", db)
    assert code == 1
    assert "no document 'no-such-doc'" in err


def test_search_finds_sentences_with_offsets(db: Path) -> None:
    code, out, _ = run("search", "Nangarhar province", "--db", db)
    assert code == 0
    assert "Nangarhar" in out
    [hit] = json.loads(run("search", "Nangarhar", "--db", db, "--json")[1])
    assert hit["text"].startswith("They are based near Nangarhar")
    assert ARTICLE.index(hit["text"]) == hit["start"]


def test_search_without_matches_says_so(db: Path) -> None:
    code, out, _ = run("search", "submarine", "--db", db)
    assert code == 0
    assert "No sentence matches" in out


def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    notes = write(tmp_path / "notes.db", "shopping list\n")
    code, _, err = run("stats", "--db", notes)
    assert code == 1
    assert "is not a knowledge base" in err
    assert notes.read_text() == "shopping list\n"


def test_db_defaults_to_the_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_DB", str(db))
    assert json.loads(run("stats", "--json")[1])["documents"] == 1


def test_export_writes_a_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kb.json"
    code, _, err = run("export", "--format", "json", "-o", out, "--db", db)
    assert code == 0
    data = json.loads(out.read_text())
    assert len(data["documents"]) == 1
    assert "1 documents" in err


def test_export_refuses_an_unknown_format(db: Path) -> None:
    code, _, err = run("export", "--format", "pdf", "--db", db)
    assert code == 2
    assert "pdf" in err


def test_force_re_extracts_stored_documents(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("ingest", tmp_path / "a.txt", "--db", db, "--force", "--json")
    assert code == 0
    assert json.loads(out)["replaced"] != []


def test_a_user_ontology_adds_an_alias(tmp_path: Path, nlp: Language) -> None:
    ontology = write(
        tmp_path / "mine.yaml", "entities:\n  - {name: Harakat Example, aliases: [HEX]}\n"
    )
    article = write(tmp_path / "b.txt", "HEX is an affiliate of al-Qaeda, officials said.")
    db = tmp_path / "kb2.db"
    code, _, err = run("ingest", article, "--db", db, "--ontology", ontology)
    assert code == 0, err
    data = json.loads(run("export", "--db", db)[1])
    names = {entity["name"] for entity in data["entities"]}
    assert "Harakat Example" in names


def test_a_bad_ontology_stops_before_any_work(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.yaml", "entities: [oops")
    code, _, err = run("ingest", tmp_path, "--db", tmp_path / "kb.db", "--ontology", bad)
    assert code == 1
    assert "bad.yaml: not valid YAML" in err
