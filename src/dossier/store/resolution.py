"""Resolution tables: which entities and events are one, why, and the user's decisions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, delete, func, or_, select, update

from dossier.store import schema
from dossier.store.entity_keys import KeyRow
from dossier.store.facts import insert_ignoring_duplicates

# (first id, second id, reason, origin)
LinkRow = tuple[str, str, str, str]
CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True, slots=True)
class Pending:
    """What resolution has not seen yet, read before resolving (see ``read_pending``)."""

    changes: int  # the change counter when read: resolution is complete as of it
    documents: tuple[str, ...]
    entities: tuple[str, ...]
    full: bool  # a replaced document, an old knowledge base: resolve everything again

    @property
    def empty(self) -> bool:
        """Nothing queued: no document or entity to resolve again."""
        return not (self.documents or self.entities)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolution computed for some entities and events (or all of them)."""

    entity_links: list[LinkRow]
    canonical: dict[str, str]
    event_links: list[LinkRow]
    event_clusters: dict[str, str]


def mark_changed(connection: Connection, full: bool = False) -> None:
    """Resolution is pending: called inside every transaction that changes what it reads.
    ``full`` when the change can undo links (a document removed or replaced, a decision),
    so that the next resolution starts over rather than only adding."""
    connection.execute(_CHANGED_FULLY if full else _CHANGED)


_STATE = schema.resolution_state
# built once: every document written runs one of them
_CHANGED = update(_STATE).where(_STATE.c.id == 1).values(changes=_STATE.c.changes + 1)
_CHANGED_FULLY = _CHANGED.values(full_needed=1)


def read_pending(connection: Connection) -> Pending:
    state = schema.resolution_state
    row = connection.execute(select(state.c.changes, state.c.full_needed)).first()
    return Pending(
        changes=row.changes if row else 0,
        documents=tuple(connection.scalars(select(schema.pending_documents.c.document_id))),
        entities=tuple(connection.scalars(select(schema.pending_entities.c.entity_id))),
        full=bool(row.full_needed) if row else False,
    )


def read_state(connection: Connection) -> tuple[int, int]:
    """(changes, changes as of the last completed resolution): pending while they differ."""
    state = schema.resolution_state
    row = connection.execute(select(state.c.changes, state.c.resolved)).first()
    return (row.changes, row.resolved) if row else (0, 0)


def save_resolution(
    connection: Connection,
    entity_links: Iterable[LinkRow],
    canonical: dict[str, str],
    event_links: Iterable[LinkRow],
    event_clusters: dict[str, str],
    as_of: int | None = None,
    pending: Pending | None = None,
) -> None:
    """Replace the stored resolution with a freshly computed one, computed from the
    knowledge base as it was at ``as_of`` changes (default: as it is now). Resolution stays
    pending if other changes were made since. ``pending`` is what was queued when the
    computation started (default: everything queued now), no longer pending."""
    for table in (
        schema.entity_links,
        schema.entity_resolution,
        schema.event_links,
        schema.event_resolution,
    ):
        connection.execute(delete(table))
    if pending is None:
        connection.execute(delete(schema.pending_documents))
        connection.execute(delete(schema.pending_entities))
    else:
        _dequeue(connection, pending)
    _insert_resolution(connection, entity_links, canonical, event_links, event_clusters)
    state = schema.resolution_state
    resolved = state.c.changes if as_of is None else as_of
    connection.execute(update(state).where(state.c.id == 1).values(resolved=resolved))
    # starting over is done, unless something changed meanwhile
    unchanged = state.c.changes == (state.c.changes if as_of is None else as_of)
    connection.execute(update(state).where(state.c.id == 1, unchanged).values(full_needed=0))


