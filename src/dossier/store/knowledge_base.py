"""``KnowledgeBase``: the one store class, over SQLite (default) or PostgreSQL.

    KnowledgeBase("dossier.db")                  a file (created if missing)
    KnowledgeBase(":memory:")                    a throw-away database
    KnowledgeBase("postgresql://user@host/db")   a shared server

Every document is written in one transaction, so an interrupted ingest leaves
each stored document whole; SQL is always parameterised.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    exists,
    func,
    inspect,
    or_,
    select,
    text,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from dossier.errors import NotADatabaseError, NotFoundError, StoreError
from dossier.model import AnnotatedDocument, Document, Evidence, Mention, Sentence
from dossier.model.records import (
    ClaimRecord,
    DocumentSummary,
    EntityRecord,
    EventRecord,
    SearchHit,
    Snapshot,
    Stats,
    StoredDocument,
    WriteOutcome,
    WriteStatus,
)
from dossier.read.fingerprint import pack_signature, unpack_signature
from dossier.store import resolution, schema
from dossier.store.cluster_reads import ClusterDates, clusters_perpetrated_by
from dossier.store.counts import count_stats
from dossier.store.entity_keys import KeyRow
from dossier.store.facts import (
    entity_id,
    event_ids_aimed_at,
    event_ids_told_in,
    read_claims,
    read_entities,
    read_events,
    write_facts,
)
from dossier.store.migrations import migrate
from dossier.store.resolution import LinkRow, Pending, Resolution
from dossier.store.row_buffer import RowBuffer

SQLITE_HEADER = b"SQLite format 3\x00"
# Statements every document write runs, built once (building one per write costs more
# than running it).
_STORED_VERSION = select(schema.documents.c.content_hash, schema.documents.c.cluster_id).where(
    schema.documents.c.id == bindparam("id")
)
_SAME_BANDS = select(
    schema.documents.c.id, schema.documents.c.cluster_id, schema.documents.c.fingerprint
).where(
    schema.documents.c.id.in_(
        select(schema.document_bands.c.document_id)
        .where(schema.document_bands.c.band_key.in_(bindparam("keys", expanding=True)))
        .distinct()
    )
)
_SAME_TEXT = (
    select(schema.documents.c.id, schema.documents.c.cluster_id)
    .where(schema.documents.c.content_hash == bindparam("content_hash"))
    .limit(1)
)
MIN_ID_PREFIX = 4
MAX_LISTED_IDS = 30_000  # ids in one IN (...) list, below SQLite's and psycopg's limits


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a path that is not, or cannot become, a Dossier SQLite file; touch nothing."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory; give a file name for the knowledge base")
    if not path.exists():
        if not path.parent.exists():
            raise StoreError(f"cannot create {path}: directory {path.parent} does not exist")
        return
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if not header:
        return
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a knowledge base (not an SQLite database); it was left untouched. "
            "Give another file with --db or DOSSIER_DB"
        )
    _refuse_foreign_sqlite(path)


def _refuse_foreign_sqlite(path: Path) -> None:
    """Look inside read-only: an SQLite file with tables but no migration record is not ours."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotADatabaseError(
            f"{path} cannot be opened as a knowledge base ({error}); it was left untouched"
        ) from error
    if tables and "schema_migrations" not in tables:
        raise NotADatabaseError(
            f"{path} is a database that Dossier did not create "
            f"(it holds {', '.join(sorted(tables)[:5])}); it was left untouched"
        )


