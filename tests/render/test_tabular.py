"""CSV and JSON Lines exports: rows that round-trip through the csv and json modules."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from dossier import KnowledgeBase
from dossier.render.json_export import claim_json
from dossier.render.tabular import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    claim_rows,
    claims_jsonl,
    csv_text,
    event_rows,
)
from tests.render.conftest import FRONT, QUOTED


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_claims_csv_keeps_quotes_with_commas_and_double_quotes(ties_db: Path) -> None:
    with KnowledgeBase(ties_db) as kb:
        text = csv_text(CLAIM_COLUMNS, claim_rows(kb))
        claims = kb.claims()
        wire_text = kb.document("wire-1").text
    rows = read_csv(text)
    assert len(rows) == len(claims)
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    [quoted] = [row for row in rows if row["quote"] == QUOTED]
    assert '"the Shield, of the North"' in quoted["quote"]
    assert wire_text[int(quoted["start"]) : int(quoted["end"])] == QUOTED
    assert (quoted["subject_id"], quoted["predicate"], quoted["object"]) == (
        FRONT,
        "affiliate_of",
        "al-Qaeda",
    )
    assert quoted["verdict"] == "corroborated" and quoted["independent_sources"] == "2"
    denial = next(row for row in rows if row["object"] == "Boko Haram")
    assert denial["negated"] == "true"


def test_claims_csv_splits_values_into_sortable_cells(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        rows = read_csv(csv_text(CLAIM_COLUMNS, claim_rows(kb)))
    sizes = [row for row in rows if row["predicate"] == "member_count"]
    assert {(row["value_low"], row["value_high"]) for row in sizes} == {
        ("800", "800"),
        ("3000", "3000"),
    }
    assert all(row["value_kind"] == "quantity" and row["verdict"] == "conflicting" for row in sizes)
    founded = [row for row in rows if row["predicate"] == "founded"]
    assert {row["value_low"] for row in founded} == {"2012-01-01", "2012-03-01"}


def test_events_csv_has_a_row_per_piece_of_evidence(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        rows = read_csv(csv_text(EVENT_COLUMNS, event_rows(kb)))
        texts = {d.id: kb.document(d.id).text for d in kb.documents()}
    firsts = [row for row in rows if row["evidence_index"] == "1"]
    assert len(firsts) == len({row["event_id"] for row in rows}) == 2
    [assault] = [row for row in firsts if row["type"] == "armed assault"]
    assert (assault["city"], assault["country_id"], assault["killed_min"]) == (
        "Mopti",
        "place:ML",
        "4",
    )
    # two tellings; one of them also in the sentence that claims the attack
    assert assault["evidence_count"] == "3" and assault["verdict"] == "corroborated"
    # each perpetrator with how the reports tell it: one claims, another names the doer
    who, told = assault["stances"].split(": ")
    assert (who, set(told.split(", "))) == ("Sahel Liberation Front", {"claimed", "named"})
    tellings = [row for row in rows if row["event_id"] == assault["event_id"]]
    assert {row["document_id"] for row in tellings} == {"harbor-3", "courier-7"}
    for row in rows:
        assert texts[row["document_id"]][int(row["start"]) : int(row["end"])] == row["quote"]


def test_jsonl_is_one_claim_per_line_with_its_verdict(seeds_db: Path) -> None:
    with KnowledgeBase(seeds_db) as kb:
        lines = claims_jsonl(kb)
        claims = kb.claims()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(claims)
    assert all("\n" not in line for line in lines)
    assert records[0] == {**claim_json(claims[0]), "verdict": records[0]["verdict"]}
    assert {r["verdict"] for r in records} <= {"corroborated", "conflicting", "single-source"}
    affiliate = next(r for r in records if r["predicate"] == "affiliate_of")
    assert affiliate["verdict"] == "corroborated"
