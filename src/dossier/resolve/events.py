"""One event per real-world happening across documents, never two happenings in one.

Two tellings from different documents are linked only when they agree on all of:
- the family of their type (all kinds of attack are one family; any other kind is its own);
- the day: both dated to the same day (a report's own date, or the one resolved from
  'on Sunday' against its publication date);
- the place at its most precise level (the same city; the same province when neither
  names a city; the same country when neither names more);
- their perpetrators, when both name some: one group, or groups the knowledge base holds
  as kin (an affiliate, branch, member or sworn ally of the other; ``Kin``).

These are *firm* links, found through a blocked index keyed on (family, day, place), so
each new event is compared only with the few events of its key, not with all stored.
The most precisely placed tellings are added first; a day-dated telling that names only
its country then joins the one cluster of that day inside it, when there is exactly one.

A weekday telling of a city that no cluster of its city can take may mean the one
cluster of that weekday placed only in its country. A telling that dates only the end of
a multi-day incident ('ending a 60-hour rampage' on Saturday) carries the span of days
before it (extract/event_duration.py) and is a coarser telling like any other.

A telling with a coarser date ('in March'; a year with a city: 'the 2008 Mumbai attacks'),
or with no date but a city, is attached to the one cluster compatible with it, and only
when there is exactly one: it becomes a leaf of that cluster and nothing is linked
through it. An undated leaf must also name the cluster's kind of event (or a bare
'attack'; or, in a report with no date, the weekday of a cluster of one day, which places
it as a date would), and no other undated telling may be able to mean that cluster too,
unless they all give one death toll. An undated telling in a report with no date at all
(*unanchored*) can mean a cluster of its city only when the city's firm events of its
kind (of its weekday, when it names one) all fall on one day: nothing dates it among
incidents of several days, so it joins none of them rather than one that happens to
admit it; it can still join through a name it gives. A weekday told without a
publication date to resolve it ('on Sunday') must be the cluster's day of the week; such
a telling counts as dated for that rule. An undated telling in a report whose publication
date is known only means a cluster of the month before it; one of a city where another
telling dates an incident of its kind to another month or year means none. A day-dated
telling without a place can be a leaf only through a perpetrator it shares with the one
cluster of that day; with neither a place nor a named perpetrator it links to nothing.

An undated telling whose report came out on the cluster's day is placed in time by it, as
a named weekday would place it; one whose report has no date at all may also join
through the perpetrator it shares with the cluster when it names another kind of attack
('gunmen' and 'grenades'). Undated tellings that no dated cluster can take
link among themselves when they are of one city and no two of them are placed only by
publication dates: they must name one kind of event or one perpetrator, no different
weekdays, and share a perpetrator or a death toll; groups are cliques, and a telling two
groups (or two tellings of one report) could claim joins none. An unanchored telling
pairs with one placed by its report's date only when the city's tellings so placed all
come from reports of one day.

Tellings still alone after all this (dated only to a month or a year, or not at all) link
through the name of what or whom they say was attacked ('the bombing of Superferry 14 in
2004', the assassination of 'Colonel James N. Rowe'): one joins the one cluster of its
family whose tellings give that name and admit it, as a leaf; with none, tellings naming
one another form a group when every two of them do and agree (a clique, never a chain).
A telling two clusters or groups could claim joins none. Those still alone that are
dated to a month or a year and placed in a city or a province link by that place
('last month's Bali bombing' in a November report and 'the 2002 Bali attacks'): a group
is a clique of tellings of different reports, of one kind of event (or a bare 'attack'),
each the one telling its report gives of its kind there in that time, and none that a
day-dated cluster of that place could take; one of them must name the incident by its
year (two tellings of one month in a city may be two of that month's incidents there).

A cluster never holds two events of one document (the extractor already told them
apart), two days, two cities or two disjoint sets of perpetrators: each union checks
the cluster as a whole, so no chain of pairwise links can join different incidents.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType

from dossier.knowledge.ontology import GENERIC_EVENT, load_ontology
from dossier.model.dates import WEEKDAYS
from dossier.model.records import EventRecord
from dossier.resolve.entities import Link, UnionFind
from dossier.store.event_names import name_keys

LEVELS = ("city", "province", "country")
MAX_LEAF_DAYS = 62  # a date coarser than about two months places a telling nowhere in particular
MAX_CITY_LEAF_DAYS = 366  # ... unless it names its city: 'the 2008 Mumbai attacks'
RECENT = timedelta(days=31)  # how far back an undated telling of a dated report can reach

# Each group's kin: the groups the knowledge base holds as its affiliates, branches, or
# those it pledged to or is a member of (both ways). 'Islamic State' claiming a bombing
# that others lay on its affiliate the ADF does not make two bombings.
Kin = Mapping[str, frozenset[str]]
NO_KIN: Kin = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Days:
    """The days a city's incidents of one family are known on: those of its day-dated
    events, and the publication days of the reports that tell one without a date."""

    firm: frozenset[date] = frozenset()
    reported: frozenset[date] = frozenset()


# Days known beyond the events being linked, by (family, city): an incremental
# resolution links a region, but whether an unanchored telling's city has incidents of
# several days depends on every event told there.
CityDays = Mapping[tuple[str, str], Days]
NO_CITY_DAYS: CityDays = MappingProxyType({})


def compatible_doers(ours: Iterable[str], theirs: Iterable[str], kin: Kin = NO_KIN) -> bool:
    """Whether two sets of perpetrators can have done one deed: they share a group, or one
    names a group the other's is kin to."""
    mine, others = set(ours), set(theirs)
    return bool(mine & others) or any(kin.get(doer, frozenset()) & others for doer in mine)


