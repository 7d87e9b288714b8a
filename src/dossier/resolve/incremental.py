"""Resolution of what was added, without reading what it cannot touch.

The rules of ``entities`` and ``events`` only link things that share a key, so the
documents written since the last resolution can change only a *region* of the stored
resolution. That region is found through indexes, resolved again exactly as a full run
resolves it, and saved in place of its old rows:

- **entities**: the entities the new documents name, the stored entities a rule links them
  to (looked up by name, alias, letters, initials, acronym and spelling block), every
  entity sharing initials with them (a second expansion makes an acronym ambiguous),
  then the whole stored groups of all of these and of the user's decisions about them;
- **events**: the new documents' events and those naming a perpetrator whose group
  changed, then, until nothing is added: every event of their kind on their days (a
  day's block), every coarser telling whose dates cover those days, the loose tellings
  of their cities (undated, or dated only to a month or a year) that can mean them or
  link with them, the day-dated events of the city that an undated telling or one dated
  to a year can mean, every event of the province a coarse telling placed only in a
  province names, every coarse telling placed only in the province of a day-dated
  event, the events whose targets or victims give a name theirs give (``event_names``:
  any such event for a telling the name rule can link, only those tellings for any
  other), and whole stored clusters.

  An undated telling of a dated report can mean only the city's day-dated events of
  its report's last weeks (``events.RECENT``), and its rivals are the undated tellings
  of reports within a month of those; a day-dated event's rivals, those of reports of
  the month after it. An *unanchored* telling (no date, nor its report) can mean the
  city's day-dated events only when they are of one day, and pair with the undated
  tellings of dated reports only when those reports are of one day
  (``EventLinker.candidate``, ``events.undated_links``): when its city holds several,
  its region takes none of them, and the days of its city are read from the index and
  given to the linker (``events.CityDays``) instead, so that the region's linking
  decides as a full run does. Adding an article of one such telling in a city of a
  thousand incidents thus resolves little more than the telling.

The event region follows where ``events.EventLinker`` looks for candidates (a day's
block, a city's events): a rule that looks elsewhere must extend ``_needs`` too, and
tests/resolve/test_incremental.py, which compares with a full run, says when it does not.

Within a region the result equals a full run's: groups are the connected components of
the links, and links come in an order no entity outside the region changes. The user's
splits are honoured as in a full run; which link a split blocks can depend on order
there as here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dossier.knowledge.ontology import GENERIC_EVENT, Ontology, load_ontology
from dossier.model.records import EventRecord
from dossier.resolve.entities import Decision, Link, entity_links, resolve
from dossier.resolve.event_kin import perpetrator_kin
from dossier.resolve.events import (
    MAX_LEAF_DAYS,
    RECENT,
    CityDays,
    Days,
    Kin,
    day_of,
    days_of_its_weekday,
    event_links,
    family,
    place_key,
    resolve_events,
    unanchored,
    weekday_of,
)
from dossier.store import KnowledgeBase
from dossier.store.entity_keys import acronym_key, ends_key, is_linked_acronym, wanted_keys
from dossier.store.event_names import name_keys
from dossier.store.resolution import Pending, Resolution


@dataclass(frozen=True, slots=True)
class Region:
    """What one incremental resolution replaced, and its new rows."""

    entity_ids: set[str]
    event_ids: set[str]
    resolution: Resolution


def resolve_added(kb: KnowledgeBase, pending: Pending, ontology: Ontology) -> Region:
    """Resolve the region the pending documents and entities can change."""
    entity_ids = entity_region(kb, set(pending.entities), ontology)
    entities = kb.entities(sorted(entity_ids))
    acronyms = {acronym_key(e.name) for e in entities if is_linked_acronym(e.type, e.name)}
    expansions = kb.key_counts("initials", acronyms)
    namesakes = kb.key_counts("ends", {ends_key(e.type, e.name) for e in entities} - {""})
    links = entity_links(entities, ontology, expansions, namesakes)
    decisions = [Decision(*decision) for decision in kb.decisions_about(entity_ids)]
    canonical, used = resolve(entities, links, decisions, ontology)
    regrouped = _regrouped(kb.canonical_of(entity_ids), canonical)
    seeds = kb.event_ids_of(documents=pending.documents, perpetrators=tuple(sorted(regrouped)))
    cities = _Cities(kb)
    events = event_region(kb, seeds, cities)
    heads = kb.canonical_of({p for event in events for p in event.perpetrator_ids})
    heads.update(canonical)
    as_resolved = [
        replace(event, perpetrator_ids=tuple(heads.get(p, p) for p in event.perpetrator_ids))
        for event in events
    ]
    kin = _kin(kb, as_resolved, canonical)
    linked_events = event_links(as_resolved, kin, cities.known(as_resolved))
    return Region(
        entity_ids=entity_ids,
        event_ids={event.id for event in events},
        resolution=Resolution(
            entity_links=_rows(used),
            canonical=canonical,
            event_links=_rows(linked_events),
            event_clusters=resolve_events(as_resolved, linked_events),
        ),
    )


def _kin(kb: KnowledgeBase, events: list[EventRecord], canonical: dict[str, str]) -> Kin:
    """The perpetrators' kin, their groups as this resolution leaves them: the region's
    entities as just resolved, the others as stored."""
    doers = {doer for event in events for doer in event.perpetrator_ids}
    stored = kb.group_members(doers)
    heads = kb.canonical_of(stored)
    members: dict[str, set[str]] = defaultdict(set)
    for entity_id in stored | doers | set(canonical):
        head = canonical.get(entity_id) or heads.get(entity_id, entity_id)
        if head in doers:
            members[head].add(entity_id)

    def heads_of(ids: set[str]) -> dict[str, str]:
        found = kb.canonical_of(ids - set(canonical))
        return {i: canonical.get(i) or found.get(i, i) for i in ids}

    return perpetrator_kin(kb, events, members, heads_of)


def removal_region(
    kb: KnowledgeBase, document_id: str, ontology: Ontology
) -> tuple[set[str], set[str]]:
    """What removing a document can change, read before it is removed: (the entities it
    names with their regions, the documents of the events its events can be linked
    with). Queued, they make the next refresh resolve only these (as a full run would:
    the regions are those of adding the document, which removing it undoes)."""
    entity_ids = entity_region(kb, kb.entity_ids_named_by(document_id), ontology)
    own_events = {event.id for event in kb.events(document_id=document_id)}
    documents = {event.document_id for event in event_region(kb, own_events)}
    return entity_ids, documents - {document_id}


def entity_region(kb: KnowledgeBase, touched_ids: set[str], ontology: Ontology) -> set[str]:
    """The entities whose groups the touched entities can change (see the module doc)."""
    touched = kb.entities(sorted(touched_ids))
    wanted = {key for e in touched for key in wanted_keys(e.type, e.name, e.aliases)}
    spelling = {key for key in wanted if key[0] == "block"}
    region = touched_ids | kb.entity_ids_by_keys(wanted - spelling)
    in_block = kb.entity_ids_by_keys(spelling) - region
    if in_block:  # a spelling block is wide: keep only the entities a rule links
        others = kb.entities(sorted(in_block))
        for link in entity_links(touched + others, ontology):
            if {link.first, link.second} & touched_ids:
                region |= {link.first, link.second}
    while True:
        grown = kb.group_members(set(kb.canonical_of(region).values()))
        grown |= {i for _kind, a, b in kb.decisions_about(region) for i in (a, b)}
        if grown <= region:
            return region
        region |= grown


def _regrouped(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Stored entities now grouped with different stored entities than before (merged or
    split): the events naming them compare perpetrators differently. A new member of a
    group, or a new head for it, changes nothing between stored events."""
    stored = set(before) & set(after)
    old_groups: dict[str, set[str]] = defaultdict(set)
    new_groups: dict[str, set[str]] = defaultdict(set)
    for entity_id in stored:
        old_groups[before[entity_id]].add(entity_id)
        new_groups[after[entity_id]].add(entity_id)
    return {i for i in stored if old_groups[before[i]] != new_groups[after[i]]}


