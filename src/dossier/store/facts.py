"""Entities, claims and events in the store: ids, writes (inside a document's
transaction) and the queries that read them back as records."""

from __future__ import annotations

import functools
import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, false, or_, select
from sqlalchemy.sql import Insert

from dossier.model import AnnotatedDocument, Claim, EntityRef, Event, Evidence, Place
from dossier.model.names import clean_name, folded, is_word_char, name_key
from dossier.model.records import ClaimRecord, EntityRecord, EventRecord
from dossier.model.serialize import (
    range_from_json,
    range_to_json,
    time_from_json,
    time_to_json,
    value_from_json,
    value_text,
    value_to_json,
)
from dossier.store import schema
from dossier.store.entity_keys import KeyRow, alias_keys, name_keys
from dossier.store.event_names import event_name_rows

if TYPE_CHECKING:  # the buffer imports this module's statements
    from dossier.store.row_buffer import RowBuffer


def entity_id(ref: EntityRef) -> str:
    """A stable, readable id: 'organization:isis-k', 'person:khalil-haqqani', 'place:AF-NAN'.

    The slug keeps the letters of any script ('organization:заслон'), NFKC-normalised and
    case folded ('Ｔａｌｉｂａｎ' is 'organization:taliban'), without the accents of Latin
    letters. A name with no letter or digit at all gets a digest of itself."""
    if ref.gazetteer_id:
        return f"place:{ref.gazetteer_id}"
    return f"{ref.type}:{name_slug(ref.name)}"


@functools.lru_cache(maxsize=1 << 16)  # a document names the same few entities many times
def name_slug(name: str) -> str:
    """'ISIS-K' -> 'isis-k': letters, digits and marks of a name, other runs as one '-'."""
    spaced = "".join(char if is_word_char(char) else " " for char in folded(name))
    slug = "-".join(spaced.split())
    if slug:
        return slug
    digest = hashlib.blake2b(name_key(name).encode(), digest_size=6)
    return f"name-{digest.hexdigest()}"


def place_ref(place: Place) -> EntityRef:
    return EntityRef("place", place.name, place.gazetteer_id)


def _digest(*parts: object) -> str:
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def claim_id(claim: Claim) -> str:
    evidence = claim.evidence
    return "c:" + _digest(
        evidence.document_id,
        evidence.sentence_index,
        entity_id(claim.subject),
        claim.predicate,
        entity_id(claim.object) if claim.object else None,
        entity_id(claim.via) if claim.via else None,
        value_to_json(claim.value),
    )


def event_id(event: Event) -> str:
    first = event.evidence[0]
    return "e:" + _digest(first.document_id, first.sentence_index, first.start, event.type)


def insert_ignoring_duplicates(connection: Connection, table: Table) -> Insert:
    """INSERT that skips rows whose key exists (ON CONFLICT DO NOTHING on both backends)."""
    return _insert_ignoring(connection.dialect.name, table)


@functools.cache  # built once per table: building a statement costs more than running it
def _insert_ignoring(dialect: str, table: Table) -> Insert:
    # the dialects are imported when a write needs one: commands that only read start faster
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table).on_conflict_do_nothing()


_STORED_ENTITIES = select(schema.entities.c.id).where(
    schema.entities.c.id.in_(bindparam("ids", expanding=True))
)