def family(event_type: str) -> str:
    return GENERIC_EVENT if event_type in load_ontology().attack_family else event_type


def day_of(event: EventRecord) -> date | None:
    """The event's day, when its date is precise to one day."""
    when = event.date
    if when is None or when.start is None or when.start != when.end:
        return None
    return when.start


def weekday_of(event: EventRecord) -> int | None:
    """The weekday an undated telling names ('on Sunday' in a report with no publication
    date): 0 for Monday to 6 for Sunday."""
    when = event.date
    if when is None or when.start is not None or not when.text:
        return None
    named = {
        WEEKDAYS[word] for word in re.findall(r"[a-z]+", when.text.lower()) if word in WEEKDAYS
    }
    return named.pop() if len(named) == 1 else None


def unanchored(event: EventRecord) -> bool:
    """Whether nothing places the telling in time: it gives no date (a weekday at most)
    and its report has no publication date."""
    when = event.date
    undated = when is None or when.start is None or when.end is None
    return undated and event.published_on is None


def days_of_its_weekday(days: Iterable[date], event: EventRecord) -> set[date]:
    """The days the telling's weekday allows ('on Sunday': the Sundays), all when it names
    none."""
    weekday = weekday_of(event)
    return {day for day in days if weekday is None or day.weekday() == weekday}


def _place_ids(event: EventRecord) -> tuple[str | None, str | None, str | None]:
    return event.city_id, event.province_id, event.country_id


def place_key(event: EventRecord) -> tuple[str, str] | None:
    """The most precise place the event gives: ('city', id), ('province', id) or ('country', id)."""
    for level, place in zip(LEVELS, _place_ids(event), strict=True):
        if place:
            return level, place
    return None


def _describe(event: EventRecord) -> str:
    place = event.places.get("city") or event.places.get("province") or event.places.get("country")
    where = f" in {place['name']}" if place and place.get("name") else ""
    when = f" on {event.date.start}" if event.date and event.date.start else ""
    return f"{event.type}{where}{when}"


