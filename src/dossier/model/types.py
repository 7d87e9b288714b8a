"""The data model every stage shares: plain dataclasses, free of I/O.

Offsets are character offsets into ``Document.text`` (the normalised text that
is stored), half-open: ``text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

EntityType = Literal["organization", "person", "place", "event", "other"]
Precision = Literal["day", "month", "season", "year", "decade", "unknown"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read, before annotation."""

    id: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: datetime | None = None
    lang: str | None = None
    origin: str | None = None  # where it was read from: a path, "path:line", "<stdin>"
    id_given: bool = False  # True when the id came from the input, not the content hash
    whole_file: bool = False  # True when the document is a whole file; re-reading it replaces it
    notes: tuple[str, ...] = ()  # things worth telling the user (encoding guessed, date ignored)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as named in one document, before cross-document resolution."""

    type: EntityType
    name: str  # canonical name when an alias matched, else the surface form
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention as the annotator found it, and the entity it names if known."""

    start: int
    end: int
    label: str  # spaCy label (ORG, PERSON, GPE...)
    sentence_index: int
    text: str
    entity: EntityRef | None = None


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A stretch of time: 'early 2015' is 2015-01-01..2015-04-30 at season precision."""

    start: date | None
    end: date | None
    precision: Precision
    text: str = ""

    def contains(self, other: TimeSpan) -> bool:
        if None in (self.start, self.end, other.start, other.end):
            return False
        return self.start <= other.start and other.end <= self.end  # type: ignore[operator]

    def overlaps(self, other: TimeSpan) -> bool:
        if None in (self.start, self.end, other.start, other.end):
            return False
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    def until_end(self) -> TimeSpan | None:
        """What lasted until this span ended ('left the band in 1984': until 1984)."""
        return None if self.end is None else TimeSpan(None, self.end, self.precision, self.text)

    def from_start(self) -> TimeSpan | None:
        """What began when this span began ('replaced her in 1984': since 1984)."""
        return None if self.start is None else TimeSpan(self.start, None, self.precision, self.text)


@dataclass(frozen=True, slots=True)
class Range:
    """A count: 'around 2,500' is Range(2500, 2500, approx=True); 'over 1,400' is bounded below."""

    min: int | None
    max: int | None
    approx: bool = False
    bound: str | None = None  # "more than" | "less than" | "at least" | "at most" | None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Money:
    amount: float
    currency: str  # ISO 4217
    bound: str | None = None  # "more than" | "less than" | "about" | None
    text: str = ""


Value = TimeSpan | Range | Money | str


@dataclass(frozen=True, slots=True)
class Evidence:
    document_id: str
    sentence_index: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A typed statement about an entity, tied to the words that make it."""

    subject: EntityRef
    predicate: str
    evidence: Evidence
    object: EntityRef | None = None
    value: Value | None = None
    qualifier: str | None = None
    time_scope: TimeSpan | None = None
    hedged: bool = False
    attributed_to: str | None = None
    negated: bool = False
    via: EntityRef | None = None  # intermediary, for connected_via
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    gazetteer_id: str | None = None
    kind: str = "unknown"  # country | province | city | region | unknown
    country: str | None = None  # ISO 3166-1 alpha-2
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened: an attack, a strike, a surrender..."""

    type: str
    evidence: tuple[Evidence, ...]
    date: TimeSpan | None = None
    country: Place | None = None
    province: Place | None = None
    city: Place | None = None
    perpetrators: tuple[EntityRef, ...] = ()
    claimed: bool | None = None
    targets: tuple[str, ...] = ()
    killed: Range | None = None  # None: not said; Range(None, None): said to be unknown
    wounded: Range | None = None
    count: Range | None = None  # people who surrendered, were arrested...
    victims: tuple[str, ...] = ()  # who was killed, as the text says: 'an ISIS-Khorasan planner'
    # how the text ties each perpetrator to the event, in their order: claimed (by itself),
    # blamed (by others), suspected, denied (it said it had no part) or named (as the doer)
    stances: tuple[str, ...] = ()
    # who blamed or suspected each perpetrator, in their order ('' where no one is named)
    accusers: tuple[str, ...] = ()


@dataclass(slots=True)
class AnnotatedDocument:
    """What annotation and extraction make of one document; what the store writes."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    fingerprint: tuple[int, ...] = ()  # MinHash signature for near-duplicate detection
