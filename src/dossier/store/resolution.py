"""Resolution tables: which entities and events are one, why, and the user's decisions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, select, update

from dossier.store import schema

# (first id, second id, reason, origin)
LinkRow = tuple[str, str, str, str]


def mark_changed(connection: Connection) -> None:
    """Resolution is pending: called inside every transaction that changes what it reads."""
    state = schema.resolution_state
    connection.execute(update(state).where(state.c.id == 1).values(changes=state.c.changes + 1))


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
) -> None:
    """Replace the stored resolution with a freshly computed one, computed from the
    knowledge base as it was at ``as_of`` changes (default: as it is now). Resolution stays
    pending if other changes were made since."""
    for table in (
        schema.entity_links,
        schema.entity_resolution,
        schema.event_links,
        schema.event_resolution,
    ):
        connection.execute(delete(table))
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
    state = schema.resolution_state
    resolved = state.c.changes if as_of is None else as_of
    connection.execute(update(state).where(state.c.id == 1).values(resolved=resolved))


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


def read_event_links(connection: Connection) -> list[LinkRow]:
    rows = connection.execute(select(schema.event_links))
    return [(row.first_id, row.second_id, row.reason, "rule") for row in rows]
