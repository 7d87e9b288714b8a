"""The rows a batch of documents writes, held until the batch is stored: one executemany a
table a batch rather than a dozen statements a document (SQLAlchemy's work per statement,
not the database's, was most of what storing cost).

Each table receives its rows in the order the documents were written, so the stored rows
(and SQLite's rowids) are those the document-by-document writes gave. What a later
document of the batch would have read of an earlier one, the buffer answers (the
entities it holds) or the writer flushes first (``holds_any``: the same id, text, file or
MinHash band), which is rare.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, bindparam, update

from dossier.store import schema
from dossier.store.facts import insert_ignoring_duplicates

# Parents before children, as foreign keys need them.
_TABLES = (
    schema.documents,
    schema.sentences,
    schema.mentions,
    schema.document_bands,
    schema.entities,
    schema.entity_aliases,
    schema.entity_keys,
    schema.pending_entities,
    schema.claims,
    schema.events,
    schema.event_perpetrators,
    schema.event_evidence,
    schema.event_names,
    schema.pending_documents,
)
# Written with ON CONFLICT DO NOTHING: facts that other documents may have stored already.
_IGNORING = frozenset(
    {
        schema.entities,
        schema.entity_aliases,
        schema.entity_keys,
        schema.pending_entities,
        schema.claims,
        schema.events,
        schema.event_perpetrators,
        schema.event_evidence,
        schema.event_names,
    }
)
_STATE = schema.resolution_state
_COUNT_CHANGES = (
    update(_STATE).where(_STATE.c.id == 1).values(changes=_STATE.c.changes + bindparam("count"))
)
_COUNT_CHANGES_FULLY = _COUNT_CHANGES.values(full_needed=1)


class RowBuffer:
    """Rows waiting to be inserted, with the keys a later document's lookups need."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in _TABLES}
        self.entity_ids: set[str] = set()
        self._document_ids: set[str] = set()
        self._content_hashes: set[str] = set()
        self._origins: set[str | None] = set()
        self._band_keys: set[int] = set()
        self._changes = 0
        self._full = False

    def add(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        self._rows[table].extend(rows)

    def add_document(self, row: dict[str, Any], band_keys: Iterable[int]) -> None:
        self._rows[schema.documents].append(row)
        self._document_ids.add(row["id"])
        self._content_hashes.add(row["content_hash"])
        self._origins.add(row["origin"])
        self._band_keys.update(band_keys)

    def add_entities(self, rows: list[dict[str, Any]]) -> None:
        self._rows[schema.entities].extend(rows)
        self.entity_ids.update(row["id"] for row in rows)

    def count_change(self, full: bool) -> None:
        """One more change for resolution (``resolution.mark_changed``), counted at flush."""
        self._changes += 1
        self._full |= full

    def holds_any(
        self,
        document_id: str,
        content_hash: str,
        origin: str | None = None,
        band_keys: Iterable[int] = (),
    ) -> bool:
        """Whether a lookup for this id, text, file (``origin``) or band keys could find a
        document still waiting here."""
        return (
            document_id in self._document_ids
            or content_hash in self._content_hashes
            or (origin is not None and origin in self._origins)
            or not self._band_keys.isdisjoint(band_keys)
        )

    def flush(self, connection: Connection) -> None:
        """Insert every waiting row, table by table, and count the changes."""
        for table, rows in self._rows.items():
            if rows:
                if table in _IGNORING:
                    connection.execute(insert_ignoring_duplicates(connection, table), rows)
                else:
                    connection.execute(table.insert(), rows)
        if self._changes:
            statement = _COUNT_CHANGES_FULLY if self._full else _COUNT_CHANGES
            connection.execute(statement, {"count": self._changes})
        self._reset()
