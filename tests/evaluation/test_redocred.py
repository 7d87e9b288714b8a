"""`dossier eval redocred`: entity-level triples, on documents written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language
from typer.testing import CliRunner

from dossier.cli import app
from dossier.evaluation.redocred import evaluate_redocred, load_gold, score_export
from tests.helpers import shared_path, write

R1 = (
    "The Lakeside Rowing Club is a rowing club based in Geneva. The Lakeside Rowing Club was "
    "founded in 1921 by Anna Berg. The club is a member of the European Rowing League. Its "
    "president is Marco Feld."
)
R2 = "The Harbor Singers gave their first concert in 1987."


def entity(idx: int, kind: str, *mentions: str) -> dict[str, Any]:
    return {"idx": idx, "type": kind, "mentions": [{"text": m} for m in mentions]}


def triple(predicate: str, subject: int, obj: int, in_scope: bool = True) -> dict[str, Any]:
    return {"predicate": predicate, "subject": subject, "object": obj, "in_scope": in_scope}


MAPPING = {
    name: {"object_kind": "time" if name == "founded" else "entity"}
    for name in ("founded", "based_in", "leader_of", "founded_by", "member_of")
}
GOLD = {
    "mapping": MAPPING,
    "docs": [
        {
            "id": "r1",
            # Anna Berg is left out on purpose: a claim naming her matches no entity
            "entities": [
                entity(0, "ORG", "Lakeside Rowing Club", "club"),
                entity(1, "LOC", "Geneva"),
                entity(2, "TIME", "1921"),
                entity(3, "ORG", "European Rowing League"),
                entity(4, "PER", "Marco Feld"),
            ],
            "gold": [
                triple("founded", 0, 2),
                triple("member_of", 0, 3),
                triple("leader_of", 4, 0, in_scope=False),
            ],  # based_in(0, 1) is left out: a claim of it counts against precision
        },
        {
            "id": "r2",
            "entities": [entity(0, "ORG", "The Harbor Singers"), entity(1, "TIME", "1987")],
            "gold": [triple("founded", 0, 1)],
        },
    ],
}


def write_corpus(folder: Path) -> Path:
    records = [{"id": "r1", "title": "Lakeside", "text": R1}, {"id": "r2", "text": R2}]
    write(folder / "dev.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    write(folder / "gold_dev.json", json.dumps(GOLD))
    return folder


def test_triples_count_once_at_entity_level() -> None:
    claim = {"predicate": "founded", "subject": "o:club", "object": None,
             "value": {"kind": "time", "start": "1921-01-01", "text": "in 1921"}}  # fmt: skip
    export = {
        "documents": [{"id": "r1"}],
        "entities": [
            {"id": "o:club", "canonical": "o:club", "name": "The Club", "aliases": []},
            {"id": "o:lrc", "canonical": "o:club", "name": "Lakeside Rowing Club", "aliases": []},
        ],
        "claims": [
            {**claim, "id": "c1", "evidence": [{"document_id": "r1", "quote": "founded 1921"}]},
            {**claim, "id": "c2", "evidence": [{"document_id": "r1", "quote": "in 1921"}]},
        ],
    }
    report = score_export(export, GOLD)
    founded = report.relations["founded"]
    assert (founded.true_positives, founded.false_positives, founded.false_negatives) == (1, 0, 1)


def test_the_export_is_scored_per_relation(tmp_path: Path, nlp: Language) -> None:
    report = evaluate_redocred(write_corpus(tmp_path / "redocred"))
    assert report.failed_documents == []
    founded, based_in = report.relations["founded"], report.relations["based_in"]
    assert (founded.true_positives, founded.false_negatives, founded.precision) == (1, 1, 1.0)
    assert (based_in.true_positives, based_in.false_positives) == (0, 1)
    assert report.relations["leader_of"].false_positives == 0  # an out-of-scope gold triple
    assert len(report.relations["founded_by"].unmatched) == 1
    micro = report.micro()
    # 'The club is a member of ...': the club the first sentence says it is
    assert report.relations["member_of"].true_positives == 1
    # Anna Berg founded the club, so she is a member, named as no entity of the gold
    assert (micro.true_positives, micro.false_positives, micro.false_negatives) == (2, 3, 1)
    kinds = sorted((m.kind, m.predicate) for m in report.misses)
    assert kinds == [
        ("missed", "founded"), ("unmatched", "founded_by"), ("unmatched", "member_of"),
        ("wrong", "based_in"),
    ]  # fmt: skip


def test_the_command_prints_a_table(tmp_path: Path, nlp: Language) -> None:
    result = CliRunner().invoke(app, ["eval", "redocred", str(write_corpus(tmp_path / "rd"))])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output


def test_the_shared_gold_file_reads() -> None:
    gold = load_gold(shared_path("eval/redocred/gold_dev.json"))
    assert {"founded", "based_in", "leader_of"} <= set(gold["mapping"])


def test_a_leading_article_does_not_make_another_entity() -> None:
    claim = {"id": "c1", "predicate": "founded", "subject": "o:hs", "object": None,
             "value": {"kind": "time", "start": "1987-01-01", "text": "in 1987"},
             "evidence": [{"document_id": "r2", "quote": "in 1987"}]}  # fmt: skip
    export = {
        "documents": [{"id": "r2"}],
        "entities": [{"id": "o:hs", "canonical": "o:hs", "name": "Harbor Singers", "aliases": []}],
        "claims": [claim],
    }
    founded = score_export(export, GOLD).relations["founded"]
    assert (founded.true_positives, len(founded.unmatched)) == (1, 0)
