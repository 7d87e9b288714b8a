"""The knowledge base's tables, as SQLAlchemy Core metadata (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String, nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("publisher", String),
    Column("published_at", String),  # ISO 8601, sorts as text
    Column("lang", String),
    Column("origin", Text, index=True),
    Column("whole_file", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    Column("char_count", Integer, nullable=False),
    Column("cluster_id", String, nullable=False, index=True),
    Column("fingerprint", LargeBinary),
    Column("notes", Text),  # JSON list of strings
    Column("ingested_at", String, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("document_id", "idx", name="uq_sentences_document_idx"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_idx", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("label", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("entity_id", String, index=True),  # added by migration 2
    Index("ix_mentions_document", "document_id"),
    Index("ix_mentions_label", "label"),
)

document_bands = Table(
    "document_bands",
    metadata,
    Column("band_key", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Index("ix_document_bands_document", "document_id"),
)

# ---- migration 2: entities, claims and events ---------------------------------------------

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),  # 'organization:isis-k', 'place:AF-NAN'
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("gazetteer_id", String, index=True),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", Text, primary_key=True),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_idx", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("subject_id", String, ForeignKey("entities.id"), nullable=False),
    Column("predicate", String, nullable=False),
    Column("object_id", String, ForeignKey("entities.id")),
    Column("via_id", String, ForeignKey("entities.id")),
    Column("value", Text),  # JSON, see dossier.model.serialize
    Column("value_text", Text),
    Column("qualifier", Text),
    Column("time_scope", Text),  # JSON
    Column("hedged", Integer, nullable=False, default=0),
    Column("attributed_to", Text),
    Column("negated", Integer, nullable=False, default=0),
    Column("confidence", Float, nullable=False),
    Index("ix_claims_subject_predicate", "subject_id", "predicate"),
    Index("ix_claims_document", "document_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),  # order in which the document tells it
    Column("type", String, nullable=False),
    Column("date", Text),  # JSON TimeSpan
    Column("date_start", String),
    Column("date_end", String),
    Column("country_id", String, ForeignKey("entities.id")),
    Column("province_id", String, ForeignKey("entities.id")),
    Column("city_id", String, ForeignKey("entities.id")),
    Column("places", Text),  # JSON: the names as the text gives them
    Column("claimed", Integer),
    Column("targets", Text),  # JSON list
    Column("killed", Text),  # JSON Range
    Column("wounded", Text),
    Column("count", Text),
    Column("victims", Text),  # JSON list; added by migration 3
    Index("ix_events_document", "document_id"),
    Index("ix_events_date", "date_start"),
)

event_perpetrators = Table(
    "event_perpetrators",
    metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String, ForeignKey("entities.id"), primary_key=True),
    Column("position", Integer, nullable=False),
    # claimed | blamed | suspected | denied | named; added by migration 6
    Column("stance", String),
    # who blamed or suspected the perpetrator, as the text names them; added by migration 8
    Column("accuser", String),
)

event_evidence = Table(
    "event_evidence",
    metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("document_id", String, nullable=False),
    Column("sentence_idx", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("quote", Text, nullable=False),
)


# ---- migration 3: resolution across documents and the user's decisions -----------------

entity_links = Table(
    "entity_links",
    metadata,
    Column("first_id", String, primary_key=True),
    Column("second_id", String, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("origin", String, nullable=False),  # "rule" | "user"
)

entity_resolution = Table(
    "entity_resolution",
    metadata,
    Column("entity_id", String, primary_key=True),
    Column("canonical_id", String, nullable=False, index=True),
)

event_links = Table(
    "event_links",
    metadata,
    Column("first_id", String, primary_key=True),
    Column("second_id", String, primary_key=True),
    Column("reason", Text, nullable=False),
)

event_resolution = Table(
    "event_resolution",
    metadata,
    Column("event_id", String, primary_key=True),
    Column("cluster_id", String, nullable=False, index=True),
)

user_decisions = Table(
    "user_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),  # "merge" | "split"
    Column("first_id", String, nullable=False),
    Column("second_id", String, nullable=False),
    Column("created_at", String, nullable=False),
)


# ---- migration 4: whether resolution is up to date ---------------------------------------

# One row (id 1). Every transaction that changes what resolution reads (a document written
# or removed, a user's decision) adds 1 to ``changes``; a completed refresh sets
# ``resolved`` to the ``changes`` it started from. Resolution is pending while they differ,
# so a crash between the last document and the end of resolution is seen, and repaired,
# by the next ingest.
resolution_state = Table(
    "resolution_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("changes", Integer, nullable=False),
    Column("resolved", Integer, nullable=False),
    # migration 5: 1 when a change (a removal, a replaced document, a user's decision)
    # needs everything resolved again rather than only the pending documents
    Column("full_needed", Integer, nullable=False, default=0, server_default="0"),
)


# ---- migration 5: resolution that grows with what is added ------------------------------

# The keys each entity can be linked under (see dossier.store.entity_keys), so that a new
# document's entities look up their candidates instead of reading every entity.
entity_keys = Table(
    "entity_keys",
    metadata,
    Column("kind", String, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entity_keys_entity", "entity_id"),
)

# What was written since resolution last ran: documents (whose events to link) and the
# entities they named (whose groups to update). Emptied by the resolution that read them.
pending_documents = Table(
    "pending_documents",
    metadata,
    Column("document_id", String, primary_key=True),
)

pending_entities = Table(
    "pending_entities",
    metadata,
    Column("entity_id", String, primary_key=True),
)

# Events a coarser telling could mean, by city (the date index serves the days).
events_city_index = Index("ix_events_city", events.c.city_id)

# ---- migration 9: an entity's events without reading every event ------------------------

# The events naming an entity as perpetrator, and the events told in given sentences (an
# entity page reads these, not every event; incremental resolution reads the first too).
event_perpetrators_entity_index = Index(
    "ix_event_perpetrators_entity", event_perpetrators.c.entity_id
)
event_evidence_sentence_index = Index(
    "ix_event_evidence_sentence", event_evidence.c.document_id, event_evidence.c.sentence_idx
)

# ---- migration 13: events by country -----------------------------------------------------

# A weekday telling of a city can mean the one incident of that day placed only in its
# country: incremental resolution finds each through the other's country.
events_country_index = Index("ix_events_country", events.c.country_id)

# ---- migration 14: claims by object and by predicate --------------------------------------

# 'Who leads X?' reads the claims whose object is X's group, and the offices naming X are
# read among one predicate's claims: neither reads every claim.
claims_object_index = Index("ix_claims_object_predicate", claims.c.object_id, claims.c.predicate)
claims_predicate_index = Index("ix_claims_predicate", claims.c.predicate)

# ---- migration 12: events by the names of their targets and victims ----------------------

# The keys of the names an event's targets and victims give (store/event_names.py): a
# telling dated only to a year finds the other tellings of 'Superferry 14' through them.
event_names = Table(
    "event_names",
    metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("name_key", String, primary_key=True),
    Index("ix_event_names_key", "name_key"),
)
