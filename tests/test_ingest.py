"""Ingest end to end: real readers, the real model, real SQLite files."""

from __future__ import annotations

import codecs
import json
import tracemalloc
from pathlib import Path

import pytest
from spacy.language import Language

from dossier import KnowledgeBase, ReadOptions, ingest
from tests.helpers import write

ARTICLE = (
    "ISIS-K are a regional affiliate of the Islamic State group. They are based in the east "
    "of Afghanistan, near Nangarhar province, according to officials in Kabul."
)


def test_seeds_are_ingested_once(kb: KnowledgeBase, seeds_dir: Path, nlp: Language) -> None:
    first = ingest(kb, [seeds_dir])
    assert (len(first.added), first.failed) == (2, [])
    stats = kb.stats()
    assert stats.documents == 2
    assert stats.sentences > 20
    assert stats.mentions_by_label["ORG"] > 10
    before = [(s.id, s.cluster_id) for s in kb.documents()]
    again = ingest(kb, [seeds_dir])
    assert (again.written, len(again.unchanged)) == (0, 2)
    assert [(s.id, s.cluster_id) for s in kb.documents()] == before


def test_a_batch_of_bad_inputs_loses_nothing(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    ingest(kb, [write(tmp_path / "stored" / "kept.txt", ARTICLE)])
    inbox = tmp_path / "inbox"
    write(inbox / "empty.txt", "")
    write(inbox / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(
        inbox / "latin1.txt", "Café bombing in Düsseldorf: two people were hurt.".encode("latin-1")
    )
    write(inbox / "cp1252.txt", "Officials said the “core group” was in Kunar.".encode("cp1252"))
    write(inbox / "bom.txt", codecs.BOM_UTF8 + b"A blast struck Kabul airport on Thursday.")
    write(inbox / "broken.html", "<html><body><p>Gunmen stormed a hotel in Kabul<div><p>Four died")
    write(
        inbox / "records.jsonl",
        json.dumps({"id": "r1", "text": "A good record about Kandahar."}) + "\n{oops\n",
    )
    write(inbox / "table.csv", "id,body\n1,No text column here\n")
    (inbox / "dangling.txt").symlink_to(inbox / "nothing-here.txt")

    report = ingest(kb, [inbox])

    failed = {Path(f.input_name).name: f.problem for f in report.failed}
    assert set(failed) == {"empty.txt", "image.txt", "records.jsonl:2", "table.csv", "dangling.txt"}
    assert "PNG image" in failed["image.txt"]
    assert "not valid JSON" in failed["records.jsonl:2"]
    assert "no 'text' column" in failed["table.csv"]
    texts = {kb.document(summary.id).text for summary in kb.documents()}
    assert ARTICLE in texts  # stored before the batch: still there
    assert "Café bombing in Düsseldorf: two people were hurt." in texts
    assert "Officials said the “core group” was in Kunar." in texts
    assert "A blast struck Kabul airport on Thursday." in texts
    assert any("Gunmen stormed a hotel in Kabul" in t for t in texts)
    assert "A good record about Kandahar." in texts
    assert kb.stats().documents == 6
    assert any("decoded as windows-1252" in note for _, note in report.notes)


def test_a_20_mb_file_is_stored_whole_in_bounded_memory(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    paragraph = (
        "Officials in Kabul said fighters attacked a checkpoint in Kunar province overnight. "
        "Three soldiers were killed and five others were wounded in the clash.\n\n"
    )
    big = write(tmp_path / "huge.txt", paragraph * (20_000_000 // len(paragraph) + 1))
    size = big.stat().st_size
    assert size >= 20_000_000
    tracemalloc.start()
    try:
        report = ingest(kb, [big], max_annotated_chars=60_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(report.added) == 1
    stored = kb.document(report.added[0])
    assert len(stored.text) == size - 2  # the final blank line is trimmed
    assert peak < 25 * size  # Python-side peak: a few copies of the text, not per-token objects
    assert len(stored.sentences) == 2 * (size // len(paragraph))
    for sentence in stored.sentences[:: len(stored.sentences) // 50]:
        assert stored.text[sentence.start : sentence.end] in paragraph
    assert stored.mentions and all(m.end <= 60_000 for m in stored.mentions)
    assert all(stored.text[m.start : m.end] == m.text for m in stored.mentions)
    assert any("were annotated" in note for _, note in report.notes)


def test_stored_documents_survive_a_later_failing_batch(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    good = write(tmp_path / "good.jsonl", json.dumps({"id": "g1", "text": ARTICLE}))
    ingest(kb, [good])
    bad = write(tmp_path / "bad.jsonl", "not json at all\n")
    report = ingest(kb, [bad, tmp_path / "missing.txt"], options=ReadOptions())
    assert len(report.failed) == 2
    assert kb.document("g1").text == ARTICLE


@pytest.mark.slow
def test_two_processes_store_the_same_as_one(tmp_path: Path, nlp: Language) -> None:
    places = ["Kabul", "Jalalabad", "Kandahar", "Herat", "Kunduz", "Ghazni", "Khost", "Logar"]
    records = [
        json.dumps(
            {
                "id": f"doc{n}",
                "text": f"Officials in {places[n % 8]} said {n + 2} fighters attacked a post "
                f"on day {n} of the month. The group {chr(65 + n % 26)} denied it.",
            }
        )
        for n in range(40)
    ]
    corpus = write(tmp_path / "corpus.jsonl", "\n".join(records))
    with KnowledgeBase(tmp_path / "one.db") as one, KnowledgeBase(tmp_path / "two.db") as two:
        ingest(one, [corpus])
        report = ingest(two, [corpus], processes=2)
        assert report.failed == []
        assert one.stats() == two.stats()
        assert one.document("doc7").mentions == two.document("doc7").mentions


def test_an_id_repeated_in_one_input_is_stored_once(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    # into an empty knowledge base: the second record of an id is looked up, not assumed new
    records = [
        {"id": "r1", "text": "Gunmen attacked a convoy near Kandahar on Monday."},
        {"id": "r1", "text": "Gunmen attacked a convoy near Kandahar on Monday."},
        {"id": "r2", "text": "A blast struck a market in Kunduz."},
        {"id": "r2", "text": "A blast struck a market in Kunduz, officials said."},
    ]
    inbox = write(tmp_path / "records.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    report = ingest(kb, [inbox])
    assert report.unchanged == ["r1"]
    assert sorted(d.id for d in kb.documents()) == ["r1", "r2"]
    assert kb.document("r2").text.endswith("officials said.")
