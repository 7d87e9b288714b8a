"""Schema migrations, recorded in the ``schema_migrations`` table.

A new knowledge base gets the current schema in one step and every migration
recorded as applied; an older one gets the migrations it lacks, in order, each
in its own transaction. To change the schema: edit ``schema.py`` and append a
``Migration`` whose ``upgrade`` brings an existing database to the same shape.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, inspect, select, text

from dossier.errors import StoreError
from dossier.store import schema
from dossier.store.event_names import event_name_rows
from dossier.store.facts import insert_ignoring_duplicates, write_entity_keys


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Connection], None]


def _create_full_text_index(connection: Connection) -> None:
    """Full-text search over sentences: FTS5 on SQLite, a GIN index on PostgreSQL."""
    if connection.dialect.name == "sqlite":
        statements = [
            "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_index USING fts5("
            "text, content='sentences', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')",
            "CREATE TRIGGER IF NOT EXISTS sentences_indexed AFTER INSERT ON sentences BEGIN "
            "INSERT INTO sentence_index(rowid, text) VALUES (new.id, new.text); END",
            "CREATE TRIGGER IF NOT EXISTS sentences_unindexed AFTER DELETE ON sentences BEGIN "
            "INSERT INTO sentence_index(sentence_index, rowid, text) "
            "VALUES ('delete', old.id, old.text); END",
        ]
    else:
        statements = _stored_search_vectors()
    for statement in statements:
        connection.execute(text(statement))


def _stored_search_vectors() -> list[str]:
    """PostgreSQL: each sentence's tsvector kept in a generated column under the GIN
    index, so ranking reads it instead of parsing every matching sentence again."""
    return [
        "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS search_vector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
        "CREATE INDEX IF NOT EXISTS ix_sentences_search_vector ON sentences "
        "USING GIN (search_vector)",
        "DROP INDEX IF EXISTS ix_sentences_fulltext",
    ]


def _initial_schema(connection: Connection) -> None:
    """Documents, sentences, mentions, near-duplicate bands and the full-text index.

    Written out as it was, not from ``schema``: later migrations change those tables.
    """
    statements = [
        "CREATE TABLE documents (id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, "
        "title TEXT, url TEXT, publisher VARCHAR, published_at VARCHAR, lang VARCHAR, "
        "origin TEXT, whole_file INTEGER NOT NULL, text TEXT NOT NULL, "
        "char_count INTEGER NOT NULL, cluster_id VARCHAR NOT NULL, fingerprint BLOB, "
        "notes TEXT, ingested_at VARCHAR NOT NULL)",
        "CREATE INDEX ix_documents_content_hash ON documents (content_hash)",
        "CREATE INDEX ix_documents_origin ON documents (origin)",
        "CREATE INDEX ix_documents_cluster_id ON documents (cluster_id)",
        "CREATE TABLE sentences (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id VARCHAR NOT "
        "NULL REFERENCES documents (id) ON DELETE CASCADE, idx INTEGER NOT NULL, start_char "
        "INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL, "
        "CONSTRAINT uq_sentences_document_idx UNIQUE (document_id, idx))",
        "CREATE TABLE mentions (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id VARCHAR NOT "
        "NULL REFERENCES documents (id) ON DELETE CASCADE, sentence_idx INTEGER NOT NULL, "
        "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, label VARCHAR NOT NULL, "
        "text TEXT NOT NULL)",
        "CREATE INDEX ix_mentions_document ON mentions (document_id)",
        "CREATE INDEX ix_mentions_label ON mentions (label)",
        "CREATE TABLE document_bands (band_key BIGINT NOT NULL, document_id VARCHAR NOT NULL "
        "REFERENCES documents (id) ON DELETE CASCADE, PRIMARY KEY (band_key, document_id))",
        "CREATE INDEX ix_document_bands_document ON document_bands (document_id)",
    ]
    for statement in statements:
        connection.execute(text(statement))
    _create_full_text_index(connection)


def _claims_and_events(connection: Connection) -> None:
    """Entities with aliases, claims and events; mentions point at their entity.

    Documents stored before this migration have no claims: re-ingest them with
    ``dossier ingest --force`` to extract them.
    """
    tables = [
        schema.entities,
        schema.entity_aliases,
        schema.claims,
        schema.events,
        schema.event_perpetrators,
        schema.event_evidence,
    ]
    schema.metadata.create_all(connection, tables=tables)
    connection.execute(text("ALTER TABLE mentions ADD COLUMN entity_id VARCHAR"))
    connection.execute(text("CREATE INDEX ix_mentions_entity_id ON mentions (entity_id)"))


def _resolution(connection: Connection) -> None:
    """Entity and event resolution across documents, and the user's merge/split decisions."""
    tables = [
        schema.entity_links,
        schema.entity_resolution,
        schema.event_links,
        schema.event_resolution,
        schema.user_decisions,
    ]
    schema.metadata.create_all(connection, tables=tables)
    connection.execute(text("ALTER TABLE events ADD COLUMN victims TEXT"))