def _engine_for(location: str) -> Engine:
    if location.startswith(("postgresql:", "postgresql+")):
        url = location.replace("postgresql://", "postgresql+psycopg://", 1)
        return create_engine(url, pool_pre_ping=True)
    if location == ":memory:":
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        path = Path(location)
        _check_sqlite_file(path)
        # URL.create quotes nothing away: a '?', '#' or '%20' in the path stays in the name
        file_url = URL.create("sqlite", database=str(path))
        engine = create_engine(file_url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


# What a database's own message says -> what to do about it.
_STORE_HINTS = (
    (("readonly", "read-only", "read only"), "it is read-only: check the permissions of the "
     "file and of its folder, or give another --db"),
    (("disk is full", "no space", "disk full"), "the disk is full: free some space and run the "
     "command again (every stored document is whole)"),
    (("locked", "busy"), "another process is writing to it: run the command again"),
)  # fmt: skip


def _store_problem(location: str, error: SQLAlchemyError) -> str:
    """One line for a database error: the knowledge base, the database's own words (never
    the statement or its parameters, which hold article text) and what to do."""
    original = getattr(error, "orig", None) or error
    reason = (str(original).strip().splitlines() or [type(original).__name__])[0][:200]
    lowered = reason.lower()
    if isinstance(error, IntegrityError):
        hint = (
            "another process may be writing the same documents at the same time: "
            "run the command again"
        )
    else:
        hint = next(
            (text for needles, text in _STORE_HINTS if any(n in lowered for n in needles)),
            "the knowledge base could not be read or written",
        )
    return f"{location}: {hint} ({reason})"


def _store_errors(method: Callable[..., Any]) -> Callable[..., Any]:
    """A database error inside ``method`` as a StoreError (E200) naming the knowledge base."""

    @functools.wraps(method)
    def wrapper(self: KnowledgeBase, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except SQLAlchemyError as error:
            raise StoreError(_store_problem(self.shown_location, error)) from None

    return wrapper


class StoryMatcher(Protocol):
    """Decides which stored article a new one re-publishes (see ``read.fingerprint``)."""

    def keys(self, signature: tuple[int, ...]) -> list[int]: ...

    def score(self, first: tuple[int, ...], second: tuple[int, ...]) -> float | None: ...


class KnowledgeBase:
    """Documents, their annotations and (in later stages) claims, entities and events."""

    def __init__(self, location: str | Path = ":memory:") -> None:
        self.location = str(location)
        self.engine = _engine_for(self.location)
        try:
            if self.dialect != "sqlite":
                self._refuse_foreign_database()
            migrate(self.engine)
        except (DatabaseError, OperationalError) as error:
            self.engine.dispose()
            raise NotADatabaseError(
                f"{self.location} cannot be opened as a knowledge base ({error.orig}); "
                "it was left untouched"
            ) from error
        except StoreError:
            self.engine.dispose()
            raise

    def _refuse_foreign_database(self) -> None:
        with self.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        if tables and "schema_migrations" not in tables:
            raise NotADatabaseError(
                f"{self.location} is a database that Dossier did not create "
                f"(it holds {', '.join(sorted(tables)[:5])}); it was left untouched"
            )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def shown_location(self) -> str:
        """The location as messages name it (a server's password hidden)."""
        if self.dialect == "sqlite":
            return self.location
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    # ---- writing -------------------------------------------------------------

    def stored_hash(self, document_id: str) -> str | None:
        """Content hash of the stored document with this id, if any."""
        with self.engine.connect() as connection:  # a statement built once: asked per document
            stored = connection.execute(_STORED_VERSION, {"id": document_id}).first()
            return stored.content_hash if stored else None

    def is_unchanged(self, document: Document) -> bool:
        return self.stored_hash(document.id) == document.content_hash

    def write_document(
        self,
        annotated: AnnotatedDocument,
        force: bool = False,
        same_story: StoryMatcher | None = None,
    ) -> WriteOutcome:
        """Store one annotated document, replacing older versions, in one transaction.

        With ``force`` a stored document with the same content is replaced too (its
        annotations, claims and events are rewritten). ``same_story`` decides which
        stored article, if any, this one re-publishes (without it, only identical
        texts are one story)."""
        return self.write_documents([annotated], force, same_story)[0]

    def write_documents(
        self,
        batch: Iterable[AnnotatedDocument],
        force: bool = False,
        same_story: StoryMatcher | None = None,
    ) -> list[WriteOutcome]:
        """Store several annotated documents in one transaction, each as ``write_document``
        stores it: all of them or none, so every stored document is still whole. One
        commit a batch rather than one a document is most of what storing costs SQLite
        (and a flush to disk each on PostgreSQL)."""
        with self._transaction() as connection:
            rows = RowBuffer()
            outcomes = [self._write(connection, rows, item, force, same_story) for item in batch]
            rows.flush(connection)
            return outcomes

    def _write(
        self,
        connection: Connection,
        rows: RowBuffer,
        annotated: AnnotatedDocument,
        force: bool,
        same_story: StoryMatcher | None,
    ) -> WriteOutcome:
        document = annotated.document
        rereads_file = document.whole_file and not document.id_given
        origin = document.origin if rereads_file else None
        if rows.holds_any(document.id, document.content_hash, origin):
            rows.flush(connection)  # this document's lookups must see those of the batch
        stored = connection.execute(_STORED_VERSION, {"id": document.id}).first()
        stored_hash = stored.content_hash if stored else None
        if stored is not None and stored_hash == document.content_hash and not force:
            return WriteOutcome("unchanged", document.id, stored.cluster_id or "")
        replaced = self._older_versions(connection, document, stored is not None)
        if replaced:  # rows of the batch first: SQLite reuses the rowids a deletion frees
            rows.flush(connection)
            connection.execute(delete(schema.documents).where(schema.documents.c.id.in_(replaced)))
        keys = same_story.keys(annotated.fingerprint) if same_story else []
        if rows.holds_any("", "", band_keys=keys):
            rows.flush(connection)  # a near-duplicate in this batch: compare with it as stored
        duplicate_of, cluster_id = self._find_cluster(connection, annotated, keys, same_story)
        self._insert(connection, rows, annotated, cluster_id, keys)
        if not replaced:  # only added: the next resolution links what it brings
            rows.add(schema.pending_documents, [{"document_id": document.id}])
        rows.count_change(full=bool(replaced))
        status: WriteStatus = "added"
        if replaced:
            status = "replaced"
        elif duplicate_of:
            status = "duplicate"
        return WriteOutcome(status, document.id, cluster_id, duplicate_of, tuple(replaced))

    def older_versions(self, document: Document) -> list[str]:
        """Ids of the stored documents that writing this one replaces: its own id, or an
        earlier read of the same file."""
        with self.engine.connect() as connection:
            stored = connection.execute(_STORED_VERSION, {"id": document.id}).first()
            return self._older_versions(connection, document, stored is not None)

    def _older_versions(
        self, connection: Connection, document: Document, same_id_stored: bool
    ) -> list[str]:
        """Ids this document supersedes: its own id, or an earlier read of the same file."""
        replaced = [document.id] if same_id_stored else []
        if document.whole_file and not document.id_given:
            rows = connection.execute(
                select(schema.documents.c.id).where(
                    schema.documents.c.origin == document.origin,
                    schema.documents.c.whole_file == 1,
                    schema.documents.c.id != document.id,
                )
            )
            replaced.extend(row.id for row in rows)
        return replaced

    def _find_cluster(
        self,
        connection: Connection,
        annotated: AnnotatedDocument,
        keys: list[int],
        same_story: StoryMatcher | None,
    ) -> tuple[str | None, str]:
        """(near-duplicate's id, cluster id): join the closest stored story, else start one."""
        document = annotated.document
        exact = connection.execute(_SAME_TEXT, {"content_hash": document.content_hash}).first()
        if exact:
            return exact.id, exact.cluster_id
        best: tuple[float, str, str] | None = None
        if keys and same_story:
            candidates = connection.execute(_SAME_BANDS, {"keys": keys})
            for row in candidates:
                score = same_story.score(annotated.fingerprint, unpack_signature(row.fingerprint))
                if score is not None and (best is None or score > best[0]):
                    best = (score, row.id, row.cluster_id)
        if best:
            return best[1], best[2]
        return None, document.content_hash[:16]

    def _insert(
        self,
        connection: Connection,
        rows: RowBuffer,
        annotated: AnnotatedDocument,
        cluster_id: str,
        keys: list[int],
    ) -> None:
        document = annotated.document
        rows.add_document(
            dict(
                id=document.id,
                content_hash=document.content_hash,
                title=document.title,
                url=document.url,
                publisher=document.publisher,
                published_at=document.published_at.isoformat() if document.published_at else None,
                lang=document.lang,
                origin=document.origin,
                whole_file=int(document.whole_file),
                text=document.text,
                char_count=len(document.text),
                cluster_id=cluster_id,
                fingerprint=pack_signature(annotated.fingerprint)
                if annotated.fingerprint
                else None,
                notes=json.dumps(list(document.notes)) if document.notes else None,
                ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            ),
            keys,
        )
        text = document.text
        rows.add(
            schema.sentences,
            [
                {
                    "document_id": document.id,
                    "idx": sentence.index,
                    "start_char": sentence.start,
                    "end_char": sentence.end,
                    "text": text[sentence.start : sentence.end],
                }
                for sentence in annotated.sentences
            ],
        )
        rows.add(
            schema.mentions,
            [
                {
                    "document_id": document.id,
                    "sentence_idx": mention.sentence_index,
                    "start_char": mention.start,
                    "end_char": mention.end,
                    "label": mention.label,
                    "text": mention.text,
                    "entity_id": entity_id(mention.entity) if mention.entity else None,
                }
                for mention in annotated.mentions
            ],
        )
        rows.add(
            schema.document_bands,
            [{"band_key": key, "document_id": document.id} for key in sorted(set(keys))],
        )
        write_facts(connection, annotated, rows)

    def remove_document(
        self,
        document_id: str,
        requeue_entities: Iterable[str] | None = None,
        requeue_documents: Iterable[str] = (),
    ) -> None:
        """Delete a document and everything derived from it, in one transaction: its
        sentences, mentions, claims and events, the entities nothing else names, and the
        resolution rows of both. Resolution is then pending until the next refresh.

        With ``requeue_entities`` (and ``requeue_documents``), what the removal can change
        (``resolve.incremental.removal_region``, read before), the next refresh resolves
        only those; without, it resolves everything again."""
        resolved = self.resolve_document_id(document_id)
        incremental = requeue_entities is not None
        with self._transaction() as connection:
            events = list(
                connection.scalars(
                    select(schema.events.c.id).where(schema.events.c.document_id == resolved)
                )
            )
            connection.execute(delete(schema.documents).where(schema.documents.c.id == resolved))
            orphans = list(connection.scalars(_orphan_entities()))
            for chunk in _chunks(events):
                connection.execute(
                    delete(schema.event_resolution).where(
                        schema.event_resolution.c.event_id.in_(chunk)
                    )
                )
                links = schema.event_links
                connection.execute(
                    delete(links).where(
                        or_(links.c.first_id.in_(chunk), links.c.second_id.in_(chunk))
                    )
                )
            for chunk in _chunks(orphans):
                found = schema.entity_resolution
                # an incremental refresh reads the groups as they were (a head removed
                # with its document still names its group) to see which ones split
                gone = found.c.entity_id.in_(chunk)
                connection.execute(
                    delete(found).where(
                        gone if incremental else or_(gone, found.c.canonical_id.in_(chunk))
                    )
                )
                links = schema.entity_links
                connection.execute(
                    delete(links).where(
                        or_(links.c.first_id.in_(chunk), links.c.second_id.in_(chunk))
                    )
                )
                connection.execute(
                    delete(schema.entity_aliases).where(
                        schema.entity_aliases.c.entity_id.in_(chunk)
                    )
                )
                connection.execute(
                    delete(schema.entity_keys).where(schema.entity_keys.c.entity_id.in_(chunk))
                )
                connection.execute(delete(schema.entities).where(schema.entities.c.id.in_(chunk)))
            if requeue_entities is not None:
                resolution.queue_entities(connection, requeue_entities)
                resolution.queue_documents(connection, set(requeue_documents) - {resolved})
            # without the region it changes, its links may have held any group together
            resolution.mark_changed(connection, full=not incremental)

    # ---- reading -------------------------------------------------------------

    def resolve_document_id(self, document_id: str) -> str:
        """The full id of a document given its id or an unambiguous prefix of it."""
        documents = schema.documents
        with self.engine.connect() as connection:
            if connection.scalar(select(documents.c.id).where(documents.c.id == document_id)):
                return document_id
            if len(document_id) >= MIN_ID_PREFIX:
                pattern = document_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                matches = connection.scalars(
                    select(documents.c.id)
                    .where(documents.c.id.like(f"{pattern}%", escape="\\"))
                    .limit(3)
                ).all()
                if len(matches) == 1:
                    return matches[0]
                if len(matches) > 1:
                    raise NotFoundError(
                        f"document id {document_id!r} is ambiguous: {', '.join(matches)}..."
                    )
        raise NotFoundError(f"no document {document_id!r}; `dossier documents` lists them")

    def count_documents(self) -> int:
        with self.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(schema.documents)) or 0

    def stats(self) -> Stats:
        with self.engine.connect() as connection:
            return count_stats(lambda sql: connection.exec_driver_sql(sql).all())

    def revision(self) -> tuple[object, ...]:
        """Changes whenever documents, claims, the user's decisions or the stored resolution
        do (two one-row reads). Every transaction that writes or removes a document or
        records a decision counts a change (`resolution_state`), so `documents` is not
        read: counting it grows with the knowledge base."""
        with self.engine.connect() as connection:
            changes, resolved = resolution.read_state(connection)
        return (changes, resolved)

    def snapshot(self) -> Snapshot:
        """Entities, their resolution and document summaries, read once."""
        return Snapshot(
            revision=self.revision(),
            entities=tuple(self.entities()),
            canonical=self.canonical_ids(),
            documents=tuple(self.documents()),
        )

    def documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]:
        documents = schema.documents
        query = (
            select(*_summary_columns())
            .order_by(documents.c.ingested_at, documents.c.id)
            .offset(offset)
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return [_summary(row) for row in connection.execute(query)]

    def document(self, document_id: str, with_mentions: bool = True) -> StoredDocument:
        """A stored document with its sentences and entity mentions (none read, unless
        ``with_mentions``)."""
        resolved = self.resolve_document_id(document_id)
        documents, sentences, mentions = schema.documents, schema.sentences, schema.mentions
        with self.engine.connect() as connection:
            row = connection.execute(
                select(
                    *_summary_columns(), documents.c.text, documents.c.url, documents.c.notes
                ).where(documents.c.id == resolved)
            ).one()
            sentence_rows = connection.execute(
                select(sentences.c.idx, sentences.c.start_char, sentences.c.end_char)
                .where(sentences.c.document_id == resolved)
                .order_by(sentences.c.idx)
            )
            mention_rows = (
                connection.execute(
                    select(mentions)
                    .where(mentions.c.document_id == resolved)
                    .order_by(mentions.c.start_char)
                ).all()
                if with_mentions
                else []
            )
            return StoredDocument(
                summary=_summary(row),
                text=row.text,
                url=row.url,
                notes=tuple(json.loads(row.notes)) if row.notes else (),
                sentences=[Sentence(r.idx, r.start_char, r.end_char) for r in sentence_rows],
                mentions=[
                    Mention(r.start_char, r.end_char, r.label, r.sentence_idx, r.text)
                    for r in mention_rows
                ],
                mention_entity_ids=[r.entity_id for r in mention_rows],
            )

    def entities(self, ids: list[str] | None = None) -> list[EntityRecord]:
        """Entities with their aliases (all of them, or those with the given ids), ordered
        by type and name."""
        with self.engine.connect() as connection:
            if ids is None or len(ids) <= resolution.CHUNK:
                return read_entities(connection, ids)
            found = []
            for chunk in _chunks(sorted(set(ids))):
                found.extend(read_entities(connection, chunk))
            return sorted(found, key=lambda e: (e.type, e.name))

    def claims(
        self,
        *,
        subject_ids: list[str] | None = None,
        predicate: str | None = None,
        document_id: str | None = None,
        object_ids: list[str] | None = None,
        ids: list[str] | None = None,
        objects: list[str] | None = None,
        value_holding: list[str] | None = None,
    ) -> list[ClaimRecord]:
        """Stored claims, optionally only about some subjects, with some objects (or
        intermediaries), of one predicate or document, or with given ids; ``objects``:
        whose object (not intermediary) is one of these; ``value_holding``: whose value's
        text holds one of these strings, whatever their case (a prefilter: SQLite folds
        the case of ASCII letters only)."""
        with self.engine.connect() as connection:
            return read_claims(
                connection,
                subject_ids=subject_ids,
                predicate=predicate,
                document_id=document_id,
                object_ids=object_ids,
                ids=ids,
                objects=objects,
                value_holding=value_holding,
            )

    def events(
        self, *, document_id: str | None = None, ids: list[str] | None = None
    ) -> list[EventRecord]:
        """Stored events in date order, optionally of one document or with given ids."""
        with self.engine.connect() as connection:
            if ids is None:
                return read_events(connection, document_id=document_id)
            found = []
            for chunk in _chunks(sorted(set(ids))):
                found.extend(read_events(connection, document_id=document_id, ids=chunk))
            return found

    def tellings_involving(
        self,
        entity_ids: Iterable[str],
        sentences: Iterable[tuple[str, int]] = (),
        target_names: Iterable[str] = (),
    ) -> tuple[list[EventRecord], dict[str, str]]:
        """The stored events of every cluster that names one of these entities as a
        perpetrator, is told in one of these (document id, sentence index) sentences or
        has a target of one of these names, in the order of ``events()``, with their
        clusters' rows (event id -> cluster id). Found through indexes, so an entity's
        events are read without reading every event."""
        with self.engine.connect() as connection:
            seeds = resolution.event_ids_of(connection, perpetrators=entity_ids)
            seeds |= event_ids_told_in(connection, sentences)
            seeds |= event_ids_aimed_at(connection, target_names)
            clusters = resolution.event_clusters_of(connection, seeds)
            wanted = sorted(seeds | set(clusters))
            if not wanted:
                return [], clusters
            if len(wanted) > MAX_LISTED_IDS:  # past a driver's parameter limit: read all
                chosen = set(wanted)
                return [e for e in read_events(connection) if e.id in chosen], clusters
            # one query, not chunks: the order within a cluster is the order events() gives
            return read_events(connection, ids=wanted), clusters

    def clusters_perpetrated_by(self, entity_ids: Iterable[str]) -> list[ClusterDates]:
        """Every event cluster with a telling naming one of these entities as perpetrator,
        its events and earliest start, dated ones first by that start (no telling read)."""
        with self.engine.connect() as connection:
            return clusters_perpetrated_by(connection, entity_ids)

    def cluster_tellings(
        self, clusters: Sequence[ClusterDates]
    ) -> tuple[list[EventRecord], dict[str, str]]:
        """The stored events of these clusters in the order of ``events()``, with their
        cluster rows (event id -> cluster key), as ``tellings_involving`` gives them."""
        rows = {event: cluster.key for cluster in clusters for event in cluster.events}
        if not rows:
            return [], rows
        with self.engine.connect() as connection:
            if len(rows) > MAX_LISTED_IDS:  # past a driver's parameter limit: read all
                return [e for e in read_events(connection) if e.id in rows], rows
            return read_events(connection, ids=sorted(rows)), rows

    # ---- resolution across documents ------------------------------------------------

    def save_resolution(
        self,
        entity_links: list[LinkRow],
        canonical: dict[str, str],
        event_links: list[LinkRow],
        event_clusters: dict[str, str],
        as_of: int | None = None,
        pending: Pending | None = None,
    ) -> None:
        """Replace the stored resolution (see dossier.resolve.refresh), in one transaction.

        ``as_of`` is `resolution_changes()` read before the entities and events it was
        computed from; later changes leave resolution pending. ``pending`` is what was
        queued then (default: all that is queued now)."""
        with self._transaction() as connection:
            resolution.save_resolution(
                connection, entity_links, canonical, event_links, event_clusters, as_of, pending
            )

    def save_partial_resolution(
        self,
        entity_ids: set[str],
        event_ids: set[str],
        computed: Resolution,
        pending: Pending,
    ) -> None:
        """Replace the resolution of these entities and events only (whole groups and
        clusters), and take what ``pending`` held off the queue, in one transaction."""
        with self._transaction() as connection:
            resolution.save_partial_resolution(connection, entity_ids, event_ids, computed, pending)

    def pending(self) -> Pending:
        """What was written since resolution last ran, and whether it must start over."""
        with self.engine.connect() as connection:
            return resolution.read_pending(connection)

    def entity_ids_by_keys(self, keys: set[KeyRow]) -> set[str]:
        """Entities indexed under any of these keys (see dossier.store.entity_keys)."""
        with self.engine.connect() as connection:
            return resolution.entity_ids_by_keys(connection, keys)

    def key_counts(self, kind: str, keys: set[str]) -> dict[str, int]:
        """How many stored entities each key of one kind indexes."""
        with self.engine.connect() as connection:
            return resolution.key_counts(connection, kind, keys)

    def canonical_of(self, ids: set[str]) -> dict[str, str]:
        """The stored group head of each of these entities that has one."""
        with self.engine.connect() as connection:
            return resolution.canonical_of(connection, ids)

    def group_members(self, heads: set[str]) -> set[str]:
        """Every entity stored as resolved to one of these heads."""
        with self.engine.connect() as connection:
            return resolution.group_members(connection, heads)

    def decisions_about(self, ids: set[str]) -> list[tuple[str, str, str]]:
        with self.engine.connect() as connection:
            return resolution.decisions_about(connection, ids)

    def cluster_members(self, event_ids: set[str]) -> set[str]:
        """Every event stored in the same cluster as one of these."""
        with self.engine.connect() as connection:
            return resolution.cluster_members(connection, event_ids)

    def entity_ids_named_by(self, document_id: str) -> set[str]:
        """Every entity a document's mentions, claims and events name."""
        with self.engine.connect() as connection:
            return resolution.entity_ids_named_by(connection, document_id)

    def event_ids_of(
        self, *, documents: tuple[str, ...] = (), perpetrators: tuple[str, ...] = ()
    ) -> set[str]:
        """Events of these documents and events naming these entities as perpetrators."""
        with self.engine.connect() as connection:
            return resolution.event_ids_of(
                connection, documents=documents, perpetrators=perpetrators
            )

    def event_ids_around(
        self, types: set[str], first: str, last: str, widest_days: int
    ) -> set[str]:
        """Events of these types whose dates overlap first..last (ISO days), among those
        dated to within ``widest_days``."""
        with self.engine.connect() as connection:
            return resolution.event_ids_around(connection, types, first, last, widest_days)

    def event_ids_in_cities(
        self,
        types: set[str],
        cities: set[str],
        dated: bool,
        within: tuple[str, str] | None = None,
    ) -> set[str]:
        """Events of these types in these cities, dated to one day (``within`` these ISO
        days, when given) or (not ``dated``) with an open or missing date."""
        with self.engine.connect() as connection:
            return resolution.event_ids_in_cities(connection, types, cities, dated, within)

    def loose_tellings_in_cities(
        self, types: set[str], cities: set[str]
    ) -> list[tuple[str, str, date | None]]:
        """(event, city, its report's day when the telling is undated) of these cities'
        events of these types with an open, missing or multi-day date."""
        with self.engine.connect() as connection:
            return resolution.loose_tellings_in_cities(connection, types, cities)

    def event_days_in_cities(self, types: set[str], cities: set[str]) -> dict[str, set[date]]:
        """The days of these cities' events of these types dated to one day, by city."""
        with self.engine.connect() as connection:
            return resolution.event_days_in_cities(connection, types, cities)

    def event_ids_in_countries(
        self, types: set[str], countries: set[str], countrywide: bool
    ) -> set[str]:
        """Events of these types in these countries, day-dated and in no city
        (``countrywide``), or of a city and undated."""
        with self.engine.connect() as connection:
            return resolution.event_ids_in_countries(connection, types, countries, countrywide)

    def claim_pairs(
        self, subject_ids: set[str], predicates: tuple[str, ...]
    ) -> set[tuple[str, str]]:
        """(subject, object) of the claims with these predicates about these subjects."""
        with self.engine.connect() as connection:
            return resolution.claim_pairs(connection, subject_ids, predicates)

    def event_ids_in_provinces(
        self, types: set[str], provinces: set[tuple[str, str]], coarse: bool
    ) -> set[str]:
        """Events of these types in these (country, province) places, however dated, or
        (``coarse``) in no city and dated to more than one day."""
        with self.engine.connect() as connection:
            return resolution.event_ids_in_provinces(connection, types, provinces, coarse)

    def event_ids_named(self, keys: set[str], free: bool = False) -> set[str]:
        """Events whose targets or victims give a name of one of these keys (only those
        the name rule can link as free tellings, when ``free``)."""
        with self.engine.connect() as connection:
            return resolution.event_ids_named(connection, keys, free)

    def resolution_changes(self) -> int:
        """A counter of the changes resolution depends on (documents written or removed,
        the user's decisions)."""
        with self.engine.connect() as connection:
            return resolution.read_state(connection)[0]

    def resolution_pending(self) -> bool:
        """True when documents or decisions changed since resolution was last completed
        (an ingest, removal or decision was interrupted): the next ingest resolves again."""
        with self.engine.connect() as connection:
            return _pending(resolution.read_state(connection))

    def record_decision(self, kind: str, first_id: str, second_id: str) -> None:
        """Store the user's decision to merge or split two entities. The next resolution
        updates only the groups of the two (and what their regions reach)."""
        with self._transaction() as connection:
            resolution.record_decision(connection, kind, first_id, second_id)
            resolution.queue_entities(connection, (first_id, second_id))
            resolution.mark_changed(connection)

    def decisions(self) -> list[tuple[str, str, str]]:
        with self.engine.connect() as connection:
            return resolution.read_decisions(connection)

    def canonical_ids(self) -> dict[str, str]:
        """Entity id -> the id of the entity it was resolved to (itself when alone)."""
        with self.engine.connect() as connection:
            return resolution.read_canonical(connection)

    def entity_links(self) -> list[LinkRow]:
        with self.engine.connect() as connection:
            return resolution.read_entity_links(connection)

    def event_clusters(self) -> dict[str, str]:
        with self.engine.connect() as connection:
            return resolution.read_event_clusters(connection)

    def event_links(self) -> list[LinkRow]:
        with self.engine.connect() as connection:
            return resolution.read_event_links(connection)

    def mentions_of(
        self, entity_ids: list[str], limit: int = 200
    ) -> list[tuple[Mention, Evidence]]:
        """Where entities are named: each mention with the sentence it stands in."""
        mentions, sentences = schema.mentions, schema.sentences
        query = (
            select(
                mentions,
                sentences.c.text.label("sentence_text"),
                sentences.c.start_char.label("s_start"),
                sentences.c.end_char.label("s_end"),
            )
            .join(
                sentences,
                (sentences.c.document_id == mentions.c.document_id)
                & (sentences.c.idx == mentions.c.sentence_idx),
            )
            .where(mentions.c.entity_id.in_(entity_ids))
            .order_by(mentions.c.document_id, mentions.c.start_char)
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return [
                (
                    Mention(r.start_char, r.end_char, r.label, r.sentence_idx, r.text),
                    Evidence(r.document_id, r.sentence_idx, r.s_start, r.s_end, r.sentence_text),
                )
                for r in connection.execute(query)
            ]

    def search(
        self,
        query: str,
        limit: int = 20,
        any_word: bool = False,
        naming: Sequence[str] = (),
    ) -> list[SearchHit]:
        """Sentences matching every word of ``query`` (or, with ``any_word``, any of them),
        best first (BM25 / ts_rank). With ``naming``, only those that also hold one of
        these names (each whole, as a phrase): ranking only the sentences that hold both (a
        name and a word asked) costs what they number, not what the commonest word asked
        matches."""
        words = [word for word in re.findall(r"\w+", query)]
        required = [" ".join(re.findall(r"\w+", name)) for name in naming]
        required = [name for name in dict.fromkeys(required) if name]
        if not words:
            return []
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                match = _fts_match(words, any_word, required)
                # ranked inside the index first: only the best `limit` rows are joined
                # (joining every match before sorting grew with the knowledge base)
                rows = connection.execute(
                    text(
                        "SELECT s.document_id, d.title, s.idx, s.start_char, s.end_char, s.text, "
                        "best.score FROM (SELECT rowid, -bm25(sentence_index) AS score "
                        "FROM sentence_index WHERE sentence_index MATCH :match "
                        "ORDER BY score DESC LIMIT :limit) best "
                        "JOIN sentences s ON s.id = best.rowid "
                        "JOIN documents d ON d.id = s.document_id ORDER BY best.score DESC"
                    ),
                    {"match": match, "limit": limit},
                )
            else:
                rows = connection.execute(
                    text(
                        "SELECT s.document_id, d.title, s.idx, s.start_char, s.end_char, s.text, "
                        "best.score FROM (SELECT s.id, ts_rank(s.search_vector, asked.q) AS score "
                        "FROM sentences s, (SELECT websearch_to_tsquery('english', :query) "
                        "&& websearch_to_tsquery('english', :holding) AS q) asked "
                        "WHERE s.search_vector @@ asked.q ORDER BY score DESC LIMIT :limit) best "
                        "JOIN sentences s ON s.id = best.id "
                        "JOIN documents d ON d.id = s.document_id ORDER BY best.score DESC"
                    ),
                    {
                        "query": (" or " if any_word else " ").join(words),
                        "holding": " or ".join(f'"{name}"' for name in required),
                        "limit": limit,
                    },
                )
            return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], float(r[6])) for r in rows]

    def matches_more_than(self, query: str, count: int, any_word: bool = False) -> bool:
        """Whether more than ``count`` sentences match ``query`` (as `search` matches it):
        read up to ``count`` + 1 of them unranked, so it costs no more than ``count``."""
        words = [word for word in re.findall(r"\w+", query)]
        if not words:
            return False
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                found = connection.execute(
                    text(
                        "SELECT count(*) FROM (SELECT 1 FROM sentence_index "
                        "WHERE sentence_index MATCH :match LIMIT :limit)"
                    ),
                    {"match": _fts_match(words, any_word, []), "limit": count + 1},
                ).scalar_one()
            else:
                # a LIMITed count makes the planner scan every row until the limit, testing
                # each stored vector (1.5 s at 1,000,000 sentences); the GIN index reads
                # only the words' postings and then at most the limit's rows (0.4 s)
                connection.execute(text("SET LOCAL enable_seqscan = off"))
                found = connection.execute(
                    text(
                        "SELECT count(*) FROM (SELECT 1 FROM sentences s, "
                        "websearch_to_tsquery('english', :query) q "
                        "WHERE s.search_vector @@ q LIMIT :limit) found"
                    ),
                    {"query": (" or " if any_word else " ").join(words), "limit": count + 1},
                ).scalar_one()
        return int(found) > count