def _family_types(kind: str) -> set[str]:
    """The event types of one family (see ``events.family``)."""
    if kind == GENERIC_EVENT:
        return set(load_ontology().attack_family) | {GENERIC_EVENT}
    return {kind}


# (city, first, last): a city's tellings of those days
Window = tuple[str, date, date]
EVERY_DAY = (date.min, date.max)
NO_DAY = (date.max, date.min)
DAY = timedelta(days=1)


def _needs(event: EventRecord, known: CityDays) -> tuple[set[date], set[Window], set[Window]]:
    """(days whose events; cities whose loose tellings, of which those told undated by a
    dated report only when their reports are of the window's days; cities whose day-dated
    events of the window's days) decide how this event is linked, or what links to it.
    ``known`` holds the days of the cities of unanchored tellings (``_Cities.known``)."""
    day = day_of(event)
    when = event.date
    city = event.city_id
    if day is not None:
        # the undated tellings that can mean it: of reports of the weeks after it
        # (``events.RECENT``), or of none
        return {day}, _windows(city, day - DAY, day + RECENT), set()
    if when is not None and when.start is not None and when.end is not None:
        # a coarse telling of a city can join the city's other coarse ones (placed_links),
        # and an undated one there means nothing beside it (``_another_incident_there``)
        if (when.end - when.start).days > MAX_LEAF_DAYS:
            # a year and a city ('the 2008 Mumbai attacks') can mean the city's incidents
            # of that year
            return set(), _windows(city, *EVERY_DAY), _windows(city, when.start, when.end)
        span = (when.end - when.start).days
        days = {when.start + timedelta(days=n) for n in range(span + 1)}
        return days, _windows(city, *EVERY_DAY), set()
    if city is None:
        return set(), set(), set()
    # an undated telling: the day-dated events of its city it can mean, and the undated
    # tellings that can mean them too or link with it (``events.undated_links``)
    published = event.published_on
    if published is not None:
        # those of its report's last weeks (``events.RECENT``); their rivals are told
        # within a month of them
        rivals = _windows(city, published - RECENT - DAY, published + RECENT + DAY)
        return set(), rivals, _windows(city, published - RECENT, published + DAY)
    # unanchored: the city's one day of day-dated incidents, when it has only one
    # (``EventLinker.candidate``), and the undated tellings of dated reports, when those
    # reports are all of one day (``events.undated_links``)
    days_there = known.get((family(event.type), city), Days())
    firm = days_of_its_weekday(days_there.firm, event)
    loose = _windows(city, *(EVERY_DAY if len(days_there.reported) <= 1 else NO_DAY))
    if len(firm) != 1:
        return set(), loose, set()
    (only,) = firm
    return set(), loose | _windows(city, only - DAY, only + RECENT), _windows(city, only, only)