def _resolution_state(connection: Connection) -> None:
    """Whether resolution is up to date. A knowledge base that holds documents starts as
    pending: an ingest killed before this migration may have left its resolution behind."""
    schema.resolution_state.create(connection)
    documents = connection.scalar(select(func.count()).select_from(schema.documents)) or 0
    _start_resolution_state(connection, pending=documents > 0)


def _start_resolution_state(connection: Connection, pending: bool) -> None:
    connection.execute(
        schema.resolution_state.insert().values(id=1, changes=int(pending), resolved=0)
    )


def _incremental_resolution(connection: Connection) -> None:
    """Entity keys, the queue of what resolution has not yet seen, and an index of events by
    city. Keys are filled from the stored entities; a knowledge base holding documents is
    resolved in full once, by the next ingest."""
    tables = [schema.entity_keys, schema.pending_documents, schema.pending_entities]
    schema.metadata.create_all(connection, tables=tables)
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_events_city ON events (city_id)"))
    columns = {column["name"] for column in inspect(connection).get_columns("resolution_state")}
    if "full_needed" not in columns:  # migration 4 run now already made it
        connection.execute(
            text("ALTER TABLE resolution_state ADD COLUMN full_needed INTEGER NOT NULL DEFAULT 0")
        )
    _index_entity_keys(connection)


def _index_entity_keys(connection: Connection) -> None:
    """Index every stored entity under the keys it has today; a knowledge base holding
    documents is then resolved in full once, by the next ingest, since the new keys can
    link entities that were resolved apart."""
    rows = list(connection.scalars(select(schema.entities.c.id)))
    for start in range(0, len(rows), 500):
        write_entity_keys(connection, rows[start : start + 500])
    documents = connection.scalar(select(func.count()).select_from(schema.documents)) or 0
    if documents:
        state = schema.resolution_state
        connection.execute(state.update().values(full_needed=1, changes=state.c.changes + 1))


def _reindex_entity_keys(connection: Connection) -> None:
    """Index every stored entity afresh: its keys of today replace those its name gave
    before the rules changed (a stale key would miscount an acronym's expansions)."""
    connection.execute(schema.entity_keys.delete())
    _index_entity_keys(connection)


def _perpetrator_stance(connection: Connection) -> None:
    """How the text ties each perpetrator to its event (claimed, blamed, suspected, denied,
    named). Rows stored before it have none, read as 'named'; `dossier ingest --force`
    fills them in."""
    columns = {column["name"] for column in inspect(connection).get_columns("event_perpetrators")}
    if "stance" not in columns:
        connection.execute(text("ALTER TABLE event_perpetrators ADD COLUMN stance VARCHAR"))


def _perpetrator_accuser(connection: Connection) -> None:
    """Who blamed or suspected each perpetrator ('Ugandan authorities'). Rows stored before
    it have none; `dossier ingest --force` fills them in."""
    columns = {column["name"] for column in inspect(connection).get_columns("event_perpetrators")}
    if "accuser" not in columns:
        connection.execute(text("ALTER TABLE event_perpetrators ADD COLUMN accuser VARCHAR"))


