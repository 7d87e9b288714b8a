"""Events told by several documents, merged: every piece of evidence, the most precise
date and place, all the perpetrators, and whether independent sources tell it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from dossier.extract.events import GENERIC_TYPE
from dossier.extract.quantities import parse_quantity
from dossier.model import Evidence, Range, TimeSpan, Value
from dossier.reconcile.sources import Source, document_sources
from dossier.reconcile.values import most_precise
from dossier.store import KnowledgeBase
from dossier.store.results import EventRecord, Snapshot


@dataclass(frozen=True, slots=True)
class MergedEvent:
    id: str  # the cluster's id
    type: str
    date: TimeSpan | None
    country_id: str | None
    province_id: str | None
    city_id: str | None
    places: dict[str, dict[str, str | None]]
    perpetrator_ids: tuple[str, ...]
    claimed: bool | None
    targets: tuple[str, ...]
    killed: Range | None
    wounded: Range | None
    count: Range | None
    victims: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    reports: tuple[str, ...]  # ids of the events merged here, one per telling
    verdict: str  # corroborated | single-source
    sources: tuple[str, ...]  # labels of the independent sources


def merged_events(kb: KnowledgeBase, snapshot: Snapshot | None = None) -> list[MergedEvent]:
    """All events, one per real-world happening, in date order (undated last)."""
    snapshot = snapshot or kb.snapshot()
    clusters = kb.event_clusters()
    canonical = snapshot.canonical
    sources = document_sources(snapshot.documents)
    groups: dict[str, list[EventRecord]] = defaultdict(list)
    for event in kb.events():
        groups[clusters.get(event.id, event.id)].append(event)
    merged = [_merge(key, group, canonical, sources) for key, group in groups.items()]
    return sorted(merged, key=_date_order)


def _date_order(event: MergedEvent) -> tuple[bool, str, str]:
    start = event.date.start if event.date is not None else None
    return start is None, start.isoformat() if start else "", event.id


def _merge(
    key: str,
    group: list[EventRecord],
    canonical: dict[str, str],
    sources: dict[str, Source],
) -> MergedEvent:
    specific = [e.type for e in group if e.type != GENERIC_TYPE]
    dates: list[Value] = [e.date for e in group if e.date is not None and e.date.start]
    best_date = most_precise(dates)
    located = sorted(group, key=lambda e: (e.city_id is None, e.province_id is None))[0]
    perpetrators = tuple(
        dict.fromkeys(canonical.get(p, p) for e in group for p in e.perpetrator_ids)
    )
    labels = dict(sources[e.document_id] for e in group if e.document_id in sources)
    return MergedEvent(
        id=key,
        type=specific[0] if specific else group[0].type,
        date=best_date if isinstance(best_date, TimeSpan) else None,
        country_id=next((e.country_id for e in group if e.country_id), None),
        province_id=located.province_id
        or next((e.province_id for e in group if e.province_id), None),
        city_id=located.city_id,
        places=located.places,
        perpetrator_ids=perpetrators,
        claimed=next((e.claimed for e in group if e.claimed is not None), None),
        targets=tuple(dict.fromkeys(t for e in group for t in e.targets)),
        killed=_largest(e.killed for e in group),
        wounded=_largest(e.wounded for e in group),
        count=_largest(e.count for e in group),
        victims=merged_victims(v for e in group for v in e.victims),
        evidence=tuple(item for e in group for item in e.evidence),
        reports=tuple(e.id for e in group),
        verdict="corroborated" if len(labels) >= 2 else "single-source",
        sources=tuple(labels.values()),
    )


def merged_victims(phrases: Iterable[str]) -> tuple[str, ...]:
    """'Four police officers' and 'four officers' from two tellings are the same people:
    one phrase per (number, head noun), the fullest, in lower case where it starts so."""
    kept: dict[tuple[str, str], str] = {}
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        first = words[0]
        if first.casefold() in ("a", "an", "the") or parse_quantity(first) is not None:
            phrase = first.casefold() + phrase[len(first) :]
        count = parse_quantity(first)
        number = str(count.min) if count is not None else "1"
        key = (number, words[-1].casefold().rstrip("s"))
        if len(phrase) > len(kept.get(key, "")):
            kept[key] = phrase
    return tuple(kept.values())


def _largest(counts: object) -> Range | None:
    """The toll with the highest lower bound: later reports usually count more dead."""
    known = [c for c in counts if c is not None]  # type: ignore[attr-defined]
    if not known:
        return None
    return max(known, key=lambda c: (c.min is not None, c.min or 0))