# Every public method meets the database at this boundary: what goes wrong inside it is a
# StoreError (E200) naming the knowledge base, not a traceback with the SQL parameters.
for _name, _member in list(vars(KnowledgeBase).items()):
    if not _name.startswith("_") and callable(_member):
        setattr(KnowledgeBase, _name, _store_errors(_member))


def _fts_match(words: list[str], any_word: bool, required: list[str]) -> str:
    """An FTS5 query: every one of ``words`` (or any), and any of the phrases ``required``
    if given."""
    joiner = " OR " if any_word else " "
    match = joiner.join('"' + word.replace('"', '""') + '"' for word in words)
    if required:
        either = " OR ".join('"' + word.replace('"', '""') + '"' for word in required)
        match = f"({match}) AND ({either})"
    return match


def _orphan_entities() -> Any:
    """Entities that no mention, claim or event names any more."""
    entities = schema.entities
    references = (
        schema.mentions.c.entity_id,
        schema.claims.c.subject_id,
        schema.claims.c.object_id,
        schema.claims.c.via_id,
        schema.events.c.country_id,
        schema.events.c.province_id,
        schema.events.c.city_id,
        schema.event_perpetrators.c.entity_id,
    )
    return select(entities.c.id).where(
        *(~exists().where(column == entities.c.id) for column in references)
    )


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _pending(state: tuple[int, int]) -> bool:
    changes, resolved = state
    return changes != resolved


def _summary_columns() -> list[Any]:
    documents = schema.documents
    return [
        documents.c.id,
        documents.c.title,
        documents.c.publisher,
        documents.c.published_at,
        documents.c.lang,
        documents.c.char_count,
        documents.c.cluster_id,
        documents.c.origin,
    ]


def _summary(row: Any) -> DocumentSummary:
    return DocumentSummary(
        id=row.id,
        title=row.title,
        publisher=row.publisher,
        published_at=row.published_at,
        lang=row.lang,
        char_count=row.char_count,
        cluster_id=row.cluster_id,
        origin=row.origin,
    )
