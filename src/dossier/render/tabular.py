"""Claims and events as tables (CSV) and claims as JSON Lines, for spreadsheets and pipelines.

- ``claim_rows``: one row per claim, its entities taken through resolution
  (canonical id and name), its value split into numbers or dates, the verdict
  of its (subject, predicate) group, and its evidence;
- ``event_rows``: one row per piece of evidence of a merged event, so an event
  told by two articles has two rows with the same ``event_id``; the rows with
  ``evidence_index`` 1 are one row per event;
- ``claims_jsonl``: a claim per line, as in the JSON export, plus its verdict.

Empty cells are unknown or unsaid; lists are joined with "; ".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date

from dossier.extract.dates import format_span
from dossier.model import Evidence, Money, Range, TimeSpan, Value
from dossier.reconcile.events import merged_events
from dossier.reconcile.verdicts import Reconciler, Verdict
from dossier.render.json_export import claim_json
from dossier.render.relations import CanonicalEntity, canonical_entities
from dossier.store import KnowledgeBase

Row = dict[str, str]
EVIDENCE_COLUMNS = ("document_id", "sentence", "start", "end", "quote")
CLAIM_COLUMNS = (
    "claim_id",
    "subject_id",
    "subject",
    "predicate",
    "object_id",
    "object",
    "value",
    "value_kind",
    "value_low",
    "value_high",
    "via_id",
    "via",
    "qualifier",
    "time_scope",
    "time_start",
    "time_end",
    "hedged",
    "negated",
    "attributed_to",
    "confidence",
    "verdict",
    "independent_sources",
    *EVIDENCE_COLUMNS,
)
EVENT_COLUMNS = (
    "event_id",
    "evidence_index",
    "evidence_count",
    "type",
    "date",
    "date_start",
    "date_end",
    "country_id",
    "country",
    "province_id",
    "province",
    "city_id",
    "city",
    "perpetrator_ids",
    "perpetrators",
    "claimed",
    "targets",
    "victims",
    "killed_min",
    "killed_max",
    "wounded_min",
    "wounded_max",
    "count_min",
    "count_max",
    "verdict",
    "independent_sources",
    "sources",
    *EVIDENCE_COLUMNS,
)


class _Names:
    """Canonical ids and names of entities."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.canonical = kb.canonical_ids()
        self.entities: dict[str, CanonicalEntity] = canonical_entities(
            kb.entities(), self.canonical
        )

    def id(self, entity_id: str | None) -> str:
        return self.canonical.get(entity_id, entity_id) if entity_id else ""

    def name(self, entity_id: str | None) -> str:
        head = self.id(entity_id)
        return self.entities[head].name if head in self.entities else head


def claim_verdicts(kb: KnowledgeBase) -> dict[str, Verdict]:
    """Each claim id -> the verdict of its (subject, predicate) group."""
    return {
        claim.id: verdict for verdict in Reconciler(kb).all_verdicts() for claim in verdict.claims
    }


def claim_rows(kb: KnowledgeBase) -> list[Row]:
    """One row per claim (columns: ``CLAIM_COLUMNS``)."""
    names = _Names(kb)
    verdicts = claim_verdicts(kb)
    rows = []
    for claim in kb.claims():
        verdict = verdicts.get(claim.id)
        low, high = value_bounds(claim.value)
        scope = claim.time_scope
        rows.append(
            {
                "claim_id": claim.id,
                "subject_id": names.id(claim.subject_id),
                "subject": names.name(claim.subject_id),
                "predicate": claim.predicate,
                "object_id": names.id(claim.object_id),
                "object": names.name(claim.object_id) if claim.object_id else "",
                "value": claim.value_text or _value_text(claim.value),
                "value_kind": value_kind(claim.value),
                "value_low": low,
                "value_high": high,
                "via_id": names.id(claim.via_id),
                "via": names.name(claim.via_id) if claim.via_id else "",
                "qualifier": claim.qualifier or "",
                "time_scope": scope.text if scope else "",
                "time_start": _day(scope.start) if scope else "",
                "time_end": _day(scope.end) if scope else "",
                "hedged": _flag(claim.hedged),
                "negated": _flag(claim.negated),
                "attributed_to": claim.attributed_to or "",
                "confidence": f"{claim.confidence:g}",
                "verdict": verdict.verdict if verdict else "",
                "independent_sources": str(verdict.independent_sources) if verdict else "",
                **evidence_cells(claim.evidence),
            }
        )
    return rows