def write_facts(connection: Connection, annotated: AnnotatedDocument, rows: RowBuffer) -> None:
    """Entities, aliases, claims and events of one document, as rows of its batch (written
    with the batch, inside its transaction)."""
    refs: dict[str, EntityRef] = {}
    aliases: set[tuple[str, str]] = set()

    def remember(ref: EntityRef | None, alias: str | None = None) -> str | None:
        if ref is None:
            return None
        key = entity_id(ref)
        refs.setdefault(key, ref)
        aliases.add((key, ref.name))
        if alias and clean_name(alias):
            aliases.add((key, clean_name(alias)))
        return key

    for mention in annotated.mentions:
        remember(mention.entity, mention.text.strip())
    claim_rows = [_claim_row(claim, remember) for claim in annotated.claims]
    event_rows, perpetrator_rows, evidence_rows = [], [], []
    name_rows: list[dict[str, str]] = []
    for position, event in enumerate(annotated.events):
        row, perpetrators, evidence = _event_rows(event, position, remember)
        event_rows.append(row)
        perpetrator_rows.extend(perpetrators)
        evidence_rows.extend(evidence)
        name_rows.extend(event_name_rows(event_id(event), event.targets + event.victims))
    if refs:
        # stored already: in the database, or written by an earlier document of the batch
        stored = set(connection.scalars(_STORED_ENTITIES, {"ids": list(refs)}))
        stored |= rows.entity_ids.intersection(refs)
        rows.add_entities(
            [
                {
                    "id": key,
                    "type": ref.type,
                    "name": unicodedata.normalize("NFKC", ref.name),  # fullwidth -> plain
                    "gazetteer_id": ref.gazetteer_id,
                }
                for key, ref in refs.items()
            ]
        )
        rows.add(
            schema.entity_aliases,
            [{"entity_id": key, "alias": alias} for key, alias in sorted(aliases) if alias],
        )
        keys = {  # the name keys of an entity already stored are those of its stored name
            (key, row)
            for key, ref in refs.items()
            if key not in stored
            for row in name_keys(ref.type, unicodedata.normalize("NFKC", ref.name))
        }
        keys |= {
            (key, row)
            for key, alias in aliases
            if alias
            for row in alias_keys(refs[key].type, [alias])
        }
        rows.add(schema.entity_keys, _key_rows(keys))
        rows.add(schema.pending_entities, [{"entity_id": key} for key in refs])
    rows.add(schema.claims, _unique(claim_rows))
    rows.add(schema.events, _unique(event_rows))
    rows.add(schema.event_perpetrators, perpetrator_rows)
    rows.add(schema.event_evidence, evidence_rows)
    rows.add(schema.event_names, name_rows)


def write_entity_keys(connection: Connection, ids: list[str]) -> None:
    """Index stored entities under their keys (for knowledge bases written before keys)."""
    keys = {
        (entity.id, row)
        for entity in read_entities(connection, ids)
        for row in name_keys(entity.type, entity.name) | alias_keys(entity.type, entity.aliases)
    }
    _insert_keys(connection, keys)


def _insert_keys(connection: Connection, keys: set[tuple[str, KeyRow]]) -> None:
    if keys:
        connection.execute(
            insert_ignoring_duplicates(connection, schema.entity_keys), _key_rows(keys)
        )


def _key_rows(keys: set[tuple[str, KeyRow]]) -> list[dict[str, str]]:
    return [{"entity_id": entity, "kind": kind, "key": key} for entity, (kind, key) in sorted(keys)]


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return list({row["id"]: row for row in rows}.values())


def _row(table: Table, *values: Any) -> dict[str, Any]:
    """A row of ``table``: its columns, in the schema's order, with these values."""
    return dict(zip(table.columns.keys(), values, strict=True))


def _claim_row(claim: Claim, remember: Any) -> dict[str, Any]:
    evidence = claim.evidence
    return _row(
        schema.claims,
        claim_id(claim),
        evidence.document_id,
        evidence.sentence_index,
        evidence.start,
        evidence.end,
        evidence.quote,
        remember(claim.subject),
        claim.predicate,
        remember(claim.object),
        remember(claim.via),
        _dumps(value_to_json(claim.value)),
        value_text(claim.value),
        claim.qualifier,
        _dumps(time_to_json(claim.time_scope)),
        int(claim.hedged),
        claim.attributed_to,
        int(claim.negated),
        claim.confidence,
    )


