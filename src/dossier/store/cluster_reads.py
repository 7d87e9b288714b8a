"""The event clusters a group's acts are told in, read through indexes: which clusters
and when each can have happened at the earliest, without reading the tellings themselves.

A question about a group's incidents lists the first few; a cluster's merged date is
one of its tellings' dates, so it starts no earlier than the earliest of them, and the
clusters can be merged in that order until no later one can come first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from dossier.store import schema
from dossier.store.resolution import chunks


@dataclass(frozen=True, slots=True)
class ClusterDates:
    """A cluster's key (its stored cluster id, or the event's own id when unresolved),
    every event stored in it, and the earliest start its tellings give (ISO day, or None
    when none is dated)."""

    key: str
    events: tuple[str, ...]
    earliest: str | None


def clusters_perpetrated_by(
    connection: Connection, entity_ids: Iterable[str]
) -> list[ClusterDates]:
    """Every cluster with a telling that names one of these entities as perpetrator, in the
    order its acts can be listed: dated ones by earliest start then key, undated ones
    after, by key."""
    named, resolved, events = schema.event_perpetrators, schema.event_resolution, schema.events
    seeds: dict[str, str | None] = {}  # event -> its cluster, None when unresolved
    for chunk in chunks(sorted(set(entity_ids))):
        query = (
            select(named.c.event_id, resolved.c.cluster_id)
            .outerjoin(resolved, resolved.c.event_id == named.c.event_id)
            .where(named.c.entity_id.in_(chunk))
        )
        seeds.update({row.event_id: row.cluster_id for row in connection.execute(query)})
    members: dict[str, dict[str, str | None]] = {}  # key -> event -> its start
    for chunk in chunks(sorted({cluster for cluster in seeds.values() if cluster})):
        query = (
            select(resolved.c.cluster_id, resolved.c.event_id, events.c.date_start)
            .join(events, events.c.id == resolved.c.event_id)
            .where(resolved.c.cluster_id.in_(chunk))
        )
        for row in connection.execute(query):
            members.setdefault(row.cluster_id, {})[row.event_id] = row.date_start
    for chunk in chunks(sorted(event for event, cluster in seeds.items() if not cluster)):
        query = select(events.c.id, events.c.date_start).where(events.c.id.in_(chunk))
        for row in connection.execute(query):
            members.setdefault(row.id, {})[row.id] = row.date_start
    found = [
        ClusterDates(key, tuple(sorted(told)), min((s for s in told.values() if s), default=None))
        for key, told in members.items()
    ]
    return sorted(found, key=lambda c: (c.earliest is None, c.earliest or "", c.key))