def event_rows(kb: KnowledgeBase) -> list[Row]:
    """One row per piece of evidence of each merged event (columns: ``EVENT_COLUMNS``)."""
    names = _Names(kb)
    rows = []
    for event in merged_events(kb):
        date_span = event.date
        common = {
            "event_id": event.id,
            "evidence_count": str(len(event.evidence)),
            "type": event.type,
            "date": format_span(date_span) if date_span else "",
            "date_start": _day(date_span.start) if date_span else "",
            "date_end": _day(date_span.end) if date_span else "",
            "country_id": names.id(event.country_id),
            "country": names.name(event.country_id) if event.country_id else "",
            "province_id": names.id(event.province_id),
            "province": names.name(event.province_id) if event.province_id else "",
            "city_id": names.id(event.city_id),
            "city": names.name(event.city_id) if event.city_id else "",
            "perpetrator_ids": _joined(names.id(p) for p in event.perpetrator_ids),
            "perpetrators": _joined(names.name(p) for p in event.perpetrator_ids),
            "claimed": "" if event.claimed is None else _flag(event.claimed),
            "targets": _joined(event.targets),
            "victims": _joined(event.victims),
            **_range_cells("killed", event.killed),
            **_range_cells("wounded", event.wounded),
            **_range_cells("count", event.count),
            "verdict": event.verdict,
            "independent_sources": str(len(event.sources)),
            "sources": _joined(event.sources),
        }
        for index, evidence in enumerate(event.evidence, start=1):
            rows.append({**common, "evidence_index": str(index), **evidence_cells(evidence)})
    return rows


def csv_text(columns: Sequence[str], rows: Iterable[Row]) -> str:
    """A header and the rows, quoted where needed (commas, quotes, line breaks)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def claims_jsonl(kb: KnowledgeBase) -> list[str]:
    """One JSON object per claim, shaped as the JSON export's claims, plus ``verdict``."""
    verdicts = claim_verdicts(kb)
    lines = []
    for claim in kb.claims():
        verdict = verdicts.get(claim.id)
        record = {**claim_json(claim), "verdict": verdict.verdict if verdict else None}
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def evidence_cells(evidence: Evidence) -> Row:
    return {
        "document_id": evidence.document_id,
        "sentence": str(evidence.sentence_index),
        "start": str(evidence.start),
        "end": str(evidence.end),
        "quote": evidence.quote,
    }


def value_kind(value: Value | None) -> str:
    if value is None:
        return ""
    if isinstance(value, TimeSpan):
        return "time"
    if isinstance(value, Range):
        return "quantity"
    if isinstance(value, Money):
        return "money"
    return "text"


def value_bounds(value: Value | None) -> tuple[str, str]:
    """A value as two sortable cells: a quantity's min and max, a time's first and last
    day, an amount of money twice; empty for text."""
    if isinstance(value, TimeSpan):
        return _day(value.start), _day(value.end)
    if isinstance(value, Range):
        return _number(value.min), _number(value.max)
    if isinstance(value, Money):
        return f"{value.amount:g}", f"{value.amount:g}"
    return "", ""


def _value_text(value: Value | None) -> str:
    if isinstance(value, str):
        return value
    return value.text if value is not None else ""


def _range_cells(name: str, count: Range | None) -> Row:
    return {
        f"{name}_min": _number(count.min) if count else "",
        f"{name}_max": _number(count.max) if count else "",
    }


def _number(number: int | None) -> str:
    return "" if number is None else str(number)


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _joined(items: Iterable[str]) -> str:
    return "; ".join(items)