def _search_vectors(connection: Connection) -> None:
    """Full-text ranking whose cost does not parse text (PostgreSQL; SQLite's FTS5 index
    already stores what BM25 reads)."""
    if connection.dialect.name != "sqlite":
        for statement in _stored_search_vectors():
            connection.execute(text(statement))


def _entity_event_indexes(connection: Connection) -> None:
    """Indexes that find an entity's events (as perpetrator, or told where it is named)
    without reading every event."""
    for index in (schema.event_perpetrators_entity_index, schema.event_evidence_sentence_index):
        index.create(connection, checkfirst=True)


def _index_event_names(connection: Connection) -> None:
    """Index every stored event under the names of its targets and victims; the next
    ingest resolves in full once, since the names can link tellings resolved apart."""
    schema.event_names.create(connection, checkfirst=True)
    events = schema.events
    rows = [
        row
        for event in connection.execute(select(events.c.id, events.c.targets, events.c.victims))
        for row in event_name_rows(
            event.id, [*json.loads(event.targets or "[]"), *json.loads(event.victims or "[]")]
        )
    ]
    for start in range(0, len(rows), 500):
        connection.execute(
            insert_ignoring_duplicates(connection, schema.event_names), rows[start : start + 500]
        )
    if connection.scalar(select(func.count()).select_from(schema.events)):
        state = schema.resolution_state
        connection.execute(state.update().values(full_needed=1, changes=state.c.changes + 1))


def _index_event_countries(connection: Connection) -> None:
    """Index events by country, for the tellings placed only in their country."""
    schema.events_country_index.create(connection, checkfirst=True)


def _index_claims_by_object(connection: Connection) -> None:
    """Index claims by object and by predicate, for the questions asked of an object."""
    for index in (schema.claims_object_index, schema.claims_predicate_index):
        index.create(connection, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial_schema),
    Migration(2, "entities, claims and events", _claims_and_events),
    Migration(3, "resolution across documents and user decisions", _resolution),
    Migration(4, "resolution pending marker", _resolution_state),
    Migration(5, "resolution that grows with what is added", _incremental_resolution),
    Migration(6, "perpetrator stance", _perpetrator_stance),
    Migration(7, "stored full-text vectors", _search_vectors),
    Migration(8, "perpetrator accuser", _perpetrator_accuser),
    Migration(9, "indexes of an entity's events", _entity_event_indexes),
    Migration(10, "entity keys of spelling variants", _index_entity_keys),
    Migration(11, "entity keys of names without a middle name", _reindex_entity_keys),
    Migration(12, "events by the names of their targets and victims", _index_event_names),
    Migration(13, "events by country", _index_event_countries),
    Migration(14, "claims by object and by predicate", _index_claims_by_object),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def applied_versions(connection: Connection) -> set[int]:
    if not inspect(connection).has_table("schema_migrations"):
        return set()
    rows = connection.execute(select(schema.schema_migrations.c.version))
    return {row.version for row in rows}


def migrate(engine: Engine) -> list[Migration]:
    """Bring the database to the current schema; return the migrations applied."""
    with engine.begin() as connection:
        schema.schema_migrations.create(connection, checkfirst=True)
        done = applied_versions(connection)
    known = {migration.version for migration in MIGRATIONS}
    if done - known:
        raise StoreError(
            f"the knowledge base was written by a newer Dossier (schema version {max(done)}); "
            "upgrade Dossier to open it"
        )
    if not done:
        return _create_current_schema(engine)
    applied = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        with engine.begin() as connection:
            migration.upgrade(connection)
            _record(connection, migration)
        applied.append(migration)
    return applied


def _create_current_schema(engine: Engine) -> list[Migration]:
    with engine.begin() as connection:
        schema.metadata.create_all(connection)
        _create_full_text_index(connection)
        _start_resolution_state(connection, pending=False)
        for migration in MIGRATIONS:
            _record(connection, migration)
    return list(MIGRATIONS)


def _record(connection: Connection, migration: Migration) -> None:
    connection.execute(
        schema.schema_migrations.insert().values(
            version=migration.version, name=migration.name, applied_at=_now()
        )
    )
