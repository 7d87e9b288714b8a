"""Score the JSON export on Re-DocRED's development subset (``../shared/eval/redocred``).

Entity level, as DocRED scores: a (document, predicate, subject entity, object entity)
counts once however many claims state it. A claim's subject or object is a gold
entity of the claim's document when one of its names (the resolved entity's name
and aliases) equals one of the entity's mentions, normalised (case, quotes, spaces and a
leading article: Dossier's names never start with 'the'); a founding date is
the document's TIME entity whose mention contains the claim's year. Recall counts
the in-scope gold triples; precision counts every predicted triple of a mapped
predicate: one between two of the document's entities that is not gold is wrong
(Re-DocRED is close to exhaustive), and so is one whose arguments match no entity of
the document ("unmatched"). A prediction that is an out-of-scope gold triple is
left out of both.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.errors import InputError
from dossier.evaluation.matching import JSON, ExportView, norm

Triple = tuple[str, str, int, int]  # document id, predicate, subject entity, object entity


@dataclass(slots=True)
class Triples:
    """What the export states about one predicate, sorted against the gold."""

    predicate: str
    gold: set[Triple] = field(default_factory=set)
    predicted: set[Triple] = field(default_factory=set)  # both arguments are doc entities
    unmatched: set[tuple[str, str, str, str]] = field(default_factory=set)  # doc, pred, s, o
    out_of_scope: set[Triple] = field(default_factory=set)  # gold, but outside the mapping

    @property
    def true_positives(self) -> int:
        return len(self.predicted & self.gold)

    @property
    def false_positives(self) -> int:
        return len(self.predicted - self.gold - self.out_of_scope) + len(self.unmatched)

    @property
    def false_negatives(self) -> int:
        return len(self.gold - self.predicted)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / len(self.gold) if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Miss:
    document: str
    predicate: str
    subject: str
    object: str
    kind: str  # missed | wrong | unmatched
    quote: str = ""


@dataclass(slots=True)
class RedocredReport:
    documents: int
    claims_exported: int
    relations: dict[str, Triples]
    misses: list[Miss] = field(default_factory=list)
    failed_documents: list[str] = field(default_factory=list)

    def micro(self) -> Triples:
        """Every mapped relation pooled (triples carry their predicate, so sets just unite)."""
        pooled = Triples("all")
        for triples in self.relations.values():
            pooled.gold |= triples.gold
            pooled.predicted |= triples.predicted
            pooled.unmatched |= triples.unmatched
            pooled.out_of_scope |= triples.out_of_scope
        return pooled

    def summary(self) -> dict[str, Any]:
        """Per-relation and micro precision, recall and F1, for --json."""

        def figures(t: Triples) -> dict[str, Any]:
            return {
                "gold": len(t.gold),
                "predicted": t.true_positives + t.false_positives,
                "tp": t.true_positives,
                "fp": t.false_positives,
                "unmatched": len(t.unmatched),
                "fn": t.false_negatives,
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "f1": round(t.f1, 3),
            }

        return {
            "documents": self.documents,
            "claims_exported": self.claims_exported,
            "relations": {name: figures(t) for name, t in self.relations.items()},
            "micro": figures(self.micro()),
        }

    def rows(self) -> list[tuple[str, ...]]:
        """Table rows: relation, gold, predicted, tp, fp, unmatched, P, R, F1; micro last."""
        rows: list[tuple[str, ...]] = []
        for name, t in [*self.relations.items(), ("micro", self.micro())]:
            rows.append(
                (
                    name, str(len(t.gold)), str(t.true_positives + t.false_positives),
                    str(t.true_positives), str(t.false_positives), str(len(t.unmatched)),
                    f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}",
                )
            )  # fmt: skip
        return rows

    def problem_lines(self, misses: bool) -> list[str]:
        """Documents that failed to ingest, then (with ``misses``) one line per miss."""
        lines = [f"not ingested: {failure}" for failure in self.failed_documents]
        if misses:
            for miss in self.misses:
                quote = f"  {miss.quote[:100]!r}" if miss.quote else ""
                lines.append(
                    f"{miss.kind} {miss.document} {miss.predicate}({miss.subject}, {miss.object})"
                    + quote
                )
        return lines


class GoldDoc:
    """One gold document: its entities' normalised mentions and its triples."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.id = str(data["id"])
        self.entities: list[JSON] = list(data.get("entities") or [])
        self.mentions = {
            int(e["idx"]): {name_key(m["text"]) for m in e.get("mentions") or []}
            for e in self.entities
        }
        self.types = {int(e["idx"]): str(e.get("type")) for e in self.entities}
        self.gold: list[JSON] = list(data.get("gold") or [])

    def entities_named(self, names: set[str]) -> list[int]:
        """The entities one of whose mentions is one of ``names``."""
        keys = {name_key(name) for name in names}
        return [idx for idx, mentions in self.mentions.items() if mentions & keys]

    def dates_of(self, year: int) -> list[int]:
        """The TIME entities whose mention writes this year."""
        text = str(year)
        return [
            idx
            for idx, mentions in self.mentions.items()
            if self.types[idx] == "TIME" and any(text in m for m in mentions)
        ]

    def label(self, idx: int) -> str:
        """An entity as a reader knows it: its first mention."""
        for entity in self.entities:
            if int(entity["idx"]) == idx and entity.get("mentions"):
                return str(entity["mentions"][0]["text"])
        return f"#{idx}"