@dataclass(slots=True)
class _Cluster:
    """What a cluster of tellings already says, to check a newcomer against all of it."""

    documents: set[str] = field(default_factory=set)
    places: list[str | None] = field(default_factory=lambda: [None, None, None])
    perpetrators: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)  # the specific kinds its tellings give
    start: date | None = None
    end: date | None = None
    kin: Kin = field(default_factory=dict)

    def add(self, event: EventRecord) -> None:
        self.documents.add(event.document_id)
        if event.type != GENERIC_EVENT:
            self.types.add(event.type)
        for level, place in enumerate(_place_ids(event)):
            self.places[level] = self.places[level] or place
        self.perpetrators |= set(event.perpetrator_ids)
        when = event.date
        if when is not None and when.start is not None and when.end is not None:
            self.start = when.start if self.start is None else max(self.start, when.start)
            self.end = when.end if self.end is None else min(self.end, when.end)

    def admits(self, event: EventRecord) -> bool:
        """Whether the event can be one more telling of this cluster's happening."""
        if event.document_id in self.documents:
            return False
        for ours, theirs in zip(self.places, _place_ids(event), strict=True):
            if ours and theirs and ours != theirs:
                return False
        named = set(event.perpetrator_ids)
        if self.perpetrators and named and not compatible_doers(self.perpetrators, named, self.kin):
            return False
        weekday = weekday_of(event)
        if weekday is not None and not self._has_weekday(weekday):
            return False  # told as a Sunday: not the cluster of a Thursday
        when = event.date
        if when is None or when.start is None or when.end is None:
            # an undated telling, attached only where it is the one candidate, and only to
            # news of its report's days: an undated 'explosion at the port' in 2021 is not
            # the bombing of 2015 in that city
            return self._recent_for(event.published_on)
        if self.start is not None and self.end is not None:
            return when.start <= self.end and self.start <= when.end
        return True

    def _recent_for(self, published: date | None) -> bool:
        if published is None or self.start is None or self.end is None:
            return True
        return published - RECENT <= self.end and self.start <= published + timedelta(days=1)

    def _has_weekday(self, weekday: int) -> bool:
        """Whether the cluster's days (when known to within a week) include that weekday."""
        if self.start is None or self.end is None or (self.end - self.start).days >= 6:
            return True
        span = range((self.end - self.start).days + 1)
        return any((self.start + timedelta(days=n)).weekday() == weekday for n in span)


