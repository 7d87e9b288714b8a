"""One event per real-world happening across documents.

Two events told by different documents are one when they are of the same kind
(any two kinds of attack, or the same other kind), in compatible places (the
same city, or the same province when one gives no city), at compatible times
(overlapping dates, a day's slack for day precision), and with no different
perpetrator named. An event without a date joins a dated one only when it is
the only candidate: 'a suicide bombing at the airport' in Kabul and 'a terror
attack in Kabul' on 27 August are one when nothing else in the knowledge base
could be meant.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from dossier.extract.events import ATTACK_FAMILY
from dossier.model import TimeSpan
from dossier.resolve.entities import Link, UnionFind
from dossier.store.results import EventRecord

DAY_SLACK = timedelta(days=1)


def family(event_type: str) -> str:
    return "attack" if event_type in ATTACK_FAMILY else event_type


def _dates_agree(first: TimeSpan | None, second: TimeSpan | None) -> bool | None:
    """True or False when both are dated; None when either is not."""
    if (
        first is None
        or second is None
        or None in (first.start, first.end, second.start, second.end)
    ):
        return None
    slack = DAY_SLACK if "day" in (first.precision, second.precision) else timedelta(0)
    return first.start - slack <= second.end and second.start - slack <= first.end  # type: ignore[operator]


def _place_of(event: EventRecord) -> tuple[str | None, str | None, str | None]:
    return event.city_id, event.province_id, event.country_id


def _places_agree(first: EventRecord, second: EventRecord) -> bool | None:
    """True or False when both give a place at a common level; None when one gives none."""
    for a, b in zip(_place_of(first), _place_of(second), strict=True):
        if a and b:
            return a == b
    return None


def _describe(event: EventRecord) -> str:
    place = event.places.get("city") or event.places.get("province") or event.places.get("country")
    where = f" in {place['name']}" if place else ""
    when = f" on {event.date.start}" if event.date and event.date.start else ""
    return f"{event.type}{where}{when}"


def event_links(events: list[EventRecord]) -> list[Link]:
    """Links between events of different documents that tell the same happening."""
    by_family: dict[str, list[EventRecord]] = defaultdict(list)
    for event in events:
        by_family[family(event.type)].append(event)
    links = []
    for members in by_family.values():
        undated_candidates: dict[str, list[EventRecord]] = defaultdict(list)
        for index, first in enumerate(members):
            for second in members[index + 1 :]:
                if first.document_id == second.document_id:
                    continue
                ours, theirs = set(first.perpetrator_ids), set(second.perpetrator_ids)
                if ours and theirs and not ours & theirs:
                    continue
                places = _places_agree(first, second)
                dates = _dates_agree(first.date, second.date)
                if places is False or dates is False:
                    continue
                if dates is True and places is not False:
                    reason = (
                        f"{_describe(first)} and {_describe(second)}: same kind, "
                        "overlapping dates, compatible places"
                    )
                    links.append(Link(first.id, second.id, reason))
                elif dates is None and places is True:
                    undated = first if first.date is None or first.date.start is None else second
                    other = second if undated is first else first
                    undated_candidates[undated.id].append(other)
        links.extend(_unique_candidates(undated_candidates, members))
    return links


def _unique_candidates(
    candidates: dict[str, list[EventRecord]], members: list[EventRecord]
) -> list[Link]:
    by_id = {event.id: event for event in members}
    links = []
    for undated_id, others in candidates.items():
        if len(others) == 1:
            undated, other = by_id[undated_id], others[0]
            reason = (
                f"{_describe(undated)} has no date; {_describe(other)} is the only event "
                "of its kind in that place"
            )
            links.append(Link(other.id, undated.id, reason))
    return links


def resolve_events(events: list[EventRecord], links: list[Link]) -> dict[str, str]:
    """Map every event id to its cluster id (the earliest-told event's id)."""
    groups = UnionFind(event.id for event in events)
    for link in links:
        groups.union(link.first, link.second)
    members: dict[str, list[EventRecord]] = defaultdict(list)
    by_id = {event.id: event for event in events}
    for event in events:
        members[groups.find(event.id)].append(event)
    clusters = {}
    for group in members.values():
        head = min(group, key=lambda e: (e.date is None, e.id))
        for event in group:
            clusters[event.id] = head.id
    del by_id
    return clusters