def name_key(text: str) -> str:
    """A name as compared: normalised, without a leading article. DocRED's mentions keep
    the article where the text has one ('The Four Seasons'), Dossier's names never do, and
    an article does not make another entity."""
    return _ARTICLE.sub("", norm(text))


_ARTICLE = re.compile(r"^(?:the|a|an) ")


def load_gold(path: Path) -> dict[str, Any]:
    """gold_dev.json, checked for the parts the scorer reads."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(str(path), f"cannot be read as a gold file ({error})") from error
    if not isinstance(data, dict) or "mapping" not in data or "docs" not in data:
        raise InputError(str(path), "is not a Re-DocRED gold file (needs 'mapping' and 'docs')")
    return data


def score_export(export: Mapping[str, Any], gold_data: Mapping[str, Any]) -> RedocredReport:
    """Score a JSON export of the Re-DocRED documents against the gold triples."""
    view = ExportView(export)
    mapping: Mapping[str, Any] = gold_data["mapping"]
    docs = {doc.id: doc for doc in map(GoldDoc, gold_data["docs"])}
    relations = {name: Triples(name) for name in mapping}
    for doc in docs.values():
        for item in doc.gold:
            triples = relations.get(item["predicate"])
            if triples is None:
                continue
            triple = (doc.id, item["predicate"], int(item["subject"]), int(item["object"]))
            (triples.gold if item.get("in_scope", True) else triples.out_of_scope).add(triple)
    quotes: dict[tuple[str, ...], str] = {}
    for claim in view.claims:
        triples = relations.get(claim["predicate"])
        if triples is None:
            continue
        for evidence in claim.get("evidence") or []:
            told_in = docs.get(evidence["document_id"])
            if told_in is None:
                continue
            quote = evidence["quote"]
            for key in _predict(claim, told_in, view, triples, mapping[claim["predicate"]]):
                quotes.setdefault(key, quote)
    report = RedocredReport(len(view.document_ids), len(view.claims), relations)
    report.misses = _misses(relations, docs, quotes)
    return report


def _predict(
    claim: JSON, doc: GoldDoc, view: ExportView, triples: Triples, relation: Mapping[str, Any]
) -> Iterable[tuple[str, ...]]:
    """Add the triples one claim states in one document; yield their keys (for quotes)."""
    subject_names = view.names(claim.get("subject"))
    subjects = doc.entities_named(subject_names)
    value = claim.get("value") or {}
    if relation.get("object_kind") == "time":
        year = _year(value if value.get("kind") == "time" else claim.get("time_scope"))
        objects = doc.dates_of(year) if year is not None else []
        object_label = str(value.get("text") or year or "")
    else:
        object_names = view.names(claim.get("object"))
        objects = doc.entities_named(object_names)
        object_label = view.name(claim.get("object")) or str(value.get("text") or "")
    if not subjects or not objects:
        key = (doc.id, claim["predicate"], view.name(claim.get("subject")), object_label)
        triples.unmatched.add(key)
        yield key
        return
    for subject in subjects:
        for obj in objects:
            if subject == obj:
                continue
            triple = (doc.id, claim["predicate"], subject, obj)
            triples.predicted.add(triple)
            yield tuple(map(str, triple))


def _year(span: object) -> int | None:
    if not isinstance(span, Mapping) or not span.get("start"):
        return None
    try:
        return int(str(span["start"])[:4])
    except ValueError:
        return None


def _misses(
    relations: Mapping[str, Triples],
    docs: Mapping[str, GoldDoc],
    quotes: Mapping[tuple[str, ...], str],
) -> list[Miss]:
    misses = []
    for triples in relations.values():
        for doc_id, predicate, s, o in sorted(triples.gold - triples.predicted):
            doc = docs[doc_id]
            misses.append(Miss(doc_id, predicate, doc.label(s), doc.label(o), "missed"))
        for triple in sorted(triples.predicted - triples.gold - triples.out_of_scope):
            doc_id, predicate, s, o = triple
            doc = docs[doc_id]
            quote = quotes.get(tuple(map(str, triple)), "")
            misses.append(Miss(doc_id, predicate, doc.label(s), doc.label(o), "wrong", quote))
        for key in sorted(triples.unmatched):
            doc_id, predicate, subject, obj = key
            misses.append(Miss(doc_id, predicate, subject, obj, "unmatched", quotes.get(key, "")))
    return misses


def evaluate_redocred(
    directory: Path,
    *,
    db: Path | None = None,
    save_export: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RedocredReport:
    """Ingest DIR/dev.jsonl (into ``db``, or a fresh temporary knowledge base), export JSON
    and score it against DIR/gold_dev.json."""
    from dossier import KnowledgeBase, ingest
    from dossier.render.json_export import export_json

    gold = load_gold(directory / "gold_dev.json")
    source = directory / "dev.jsonl"
    if not source.exists():
        raise InputError(str(source), "is missing: it holds the documents to ingest")
    with (
        tempfile.TemporaryDirectory() as scratch,
        KnowledgeBase(str(db) if db else Path(scratch) / "eval.db") as kb,
    ):
        ingested = ingest(kb, [source], on_progress=on_progress)
        export = export_json(kb)
    if save_export is not None:
        save_export.write_text(json.dumps(export, ensure_ascii=False, default=str), "utf-8")
    report = score_export(export, gold)
    report.failed_documents = [str(error) for error in ingested.failed]
    return report


def count_documents(directory: Path) -> int:
    """How many documents DIR/dev.jsonl holds (for a progress bar)."""
    path = directory / "dev.jsonl"
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as stream:
        return sum(1 for line in stream if line.strip())