def _windows(city: str | None, first: date, last: date) -> set[Window]:
    return {(city, first, last)} if city else set()


class _Cities:
    """The loose tellings and the days of the cities a region reaches, each city's asked
    of the knowledge base once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # by (family, city): (event, its report's day when undated and dated)
        self.loose: dict[tuple[str, str], list[tuple[str, date | None]]] = {}
        self.days: dict[tuple[str, str], Days] = {}

    def loose_in(self, kind: str, windows: set[Window]) -> set[str]:
        """The loose tellings of these windows' cities: those told undated by a dated
        report only when their reports are of the window's days."""
        self._fetch(kind, {city for city, _, _ in windows})
        return {
            event_id
            for city, first, last in windows
            for event_id, day in self.loose[(kind, city)]
            if day is None or first <= day <= last
        }

    def known(self, events: list[EventRecord]) -> dict[tuple[str, str], Days]:
        """The days of the cities of the unanchored tellings among these, by (family,
        city): whether such a telling can mean a cluster or a report of its city depends
        on all of them, not only on those of a region."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for event in events:
            if event.city_id and unanchored(event):
                wanted[family(event.type)].add(event.city_id)
        for kind, cities in wanted.items():
            missing = {city for city in cities if (kind, city) not in self.days}
            if not missing:
                continue
            self._fetch(kind, missing)
            firm = self.kb.event_days_in_cities(_family_types(kind), missing)
            for city in missing:
                reported = {day for _, day in self.loose[(kind, city)] if day is not None}
                self.days[(kind, city)] = Days(frozenset(firm.get(city, ())), frozenset(reported))
        return {(kind, city): self.days[(kind, city)] for kind in wanted for city in wanted[kind]}

    def _fetch(self, kind: str, cities: set[str]) -> None:
        missing = {city for city in cities if (kind, city) not in self.loose}
        if not missing:
            return
        for city in missing:
            self.loose[(kind, city)] = []
        for event_id, city, day in self.kb.loose_tellings_in_cities(_family_types(kind), missing):
            self.loose[(kind, city)].append((event_id, day))


def _country_needs(event: EventRecord) -> tuple[set[str], set[str]]:
    """(countries whose day-dated events placed in no city, countries whose undated city
    tellings) decide how this event is linked: a weekday telling of a city can mean the
    one incident of that weekday told only as in its country (``EventLinker.candidate``)."""
    if not event.country_id:
        return set(), set()
    if event.city_id and weekday_of(event) is not None:
        return {event.country_id}, set()
    if not event.city_id and day_of(event) is not None:
        return set(), {event.country_id}
    return set(), set()


def _province_needs(event: EventRecord) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(provinces whose events of any date, provinces whose coarse tellings placed in no
    city) decide how this event is linked (``events.placed_links``): a coarse telling
    placed only in its province can join another such; a firm event of the province keeps
    them apart. Each province is a (country, province) pair."""
    if not event.province_id or not event.country_id:
        return set(), set()
    place = {(event.country_id, event.province_id)}
    if day_of(event) is not None:
        return set(), place
    when = event.date
    if event.city_id or when is None or when.start is None or when.end is None:
        return set(), set()
    return place, set()