def save_partial_resolution(
    connection: Connection,
    entity_ids: set[str],
    event_ids: set[str],
    computed: Resolution,
    pending: Pending,
) -> None:
    """Replace the resolution of some entities and events (whole groups and clusters, with
    the links inside them) and take the pending documents they came from off the queue."""
    for chunk in chunks(sorted(entity_ids)):
        found, links = schema.entity_resolution, schema.entity_links
        connection.execute(delete(found).where(found.c.entity_id.in_(chunk)))
        connection.execute(
            delete(links).where(or_(links.c.first_id.in_(chunk), links.c.second_id.in_(chunk)))
        )
    for chunk in chunks(sorted(event_ids)):
        clusters, event_links = schema.event_resolution, schema.event_links
        connection.execute(delete(clusters).where(clusters.c.event_id.in_(chunk)))
        connection.execute(
            delete(event_links).where(
                or_(event_links.c.first_id.in_(chunk), event_links.c.second_id.in_(chunk))
            )
        )
    _dequeue(connection, pending)
    _insert_resolution(
        connection,
        computed.entity_links,
        computed.canonical,
        computed.event_links,
        computed.event_clusters,
    )
    state = schema.resolution_state
    connection.execute(update(state).where(state.c.id == 1).values(resolved=pending.changes))


def _dequeue(connection: Connection, pending: Pending) -> None:
    for chunk in chunks(list(pending.documents)):
        table = schema.pending_documents
        connection.execute(delete(table).where(table.c.document_id.in_(chunk)))
    for chunk in chunks(list(pending.entities)):
        table = schema.pending_entities
        connection.execute(delete(table).where(table.c.entity_id.in_(chunk)))


def _insert_resolution(
    connection: Connection,
    entity_links: Iterable[LinkRow],
    canonical: dict[str, str],
    event_links: Iterable[LinkRow],
    event_clusters: dict[str, str],
) -> None:
    rows = {(a, b): (reason, origin) for a, b, reason, origin in entity_links}
    if rows:
        connection.execute(
            schema.entity_links.insert(),
            [
                {"first_id": a, "second_id": b, "reason": reason, "origin": origin}
                for (a, b), (reason, origin) in rows.items()
            ],
        )
    if canonical:
        connection.execute(
            schema.entity_resolution.insert(),
            [{"entity_id": key, "canonical_id": value} for key, value in canonical.items()],
        )
    event_rows = {(a, b): reason for a, b, reason, _origin in event_links}
    if event_rows:
        connection.execute(
            schema.event_links.insert(),
            [{"first_id": a, "second_id": b, "reason": r} for (a, b), r in event_rows.items()],
        )
    if event_clusters:
        connection.execute(
            schema.event_resolution.insert(),
            [{"event_id": key, "cluster_id": value} for key, value in event_clusters.items()],
        )


def queue_entities(connection: Connection, entity_ids: Iterable[str]) -> None:
    """Entities whose groups the next resolution must update (their whole stored groups,
    and what the region rules reach from them: see ``dossier.resolve.incremental``)."""
    rows = [{"entity_id": entity_id} for entity_id in sorted(set(entity_ids))]
    if rows:
        connection.execute(insert_ignoring_duplicates(connection, schema.pending_entities), rows)


def queue_documents(connection: Connection, document_ids: Iterable[str]) -> None:
    """Documents whose events the next resolution must link again."""
    rows = [{"document_id": document_id} for document_id in sorted(set(document_ids))]
    if rows:
        connection.execute(insert_ignoring_duplicates(connection, schema.pending_documents), rows)


def entity_ids_named_by(connection: Connection, document_id: str) -> set[str]:
    """Every entity a document's mentions, claims and events name."""
    mentions, claims, events = schema.mentions, schema.claims, schema.events
    perpetrators = schema.event_perpetrators
    queries = [
        select(mentions.c.entity_id).where(mentions.c.document_id == document_id),
        *(
            select(column).where(claims.c.document_id == document_id)
            for column in (claims.c.subject_id, claims.c.object_id, claims.c.via_id)
        ),
        *(
            select(column).where(events.c.document_id == document_id)
            for column in (events.c.country_id, events.c.province_id, events.c.city_id)
        ),
        select(perpetrators.c.entity_id)
        .join(events, events.c.id == perpetrators.c.event_id)
        .where(events.c.document_id == document_id),
    ]
    found: set[str] = set()
    for query in queries:
        found.update(entity_id for entity_id in connection.scalars(query) if entity_id)
    return found


