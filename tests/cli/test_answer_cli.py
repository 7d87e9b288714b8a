"""`ask`, `explain`, `profile`, `why-merged`, `merge`, `split` and `remove` through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def db(sahel_db: Path, tmp_path: Path) -> Path:
    """A private copy of the Sahel knowledge base, free to change."""
    return Path(shutil.copy(sahel_db, tmp_path / "kb.db"))


def test_ask_prints_the_answer_and_its_citations(db: Path) -> None:
    code, out, _ = run("ask", "How many fighters does the SLF have?", "--db", db)
    assert code == 0
    assert "Sources disagree on member count" in out and "(conflicting)" in out
    assert "[1] courier-7 54-121" in out


def test_ask_json_has_the_documented_shape(db: Path) -> None:
    code, out, _ = run("ask", "Where is the SLF based?", "--db", db, "--json")
    assert code == 0
    answer = json.loads(out)
    assert set(answer) == {"question", "answer", "verdict", "citations", "claims"}
    assert answer["verdict"] == "corroborated"
    [first, *_] = answer["citations"]
    assert set(first) == {"document_id", "quote", "start", "end"}


def test_ask_about_nothing_known_says_so_and_exits_0(db: Path) -> None:
    code, out, _ = run("ask", "Who funds the Nowhere Brigade?", "--db", db)
    assert (code, out.strip()) == (0, "The knowledge base has nothing about 'the Nowhere Brigade'.")


def test_a_missing_knowledge_base_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    code, _, err = run("ask", "Who are the SLF?", "--db", missing)
    assert code == 1 and "no knowledge base at" in err
    assert not missing.exists()


def test_explain_asks_and_answers(db: Path) -> None:
    code, out, _ = run("explain", "SLF", "--db", db, "--json")
    assert code == 0
    questions = [answer["question"] for answer in json.loads(out)]
    assert "Where are Sahel Liberation Front based?" in questions


def test_profile_writes_markdown_html_and_json(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("profile", "SLF", "--db", db)
    assert code == 0 and out.startswith("# Sahel Liberation Front\n")
    page = tmp_path / "slf.html"
    code, _, err = run(
        "profile", "Sahel Liberation Front", "--format", "html", "-o", page, "--db", db
    )
    assert code == 0 and f"wrote {page}" in err
    assert page.read_text().startswith("<!doctype html>")
    code, out, _ = run("profile", "SLF", "--format", "json", "--db", db)
    assert json.loads(out)["name"] == "Sahel Liberation Front"
    code, _, err = run("profile", "SLF", "--format", "pdf", "--db", db)
    assert code == 2 and "not one of md, html, json" in err
    code, _, err = run("profile", "Nowhere Brigade", "--db", db)
    assert code == 1 and "no entity named 'Nowhere Brigade'" in err


def test_merge_why_merged_split_and_remove(db: Path) -> None:
    code, out, _ = run("why-merged", "SLF", "Wagner Group", "--db", db)
    assert (code, out.strip()) == (0, "SLF and Wagner Group are not merged.")
    code, out, _ = run("merge", "Wagner Group", "SLF", "--db", db)
    assert code == 0 and "merged: both are now" in out
    code, out, _ = run("why-merged", "SLF", "Wagner Group", "--db", db)
    assert "merged by the user" in out
    code, out, _ = run("split", "Wagner Group", "Sahel Liberation Front", "--db", db)
    assert code == 0 and "stay apart" in out
    code, out, _ = run("remove", "courier", "--db", db)
    assert (code, out.strip()) == (0, "removed courier-7")
    code, out, _ = run("ask", "Are the SLF friends with the Wagner Group?", "--db", db, "--json")
    assert json.loads(out)["verdict"] == "single-source"  # the Courier's half is gone
    code, _, err = run("remove", "courier", "--db", db)
    assert code == 1 and "courier" in err


def test_why_merged_explains_two_names_of_one_entity(db: Path) -> None:
    code, out, _ = run("why-merged", "the SLF", "Sahel Liberation Front", "--db", db)
    assert code == 0
    assert out.splitlines() == [
        "the SLF and Sahel Liberation Front are one because:",
        "  - an article names Sahel Liberation Front 'SLF'",
    ]
    code, out, _ = run("why-merged", "Mopti", "mopti", "--db", db)
    assert code == 0 and "both name Mopti (place:" in out
