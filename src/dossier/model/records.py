"""What the knowledge base hands back from queries: plain, JSON-friendly records."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

from dossier.model import Evidence, Mention, Range, Sentence, TimeSpan, Value

WriteStatus = Literal["added", "replaced", "duplicate", "unchanged"]
VerdictKind = Literal["corroborated", "conflicting", "single-source"]


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    status: WriteStatus
    document_id: str
    cluster_id: str
    duplicate_of: str | None = None  # the stored document this one is a near-copy of
    replaced_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    title: str | None
    publisher: str | None
    published_at: str | None
    lang: str | None
    char_count: int
    cluster_id: str
    origin: str | None


@dataclass(frozen=True, slots=True)
class StoredDocument:
    summary: DocumentSummary
    text: str
    url: str | None
    notes: tuple[str, ...]
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    mention_entity_ids: list[str | None] = field(default_factory=list)  # one per mention


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: str
    title: str | None
    sentence_index: int
    start: int
    end: int
    text: str
    score: float  # higher is better


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    sentences: int
    mentions: int
    mentions_by_label: dict[str, int]
    languages: dict[str, int]
    duplicate_clusters: int  # clusters holding more than one document
    documents_in_duplicate_clusters: int
    entities: int = 0
    claims: int = 0
    events: int = 0
    resolution_pending: bool = False  # an interrupted run left resolution to redo


@dataclass(frozen=True, slots=True)
class EntityRecord:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    gazetteer_id: str | None


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A stored claim; entities are referred to by id."""

    id: str
    subject_id: str
    predicate: str
    object_id: str | None
    via_id: str | None
    value: Value | None
    value_text: str | None
    qualifier: str | None
    time_scope: TimeSpan | None
    hedged: bool
    attributed_to: str | None
    negated: bool
    confidence: float
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A stored event; places and perpetrators are entity ids."""

    id: str
    type: str
    date: TimeSpan | None
    country_id: str | None
    province_id: str | None
    city_id: str | None
    places: dict[str, dict[str, str | None]]  # kind -> the name as the text gives it
    perpetrator_ids: tuple[str, ...]
    claimed: bool | None
    targets: tuple[str, ...]
    killed: Range | None
    wounded: Range | None
    count: Range | None
    evidence: tuple[Evidence, ...]
    victims: tuple[str, ...] = ()
    document_id: str = ""
    stances: tuple[str, ...] = ()  # each perpetrator's stance, as in `Event.stances`
    accusers: tuple[str, ...] = ()  # who blamed or suspected each, as in `Event.accusers`
    published_on: datetime.date | None = None  # the day its document was published, where known


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What several stages read whole, loaded once and shared: a long-lived reader (the web
    app) keeps one until `revision` changes."""

    revision: tuple[object, ...]
    entities: tuple[EntityRecord, ...]
    canonical: dict[str, str]  # entity id -> the id it resolves to
    documents: tuple[DocumentSummary, ...]


@dataclass(frozen=True, slots=True)
class ReportedToll:
    """One source's figure for an event's dead or wounded, as it reported it."""

    kind: str  # "killed" | "wounded"
    document_id: str
    source: str  # the independent source's label
    count: Range
    published_at: str | None = None


@dataclass(frozen=True, slots=True)
class MergedEvent:
    id: str  # the cluster's id
    type: str
    date: TimeSpan | None
    country_id: str | None
    province_id: str | None
    city_id: str | None
    places: dict[str, dict[str, str | None]]
    perpetrator_ids: tuple[str, ...]
    claimed: bool | None
    targets: tuple[str, ...]
    killed: Range | None
    wounded: Range | None
    count: Range | None
    victims: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    reports: tuple[str, ...]  # ids of the events merged here, one per telling
    verdict: str  # corroborated | single-source
    sources: tuple[str, ...]  # labels of the independent sources
    tolls: tuple[ReportedToll, ...] = ()  # every report's own figures, never added up
    # (kind, agreed | compatible | conflicting | rising count)
    toll_verdicts: tuple[tuple[str, str], ...] = ()
    # (perpetrator id, stance) as the reports give them: claimed, blamed, suspected, denied, named
    stances: tuple[tuple[str, str], ...] = ()
    # (perpetrator id, accuser) for each report that names who blamed or suspected it
    accusers: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Position:
    """What some claims agree on: an object, a value, or both."""

    object_id: str | None
    value: Value | None
    negated: bool
    claims: list[ClaimRecord] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # source key -> label

    @property
    def values(self) -> list[Value]:
        return [claim.value for claim in self.claims if claim.value is not None]


@dataclass(slots=True)
class Verdict:
    subject_id: str
    predicate: str
    verdict: VerdictKind
    positions: list[Position]
    best_estimate: Value | str | None = None  # a value, or an entity id for object predicates
    note: str | None = None  # e.g. two articles citing one report

    @property
    def claims(self) -> list[ClaimRecord]:
        return [claim for position in self.positions for claim in position.claims]

    @property
    def independent_sources(self) -> int:
        return len({key for position in self.positions for key in position.sources})