class EventLinker:
    """Links tellings as they are added; the cost of adding one is the size of its block.

    `add_firm` takes a day-dated, placed event and links it to the cluster of its
    (family, day, place) block that admits it; `attach` takes any other event and links
    it, as a leaf, to the one compatible cluster if there is exactly one.
    """

    def __init__(self, kin: Kin = NO_KIN, city_days: CityDays = NO_CITY_DAYS) -> None:
        self.kin = kin
        self.city_days = city_days
        self.groups = UnionFind(())
        self.clusters: dict[str, _Cluster] = {}
        self.by_key: dict[tuple[str, date, str, str], list[str]] = defaultdict(list)
        self.by_day: dict[tuple[str, date], list[str]] = defaultdict(list)
        self.by_place: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.events: dict[str, EventRecord] = {}

    def is_firm(self, event: EventRecord) -> bool:
        return day_of(event) is not None and place_key(event) is not None

    def _join(self, event: EventRecord, root: str) -> None:
        self.groups.parent[event.id] = root
        self.clusters[root].add(event)

    def add_firm(self, event: EventRecord) -> Link | None:
        day, where = day_of(event), place_key(event)
        assert day is not None and where is not None
        kind = family(event.type)
        key = (kind, day, *where)
        self.events[event.id] = event
        link = None
        for other_id in self.by_key[key]:
            root = self.groups.find(other_id)
            if self.clusters[root].admits(event):
                other = self.events[other_id]
                reason = (
                    f"{_describe(other)} and {_describe(event)}: same kind, same day, "
                    f"same {where[0]}"
                )
                link = Link(other_id, event.id, reason)
                self._join(event, root)
                break
        if link is None and where[0] == "country":
            link = self._within(event, kind, day, where[0])
        if link is None:
            self.groups.parent[event.id] = event.id
            cluster = _Cluster(kin=self.kin)
            cluster.add(event)
            self.clusters[event.id] = cluster
        self.by_key[key].append(event.id)
        self.by_day[(kind, day)].append(event.id)
        for level, place in zip(LEVELS, _place_ids(event), strict=True):
            if place:
                self.by_place[(kind, level, place)].append(event.id)
        return link

    def _within(self, event: EventRecord, kind: str, day: date, level: str) -> Link | None:
        """A day-dated telling placed only in its country joins the one cluster of that day
        told more precisely inside it ('in Colombia' and 'in Bogota'); when two or more
        could be meant, it joins none."""
        roots: dict[str, str] = {}
        for other_id in self.by_day.get((kind, day), ()):
            root = self.groups.find(other_id)
            if root not in roots and self.clusters[root].admits(event):
                roots[root] = other_id
        if len(roots) != 1:
            return None
        root, other_id = next(iter(roots.items()))
        other = self.events[other_id]
        reason = (
            f"{_describe(event)} names only its {level}; {_describe(other)} is the only event "
            "of its kind that day there"
        )
        self._join(event, root)
        return Link(other_id, event.id, reason)

    def _candidates(self, event: EventRecord) -> Iterator[str]:
        """Firm events a coarser telling could mean: those of its days, or, when it has no
        date or only a year, those of its city (a province or a country is too wide to
        tell)."""
        kind = family(event.type)
        when = event.date
        if when is not None and when.start is not None and when.end is not None:
            if (when.end - when.start).days > MAX_LEAF_DAYS:
                # a year and a city ('the 2008 Mumbai attacks'): the city's incidents of
                # that year, which `admits` keeps to the year
                if event.city_id and (when.end - when.start).days <= MAX_CITY_LEAF_DAYS:
                    yield from self.by_place.get((kind, "city", event.city_id), ())
                return
            day = when.start
            while day <= when.end:
                yield from self.by_day.get((kind, day), ())
                day += timedelta(days=1)
            return
        where = place_key(event)
        if where is not None and where[0] == "city":
            yield from self.by_place.get((kind, *where), ())

    def candidate(self, event: EventRecord) -> str | None:
        """The one cluster (its root) a coarser telling can mean, or None. A telling
        without a place can mean a cluster only through its day and a perpetrator both
        name. A weekday telling of a city that no cluster of the city can take may mean
        the one cluster of that weekday placed only in its country ('on Friday' in Palma,
        beside the ambush of that Friday told only as in Mozambique)."""
        placeless = place_key(event) is None
        if placeless and (day_of(event) is None or not event.perpetrator_ids):
            return None
        if event.city_id and unanchored(event) and len(self.days_in_city(event)) > 1:
            return None  # nothing dates it among its city's incidents of several days
        roots = self._roots(self._candidates(event), event, placeless)
        if roots or weekday_of(event) is None or not event.city_id or not event.country_id:
            return next(iter(roots)) if len(roots) == 1 else None
        countrywide = (
            other_id
            for other_id in self.by_place.get((family(event.type), "country", event.country_id), ())
            if self.clusters[self.groups.find(other_id)].places[0] is None
        )
        roots = self._roots(countrywide, event, placeless)
        return next(iter(roots)) if len(roots) == 1 else None

    def days_in_city(self, event: EventRecord) -> set[date]:
        """The days of the firm events of the telling's kind in its city (of its weekday,
        when it names one), those being linked and those known beyond them."""
        kind, city = family(event.type), event.city_id or ""
        firm = (day_of(self.events[other]) for other in self.by_place.get((kind, "city", city), ()))
        known = self.city_days.get((kind, city), Days()).firm
        return days_of_its_weekday({day for day in firm if day is not None} | known, event)

    def _roots(self, candidates: Iterable[str], event: EventRecord, placeless: bool) -> set[str]:
        """The clusters among the candidates that admit the event (two at most: two are
        already too many)."""
        roots: set[str] = set()
        for other_id in candidates:
            root = self.groups.find(other_id)
            cluster = self.clusters[root]
            if placeless and not cluster.perpetrators & set(event.perpetrator_ids):
                continue
            if root not in roots and cluster.admits(event):
                roots.add(root)
                if len(roots) > 1:
                    break
        return roots

    def attach_named(self, event: EventRecord, root: str) -> Link:
        """Join a free telling to the one cluster whose tellings name what it names."""
        other = self.events[root]
        reason = (
            f"{_describe(event)} names what {_describe(other)} names; it is the only event "
            "of its kind and time told of that name"
        )
        self._join(event, root)
        return Link(other.id, event.id, reason)

    def attach(self, event: EventRecord, root: str) -> Link:
        """Join a coarser telling to a cluster as a leaf (nothing is ever linked through it)."""
        other = self.events[root]
        weekday = weekday_of(event)
        told = f" ({event.date.text})" if weekday is not None and event.date else ""
        reason = (
            f"{_describe(event)}{told} is told less precisely; {_describe(other)} is the only "
            "event of its kind, time and place it can mean"
        )
        self._join(event, root)
        return Link(other.id, event.id, reason)


