"""The strength at formation, read from a knowledge base: the reconciler finds the
subject's founding dates itself, also when asked about its size alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dossier.annotate.pipeline import plain_sentences
from dossier.model import AnnotatedDocument, Claim, EntityRef, Evidence, Range, TimeSpan, Value
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates, minhash_signature
from dossier.reconcile.verdicts import Reconciler
from dossier.store import KnowledgeBase

FRONT = EntityRef("organization", "Tidewater Front")
MARCH_1972 = TimeSpan(date(1972, 3, 1), date(1972, 3, 31), "month", "in March 1972")
YEAR_2010 = TimeSpan(date(2010, 1, 1), date(2010, 12, 31), "year", "in 2010")


def _article(
    id: str, publisher: str, text: str, claims: list[tuple[str, Value, TimeSpan]]
) -> AnnotatedDocument:
    document = make_document(text, origin="test", id=id, publisher=publisher)
    evidence = Evidence(id, 0, 0, len(text), text)
    return AnnotatedDocument(
        document,
        plain_sentences(document.text),
        claims=[
            Claim(FRONT, predicate, evidence, value=value, time_scope=when)
            for predicate, value, when in claims
        ],
        fingerprint=minhash_signature(document.text),
    )


def test_a_size_at_formation_does_not_rival_a_later_size(tmp_path: Path) -> None:
    founding = _article(
        "gazette-1",
        "Valley Gazette",
        "The Tidewater Front was set up in March 1972 with sixty fighters.",
        [("founded", MARCH_1972, MARCH_1972), ("member_count", Range(60, 60), MARCH_1972)],
    )
    today = _article(
        "herald-1",
        "Lowland Herald",
        "By 2010 the Tidewater Front counted about 2,000 fighters.",
        [("member_count", Range(2000, 2000, approx=True), YEAR_2010)],
    )
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        for article in (founding, today):
            kb.write_document(article, same_story=NearDuplicates())
        reconciler = Reconciler(kb)
        front = kb.claims(predicate="member_count")[0].subject_id
        [asked] = reconciler.verdicts(front, "member_count")
        everything = {v.predicate: v for v in reconciler.all_verdicts()}
    assert (asked.verdict, asked.independent_sources) == ("corroborated", 2)
    assert everything["member_count"].verdict == "corroborated"