def event_region(
    kb: KnowledgeBase, seeds: set[str], cities: _Cities | None = None
) -> list[EventRecord]:
    """The events whose linking the seed events can change, closed as the module doc says."""
    cities = cities or _Cities(kb)
    found: dict[str, EventRecord] = {}
    seen_days: dict[str, set[date]] = defaultdict(set)
    seen_loose: dict[str, set[Window]] = defaultdict(set)
    seen_dated: dict[str, set[Window]] = defaultdict(set)
    seen_names: set[str] = set()
    seen_meant: set[str] = set()  # names whose free tellings are in
    seen_countries: dict[tuple[str, bool], set[str]] = defaultdict(set)
    seen_provinces: dict[tuple[str, bool], set[tuple[str, str]]] = defaultdict(set)
    frontier = set(seeds)
    while frontier:
        frontier |= kb.cluster_members(frontier)
        frontier -= set(found)
        events = kb.events(ids=sorted(frontier))
        found.update((event.id, event) for event in events)
        frontier = set()
        days: dict[str, set[date]] = defaultdict(set)
        loose: dict[str, set[Window]] = defaultdict(set)
        dated: dict[str, set[Window]] = defaultdict(set)
        countries: dict[tuple[str, bool], set[str]] = defaultdict(set)
        provinces: dict[tuple[str, bool], set[tuple[str, str]]] = defaultdict(set)
        known = cities.known(events)
        for event in events:
            kind = family(event.type)
            for coarse, pairs in zip((False, True), _province_needs(event), strict=True):
                provinces[(kind, coarse)] |= pairs - seen_provinces[(kind, coarse)]
            for countrywide, wanted in zip((True, False), _country_needs(event), strict=True):
                countries[(kind, countrywide)] |= wanted - seen_countries[(kind, countrywide)]
            need_days, need_loose, need_dated = _needs(event, known)
            days[kind] |= need_days - seen_days[kind]
            loose[kind] |= need_loose - seen_loose[kind]
            dated[kind] |= need_dated - seen_dated[kind]
        for kind, new_days in days.items():
            seen_days[kind] |= new_days
            for first, last in _runs(new_days):
                frontier |= kb.event_ids_around(
                    _family_types(kind), first.isoformat(), last.isoformat(), MAX_LEAF_DAYS
                )
        for kind, windows in loose.items():
            seen_loose[kind] |= windows
            if windows:
                frontier |= cities.loose_in(kind, windows)
        for kind, windows in dated.items():
            seen_dated[kind] |= windows
            for (first, last), places in _by_window(windows).items():
                within = (first.isoformat(), last.isoformat())
                frontier |= kb.event_ids_in_cities(_family_types(kind), places, True, within)
        for (kind, countrywide), places in countries.items():
            seen_countries[(kind, countrywide)] |= places
            if places:
                frontier |= kb.event_ids_in_countries(_family_types(kind), places, countrywide)
        for (kind, coarse), pairs in provinces.items():
            seen_provinces[(kind, coarse)] |= pairs
            if pairs:
                frontier |= kb.event_ids_in_provinces(_family_types(kind), pairs, coarse)
        # the tellings of the names they give, which ``events.named_links`` may join: a
        # free telling can mean any event of its names; any other is only ever meant by
        # the free tellings of its names
        names = {key for e in events if _free(e) for key in name_keys(e.targets + e.victims)}
        if names - seen_names:
            frontier |= kb.event_ids_named(names - seen_names)
            seen_names |= names
        meant = {key for e in events if not _free(e) for key in name_keys(e.targets + e.victims)}
        meant -= seen_names | seen_meant
        if meant:
            frontier |= kb.event_ids_named(meant, free=True)
            seen_meant |= meant
        frontier -= set(found)
    return list(found.values())


def _free(event: EventRecord) -> bool:
    """Whether the name rule can link the telling as a free one (``events.named_links``):
    not dated to one day and placed, and, when undated, of a report with no date."""
    when = event.date
    if when is None or when.start is None or when.end is None:
        return event.published_on is None
    return day_of(event) is None or place_key(event) is None


def _by_window(windows: set[tuple[str, date, date]]) -> dict[tuple[date, date], set[str]]:
    """The cities of each window of days, so each window is one indexed query."""
    grouped: dict[tuple[date, date], set[str]] = defaultdict(set)
    for city, first, last in windows:
        grouped[(first, last)].add(city)
    return grouped


def _runs(days: set[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs, so each run is one indexed query."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _rows(links: list[Link]) -> list[tuple[str, str, str, str]]:
    return [(link.first, link.second, link.reason, link.origin) for link in links]
