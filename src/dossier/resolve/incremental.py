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
  day's block), every coarser telling whose dates cover those days, every undated
  telling in their cities (and every one dated only to a month or a year there), every
  day-dated event in the city an undated telling or one dated to a year names (the
  clusters it could join), every coarse telling in the city a coarse one names, every
  event of the province a coarse telling placed only in a province names, every coarse
  telling placed only in the province of a day-dated event, every event whose targets
  or victims give a name theirs give (``event_names``), and whole stored clusters.

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
    Kin,
    day_of,
    event_links,
    family,
    resolve_events,
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
    events = event_region(kb, seeds)
    heads = kb.canonical_of({p for event in events for p in event.perpetrator_ids})
    heads.update(canonical)
    as_resolved = [
        replace(event, perpetrator_ids=tuple(heads.get(p, p) for p in event.perpetrator_ids))
        for event in events
    ]
    linked_events = event_links(as_resolved, _kin(kb, as_resolved, canonical))
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


def _needs(event: EventRecord) -> tuple[set[date], set[str], set[str]]:
    """(days whose events, cities whose undated tellings, cities whose day-dated events)
    decide how this event is linked, or what links to it."""
    day = day_of(event)
    when = event.date
    if day is not None:
        return {day}, {event.city_id} if event.city_id else set(), set()
    if when is not None and when.start is not None and when.end is not None:
        # a coarse telling of a city can join the city's other coarse ones (placed_links)
        city = {event.city_id} if event.city_id else set()
        if (when.end - when.start).days > MAX_LEAF_DAYS:
            # a year and a city ('the 2008 Mumbai attacks') can mean the city's incidents
            return set(), city, city
        span = (when.end - when.start).days
        return {when.start + timedelta(days=n) for n in range(span + 1)}, city, set()
    # an undated telling: the day-dated events of its city, and its undated ones (which it
    # can link with when no dated event takes them, ``events.undated_links``)
    city = {event.city_id} if event.city_id else set()
    return set(), city, city


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


def event_region(kb: KnowledgeBase, seeds: set[str]) -> list[EventRecord]:
    """The events whose linking the seed events can change, closed as the module doc says."""
    found: dict[str, EventRecord] = {}
    seen_days: dict[str, set[date]] = defaultdict(set)
    seen_undated: dict[str, set[str]] = defaultdict(set)
    seen_cities: dict[str, set[str]] = defaultdict(set)
    seen_names: set[str] = set()
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
        undated: dict[str, set[str]] = defaultdict(set)
        cities: dict[str, set[str]] = defaultdict(set)
        countries: dict[tuple[str, bool], set[str]] = defaultdict(set)
        provinces: dict[tuple[str, bool], set[tuple[str, str]]] = defaultdict(set)
        for event in events:
            kind = family(event.type)
            for coarse, pairs in zip((False, True), _province_needs(event), strict=True):
                provinces[(kind, coarse)] |= pairs - seen_provinces[(kind, coarse)]
            for countrywide, wanted in zip((True, False), _country_needs(event), strict=True):
                countries[(kind, countrywide)] |= wanted - seen_countries[(kind, countrywide)]
            need_days, need_undated, need_cities = _needs(event)
            days[kind] |= need_days - seen_days[kind]
            undated[kind] |= need_undated - seen_undated[kind]
            cities[kind] |= need_cities - seen_cities[kind]
        for kind, new_days in days.items():
            seen_days[kind] |= new_days
            for first, last in _runs(new_days):
                frontier |= kb.event_ids_around(
                    _family_types(kind), first.isoformat(), last.isoformat(), MAX_LEAF_DAYS
                )
        for kind, places in undated.items():
            seen_undated[kind] |= places
            if places:
                frontier |= kb.event_ids_in_cities(_family_types(kind), places, dated=False)
        for kind, places in cities.items():
            seen_cities[kind] |= places
            if places:
                frontier |= kb.event_ids_in_cities(_family_types(kind), places, dated=True)
        for (kind, countrywide), places in countries.items():
            seen_countries[(kind, countrywide)] |= places
            if places:
                frontier |= kb.event_ids_in_countries(_family_types(kind), places, countrywide)
        for (kind, coarse), pairs in provinces.items():
            seen_provinces[(kind, coarse)] |= pairs
            if pairs:
                frontier |= kb.event_ids_in_provinces(_family_types(kind), pairs, coarse)
        # the tellings of the names they give, which ``events.named_links`` may join
        names = {key for event in events for key in name_keys(event.targets + event.victims)}
        if names - seen_names:
            frontier |= kb.event_ids_named(names - seen_names)
            seen_names |= names
        frontier -= set(found)
    return list(found.values())


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
