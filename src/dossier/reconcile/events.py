"""Events told by several documents, merged: every piece of evidence, the most precise
date and place, all the perpetrators, and whether independent sources tell it.

Tolls are kept as each report gave them. Across reports the merged toll is the range
of the figures (never their sum), with a verdict: the figures agree, they conflict, or
they rise from the earlier reports to the later ones (a rising count).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dossier.knowledge.ontology import GENERIC_EVENT
from dossier.model import Range, TimeSpan, Value
from dossier.model.quantities import parse_quantity
from dossier.model.records import EventRecord, MergedEvent, ReportedToll, Snapshot
from dossier.reconcile.sources import Source, document_sources
from dossier.reconcile.values import most_precise
from dossier.store import KnowledgeBase


def merged_events(
    kb: KnowledgeBase,
    snapshot: Snapshot | None = None,
    tellings: tuple[list[EventRecord], dict[str, str]] | None = None,
) -> list[MergedEvent]:
    """All events, one per real-world happening, in date order (undated last). With
    ``tellings`` (whole clusters' events and cluster rows, as
    ``KnowledgeBase.tellings_involving`` reads them), only those."""
    snapshot = snapshot or kb.snapshot()
    events, clusters = tellings or (None, kb.event_clusters())
    canonical = snapshot.canonical
    sources = document_sources(snapshot.documents)
    published = {summary.id: summary.published_at for summary in snapshot.documents}
    groups: dict[str, list[EventRecord]] = defaultdict(list)
    for event in kb.events() if events is None else events:
        groups[clusters.get(event.id, event.id)].append(event)
    merged = [_merge(key, group, canonical, sources, published) for key, group in groups.items()]
    return sorted(merged, key=_date_order)


def _date_order(event: MergedEvent) -> tuple[bool, str, str]:
    start = event.date.start if event.date is not None else None
    return start is None, start.isoformat() if start else "", event.id


def _merge(
    key: str,
    group: list[EventRecord],
    canonical: dict[str, str],
    sources: dict[str, Source],
    published: dict[str, str | None],
) -> MergedEvent:
    specific = [e.type for e in group if e.type != GENERIC_EVENT]
    dates: list[Value] = [e.date for e in group if e.date is not None and e.date.start]
    best_date = most_precise(dates)
    located = sorted(group, key=lambda e: (e.city_id is None, e.province_id is None))[0]
    perpetrators = tuple(
        dict.fromkeys(canonical.get(p, p) for e in group for p in e.perpetrator_ids)
    )
    labels = dict(sources[e.document_id] for e in group if e.document_id in sources)
    tolls: list[ReportedToll] = []
    verdicts: list[tuple[str, str]] = []
    merged_tolls: dict[str, Range | None] = {}
    for kind in ("killed", "wounded"):
        reported = reported_tolls(kind, group, sources, published)
        merged_tolls[kind], verdict = toll_across(reported)
        tolls.extend(reported)
        if verdict is not None:
            verdicts.append((kind, verdict))
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
        killed=merged_tolls["killed"],
        wounded=merged_tolls["wounded"],
        count=_largest(e.count for e in group),
        victims=merged_victims(v for e in group for v in e.victims),
        evidence=tuple(item for e in group for item in e.evidence),
        reports=tuple(e.id for e in group),
        verdict="corroborated" if len(labels) >= 2 else "single-source",
        sources=tuple(labels.values()),
        tolls=tuple(tolls),
        toll_verdicts=tuple(verdicts),
        stances=tuple(
            dict.fromkeys(
                (canonical.get(p, p), stance)
                for e in group
                for p, stance in zip(e.perpetrator_ids, e.stances, strict=False)
            )
        ),
        accusers=tuple(
            dict.fromkeys(
                (canonical.get(p, p), accuser)
                for e in group
                for p, accuser in zip(e.perpetrator_ids, e.accusers, strict=False)
                if accuser
            )
        ),
    )


def reported_tolls(
    kind: str,
    group: list[EventRecord],
    sources: dict[str, Source],
    published: dict[str, str | None],
) -> list[ReportedToll]:
    """Each telling's own figure for the dead or the wounded, oldest report first."""
    reported = []
    for event in group:
        count = event.killed if kind == "killed" else event.wounded
        if count is None:
            continue
        label = sources[event.document_id][1] if event.document_id in sources else ""
        reported.append(
            ReportedToll(kind, event.document_id, label, count, published.get(event.document_id))
        )
    return sorted(reported, key=lambda t: (t.published_at or "", t.document_id))


def _figure(count: Range) -> tuple[int, int] | None:
    """The lowest and highest number a count states; None when it states none."""
    if count.min is None and count.max is None:
        return None
    low = count.min if count.min is not None else 0
    return low, count.max if count.max is not None else low


def toll_across(reported: list[ReportedToll]) -> tuple[Range | None, str | None]:
    """The toll of an event told by several reports, and whether they agree, conflict, or
    rise over time. One report's toll is its own; rival figures make a range, not a sum."""
    if not reported:
        return None, None
    figures = [(toll, figure) for toll in reported if (figure := _figure(toll.count))]
    if not figures:
        return reported[0].count, None
    if len(figures) == 1 or len({figure for _, figure in figures}) == 1:
        verdict = "agreed" if len({t.source for t, _ in figures}) > 1 else None
        return figures[0][0].count, verdict
    low = min(figure[0] for _, figure in figures)
    high = max(figure[1] for _, figure in figures)
    dated = [(t.published_at, figure[0]) for t, figure in figures if t.published_at]
    in_order = [number for _, number in sorted(dated)]
    rising = (
        len(dated) == len(figures)
        and len({day for day, _ in dated}) > 1
        and in_order == sorted(in_order)
        and in_order[0] < in_order[-1]
    )
    told = ", ".join(
        f"{t.count.text or figure[0]} ({t.source or t.document_id})" for t, figure in figures
    )
    return Range(low, high, approx=True, text=told), "rising count" if rising else "conflicting"


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
    """The headcount with the highest lower bound (of those who surrendered or were held)."""
    known = [c for c in counts if c is not None]  # type: ignore[attr-defined]
    if not known:
        return None
    return max(known, key=lambda c: (c.min is not None, c.min or 0))