def record_decision(connection: Connection, kind: str, first_id: str, second_id: str) -> None:
    connection.execute(
        schema.user_decisions.insert().values(
            kind=kind,
            first_id=first_id,
            second_id=second_id,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
    )


def read_decisions(connection: Connection) -> list[tuple[str, str, str]]:
    """(kind, first id, second id), oldest first."""
    table = schema.user_decisions
    rows = connection.execute(select(table).order_by(table.c.id))
    return [(row.kind, row.first_id, row.second_id) for row in rows]


def read_canonical(connection: Connection) -> dict[str, str]:
    rows = connection.execute(select(schema.entity_resolution))
    return {row.entity_id: row.canonical_id for row in rows}


def read_entity_links(connection: Connection) -> list[LinkRow]:
    rows = connection.execute(select(schema.entity_links))
    return [(row.first_id, row.second_id, row.reason, row.origin) for row in rows]


def read_event_clusters(connection: Connection) -> dict[str, str]:
    rows = connection.execute(select(schema.event_resolution))
    return {row.event_id: row.cluster_id for row in rows}


def event_clusters_of(connection: Connection, event_ids: Iterable[str]) -> dict[str, str]:
    """The stored cluster rows (event id -> cluster id) of every event in the same cluster
    as one of these."""
    table = schema.event_resolution
    heads = _values_where(connection, table.c.cluster_id, table.c.event_id, event_ids)
    found: dict[str, str] = {}
    for chunk in chunks(sorted(heads)):
        rows = connection.execute(select(table).where(table.c.cluster_id.in_(chunk)))
        found.update({row.event_id: row.cluster_id for row in rows})
    return found


def read_event_links(connection: Connection) -> list[LinkRow]:
    rows = connection.execute(select(schema.event_links))
    return [(row.first_id, row.second_id, row.reason, "rule") for row in rows]


# ---- what a new document's entities and events are resolved against ---------------------


def chunks(ids: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def entity_ids_by_keys(connection: Connection, keys: Iterable[KeyRow]) -> set[str]:
    """Entities indexed under any of the keys (see ``dossier.store.entity_keys``)."""
    by_kind: dict[str, set[str]] = {}
    for kind, key in keys:
        by_kind.setdefault(kind, set()).add(key)
    table = schema.entity_keys
    found: set[str] = set()
    for kind, values in sorted(by_kind.items()):
        found |= _values_where(
            connection, table.c.entity_id, table.c.key, values, table.c.kind == kind
        )
    return found


def key_counts(connection: Connection, kind: str, keys: Iterable[str]) -> dict[str, int]:
    """How many entities are indexed under each key of one kind (all stored entities)."""
    table = schema.entity_keys
    counts: dict[str, int] = {}
    for chunk in chunks(sorted(set(keys))):
        query = (
            select(table.c.key, func.count())
            .where(table.c.kind == kind, table.c.key.in_(chunk))
            .group_by(table.c.key)
        )
        counts.update({row[0]: int(row[1]) for row in connection.execute(query)})
    return counts


def canonical_of(connection: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The stored group head of each of these entities that has one."""
    table = schema.entity_resolution
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(ids))):
        rows = connection.execute(select(table).where(table.c.entity_id.in_(chunk)))
        found.update({row.entity_id: row.canonical_id for row in rows})
    return found


def group_members(connection: Connection, heads: Iterable[str]) -> set[str]:
    """Every entity resolved to one of these group heads."""
    table = schema.entity_resolution
    return _values_where(connection, table.c.entity_id, table.c.canonical_id, heads)


def decisions_about(connection: Connection, ids: Iterable[str]) -> list[tuple[str, str, str]]:
    """The user's decisions naming any of these entities, oldest first."""
    wanted = set(ids)
    return [d for d in read_decisions(connection) if d[1] in wanted or d[2] in wanted]


def cluster_members(connection: Connection, event_ids: Iterable[str]) -> set[str]:
    """Every event stored in the same cluster as one of these."""
    table = schema.event_resolution
    heads = _values_where(connection, table.c.cluster_id, table.c.event_id, event_ids)
    return _values_where(connection, table.c.event_id, table.c.cluster_id, heads)


def event_ids_of(
    connection: Connection,
    *,
    documents: Iterable[str] = (),
    perpetrators: Iterable[str] = (),
) -> set[str]:
    """Events of these documents, and events naming these entities as perpetrators."""
    events, named = schema.events, schema.event_perpetrators
    return _values_where(connection, events.c.id, events.c.document_id, documents) | (
        _values_where(connection, named.c.event_id, named.c.entity_id, perpetrators)
    )


def event_ids_around(
    connection: Connection, types: Iterable[str], first: str, last: str, widest_days: int
) -> set[str]:
    """Events of these types whose dates (ISO days) overlap ``first``..``last``, among
    those told to within ``widest_days``: the date index bounds the scan."""
    events = schema.events
    earliest = (date.fromisoformat(first) - timedelta(days=widest_days)).isoformat()
    query = select(events.c.id).where(
        events.c.type.in_(sorted(set(types))),
        events.c.date_start >= earliest,
        events.c.date_start <= last,
        events.c.date_end >= first,
    )
    return set(connection.scalars(query))


def event_ids_in_cities(
    connection: Connection,
    types: Iterable[str],
    cities: Iterable[str],
    dated: bool,
    within: tuple[str, str] | None = None,
) -> set[str]:
    """Events of these types in these cities: those dated to one day (``dated``; only the
    days ``within`` these ISO days when given), or those with no start or no end to their
    dates, or dated to more than one day ('in 2008')."""
    events = schema.events
    when: ColumnElement[bool] = (
        events.c.date_start.is_not(None) & (events.c.date_start == events.c.date_end)
        if dated
        else or_(
            events.c.date_start.is_(None),
            events.c.date_end.is_(None),
            events.c.date_start != events.c.date_end,
        )
    )
    also = [events.c.type.in_(sorted(set(types))), when]
    if dated and within is not None:
        also += [events.c.date_start >= within[0], events.c.date_start <= within[1]]
    return _values_where(connection, events.c.id, events.c.city_id, cities, *also)


def loose_tellings_in_cities(
    connection: Connection, types: Iterable[str], cities: Iterable[str]
) -> list[tuple[str, str, date | None]]:
    """(event, city, publication day) of the events of these types in these cities with no
    start or no end to their dates, or dated to more than one day ('in 2008'); the day is
    that of an undated telling's report, when it gives one (as ``facts.read_events``
    reads it), else None."""
    events, documents = schema.events, schema.documents
    undated = or_(events.c.date_start.is_(None), events.c.date_end.is_(None))
    found: list[tuple[str, str, date | None]] = []
    for chunk in chunks(sorted(set(cities))):
        query = (
            select(
                events.c.id, events.c.city_id, undated.label("undated"), documents.c.published_at
            )
            .join(documents, documents.c.id == events.c.document_id)
            .where(
                events.c.city_id.in_(chunk),
                events.c.type.in_(sorted(set(types))),
                or_(undated, events.c.date_start != events.c.date_end),
            )
        )
        for row in connection.execute(query):
            day = _day(row.published_at) if row.undated else None
            found.append((row.id, row.city_id, day))
    return found


def event_days_in_cities(
    connection: Connection, types: Iterable[str], cities: Iterable[str]
) -> dict[str, set[date]]:
    """The days of the events of these types dated to one day, by city."""
    events = schema.events
    found: dict[str, set[date]] = {}
    for chunk in chunks(sorted(set(cities))):
        query = (
            select(events.c.city_id, events.c.date_start)
            .where(
                events.c.city_id.in_(chunk),
                events.c.type.in_(sorted(set(types))),
                events.c.date_start.is_not(None),
                events.c.date_start == events.c.date_end,
            )
            .distinct()
        )
        for city, text in connection.execute(query):
            if (day := _day(text)) is not None:
                found.setdefault(city, set()).add(day)
    return found


def event_ids_in_countries(
    connection: Connection, types: Iterable[str], countries: Iterable[str], countrywide: bool
) -> set[str]:
    """Events of these types in these countries: those dated to one day and placed in no
    city (``countrywide``), or those of a city with no start to their dates (the tellings
    that may name only a weekday)."""
    events = schema.events
    when: ColumnElement[bool] = (
        events.c.city_id.is_(None)
        & events.c.date_start.is_not(None)
        & (events.c.date_start == events.c.date_end)
        if countrywide
        else events.c.city_id.is_not(None) & events.c.date_start.is_(None)
    )
    of_type = events.c.type.in_(sorted(set(types)))
    return _values_where(connection, events.c.id, events.c.country_id, countries, of_type, when)


def event_ids_in_provinces(
    connection: Connection,
    types: Iterable[str],
    provinces: Iterable[tuple[str, str]],
    coarse: bool,
) -> set[str]:
    """Events of these types in these (country, province) places: however dated, or
    (``coarse``) placed in no city and dated to more than one day. The country index
    bounds the scan."""
    events = schema.events
    wanted = set(provinces)
    also: list[ColumnElement[bool]] = [events.c.type.in_(sorted(set(types)))]
    if coarse:
        also += [
            events.c.city_id.is_(None),
            events.c.date_start.is_not(None),
            events.c.date_end.is_not(None),
            events.c.date_start != events.c.date_end,
        ]
    found: set[str] = set()
    for chunk in chunks(sorted({country for country, _ in wanted})):
        query = select(events.c.id, events.c.country_id, events.c.province_id).where(
            events.c.country_id.in_(chunk), events.c.province_id.is_not(None), *also
        )
        found.update(row[0] for row in connection.execute(query) if (row[1], row[2]) in wanted)
    return found


def event_ids_named(connection: Connection, keys: Iterable[str], free: bool = False) -> set[str]:
    """Events whose targets or victims give a name of one of these keys
    (``event_names.name_keys``); with ``free``, only those that the name rule can link as
    free tellings: not both dated to one day and placed, and, when undated, told in a
    report with no publication date."""
    table = schema.event_names
    if not free:
        return _values_where(connection, table.c.event_id, table.c.name_key, keys)
    events, documents = schema.events, schema.documents
    firm = (  # no NULL comparison left in it, so that its negation is never NULL
        events.c.date_start.is_not(None)
        & events.c.date_end.is_not(None)
        & (events.c.date_start == events.c.date_end)
        & or_(
            events.c.city_id.is_not(None),
            events.c.province_id.is_not(None),
            events.c.country_id.is_not(None),
        )
    )
    undated = or_(events.c.date_start.is_(None), events.c.date_end.is_(None))
    found: set[str] = set()
    for chunk in chunks(sorted(set(keys))):
        query = (
            select(table.c.event_id, undated.label("undated"), documents.c.published_at)
            .join(events, events.c.id == table.c.event_id)
            .join(documents, documents.c.id == events.c.document_id)
            .where(table.c.name_key.in_(chunk), ~firm)
        )
        found.update(
            row.event_id
            for row in connection.execute(query)
            if not (row.undated and _day(row.published_at))
        )
    return found


def _day(text: str | None) -> date | None:
    """The day a stored publication date gives, if any (as ``facts.read_events`` reads it)."""
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def claim_pairs(
    connection: Connection, subject_ids: Iterable[str], predicates: Iterable[str]
) -> set[tuple[str, str]]:
    """(subject, object) of the claims, not negated, with these predicates whose subject
    is one of these entities (the index of claims by subject serves it)."""
    claims = schema.claims
    found: set[tuple[str, str]] = set()
    for chunk in chunks(sorted(set(subject_ids))):
        query = select(claims.c.subject_id, claims.c.object_id).where(
            claims.c.subject_id.in_(chunk),
            claims.c.predicate.in_(sorted(set(predicates))),
            claims.c.object_id.is_not(None),
            claims.c.negated == 0,
        )
        found.update((row.subject_id, row.object_id) for row in connection.execute(query))
    return found


def _values_where(
    connection: Connection,
    wanted: ColumnElement[Any],
    key: ColumnElement[Any],
    values: Iterable[str],
    *also: ColumnElement[bool],
) -> set[str]:
    """``wanted`` of the rows whose ``key`` is one of ``values`` (and that meet ``also``),
    asked in chunks small enough for every driver's parameter limit."""
    found: set[str] = set()
    for chunk in chunks(sorted(set(values))):
        found.update(connection.scalars(select(wanted).where(key.in_(chunk), *also)))
    return found