def _precision(event: EventRecord) -> int:
    """0 for a city, 1 for a province, 2 for a country: the most precise tellings first."""
    where = place_key(event)
    return LEVELS.index(where[0]) if where is not None else len(LEVELS)


def _undated(event: EventRecord) -> bool:
    return event.date is None or event.date.start is None or event.date.end is None


def _same_kind(first: str, second: str) -> bool:
    return first == second or GENERIC_EVENT in (first, second)


def event_links(
    events: Iterable[EventRecord], kin: Kin = NO_KIN, city_days: CityDays = NO_CITY_DAYS
) -> list[Link]:
    """Links between events of different documents that tell the same happening, each with
    its reason. Firm tellings first, the most precisely placed first, in a stable order;
    then the coarser ones as leaves.

    An undated telling is a leaf of a cluster only when it names the cluster's kind of
    event (or a bare 'attack'), and only when no other undated telling could mean that
    cluster too: undated reports of one city on different days must not pile onto the one
    dated event there. ``city_days`` adds the days of the incidents not among ``events``
    (an incremental resolution's region), which decide whether an unanchored telling's
    city has incidents of one day or of several."""
    ordered = sorted(events, key=lambda e: (e.document_id, e.id))
    linker = EventLinker(kin, city_days)
    firm = sorted((e for e in ordered if linker.is_firm(e)), key=_precision)
    links = [link for e in firm if (link := linker.add_firm(e)) is not None]
    coarse = [e for e in ordered if not linker.is_firm(e)]
    wanted = {e.id: root for e in coarse if (root := linker.candidate(e)) is not None}
    undated: dict[str, list[EventRecord]] = defaultdict(list)
    for event in coarse:
        # a telling that names the cluster's weekday, or whose report came out just after
        # the cluster's day, is placed in time, if loosely
        if event.id not in wanted or not _undated(event) or weekday_of(event) is not None:
            continue
        if not _reported_days_after(event, linker.clusters[wanted[event.id]]):
            undated[wanted[event.id]].append(event)
    # coarsely dated tellings of a city: another incident there an undated one may mean
    vague: dict[tuple[str, str], list[EventRecord]] = defaultdict(list)
    for event in coarse:
        if not _undated(event) and event.city_id:
            vague[(family(event.type), event.city_id)].append(event)
    for event in coarse:
        root = wanted.get(event.id)
        if root is None:
            continue
        if _undated(event):
            cluster = linker.clusters[root]
            named_day = weekday_of(event) is not None or _reported_days_after(event, cluster)
            # it must name the cluster's kind of event (it still competes); or the group
            # that did it, when its report has no date to place it (a dated report of
            # another kind may tell the group's attack of another day there)
            # or, in a report with no date, the cluster's weekday ('on Wednesday' in the one
            # city's incident of a Wednesday): the day places it as a date would
            loose = event.published_on is None
            placed = loose and weekday_of(event) is not None and cluster.start == cluster.end
            if (
                not _kind_of(event, cluster)
                and not placed
                and not (loose and cluster.perpetrators & set(event.perpetrator_ids))
            ):
                continue
            if not named_day and len(undated[root]) > 1 and not _same_toll(undated[root]):
                continue
            if not named_day and _another_incident_there(event, linker.clusters[root], vague):
                continue
        if not linker.clusters[root].admits(event):
            continue  # an earlier leaf made the cluster more precise, and this one disagrees
        links.append(linker.attach(event, root))
    linked = {link.second for link in links} | {link.first for link in links}
    alone = [e for e in coarse if _undated(e) and e.id not in wanted and e.id not in linked]
    links.extend(undated_links(alone, kin, _reported_days(coarse, city_days)))
    linked = {link.second for link in links} | {link.first for link in links}
    links.extend(named_links(linker, ordered, [e for e in coarse if e.id not in linked]))
    linked = {link.second for link in links} | {link.first for link in links}
    links.extend(placed_links(linker, [e for e in coarse if e.id not in linked]))
    return links


