"""An entity's profile, in the shape analysts use (Mapping Militant Organizations, CSIS
briefs), as data: sections of statements, each carrying footnotes to its sources.

The renderers (Markdown, HTML, JSON) only lay this out; they add no facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dossier.answer.answers import Answerer
from dossier.answer.events import toll_phrase
from dossier.knowledge.ontology import PredicateSpec
from dossier.model import Evidence, Range, TimeSpan
from dossier.model.dates import format_span
from dossier.model.names import clean_name
from dossier.model.records import DocumentSummary, EntityRecord, MergedEvent, Position, Verdict
from dossier.store import KnowledgeBase

# Which predicate goes in which section, and the sections' order, are the ontology's
# (`profile_sections`, and each predicate's `profile`).


@dataclass(slots=True)
class Source:
    number: int
    document_id: str
    title: str
    publisher: str | None
    published_at: str | None
    quote: str
    start: int
    end: int


@dataclass(slots=True)
class Statement:
    text: str
    footnotes: list[int]
    verdict: str | None = None


@dataclass(slots=True)
class SizeEstimate:
    estimate: str
    scope: str
    when: str
    hedged: bool
    source: str
    footnotes: list[int]
    claim_id: str = ""
    low: int | None = None  # the figures, for charts: 'around 1,500 to 2,200' -> 1500, 2200
    high: int | None = None
    since: str | None = None  # ISO start of the time scope, for ordering


@dataclass(slots=True)
class TimelineEntry:
    when: str
    what: str
    footnotes: list[int]
    verdict: str


@dataclass(slots=True)
class Contested:
    fact: str
    sides: list[Statement]

    @property
    def footnotes(self) -> list[int]:
        return list(dict.fromkeys(n for side in self.sides for n in side.footnotes))


@dataclass(slots=True)
class Section:
    key: str
    title: str
    statements: list[Statement] = field(default_factory=list)


@dataclass(slots=True)
class Profile:
    id: str
    name: str
    type: str
    gazetteer_id: str | None
    aliases: list[Statement]
    overview: list[Statement]
    sections: list[Section]
    sizes: list[SizeEstimate]
    size_notes: list[Statement]  # e.g. two articles citing one report
    timeline: list[TimelineEntry]
    contested: list[Contested]
    sources: list[Source]
    generated: str


class ProfileBuilder:
    """Collects statements and numbers their sources as footnotes, in order of first use."""

    def __init__(self, kb: KnowledgeBase, answerer: Answerer | None = None) -> None:
        self.kb = kb
        self.answerer = answerer or Answerer(kb)
        self.documents = self.answerer.documents
        self.sources: list[Source] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def cite(self, evidence: list[Evidence]) -> list[int]:
        numbers = []
        for item in evidence:
            key = (item.document_id, item.start, item.end)
            if key not in self._numbers:
                self._numbers[key] = len(self.sources) + 1
                self.sources.append(self._source(self._numbers[key], item))
            if self._numbers[key] not in numbers:
                numbers.append(self._numbers[key])
        return numbers

    def _source(self, number: int, item: Evidence) -> Source:
        summary: DocumentSummary | None = self.documents.get(item.document_id)
        title = item.document_id
        if summary is not None:
            title = summary.title or Path(summary.origin or summary.id).name
        return Source(
            number,
            item.document_id,
            title,
            summary.publisher if summary else None,
            summary.published_at if summary else None,
            item.quote,
            item.start,
            item.end,
        )

    def statement(self, verdict: Verdict) -> Statement:
        spec = self.answerer.ontology.predicates[verdict.predicate]
        text = self.answerer.say(verdict, spec) + self._gazetteer_ids(verdict)
        return Statement(text, self.cite([c.evidence for c in verdict.claims]), verdict.verdict)

    def _gazetteer_ids(self, verdict: Verdict) -> str:
        """' Gazetteer: Nangarhar AF-NAN, Kunar AF-KNR.' for verdicts about places."""
        ids = []
        for position in verdict.positions:
            place = self.answerer.entities.get(position.object_id or "")
            if place is not None and place.gazetteer_id:
                ids.append(f"{place.name} {place.gazetteer_id}")
        return f" Gazetteer: {', '.join(dict.fromkeys(ids))}." if ids else ""

    def build(self, entity: EntityRecord) -> Profile:
        reconciler = self.answerer.reconciler
        ontology = self.answerer.ontology
        verdicts = {v.predicate: v for v in reconciler.verdicts(entity.id)}
        # 'X leads Y' is said of the person: an organisation's profile takes it inverted
        about_it: dict[str, list[Verdict]] = {
            name: [verdicts[name]] if name in verdicts else [] for name in ontology.predicates
        }
        if entity.type == "organization":
            for name, spec in ontology.predicates.items():
                if spec.subject == "person" and spec.object == "organization":
                    about_it[name] = self.answerer.inverse_verdicts(entity, name)
        overview = [
            self.statement(verdicts[p])
            for p in ("affiliate_of", "founded", "based_in")
            if p in verdicts
        ]
        sections = []
        for key, title in ontology.profile_sections:
            statements = [
                self.statement(verdict)
                for name, spec in ontology.predicates.items()
                if spec.profile == key
                for verdict in about_it[name]
            ]
            statements += [
                statement
                for name, spec in ontology.predicates.items()
                if spec.profile == key
                for statement in self._offices(entity, spec, about_it[name])
            ]
            sections.append(Section(key, title, statements))
        members = reconciler.members(entity.id)
        return Profile(
            id=entity.id,
            name=entity.name,
            type=entity.type,
            gazetteer_id=entity.gazetteer_id,
            aliases=self._aliases(members),
            overview=overview,
            sections=sections,
            sizes=self._sizes(verdicts.get("member_count")),
            size_notes=self._notes(verdicts.get("member_count")),
            timeline=self._timeline(members, entity),
            contested=self._contested([v for found in about_it.values() for v in found]),
            sources=self.sources,
            generated=date.today().isoformat(),
        )

    def _offices(
        self, entity: EntityRecord, spec: PredicateSpec, verdicts: list[Verdict]
    ) -> list[Statement]:
        """The people the sources give an office naming the group that the predicate asks
        for ('chief of Jaish-e-Mohammad' for its leadership), beside those its claims name."""
        said = {self.answerer.canonical.get(v.subject_id, v.subject_id) for v in verdicts}
        offices = [
            claim
            for claim in self.answerer.offices_naming(entity, spec)
            if self.answerer.canonical.get(claim.subject_id, claim.subject_id) not in said
        ]
        return [
            Statement(
                line,
                self.cite([claim.evidence for claim in held]),
                "corroborated" if several else "single-source",
            )
            for line, held, several in self.answerer.holders(offices)
        ]

    def _aliases(self, members: list[str]) -> list[Statement]:
        """Each name the entity goes by, cited where an article first uses it."""
        seen: dict[str, Evidence] = {}
        for mention, sentence in self.kb.mentions_of(members):
            name = clean_name(mention.text)
            if name and name.casefold() not in {n.casefold() for n in seen}:
                seen[name] = sentence
        return [
            Statement(f"Named “{name}”.", self.cite([evidence])) for name, evidence in seen.items()
        ]

    def _sizes(self, verdict: Verdict | None) -> list[SizeEstimate]:
        if verdict is None:
            return []
        estimates = []
        for position in verdict.positions:
            for claim in position.claims:
                estimates.append(
                    SizeEstimate(
                        estimate=claim.value_text or "",
                        scope=claim.qualifier or "",
                        when=format_span(claim.time_scope) if claim.time_scope else "undated",
                        hedged=claim.hedged,
                        source=claim.attributed_to or _label(position),
                        footnotes=self.cite([claim.evidence]),
                        claim_id=claim.id,
                        low=claim.value.min if isinstance(claim.value, Range) else None,
                        high=claim.value.max if isinstance(claim.value, Range) else None,
                        since=_start(claim.time_scope),
                    )
                )
        return estimates

    def _notes(self, verdict: Verdict | None) -> list[Statement]:
        if verdict is None or not verdict.note:
            return []
        cited = [c.evidence for c in verdict.claims if c.attributed_to]
        return [Statement(f"{verdict.note}.", self.cite(cited))]

    def _timeline(self, members: list[str], entity: EntityRecord) -> list[TimelineEntry]:
        involved = set(members)
        mentioned_in = {
            (evidence.document_id, evidence.sentence_index)
            for _mention, evidence in self.kb.mentions_of(members, limit=2000)
        }
        entries = []
        for event in self.answerer.events_of(entity):
            if not _involves(event, involved, entity, mentioned_in):
                continue
            sentence = self.answerer.event_sentence(event, dated=False)
            for kind in ("killed", "wounded"):
                # each source's own figure, as a timeline where the toll rose report by report
                told = [toll for toll in event.tolls if toll.kind == kind]
                if len({toll.count.min for toll in told}) > 1:
                    sentence += f" {kind.capitalize()}: {toll_phrase(kind, told)[0]}."
            when = format_span(event.date) if event.date else "undated"
            entries.append(
                TimelineEntry(when, sentence, self.cite(list(event.evidence)), event.verdict)
            )
        return entries

    def _contested(self, verdicts: list[Verdict]) -> list[Contested]:
        contested = []
        for verdict in verdicts:
            if verdict.verdict != "conflicting":
                continue
            spec = self.answerer.ontology.predicates[verdict.predicate]
            sides = [
                Statement(
                    f"“{position.claims[0].evidence.quote}”: {self.answerer.side(position)}",
                    self.cite([claim.evidence for claim in position.claims]),
                )
                for position in verdict.positions
            ]
            contested.append(Contested(spec.label, sides))
        return contested


def _start(span: TimeSpan | None) -> str | None:
    return span.start.isoformat() if span is not None and span.start else None


def _label(position: Position) -> str:
    return ", ".join(position.sources.values()) or "one source"


def _involves(
    event: MergedEvent,
    entity_ids: set[str],
    entity: EntityRecord,
    mentioned_in: set[tuple[str, int]],
) -> bool:
    if entity_ids & set(event.perpetrator_ids):
        return True
    if entity.name in event.targets:
        return True
    return any((e.document_id, e.sentence_index) in mentioned_in for e in event.evidence)


def build_profile(kb: KnowledgeBase, name: str, answerer: Answerer | None = None) -> Profile:
    """The profile of the entity a name (or alias, or id) refers to. A long-lived caller
    passes its `Answerer` so that what it loaded once is not read again."""
    answerer = answerer or Answerer(kb)
    return ProfileBuilder(kb, answerer).build(answerer.entity_named(name))
