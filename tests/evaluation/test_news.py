"""`dossier eval news`: the matching rules, and the scorer on articles written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from spacy.language import Language
from typer.testing import CliRunner

from dossier.cli import app
from dossier.errors import InputError
from dossier.evaluation.matching import (
    norm,
    quantity_matches,
    quote_overlaps,
    text_matches,
    time_matches,
)
from dossier.evaluation.news import evaluate_news, load_predicate_map, read_news_doc, score_export
from tests.helpers import shared_path, write

A1 = """https://example.org/a1
TITLE: Who is the Northern Hills Front?
DATE: 2021-05

The Northern Hills Front was founded in 2003 by farmers from the valley. The Northern Hills \
Front is based in Kandahar. Its leader is Omar Vasquez. In March 2020 the Northern Hills Front \
attacked a police station in Kandahar, killing 12 people.
"""
A2 = """https://example.net/a2
TITLE: A profile of the Front

The Northern Hills Front was formed in 2003. Omar Vasquez studied law in Kabul.
"""
GOLD: dict[str, Any] = {
    "docs": {"a1": "a1.txt", "a2": "a2.txt"},
    "entities": {
        "Northern Hills Front": {"type": "organization", "aliases": ["NHF", "the Front"]},
        "Omar Vasquez": {"type": "person"},
    },
    "facts": [
        {"id": "a1-1", "doc": "a1", "subject": "NHF", "predicate": "founded",
         "value": {"start": 2003, "end": 2003, "precision": "year"},
         "quote": "The Northern Hills Front was founded in 2003"},
        {"id": "a1-2", "doc": "a1", "subject": "Northern Hills Front", "predicate": "based_in",
         "object": "Kandahar", "quote": "The Northern Hills Front is based in Kandahar."},
        {"id": "a1-3", "doc": "a1", "subject": "Northern Hills Front", "predicate": "perpetrated",
         "object": "EV1",
         "quote": "In March 2020 the Northern Hills Front attacked a police station in Kandahar"},
        # a relation Dossier calls leader_of: found by the loose figure only
        {"id": "a1-4", "doc": "a1", "subject": "Omar Vasquez", "predicate": "commands",
         "object": "Northern Hills Front", "quote": "Its leader is Omar Vasquez."},
        {"id": "a2-1", "doc": "a2", "subject": "Northern Hills Front", "predicate": "founded",
         "value": {"start": 2003, "end": 2003},
         "quote": "The Northern Hills Front was formed in 2003."},
        {"id": "a2-2", "doc": "a2", "subject": "Omar Vasquez", "predicate": "studied",
         "object": "law", "quote": "Omar Vasquez studied law in Kabul."},
    ],
    "events": [
        {"id": "EV1", "name": "police station attack", "type": "armed assault",
         "mentions": [{"doc": "a1", "quote": "the Northern Hills Front attacked a police station"}],
         "killed": {"min": 12, "by_source": [
             {"doc": "a1", "min": 12, "quote": "killing 12 people"}]}},
    ],
    "reconcile": [
        {"subject": "Northern Hills Front", "predicate": "founded", "verdict": "corroborated",
         "facts": ["a1-1", "a2-1"]},
        {"event": "EV1", "field": "killed", "verdict": "corroborated"},  # no exported verdict
    ],
    "questions": [
        {"q": "When was the Northern Hills Front founded?", "must_include": ["2003"],
         "cite": ["a1-1"]},
        {"q": "How many fighters does the Northern Hills Front have?", "must_include": [],
         "cite": [], "unanswerable": True},
    ],
}  # fmt: skip


def write_corpus(folder: Path) -> Path:
    write(folder / "docs" / "a1.txt", A1)
    write(folder / "docs" / "a2.txt", A2)
    write(folder / "gold.yaml", yaml.safe_dump(GOLD, sort_keys=False))
    return folder


# --- matching rules ---------------------------------------------------------------------


def test_names_are_normalised_as_a_reader_reads_them() -> None:
    assert norm("  Jama’at  Nasr\tal-Islam ") == "jama'at nasr al-islam"
    assert norm("“ＡＢＣ”") == '"abc"'  # NFKC folds full-width letters


def test_a_quote_overlaps_by_containment_or_a_long_common_run() -> None:
    gold = "The Front was founded in 2003 by farmers"
    assert quote_overlaps(f"Locals say {gold} from the valley.", gold)  # gold inside
    assert quote_overlaps("was founded in 2003 by farmers", gold)  # a long enough clause
    assert not quote_overlaps("in 2003", gold)  # inside, but under half of it
    assert quote_overlaps("The Front was founded in 2003. By farmers", gold)  # split sentence
    assert not quote_overlaps("The Front is based in Kandahar.", gold)
    assert not quote_overlaps("", gold)


def test_dates_compare_by_year_and_month() -> None:
    year = {"start": "2003-01-01", "end": "2003-12-31"}
    assert time_matches({"start": 2003, "end": 2003}, year)
    assert time_matches(
        {"start": 1990, "end": 1999, "precision": "year"},
        year | {"start": "1995-01-01", "end": "1995-12-31"},
    )
    assert not time_matches({"start": 2004, "end": 2004}, year)
    assert time_matches({"start": "2014-09", "end": "2014-09"}, {"start": "2014-09-21"})
    assert not time_matches({"start": "2014-09", "end": "2014-09"}, {"start": "2014-11-02"})


def test_quantities_compare_loosely() -> None:
    assert quantity_matches({"min": 25000, "max": 50000}, {"min": 25000, "max": 50000})
    assert quantity_matches({"min": 2000, "max": 2000}, {"min": 1900, "max": None})
    assert not quantity_matches({"min": 100000, "max": 100000}, {"min": 2000, "max": 2000})
    assert not quantity_matches({"min": 10}, None)


def test_free_text_values_share_a_content_word() -> None:
    assert text_matches("Zaidi (Shia) revivalism", ["Zaidism"])
    assert text_matches("civilians", ["unarmed civilians"])
    assert not text_matches("an Islamic state", ["the group"])


def test_every_gold_predicate_maps_to_itself_too() -> None:
    mapping = load_predicate_map()
    assert mapping.dossier_predicates("allied_with") == {"allied_with", "ally_of"}
    assert mapping.dossier_predicates("died") == {"died"}
    assert mapping.event_fields["perpetrated"] == "perpetrators"


def test_an_article_file_gives_its_url_title_and_mid_month_date(tmp_path: Path) -> None:
    doc = read_news_doc(write(tmp_path / "a1.txt", A1))
    assert (doc.id, doc.url, doc.published_at) == ("a1", "https://example.org/a1", "2021-05-15")
    assert doc.title == "Who is the Northern Hills Front?"
    assert doc.text.startswith("The Northern Hills Front was founded")
    with pytest.raises(InputError, match="no text"):
        read_news_doc(write(tmp_path / "empty.txt", "https://example.org\nTITLE: x\n"))


# --- scoring a hand-written export ------------------------------------------------------


def evidence(document_id: str, quote: str) -> dict[str, Any]:
    return {"document_id": document_id, "quote": quote, "start": 0, "end": len(quote)}


def test_incidents_merges_and_tolls_are_read_from_the_events() -> None:
    gold = {
        "docs": {"a": "a.txt", "b": "b.txt"},
        "facts": [],
        "events": [
            {"id": "E1", "mentions": [{"doc": "a", "quote": "a bomb hit the market"},
                                      {"doc": "b", "quote": "the market bombing"}],
             "killed": {"by_source": [{"doc": "a", "min": 9, "quote": "nine died"},
                                      {"doc": "b", "value": 11, "quote": "11 died"}]}},
            {"id": "E2", "mentions": [{"doc": "b", "quote": "a second blast at the port"}]},
            {"id": "E3", "mentions": [{"doc": "a", "quote": "gunmen raided a school"}]},
        ],
        "reconcile": [{"events": ["E2", "E3"], "verdict": "distinct"},
                      {"events": ["E1", "E2"], "verdict": "distinct"}],
    }  # fmt: skip
    export = {
        "documents": [{"id": "a"}, {"id": "b"}],
        "entities": [],
        "claims": [],
        "events": [
            {"id": "m1", "verdict": "corroborated", "reports": ["t1", "t2"],
             "killed": {"min": 11}, "evidence": [
                 evidence("a", "Yesterday a bomb hit the market; nine died."),
                 evidence("b", "After the market bombing, 11 died."),
                 evidence("b", "Then came a second blast at the port.")]},
            {"id": "m2", "verdict": "single-source", "reports": ["t3"],
             "killed": None, "evidence": [evidence("a", "Later gunmen raided a school.")]},
        ],
        "verdicts": [],
    }  # fmt: skip
    tellings = {"t1": {"document_id": "a", "killed": {"min": 9}}}
    report = score_export(export, gold, tellings=tellings)
    assert [i.found for i in report.incidents] == [True, True, True]
    assert report.merged_wrongly == {"m1": ["E1", "E2"]}
    assert [(t.document, t.hit) for t in report.tolls] == [("a", True), ("b", True)]
    assert [v.hit for v in report.verdicts] == [True, False]


# --- the whole run on articles written for the test -------------------------------------


def test_the_export_is_scored_against_the_gold(tmp_path: Path, nlp: Language) -> None:
    report = evaluate_news(write_corpus(tmp_path / "news"), questions=True)
    assert report.failed_documents == []
    by_id = {fact.id: fact for fact in report.facts}
    assert {i: (f.strict, f.loose) for i, f in by_id.items()} == {
        "a1-1": (1, 1), "a1-2": (1, 1), "a1-3": (1, 1), "a1-4": (0, 1), "a2-1": (1, 1),
        "a2-2": (0, 0),
    }  # fmt: skip
    assert report.fact_recall == pytest.approx(4 / 6)
    assert report.fact_recall_loose == pytest.approx(5 / 6)
    assert report.grounded == 1.0  # each exported claim states a gold fact
    assert [(i.id, i.found) for i in report.incidents] == [("EV1", True)]
    assert [t.hit for t in report.tolls] == [True]
    assert [(v.id, v.got, v.hit) for v in report.verdicts] == [
        ("Northern Hills Front founded", "corroborated", True)
    ]
    assert report.verdicts_unscored == 1
    assert [(q.hit, q.asserted) for q in report.questions] == [(True, False), (True, False)]
    per_predicate = report.per_predicate()
    assert per_predicate["founded"] == (2, 2.0, 2.0)
    assert per_predicate["studied"] == (1, 0.0, 0.0)


def test_the_command_prints_json_and_misses(tmp_path: Path, nlp: Language) -> None:
    corpus = write_corpus(tmp_path / "news")
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "news", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["summary"]
    assert (summary["facts"], summary["facts_total"], summary["incidents"]) == (4, 6, 1)
    result = runner.invoke(app, ["eval", "news", str(corpus), "--misses"])
    assert result.exit_code == 0, result.output
    assert "fact a2-2 studied" in result.output


def test_a_folder_without_gold_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "news", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold.yaml" in result.output


def test_the_shared_corpus_reads_whole() -> None:
    from dossier.evaluation.news import read_corpus

    gold, docs = read_corpus(shared_path("eval/news"))
    assert len(docs) == len(gold["docs"])
    assert all(doc.text and doc.url.startswith("http") for doc in docs)