def placed_links(linker: EventLinker, free: list[EventRecord]) -> list[Link]:
    """Links of free tellings dated only to a month or a year through the city or province
    both name: 'last month's Bali bombing' (in a November report) and 'the 2002 Bali
    attacks'. Tellings join only as a clique in which each is the one event of its kind
    its report tells there in that time, that every other admits, and that no firm cluster
    of that place could take instead."""
    options: dict[str, set[str]] = {}
    by_place: dict[tuple[str, str, str], list[EventRecord]] = defaultdict(list)
    for event in free:
        where = place_key(event)
        if where is not None and where[0] != "country" and not _undated(event):
            by_place[(family(event.type), *where)].append(event)
    for (kind, level, place), events in by_place.items():
        firm = linker.by_place.get((kind, level, place), ())
        for event in events:
            alone = _alone(event, linker.kin)
            options[event.id] = {
                other.id
                for other in events
                if other.document_id != event.document_id
                and _same_kind(event.type, other.type)  # arson and a shooting are two
                and alone.admits(other)
                and _alone(other, linker.kin).admits(event)
            }
            if any(linker.clusters[linker.groups.find(f)].admits(event) for f in firm):
                options[event.id] = {event.id}  # a firm cluster may be meant: never grouped
    by_id = {event.id: event for group in by_place.values() for event in group}
    links: list[Link] = []
    done: set[str] = set()
    for event_id, found in options.items():
        group = {event_id} | found
        if event_id in done or not found or event_id in found:
            continue
        members = _clique(group, options, by_id)
        if members is None or not any(_by_year(member) for member in members):
            continue  # two tellings of a month may be two of that month's incidents there
        links.extend(_chained(members, "the same kind of event, place and time"))
        done |= group
    return links


def _clique(
    group: set[str], options: dict[str, set[str]], by_id: dict[str, EventRecord]
) -> list[EventRecord] | None:
    """The group's tellings, by id, when each can mean only the others and each comes from
    another report; else None."""
    if any(options.get(member) != group - {member} for member in group):
        return None  # not a clique, or a member could mean another telling too
    members = sorted((by_id[member] for member in group), key=lambda e: e.id)
    if len({member.document_id for member in members}) != len(members):
        return None
    return members


def _chained(members: list[EventRecord], shared: str) -> list[Link]:
    """Links from the first telling to each other one, saying what they share."""
    head = members[0]
    return [
        Link(
            head.id,
            member.id,
            f"{_describe(head)} and {_describe(member)}: {shared}, and nothing else either "
            "can mean",
        )
        for member in members[1:]
    ]


def _by_year(event: EventRecord) -> bool:
    """Whether a telling is dated only to a year or so, as one names a known incident by
    its year and place ('the 2002 Bali attacks')."""
    when = event.date
    if when is None or when.start is None or when.end is None:
        return False
    return (when.end - when.start).days > MAX_LEAF_DAYS


def _alone(event: EventRecord, kin: Kin = NO_KIN) -> _Cluster:
    cluster = _Cluster(kin=kin)
    cluster.add(event)
    return cluster


