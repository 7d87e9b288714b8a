"""Claims and events as tables (CSV) and claims as JSON Lines, for spreadsheets and pipelines.

- ``claim_rows``: one row per claim, its entities taken through resolution
  (canonical id and name), its value split into numbers or dates, the verdict
  of its (subject, predicate) group, and its evidence;
- ``event_rows``: one row per piece of evidence of a merged event, so an event
  told by two articles has two rows with the same ``event_id``; the rows with
  ``evidence_index`` 1 are one row per event;
- ``claims_jsonl``: a claim per line, as in the JSON export, plus its verdict.

Empty cells are unknown or unsaid; lists are joined with "; ". A cell that a spreadsheet
would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
leading single quote, as OWASP advises against CSV injection.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date

from dossier.knowledge.lexicons import lexicon, phrases
from dossier.model import Evidence, Money, Range, TimeSpan, Value
from dossier.model.dates import format_span
from dossier.model.records import MergedEvent, Verdict
from dossier.reconcile.events import merged_events
from dossier.reconcile.relations import CanonicalEntity, canonical_entities
from dossier.reconcile.verdicts import Reconciler
from dossier.render.json_export import claim_json
from dossier.store import KnowledgeBase

Row = dict[str, str]
EXPORTS = lexicon("exports")
EVIDENCE_COLUMNS = phrases(EXPORTS, "csv_evidence")
_CLAIM_CELLS = phrases(EXPORTS, "csv_claims")  # a claim's cells before its evidence
CLAIM_COLUMNS = (*_CLAIM_CELLS, *EVIDENCE_COLUMNS)
EVENT_COLUMNS = (*phrases(EXPORTS, "csv_events"), *EVIDENCE_COLUMNS)
# The cells an event's rows share: all but the evidence.
_EVENT_CELLS = tuple(
    column for column in phrases(EXPORTS, "csv_events") if column != "evidence_index"
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
        cells = _cells(
            _CLAIM_CELLS,
            claim.id,
            names.id(claim.subject_id),
            names.name(claim.subject_id),
            claim.predicate,
            names.id(claim.object_id),
            names.name(claim.object_id) if claim.object_id else "",
            claim.value_text or _value_text(claim.value),
            value_kind(claim.value),
            low,
            high,
            names.id(claim.via_id),
            names.name(claim.via_id) if claim.via_id else "",
            claim.qualifier or "",
            scope.text if scope else "",
            _day(scope.start) if scope else "",
            _day(scope.end) if scope else "",
            _flag(claim.hedged),
            _flag(claim.negated),
            claim.attributed_to or "",
            f"{claim.confidence:g}",
            verdict.verdict if verdict else "",
            str(verdict.independent_sources) if verdict else "",
        )
        rows.append({**cells, **evidence_cells(claim.evidence)})
    return rows


def event_rows(kb: KnowledgeBase) -> list[Row]:
    """One row per piece of evidence of each merged event (columns: ``EVENT_COLUMNS``)."""
    names = _Names(kb)
    rows = []
    for event in merged_events(kb):
        date_span = event.date
        common = _cells(
            _EVENT_CELLS,
            event.id,
            str(len(event.evidence)),
            event.type,
            format_span(date_span) if date_span else "",
            _day(date_span.start) if date_span else "",
            _day(date_span.end) if date_span else "",
            names.id(event.country_id),
            names.name(event.country_id) if event.country_id else "",
            names.id(event.province_id),
            names.name(event.province_id) if event.province_id else "",
            names.id(event.city_id),
            names.name(event.city_id) if event.city_id else "",
            _joined(names.id(p) for p in event.perpetrator_ids),
            _joined(names.name(p) for p in event.perpetrator_ids),
            "" if event.claimed is None else _flag(event.claimed),
            _joined(_stance_cells(event, names)),
            _joined(event.targets),
            _joined(event.victims),
            *_range_pair(event.killed),
            *_range_pair(event.wounded),
            *_range_pair(event.count),
            event.verdict,
            str(len(event.sources)),
            _joined(event.sources),
        )
        for index, evidence in enumerate(event.evidence, start=1):
            rows.append({**common, "evidence_index": str(index), **evidence_cells(evidence)})
    return rows


def _stance_cells(event: MergedEvent, names: _Names) -> list[str]:
    """'Dune Front: claimed', 'Reed Brigade: blamed, named by police': each perpetrator with
    the stances the reports give it, and who blamed or suspected it when a text names them."""
    stances: dict[str, list[str]] = {}
    for perpetrator, stance in event.stances:
        stances.setdefault(perpetrator, []).append(stance)
    accusers: dict[str, list[str]] = {}
    for perpetrator, accuser in event.accusers:
        accusers.setdefault(perpetrator, []).append(accuser)
    cells = []
    for perpetrator, told in stances.items():
        by = accusers.get(perpetrator) if {"blamed", "suspected"} & set(told) else None
        cell = f"{names.name(perpetrator)}: {', '.join(told)}"
        cells.append(cell + (f" by {', '.join(by)}" if by else ""))
    return cells


def csv_text(columns: Sequence[str], rows: Iterable[Row]) -> str:
    """A header and the rows, quoted where needed (commas, quotes, line breaks), formulas
    neutralised. Lines end in CRLF (RFC 4180), so a carriage return inside a cell is
    quoted too."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({column: neutralise(cell) for column, cell in row.items()} for row in rows)
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell that a spreadsheet would run as a formula, quoted so that it is shown as text
    (OWASP, CSV injection): a document id, publisher or quote can start with anything."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


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
    return _cells(
        EVIDENCE_COLUMNS,
        evidence.document_id,
        str(evidence.sentence_index),
        str(evidence.start),
        str(evidence.end),
        evidence.quote,
    )


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


def _cells(columns: Sequence[str], *values: str) -> Row:
    """The columns with their cells, given in the same order."""
    return dict(zip(columns, values, strict=True))


def _range_pair(count: Range | None) -> tuple[str, str]:
    """A count's ``_min`` and ``_max`` cells."""
    return (_number(count.min), _number(count.max)) if count else ("", "")


def _number(number: int | None) -> str:
    return "" if number is None else str(number)


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _joined(items: Iterable[str]) -> str:
    return "; ".join(items)
