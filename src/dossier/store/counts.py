"""What a knowledge base holds, counted (`dossier stats`).

The SQL is plain, so the same statements count on SQLite and PostgreSQL.
`quick_stats` runs them on an SQLite file through the standard library alone:
`dossier stats` then starts without SQLAlchemy, whose import costs more than
the counting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from dossier.model.records import Stats

# The newest schema version (the last of migrations.MIGRATIONS; a test keeps them equal).
# A file at any other version is opened in full, which migrates it or refuses it.
SCHEMA_VERSION = 14

# Every total in one statement; a duplicate cluster holds more than one document.
TOTALS = """
WITH clusters AS (
    SELECT count(*) AS size FROM documents GROUP BY cluster_id HAVING count(*) > 1
)
SELECT
    (SELECT count(*) FROM documents),
    (SELECT count(*) FROM sentences),
    (SELECT count(*) FROM entities),
    (SELECT count(*) FROM claims),
    (SELECT count(*) FROM events),
    (SELECT count(*) FROM clusters),
    (SELECT coalesce(sum(size), 0) FROM clusters),
    (SELECT changes <> resolved FROM resolution_state LIMIT 1)
"""
MENTIONS_BY_LABEL = (
    "SELECT label, count(*) AS n FROM mentions GROUP BY label ORDER BY count(*) DESC, label"
)
LANGUAGES = "SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY count(*) DESC"
APPLIED_VERSIONS = "SELECT count(*), max(version) FROM schema_migrations"

# runs one statement, returns its rows
Query = Callable[[str], Sequence[Sequence[Any]]]


def count_stats(query: Query) -> Stats:
    """The counts, read through `query` (any backend's connection)."""
    totals = query(TOTALS)[0]
    documents, sentences, entities, claims, events, clusters, clustered, pending = totals
    by_label = {label: count for label, count in query(MENTIONS_BY_LABEL)}
    languages = {(lang or "unknown"): count for lang, count in query(LANGUAGES)}
    return Stats(
        documents=documents,
        sentences=sentences,
        mentions=sum(by_label.values()),
        mentions_by_label=by_label,
        languages=languages,
        duplicate_clusters=int(clusters),
        documents_in_duplicate_clusters=int(clustered),
        entities=entities,
        claims=claims,
        events=events,
        resolution_pending=bool(pending),
    )


def quick_stats(location: str) -> Stats | None:
    """The counts of the SQLite file at `location`, read-only and without SQLAlchemy; None
    when it must be opened in full instead (a server, a missing file, anything that is not
    a knowledge base at the current schema), which says what is wrong or migrates it."""
    if location == ":memory:" or location.startswith("postgresql"):
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(location)}?mode=ro", uri=True, timeout=10)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        if connection.execute(APPLIED_VERSIONS).fetchone() != (SCHEMA_VERSION, SCHEMA_VERSION):
            return None
        return count_stats(lambda sql: connection.execute(sql).fetchall())
    except (sqlite3.Error, OSError, ValueError):
        return None
    finally:
        connection.close()