def named_links(
    linker: EventLinker, events: list[EventRecord], free: list[EventRecord]
) -> list[Link]:
    """Links of tellings the rules above left alone (dated only to a month or a year, or
    not at all) through the name of what or whom they tell was attacked: 'the bombing of
    Superferry 14 in 2004' and 'the destruction of Superferry 14 in 2004'; the
    assassination of 'Colonel James N. Rowe' and of 'James "Nick" Rowe'. An undated
    telling takes part only when its report has no date either.

    A free telling joins the one cluster of its family whose tellings name it and admit
    it, as a leaf; with no such cluster, free tellings naming one another form a group
    when every two of them name one another and agree (a clique, never a chain). A
    telling two clusters or two groups could claim joins none."""
    keys = {event.id: name_keys(event.targets + event.victims) for event in events}
    by_key: dict[str, list[EventRecord]] = defaultdict(list)
    for event in events:
        for key in keys[event.id]:
            by_key[key].append(event)
    # an undated telling of a dated report only says 'recently': a record of the 25th
    # naming the police station attacked on the 20th may tell another attack on it
    free = [event for event in free if not (_undated(event) and event.published_on)]
    free_ids = {event.id for event in free}
    options: dict[str, set[str]] = {}
    for event in free:
        found: set[str] = set()
        for key in sorted(keys[event.id]):
            for other in by_key[key]:
                if other.document_id == event.document_id or family(other.type) != family(
                    event.type
                ):
                    continue
                if other.id in linker.groups.parent:
                    root = linker.groups.find(other.id)
                    if linker.clusters[root].admits(event):
                        found.add(root)
                elif other.id not in free_ids:
                    found.add(other.id)  # in a group of undated tellings: it may mean that
                elif _alone(other, linker.kin).admits(event) and _alone(event, linker.kin).admits(
                    other
                ):
                    found.add(other.id)
        options[event.id] = found
    links: list[Link] = []
    for event in free:
        meant = next(iter(options[event.id])) if len(options[event.id]) == 1 else None
        if meant is None or meant not in linker.clusters:
            continue
        if linker.clusters[meant].admits(event):  # an earlier leaf may have narrowed it
            links.append(linker.attach_named(event, meant))
    links.extend(_named_groups([e for e in free if e.id not in linker.groups.parent], options))
    return links


def _named_groups(free: list[EventRecord], options: dict[str, set[str]]) -> list[Link]:
    """Groups of free tellings that name one another, each a clique of tellings of
    different reports that no cluster could take."""
    by_id = {event.id: event for event in free}
    links: list[Link] = []
    done: set[str] = set()
    for event in free:
        if event.id in done or not options[event.id]:
            continue
        group = {event.id} | options[event.id]
        if not group <= set(by_id):
            continue  # it may mean a cluster or a telling of an undated group
        members = _clique(group, options, by_id)
        if members is None:
            continue
        links.extend(_chained(members, "the same kind of event, told of the same name"))
        done |= group
    return links


def _reported_days_after(event: EventRecord, cluster: _Cluster) -> bool:
    """Whether the undated telling's report came out on the cluster's day ('the attack',
    told the same evening): it is placed in time by its report as a named weekday would
    place it. A day later it may already tell the next day's attack."""
    published = event.published_on
    if published is None or cluster.start is None or cluster.end is None:
        return False
    return cluster.start <= published <= cluster.end


def _another_incident_there(
    event: EventRecord,
    cluster: _Cluster,
    vague: dict[tuple[str, str], list[EventRecord]],
) -> bool:
    """Whether a telling dated only to a month or a year tells another incident of the
    undated telling's kind in its city ('the port explosion of August 2020' beside the
    bombing of 2015): the undated one may mean either, so it joins neither."""
    if not event.city_id or cluster.start is None or cluster.end is None:
        return False
    return any(
        other.date is not None
        and other.date.start is not None
        and other.date.end is not None
        and (other.date.end < cluster.start or other.date.start > cluster.end)
        for other in vague.get((family(event.type), event.city_id), ())
    )


def _kind_of(event: EventRecord, cluster: _Cluster) -> bool:
    return all(_same_kind(event.type, kind) for kind in cluster.types)


def _same_toll(events: list[EventRecord]) -> bool:
    """Whether undated tellings of one place agree among themselves: each gives a death
    toll and one figure fits them all (reports of different days rarely share a toll)."""
    tolls = [event.killed for event in events]
    if any(toll is None or toll.min is None for toll in tolls):
        return False
    low = max(toll.min or 0 for toll in tolls if toll is not None)
    highs = [toll.max for toll in tolls if toll is not None and toll.max is not None]
    return not highs or low <= min(highs)