def _event_rows(
    event: Event, position: int, remember: Any
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    key = event_id(event)
    places = {
        kind: {"name": place.name, "gazetteer_id": place.gazetteer_id}
        for kind, place in (
            ("country", event.country),
            ("province", event.province),
            ("city", event.city),
        )
        if place is not None
    }
    row = _row(
        schema.events,
        key,
        event.evidence[0].document_id,
        position,
        event.type,
        _dumps(time_to_json(event.date)),
        event.date.start.isoformat() if event.date and event.date.start else None,
        event.date.end.isoformat() if event.date and event.date.end else None,
        remember(_canonical(event.country)),
        remember(_canonical(event.province)),
        remember(_canonical(event.city)),
        _dumps(places),
        None if event.claimed is None else int(event.claimed),
        _dumps(list(event.targets)),
        _dumps(range_to_json(event.killed)),
        _dumps(range_to_json(event.wounded)),
        _dumps(range_to_json(event.count)),
        _dumps(list(event.victims)),
    )
    stances = dict(zip(event.perpetrators, event.stances, strict=False))
    accusers = dict(zip(event.perpetrators, event.accusers, strict=False))
    perpetrators = [
        {
            "event_id": key,
            "entity_id": remember(ref),
            "position": position,
            "stance": stances.get(ref),
            "accuser": accusers.get(ref) or None,
        }
        for position, ref in enumerate(dict.fromkeys(event.perpetrators))
    ]
    evidence = [
        {
            "event_id": key,
            "position": position,
            "document_id": item.document_id,
            "sentence_idx": item.sentence_index,
            "start_char": item.start,
            "end_char": item.end,
            "quote": item.quote,
        }
        for position, item in enumerate(event.evidence)
    ]
    return row, perpetrators, evidence


def _canonical(place: Place | None) -> EntityRef | None:
    """The gazetteer's name for a linked place (the text's spelling becomes an alias)."""
    if place is None:
        return None
    if place.gazetteer_id:
        from dossier.knowledge.gazetteer import get_gazetteer

        known = get_gazetteer().get(place.gazetteer_id)
        if known is not None:
            return EntityRef("place", known.name, known.gazetteer_id)
    return EntityRef("place", place.name, None)


def _dumps(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# ---- reading ---------------------------------------------------------------------------


def read_entities(connection: Connection, ids: Iterable[str] | None = None) -> list[EntityRecord]:
    entities, aliases = schema.entities, schema.entity_aliases
    query = select(entities).order_by(entities.c.type, entities.c.name)
    alias_query = select(aliases)
    if ids is not None:
        wanted = list(ids)
        query = query.where(entities.c.id.in_(wanted))
        alias_query = alias_query.where(aliases.c.entity_id.in_(wanted))
    by_entity: dict[str, list[str]] = defaultdict(list)
    for row in connection.execute(alias_query.order_by(aliases.c.alias)):
        by_entity[row.entity_id].append(row.alias)
    return [
        EntityRecord(
            id=row.id,
            type=row.type,
            name=row.name,
            aliases=tuple(a for a in by_entity[row.id] if a != row.name),
            gazetteer_id=row.gazetteer_id,
        )
        for row in connection.execute(query)
    ]


def read_claims(
    connection: Connection,
    *,
    subject_ids: Iterable[str] | None = None,
    predicate: str | None = None,
    document_id: str | None = None,
    object_ids: Iterable[str] | None = None,
    ids: Iterable[str] | None = None,
    objects: Iterable[str] | None = None,
    value_holding: Iterable[str] | None = None,
) -> list[ClaimRecord]:
    claims = schema.claims
    query = select(claims).order_by(claims.c.document_id, claims.c.sentence_idx, claims.c.id)
    if subject_ids is not None:
        query = query.where(claims.c.subject_id.in_(list(subject_ids)))
    if object_ids is not None:
        object_ids = list(object_ids)
        query = query.where(claims.c.object_id.in_(object_ids) | claims.c.via_id.in_(object_ids))
    if objects is not None:  # the object itself, not an intermediary
        query = query.where(claims.c.object_id.in_(list(objects)))
    if value_holding is not None:  # case-insensitively
        query = query.where(
            or_(
                false(),
                *(
                    claims.c.value_text.ilike(f"%{_like_escaped(text)}%", escape="\\")
                    for text in value_holding
                ),
            )
        )
    if ids is not None:
        query = query.where(claims.c.id.in_(list(ids)))
    if predicate is not None:
        query = query.where(claims.c.predicate == predicate)
    if document_id is not None:
        query = query.where(claims.c.document_id == document_id)
    return [
        ClaimRecord(
            id=row.id,
            subject_id=row.subject_id,
            predicate=row.predicate,
            object_id=row.object_id,
            via_id=row.via_id,
            value=value_from_json(_loads(row.value)),
            value_text=row.value_text,
            qualifier=row.qualifier,
            time_scope=time_from_json(_loads(row.time_scope)),
            hedged=bool(row.hedged),
            attributed_to=row.attributed_to,
            negated=bool(row.negated),
            confidence=row.confidence,
            evidence=Evidence(
                row.document_id, row.sentence_idx, row.start_char, row.end_char, row.quote
            ),
        )
        for row in connection.execute(query)
    ]


EVENT_IDS_LISTED = 30_000  # event ids in one IN (...) list when reading their rows


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _published_days(connection: Connection, document_ids: set[str]) -> dict[str, date]:
    """The day each document was published, where it is known."""
    days: dict[str, date] = {}
    documents = schema.documents
    listed = sorted(document_ids)
    for start in range(0, len(listed), 500):
        query = select(documents.c.id, documents.c.published_at).where(
            documents.c.id.in_(listed[start : start + 500])
        )
        for document_id, published_at in connection.execute(query):
            try:
                days[document_id] = date.fromisoformat(str(published_at)[:10])
            except ValueError:
                continue  # not given, or not a date
    return days


def read_events(
    connection: Connection, *, document_id: str | None = None, ids: list[str] | None = None
) -> list[EventRecord]:
    events = schema.events
    query = select(events).order_by(events.c.date_start, events.c.document_id, events.c.position)
    if document_id is not None:
        query = (
            select(events).where(events.c.document_id == document_id).order_by(events.c.position)
        )
    if ids is not None:
        query = query.where(events.c.id.in_(ids))
    rows = list(connection.execute(query))
    ids = [row.id for row in rows]
    perpetrators: dict[str, list[str]] = defaultdict(list)
    stances: dict[str, list[str]] = defaultdict(list)
    accusers: dict[str, list[str]] = defaultdict(list)
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    published = _published_days(connection, {row.document_id for row in rows})
    # in lists below psycopg's 65,535 parameters (every event, in a full resolution)
    for start in range(0, len(ids), EVENT_IDS_LISTED):
        listed = ids[start : start + EVENT_IDS_LISTED]
        for row in connection.execute(
            select(schema.event_perpetrators)
            .where(schema.event_perpetrators.c.event_id.in_(listed))
            .order_by(schema.event_perpetrators.c.position)
        ):
            perpetrators[row.event_id].append(row.entity_id)
            stances[row.event_id].append(row.stance or "named")
            accusers[row.event_id].append(row.accuser or "")
        for row in connection.execute(
            select(schema.event_evidence)
            .where(schema.event_evidence.c.event_id.in_(listed))
            .order_by(schema.event_evidence.c.position)
        ):
            evidence[row.event_id].append(
                Evidence(row.document_id, row.sentence_idx, row.start_char, row.end_char, row.quote)
            )
    return [
        EventRecord(
            id=row.id,
            type=row.type,
            date=time_from_json(_loads(row.date)),
            country_id=row.country_id,
            province_id=row.province_id,
            city_id=row.city_id,
            places=_loads(row.places) or {},
            perpetrator_ids=tuple(perpetrators[row.id]),
            claimed=None if row.claimed is None else bool(row.claimed),
            targets=tuple(_loads(row.targets) or ()),
            killed=range_from_json(_loads(row.killed)),
            wounded=range_from_json(_loads(row.wounded)),
            count=range_from_json(_loads(row._mapping["count"])),  # Row.count is tuple.count
            victims=tuple(_loads(row.victims) or ()),
            document_id=row.document_id,
            evidence=tuple(evidence[row.id]),
            stances=tuple(stances[row.id]),
            accusers=tuple(accusers[row.id]),
            published_on=published.get(row.document_id),
        )
        for row in rows
    ]


def event_ids_told_in(connection: Connection, sentences: Iterable[tuple[str, int]]) -> set[str]:
    """Events with evidence in one of these (document id, sentence index) sentences."""
    wanted = set(sentences)
    evidence = schema.event_evidence
    found: set[str] = set()
    documents = sorted({document_id for document_id, _index in wanted})
    for start in range(0, len(documents), 500):
        rows = connection.execute(
            select(evidence.c.event_id, evidence.c.document_id, evidence.c.sentence_idx).where(
                evidence.c.document_id.in_(documents[start : start + 500])
            )
        )
        found.update(row.event_id for row in rows if (row.document_id, row.sentence_idx) in wanted)
    return found


def event_ids_aimed_at(connection: Connection, names: Iterable[str]) -> set[str]:
    """Events one of whose targets is exactly one of these names. Targets are stored as a
    JSON list, so LIKE on the quoted name narrows (a scan of one column, no parse) and the
    list itself decides."""
    events = schema.events
    found: set[str] = set()
    for name in sorted(set(names)):
        quoted = json.dumps(name, ensure_ascii=False)
        pattern = quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = connection.execute(
            select(events.c.id, events.c.targets).where(
                events.c.targets.like(f"%{pattern}%", escape="\\")
            )
        )
        found.update(row.id for row in rows if name in (_loads(row.targets) or ()))
    return found
