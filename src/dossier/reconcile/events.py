"""Events told by several documents, merged: every piece of evidence, the most precise
date and place, all the perpetrators, and whether independent sources tell it.

Tolls are kept as each report gave them, with their bounds ('at least 17', 'up to 600')
and their time ('rose to 43'). Across reports the merged toll is the figure they all allow
or the range of the figures (never their sum), with a verdict: the figures agree, they
differ but can all hold (compatible), they rise from the earlier reports to the later ones
(a rising count), or they conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from dossier.knowledge.ontology import GENERIC_EVENT
from dossier.model import Range, TimeSpan, Value
from dossier.model.quantities import parse_quantity
from dossier.model.records import EventRecord, MergedEvent, ReportedToll, Snapshot
from dossier.reconcile.sources import Source, document_sources
from dossier.reconcile.values import APPROX_TOLERANCE, most_precise
from dossier.store import KnowledgeBase


def merged_events(
    kb: KnowledgeBase,
    snapshot: Snapshot | None = None,
    tellings: tuple[list[EventRecord], dict[str, str]] | None = None,
    sources: dict[str, Source] | None = None,
) -> list[MergedEvent]:
    """All events, one per real-world happening, in date order (undated last). With
    ``tellings`` (whole clusters' events and cluster rows, as
    ``KnowledgeBase.tellings_involving`` reads them), only those. ``sources`` are the
    snapshot's `document_sources`, when the caller holds them already."""
    snapshot = snapshot or kb.snapshot()
    events, clusters = tellings or (None, kb.event_clusters())
    canonical = snapshot.canonical
    sources = sources if sources is not None else document_sources(snapshot.documents)
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


def _allowed(count: Range) -> tuple[float, float]:
    """The numbers a figure allows, read with its bound: 'at least 5' allows 13, 'up to
    600' allows 200, 'around 200' allows a little either side; '13' allows only 13."""
    low = float(count.min) if count.min is not None else 0.0
    if count.max is not None:
        high = float(count.max)
    elif count.bound is not None or count.approx:
        high = float("inf")  # 'at least', 'more than', 'over': no upper end
    else:
        high = low
    if count.approx and count.min is not None and count.min == count.max:
        low, high = low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE)
    return low, high


def toll_across(reported: list[ReportedToll]) -> tuple[Range | None, str | None]:
    """The toll of an event told by several reports, and how the reports stand: the same
    figure ('agreed'), different figures that can all hold ('compatible': at least 5 and
    13), figures that grow from the earlier reports to the later ones ('rising count'), or
    figures that cannot all hold ('conflicting'). One report's toll is its own; rival
    figures make a range, never a sum."""
    if not reported:
        return None, None
    figures = [(toll, figure) for toll in reported if (figure := _figure(toll.count))]
    if not figures:
        return reported[0].count, None
    several = len({t.source for t, _ in figures}) > 1
    if len(figures) == 1 or len({_allowed(t.count) for t, _ in figures}) == 1:
        return figures[0][0].count, "agreed" if several else None
    allowed = [_allowed(t.count) for t, _ in figures]
    if max(low for low, _ in allowed) <= min(high for _, high in allowed):
        # every figure allows the narrowest: it is the toll ('at least 5' and '13': 13)
        narrowest = min(figures, key=lambda item: _width(_allowed(item[0].count)))
        return narrowest[0].count, "compatible" if several else None
    low = min(figure[0] for _, figure in figures)
    high = max(figure[1] for _, figure in figures)
    told = ", ".join(
        f"{t.count.text or figure[0]} ({t.source or t.document_id})" for t, figure in figures
    )
    verdict = "rising count" if _rising(figures) else "conflicting"
    return Range(low, high, approx=True, text=told), verdict


def _width(allowed: tuple[float, float]) -> float:
    return allowed[1] - allowed[0]


def _rising(figures: list[tuple[ReportedToll, tuple[int, int]]]) -> bool:
    """Later reports give higher figures and none gives fewer than an earlier one: a count
    still growing ('at least 30' on Monday, 41 on Tuesday), not a dispute."""
    dated = [(t.published_at, figure[0]) for t, figure in figures if t.published_at]
    if len(dated) != len(figures) or len({day for day, _ in dated}) < 2:
        return False
    by_day: dict[str, list[int]] = defaultdict(list)
    for day, number in dated:
        by_day[day].append(number)
    days = sorted(by_day)
    if any(len(set(by_day[day])) > 1 for day in days):
        return False  # the same day, different figures: they conflict
    in_order = [by_day[day][0] for day in days]
    return in_order == sorted(in_order) and in_order[0] < in_order[-1]


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