def _reported_days(coarse: list[EventRecord], known: CityDays) -> dict[tuple[str, str], set[date]]:
    """The publication days of the reports telling an incident of each (family, city)
    without a date, among these tellings and as known beyond them."""
    days: dict[tuple[str, str], set[date]] = defaultdict(set)
    for event in coarse:
        if event.city_id and event.published_on is not None and _undated(event):
            days[(family(event.type), event.city_id)].add(event.published_on)
    for key, more in known.items():
        days[key] |= more.reported
    return days


def undated_links(
    events: list[EventRecord],
    kin: Kin = NO_KIN,
    reported: Mapping[tuple[str, str], set[date]] = MappingProxyType({}),
) -> list[Link]:
    """Links among undated tellings that no dated cluster could take: reports of one
    city that give no day can still tell one incident when they name the same kind of
    event or the same perpetrator, no different weekdays, and agree on who did it or on
    the toll. An unanchored telling (its report undated too) pairs with one of a dated
    report only when the city's undated tellings of dated reports (``reported``: their
    publication days) all come from one day: nothing dates it among several.

    A telling joins a group only when it agrees with every member and no other group or
    telling of that group's documents could take it: groups are built as cliques, never
    through a chain, and a telling that two groups could claim joins neither."""
    by_city: dict[tuple[str, str], list[EventRecord]] = defaultdict(list)
    for event in events:
        if event.city_id:
            by_city[(family(event.type), event.city_id)].append(event)
    links: list[Link] = []
    for place, tellings in by_city.items():
        several = len(reported.get(place, ())) > 1
        groups: list[list[EventRecord]] = []
        for event in tellings:
            partners = [other for other in tellings if _undated_pair(event, other, kin, several)]
            documents = [other.document_id for other in partners]
            if not partners or len(documents) != len(set(documents)):
                continue  # nothing to join, or two tellings of one report could be meant
            fits = [
                g for g in groups if all(_undated_pair(event, other, kin, several) for other in g)
            ]
            if len(fits) > 1:
                continue
            if fits:
                head = fits[0][0]
                links.append(Link(head.id, event.id, _undated_reason(head, event)))
                fits[0].append(event)
            elif not any(event in group for group in groups):
                groups.append([event])
    return links


def _undated_pair(
    first: EventRecord, second: EventRecord, kin: Kin = NO_KIN, several: bool = False
) -> bool:
    """Whether two undated tellings of one city can be one incident: other reports (not
    both placed only by their publication dates, which say 'some recent day'; not one
    unanchored beside reports of ``several`` days), the same kind or the same
    perpetrator, no other weekday, no disjoint perpetrators, and a shared perpetrator or
    one death toll both fit."""
    if first.document_id == second.document_id:
        return False
    if first.published_on is not None and second.published_on is not None:
        return False  # each is placed by its report's date: too loosely to pair them
    if several and (first.published_on is None) != (second.published_on is None):
        return False  # nothing dates the unanchored one among the city's reports
    ours, theirs = set(first.perpetrator_ids), set(second.perpetrator_ids)
    shared = compatible_doers(ours, theirs, kin)
    if not _same_kind(first.type, second.type) and not shared:
        return False
    days = (weekday_of(first), weekday_of(second))
    if None not in days and days[0] != days[1]:
        return False
    if ours and theirs and not shared:
        return False
    return shared or (
        first.killed is not None and second.killed is not None and _same_toll([first, second])
    )


def _undated_reason(first: EventRecord, second: EventRecord) -> str:
    return (
        f"{_describe(first)} and {_describe(second)}: neither gives a day; same kind, same "
        "city, and they agree on who did it or on the toll"
    )


def resolve_events(events: list[EventRecord], links: list[Link]) -> dict[str, str]:
    """Map every event id to its cluster id (the earliest-told event's id)."""
    groups = UnionFind(event.id for event in events)
    for link in links:
        groups.union(link.first, link.second)
    members: dict[str, list[EventRecord]] = defaultdict(list)
    for event in events:
        members[groups.find(event.id)].append(event)
    clusters = {}
    for group in members.values():
        head = min(group, key=lambda e: (e.date is None, e.id))
        for event in group:
            clusters[event.id] = head.id
    return clusters
