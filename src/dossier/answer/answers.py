"""Cited answers: a sentence or two of plain English, the sources it rests on, and what
each source says when they disagree. Nothing is said that no claim supports."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from dossier.answer.embeddings import RERANK_POOL
from dossier.answer.events import (
    EventQuestion,
    find_events,
    names_incident,
    read_event_question,
    toll_phrase,
    when_phrase,
)
from dossier.answer.figures import counted_words, disagreeing, figures_in, side_by_side
from dossier.answer.passages import pick_passages
from dossier.answer.questions import Intent, asked_predicates, parse_question
from dossier.knowledge.ontology import Ontology, PredicateSpec, load_ontology
from dossier.model import Evidence, TimeSpan, Value
from dossier.model.dates import format_span, parse_time
from dossier.model.names import clean_name, name_key
from dossier.model.records import (
    DocumentSummary,
    EntityRecord,
    MergedEvent,
    Position,
    SearchHit,
    Verdict,
)
from dossier.reconcile.events import merged_events
from dossier.reconcile.relations import verdicts_between
from dossier.reconcile.sources import document_sources
from dossier.reconcile.values import describe_value, most_precise
from dossier.reconcile.verdicts import Reconciler
from dossier.resolve.refresh import pick_entity
from dossier.store import KnowledgeBase

RELATION_PREDICATES = ("hostile_to", "ally_of", "affiliate_of", "splinter_of", "connected_via")
OVERVIEW_PREDICATES = ("affiliate_of", "founded", "based_in", "member_count", "hostile_to")
MAX_CITATIONS = 8
MAX_PASSAGES = 3
TELLING_SCORE = 0.6  # another telling of the incident matches the question nearly as well
MAX_SUPPORT = 5  # sentences quoted after an answer from claims or events
MAX_REQUOTED = 2  # sentences cited but not yet quoted (an event's evidence) quoted besides
MAX_SUPPORT_COUNTING = 5  # a 'how many' answer quotes every source's figure it can
_STOP = frozenset(
    "a an the of in on at to for by with and or is are was were be been do does did what who "
    "whom which when where why how has have had it its they their this that these those "
    "anything something happen happened tell me about any there can could would should".split()
)


@dataclass(frozen=True, slots=True)
class Citation:
    document_id: str
    quote: str
    start: int
    end: int


@dataclass(slots=True)
class Answer:
    question: str
    answer: str
    verdict: str | None = None  # corroborated | conflicting | single-source | None
    citations: list[Citation] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)


class Answerer:
    """Answers questions about one knowledge base, as it was when the Answerer was made:
    entity names, resolution and document summaries are read once (a `Snapshot`)."""

    def __init__(self, kb: KnowledgeBase, ontology: Ontology | None = None) -> None:
        self.kb = kb
        self.ontology = ontology or load_ontology()
        self.snapshot = kb.snapshot()
        self.entities = {entity.id: entity for entity in self.snapshot.entities}
        self.canonical = self.snapshot.canonical
        self.documents: dict[str, DocumentSummary] = {d.id: d for d in self.snapshot.documents}
        self.reconciler = Reconciler(kb, self.ontology, self.snapshot)
        self._names: dict[str, str] = {}
        for entity in self.entities.values():
            for name in (entity.name, *entity.aliases):
                self._names.setdefault(name_key(name), self._head(entity.id))

    def _head(self, entity_id: str) -> str:
        return self.canonical.get(entity_id, entity_id)

    @cached_property
    def events(self) -> list[MergedEvent]:
        """Every event, merged across documents (computed on first use)."""
        return merged_events(self.kb, self.snapshot)

    def entity_named(self, name: str) -> EntityRecord:
        """The entity a user means by a name, alias or id (NotFoundError if none or several);
        its group's head."""
        record = self.entities.get(name)
        if record is not None:  # an id, as in URLs: no need to search every name
            return self.entities.get(self._head(name), record)
        return pick_entity(name, self.snapshot)

    def name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return ""
        entity = self.entities.get(self._head(entity_id)) or self.entities.get(entity_id)
        return entity.name if entity else entity_id

    # ---- finding what the question is about -------------------------------------------

    def find(self, text: str | None) -> EntityRecord | None:
        """The entity a name in a question refers to: the whole name, else its longest part."""
        if not text:
            return None
        written = re.findall(r"[\w'’.-]+", text)
        found = self._find_in(written)  # 'People's Army' is a name; 'Hamas's' holds one
        return found or self._find_in([_unpossessive(word) for word in written])

    def _find_in(self, words: list[str]) -> EntityRecord | None:
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                candidate = name_key(" ".join(words[start : start + size]).strip("."))
                if candidate in _STOP:
                    continue
                head = self._names.get(candidate)
                if head is None:
                    known = self.ontology.entity(candidate)
                    head = self._names.get(name_key(known.name)) if known else None
                if head is not None:
                    return self.entities.get(head)
        return None

    def entities_in(self, text: str) -> list[EntityRecord]:
        """Every entity a question names, in the order named; the longest name wins where
        names overlap ('Islamic State in the Greater Sahara' over 'Islamic State')."""
        words = [word.strip(".") for word in re.findall(r"[\w'’.-]+", text)]
        taken = [False] * len(words)
        found: list[tuple[int, EntityRecord]] = []
        for size in range(min(len(words), 8), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                window = words[start : start + size]
                candidate = name_key(" ".join(window))
                if candidate in _STOP or len(candidate) < 2:
                    continue
                head = self._names.get(candidate) or self._names.get(
                    name_key(" ".join([*window[:-1], _unpossessive(window[-1])]))
                )
                entity = self.entities.get(head) if head else None
                if entity is None:
                    continue
                taken[start : start + size] = [True] * size
                if all(entity.id != seen.id for _, seen in found):
                    found.append((start, entity))
        return [entity for _, entity in sorted(found, key=lambda item: item[0])]

    def ask(self, question: str) -> Answer:
        question = unicodedata.normalize("NFC", question)  # a decomposed 'é' is one letter
        intent = parse_question(question, self.ontology)
        if intent.kind == "events_on" and _readable_date(intent.date):
            return self._events_on(question, intent)
        if intent.kind == "events_on":  # 'what happened to X' names no date
            answer = self._unformed(question)
            return answer if answer.citations else self._events_on(question, intent)
        subject = self.find(intent.subject) if intent.subject else None
        if intent.subject and (subject is None or not self._names_whole(intent.subject)):
            # a form fitted around more than a name: 'who is X's current leader'
            asked = self._by_words(question)
            if asked is not None:
                return asked
        if intent.subject and subject is None:
            return Answer(
                question,
                f"The knowledge base has nothing about '{intent.subject}'.",
            )
        if intent.kind == "relation" and subject is not None:
            other = self.find(intent.other)
            if other is None:
                return Answer(question, f"The knowledge base has nothing about '{intent.other}'.")
            return self._relation(question, subject, other)
        if intent.kind == "predicate" and subject is not None and intent.predicate:
            return self._predicate(question, subject, intent.predicate, intent.subject or "")
        if intent.kind == "overview" and subject is not None:
            return self._overview(question, subject)
        return self._unformed(question)

    def _unformed(self, question: str) -> Answer:
        """A question no form fits whole: an incident it names, else what its words ask of
        the entities it names, else the closest passages."""
        incident = read_event_question(question, self.ontology)
        if incident is not None and names_incident(question, self.ontology):
            return self._incident(question, incident)
        asked = self._by_words(question)
        if asked is not None:
            return asked
        if incident is not None:
            return self._incident(question, incident)
        return self._passages(question)

    def _names_whole(self, written: str) -> bool:
        """Whether a question's subject is a name and nothing more ('the SLF', not 'the
        SLF's current leader')."""
        return self._names.get(name_key(clean_name(written))) is not None or (
            self.ontology.entity(name_key(clean_name(written))) is not None
        )

    def _by_words(self, question: str) -> Answer | None:
        """A question no whole form fits, read by its words: the entities it names and the
        predicates its words ask (lexicons/questions.yaml `asks`). None when it names no
        organisation or person, or asks no predicate."""
        predicates = [p for p in asked_predicates(question) if p in self.ontology.predicates]
        named = [e for e in self.entities_in(question) if e.type in ("organization", "person")]
        if not predicates or not named:
            return None
        subject = named[0]
        if len(named) > 1 and any(
            p in RELATION_PREDICATES or p == "affiliate_of" for p in predicates
        ):
            return self._relation(question, subject, named[1])
        verdicts = [v for p in predicates for v in self.verdicts_for(subject, p)]
        specs = [self.ontology.predicates[p] for p in predicates]
        if not verdicts:
            unanswered = Answer(
                question,
                f"No source in the knowledge base states {_join([s.label for s in specs])} "
                f"for {subject.name}.",
            )
            return self._with_support(unanswered, question, about=subject, predicates=specs)
        sentences = [self.say(v, self.ontology.predicates[v.predicate]) for v in verdicts]
        answer = self._answer(question, " ".join(dict.fromkeys(sentences)), verdicts)
        return self._with_support(answer, question, about=subject, predicates=specs)

    # ---- answers from verdicts --------------------------------------------------------------

    def verdicts_for(self, subject: EntityRecord, predicate: str) -> list[Verdict]:
        spec = self.ontology.predicates.get(predicate)
        if spec is not None and spec.subject == "person":
            return self.inverse_verdicts(subject, predicate)
        return self.reconciler.verdicts(subject.id, predicate)

    def inverse_verdicts(self, subject: EntityRecord, predicate: str) -> list[Verdict]:
        """'Who leads X?': claims whose object is X."""
        members = set(self.reconciler.members(subject.id))
        verdicts = []
        for claim in self.kb.claims(predicate=predicate):
            if claim.object_id and self._head(claim.object_id) in {self._head(m) for m in members}:
                verdicts.extend(self.reconciler.verdicts(claim.subject_id, predicate))
        return verdicts

    def _predicate(
        self, question: str, subject: EntityRecord, predicate: str, written: str
    ) -> Answer:
        verdicts = self.verdicts_for(subject, predicate)
        spec = self.ontology.predicates[predicate]
        if not verdicts:
            asked = spec.questions[0].replace("{subject}", subject.name) if spec.questions else ""
            asked = f" “{asked}”" if asked and "{" not in asked else ""
            unanswered = Answer(question, f"No source in the knowledge base answers{asked}.")
            return self._with_support(
                unanswered, question, about=subject, written=written, predicate=spec
            )
        sentences = [self.say(verdict, spec) for verdict in verdicts]
        answer = self._answer(question, " ".join(sentences), verdicts)
        return self._with_support(answer, question, about=subject, written=written, predicate=spec)

    def _overview(self, question: str, subject: EntityRecord) -> Answer:
        verdicts = []
        for predicate in OVERVIEW_PREDICATES:
            verdicts.extend(self.reconciler.verdicts(subject.id, predicate))
        if not verdicts:
            return self._passages(question, about=subject)
        sentences = [self.say(v, self.ontology.predicates[v.predicate]) for v in verdicts]
        answer = self._answer(question, " ".join(sentences), verdicts)
        return self._with_support(answer, question, about=subject)

    def _relation(self, question: str, subject: EntityRecord, other: EntityRecord) -> Answer:
        found = verdicts_between(self.reconciler, subject.id, other.id, RELATION_PREDICATES)
        if not found:
            unanswered = Answer(
                question,
                f"No source in the knowledge base says how {subject.name} and {other.name} relate.",
            )
            return self._with_support(unanswered, question, about=subject, also=other)
        hostile = any(v.predicate == "hostile_to" and not v.positions[0].negated for v in found)
        allied = any(v.predicate == "ally_of" and not v.positions[0].negated for v in found)
        lead = "No: they are hostile." if hostile and not allied else ""
        lead = "Yes: they are allies." if allied and not hostile else lead
        sentences = [self.say(v, self.ontology.predicates[v.predicate]) for v in found]
        answer = self._answer(question, " ".join([lead, *sentences]).strip(), found)
        return self._with_support(answer, question, about=subject, also=other)

    def _answer(self, question: str, text: str, verdicts: list[Verdict]) -> Answer:
        kinds = {verdict.verdict for verdict in verdicts}
        overall = (
            "conflicting"
            if "conflicting" in kinds
            else "corroborated"
            if "corroborated" in kinds
            else "single-source"
        )
        claims = [claim for verdict in verdicts for claim in verdict.claims]
        return Answer(
            question,
            text,
            overall,
            citations=_citations(claim.evidence for claim in claims),
            claims=list(dict.fromkeys(claim.id for claim in claims)),
        )

    # ---- saying a verdict in words ----------------------------------------------------------

    def say(self, verdict: Verdict, spec: PredicateSpec) -> str:
        subject = self.name(verdict.subject_id)
        note = f" {verdict.note}." if verdict.note else ""
        if verdict.verdict == "conflicting":
            sides = "; ".join(self.side(p) for p in verdict.positions)
            return f"Sources disagree on {spec.label} for {subject}: {sides}.{note}"
        positions = sorted(verdict.positions, key=lambda p: -len(p.sources))
        if positions[0].object_id is not None:
            objects = _join([self._object_phrase(p) for p in positions])
            via = next((self.name(c.via_id) for p in positions for c in p.claims if c.via_id), "")
            text = spec.answer.format(
                subject=subject, objects=objects, values=objects, value=objects, via=via,
                label=spec.label, qualifier="",
            )  # fmt: skip
            note = f" {verdict.note}." if verdict.note else ""
            return f"{_capital(text)}.{note}"
        counted = spec.name == "attack_count"  # each figure with what it counts
        values = _join(
            [
                f"{describe_value(self._best(p))}"
                f"{' ' + (p.claims[0].qualifier or '') if counted else ''}"
                f" ({'; '.join(filter(None, [_when(p), _support(p)]))})"
                for p in positions
            ]
        )
        text = spec.answer.format(
            subject=subject, objects=values, values=values, value=values, via="",
            label=spec.label, qualifier="",
        )  # fmt: skip
        note = f" {verdict.note}." if verdict.note else ""
        return f"{_capital(text.strip())}.{note}"

    def _object_phrase(self, position: Position) -> str:
        """'Islamic State (in excess of $100 million; one source)'."""
        details = [describe_value(position.values[0])] if position.values else []
        details.append(_when(position))
        details.append(_support(position))
        return f"{self.name(position.object_id)} ({'; '.join(filter(None, details))})"

    def _best(self, position: Position) -> Value | None:
        return most_precise(position.values)

    def side(self, position: Position) -> str:
        claim = position.claims[0]
        what = _as_written(claim.value) or self.name(position.object_id)
        notes = [claim.qualifier] if claim.qualifier else []
        if _when(position):
            notes.append(_when(position))
        if claim.hedged:
            notes.append("hedged")
        if claim.negated:
            notes.append("denied")
        sources = ", ".join(position.sources.values())
        notes.append(f"according to {sources}" if sources else "one source")
        return f"{what} ({'; '.join(notes)})"

    # ---- events ------------------------------------------------------------------------------

    def _events_on(self, question: str, intent: Intent) -> Answer:
        span = parse_time(intent.date or "")
        if span is None or span.start is None or span.end is None:
            return Answer(question, f"'{intent.date}' is not a date I can read.")
        events = [
            event for event in self.events if event.date is not None and event.date.overlaps(span)
        ]
        if not events:
            return Answer(
                question, f"No event in the knowledge base happened on {format_span(span)}."
            )
        text = " ".join(self.event_sentence(event) for event in events)
        verdict = (
            "corroborated" if any(e.verdict == "corroborated" for e in events) else "single-source"
        )
        evidence = [item for event in events for item in event.evidence]
        return Answer(question, text, verdict, citations=_citations(evidence))

    def event_sentence(self, event: MergedEvent, dated: bool = True) -> str:
        """'On 8 June 2023, an armed assault by X in Mopti, Mali killed ... [2 sources]';
        without the date when ``dated`` is false (a timeline shows it already)."""
        if event.date is None:
            reported = self.first_reported(event)
            when = "At a date not given" + (f" (first reported {reported})" if reported else "")
        elif event.date.precision == "day":
            when = f"On {format_span(event.date)}"
        else:
            when = f"In {format_span(event.date)}"
        place = ", ".join(
            name
            for name in (
                (event.places.get("city") or {}).get("name"),
                self.name(event.province_id) if event.province_id else None,
                self.name(event.country_id) if event.country_id else None,
            )
            if name
        )
        by = (
            f" by {_join([self.name(p) for p in event.perpetrator_ids])}"
            if event.perpetrator_ids
            else ""
        )
        where = f" in {place}" if place else ""
        outcome = ""
        if event.victims:
            outcome = f" killed {_join(list(event.victims))}"
        elif event.killed is not None and event.killed.min:
            outcome = f" killed {event.killed.min}{'+' if event.killed.max is None else ''}"
        if event.count is not None and event.count.min:
            outcome += (
                f" ({event.count.text})" if event.count.text else f" ({event.count.min} people)"
            )
        targets = f" (target: {_join(list(event.targets))})" if event.targets else ""
        sources = f" [{len(event.sources)} source{'s' if len(event.sources) != 1 else ''}]"
        kind = EVENT_WORDS.get(event.type, event.type)
        what = f"{_article(kind)} {kind}{by}{where}{outcome}{targets}.{sources}"
        return f"{when}, {what}" if dated else _capital(what)

    def _incident(self, question: str, asked: EventQuestion) -> Answer:
        """An incident the question names, found among the merged events; else passages."""
        matches = find_events(asked, self.events, self._event_words)
        if not matches:
            return self._passages(question)
        event = matches[0].event
        # tellings resolution kept apart that the question finds as well as this one and
        # that cannot be another incident: their figures are heard too; so are those told
        # with every proper name the question gives the incident ('the Marlow bridge bombing')
        naming = self._incident_names(question, event)
        tellings = [event] + [
            match.event
            for match in matches[1:]
            if (
                match.score >= TELLING_SCORE * matches[0].score
                or (naming and self._incident_names(question, match.event) == naming)
            )
            and _may_be_one_incident(event, match.event)
        ]
        tolls = [toll for telling in tellings for toll in telling.tolls]
        evidence = tuple(item for telling in tellings for item in telling.evidence)
        kind = EVENT_WORDS.get(event.type, event.type)
        place = self._event_place(event)
        where = f" in {place}" if place else ""
        lead = f"The {kind} {when_phrase(event, self.first_reported(event))}{where}"
        conflicting = False
        if asked.focus in ("killed", "wounded"):
            figures, conflicting = toll_phrase(asked.focus, tolls)
            verb = "killed" if asked.focus == "killed" else "wounded"
            if figures:
                text = f"{lead} {verb}: {figures}."
                if conflicting:
                    text += " The sources give different figures."
            else:
                text = f"No source in the knowledge base gives how many were {verb} in {lead[4:]}."
        elif asked.focus == "perpetrator":
            perpetrators = dict.fromkeys(p for telling in tellings for p in telling.perpetrator_ids)
            names = _join([self.name(p) for p in perpetrators])
            if names:
                how = "claimed by" if event.claimed else "attributed to"
                text = f"{lead} was {how} {names}."
            else:
                text = f"No source in the knowledge base names who carried out {lead[4:]}."
        else:
            text = self.event_sentence(event)
            killed, _ = toll_phrase("killed", tolls)  # not what was asked: no verdict
            if killed:
                text += f" Killed: {killed}."
        verdict = "conflicting" if conflicting else event.verdict
        answer = Answer(question, text, verdict, citations=_event_citations(evidence))
        documents = {item.document_id for item in evidence}
        counts = (asked.focus,) if asked.focus in ("killed", "wounded") else ()
        return self._with_support(
            answer,
            question,
            documents=documents,
            counts=counts,
            naming=naming,
        )

    def _incident_names(self, question: str, event: MergedEvent) -> tuple[str, ...]:
        """The proper names a question gives an incident by that its telling holds too
        ('Marlow', 'Tessin'): another article's sentence holding them all tells of it,
        even where resolution kept that article's telling apart."""
        told = {w.casefold() for text in self._event_words(event) for w in re.findall(r"\w+", text)}
        written = re.findall(r"\w+", question)
        return tuple(
            dict.fromkeys(
                word.casefold()
                for word in written[1:]
                if word[:1].isupper() and word.casefold() in told and word.casefold() not in _STOP
            )
        )

    def first_reported(self, event: MergedEvent) -> str:
        """The earliest publication date of the articles telling an event ('5 July 2016'),
        for an event no source dates: a reader learns when it was news at least."""
        dates = []
        for item in event.evidence:
            summary = self.documents.get(item.document_id)
            span = parse_time(summary.published_at or "") if summary else None
            if span is not None and span.start is not None and span.end is not None:
                dates.append((span.start, span))
        return format_span(min(dates, key=lambda dated: dated[0])[1]) if dates else ""

    def _event_place(self, event: MergedEvent) -> str:
        names = [
            (event.places.get("city") or {}).get("name"),
            self.name(event.province_id) if event.province_id else None,
            self.name(event.country_id) if event.country_id else None,
        ]
        return ", ".join(dict.fromkeys(name for name in names if name))

    def _event_words(self, event: MergedEvent) -> list[str]:
        """What an event is known by: its places, actors, targets, kind and sentences."""
        texts = [event.type, EVENT_WORDS.get(event.type, event.type)]
        for place in event.places.values():
            texts.extend(str(value) for value in place.values() if value)
        for entity_id in (*event.perpetrator_ids, event.country_id, event.province_id):
            entity = self.entities.get(self._head(entity_id)) if entity_id else None
            if entity is not None:
                texts.extend((entity.name, *entity.aliases))
        texts.extend((*event.targets, *event.victims))
        texts.extend(item.quote for item in event.evidence)
        return texts

    # ---- passages ----------------------------------------------------------------------------

    def _with_support(
        self,
        answer: Answer,
        question: str,
        about: EntityRecord | None = None,
        also: EntityRecord | None = None,
        written: str = "",
        documents: set[str] | None = None,
        predicate: PredicateSpec | None = None,
        naming: tuple[str, ...] = (),
        predicates: list[PredicateSpec] | None = None,
        counts: tuple[str, ...] = (),
    ) -> Answer:
        """The answer followed by the sentences that best match the question (full-text
        candidates ordered by meaning): about the entity asked of, or from the documents
        that tell the incident (or holding every one of the names it is asked by,
        ``naming``). A reader sees what the sources say beside what Dossier
        made of it; for a 'how many' question, the figures they give (``counts``: what
        is counted, beside the words of the question), and whether those disagree."""
        skip = _STOP | {w.casefold() for w in re.findall(r"\w+", written)}
        words = [w for w in re.findall(r"\w+", question) if w.casefold() not in skip]
        specs = [predicate] if predicate is not None else predicates or []
        for spec in specs:
            # 'who leads X' finds 'X's leader', 'led by'
            words += sorted({w for cues in spec.cues.values() for w in cues if " " not in w})
        names = [name for entity in (about, also) if entity for name in self._all_names(entity)]
        hits = self._candidates(names, words)
        if documents is not None:
            hits = [hit for hit in hits if hit.document_id in documents or _holds(hit, naming)]
        # a sentence cited but not quoted (a claim's or an event's evidence) is the source's
        # own words for the answer: up to MAX_REQUOTED of them are quoted too
        cited = {(c.document_id, c.start) for c in answer.citations if c.quote in answer.answer}
        counted = counted_words(question, [*counts, *(spec.name for spec in specs)])
        limit, with_figures = MAX_SUPPORT, []
        if counted:  # sentences that give a figure for what is counted come first
            with_figures = [h for h in hits if figures_in([(h.document_id, h.text)], counted, {})]
            hits = with_figures + [hit for hit in hits if hit not in with_figures]
            limit = MAX_SUPPORT_COUNTING
        # Beside an answer from stored claims or events the sentences only show the
        # sources' words: ranking them by the words asked spares loading the model.
        held = {(c.document_id, c.start) for c in answer.citations}
        support = pick_passages(
            question,
            hits,
            limit + MAX_REQUOTED,
            names=names,
            words=words,
            skip=cited,
            by_meaning=not (answer.claims or answer.citations),
        )
        # sentences already cited (an event's evidence) are quoted beside, not instead of,
        # the ones that add a source
        fresh = [h for h in support if (h.document_id, h.start) not in held][:limit]
        support = [h for h in support if h in fresh or (h.document_id, h.start) in held]
        support = support[: len(fresh) + MAX_REQUOTED]
        if counted and with_figures:
            support = [h for h in support if h in with_figures] or support
        if not support:
            return answer
        quoted = " ".join(f"“{hit.text}”" for hit in support)
        answer.answer = f"{answer.answer} The sources also say: {quoted}"
        answer.citations += [
            Citation(h.document_id, h.text, h.start, h.end)
            for h in support
            if (h.document_id, h.start) not in held
        ]
        return self._with_figures(answer, counted) if counted else answer

    def _candidates(self, names: list[str], words: list[str]) -> list[SearchHit]:
        """Sentences that may support an answer: full-text hits for the names and words
        together, for the words alone and for the names alone (a sentence holding a
        name and one word asked can rank below sentences full of common words)."""
        found: dict[tuple[str, int], SearchHit] = {}
        queries = (
            (" ".join([*names, *words]), RERANK_POOL * 3),
            (" ".join(words), RERANK_POOL * 10),  # most are about other groups
            (" ".join(names), RERANK_POOL * 3),
        )
        for query, limit in queries:
            if not query:
                continue
            for hit in self.kb.search(query, limit=limit, any_word=True):
                found.setdefault((hit.document_id, hit.start), hit)
        return list(found.values())

    def _with_figures(self, answer: Answer, counted: frozenset[str]) -> Answer:
        """When independent sources quoted give figures that cannot both hold, say so
        side by side, and the verdict is 'conflicting'."""
        quoted = [(c.document_id, c.quote) for c in answer.citations]
        figures = figures_in(quoted, counted, self.sources)
        if answer.verdict != "conflicting" and disagreeing(figures):
            answer.answer += f" The sources give different figures: {side_by_side(figures)}."
            answer.verdict = "conflicting"
        return answer

    @cached_property
    def sources(self) -> dict[str, tuple[str, str]]:
        """Each document id -> its independent source (key, label)."""
        return document_sources(self.documents.values())

    def _all_names(self, entity: EntityRecord) -> list[str]:
        members = self.reconciler.members(entity.id)
        found = [entity.name, *entity.aliases]
        for member in members:
            record = self.entities.get(member)
            if record is not None:
                found += [record.name, *record.aliases]
        return list(dict.fromkeys(found))

    def _passages(
        self,
        question: str,
        about: EntityRecord | None = None,
        written: str = "",
        fallback: Answer | None = None,
    ) -> Answer:
        """The best-matching sentences: candidates by full-text search (BM25), ordered by
        meaning (sentence embeddings). About an entity, only sentences that name it and
        every other word asked (`fallback` when there are none); else sentences with
        every word, topped up with sentences with any of them."""
        skip = _STOP | {w.casefold() for w in re.findall(r"\w+", written)}
        words = [w for w in re.findall(r"\w+", question) if w.casefold() not in skip]
        if about is not None:
            words = [about.name, *words]
        query = " ".join(words)
        hits = self.kb.search(query, limit=RERANK_POOL)
        if len(hits) < MAX_PASSAGES and fallback is None:
            seen = {(hit.document_id, hit.start) for hit in hits}
            hits += [
                hit
                for hit in self.kb.search(query, limit=RERANK_POOL, any_word=True)
                if (hit.document_id, hit.start) not in seen
            ][: RERANK_POOL - len(hits)]
        # BM25 found them by their words; order them by meaning
        hits = pick_passages(question, hits, MAX_PASSAGES)
        if not hits:
            return fallback or Answer(
                question, "Nothing in the knowledge base answers this question."
            )
        lines = " ".join(f'"{hit.text}"' for hit in hits)
        citations = [Citation(h.document_id, h.text, h.start, h.end) for h in hits]
        lead = fallback.answer[:-1] + ";" if fallback else "No claim answers this directly;"
        return Answer(question, f"{lead} the closest passages say: {lines}", None, citations)


def ask(kb: KnowledgeBase, question: str) -> Answer:
    """Answer one question from the knowledge base, with citations."""
    return Answerer(kb).ask(question)


def _citations(evidence: object) -> list[Citation]:
    seen: dict[tuple[str, int, int], Citation] = {}
    for item in evidence:  # type: ignore[attr-defined]
        assert isinstance(item, Evidence)
        key = (item.document_id, item.start, item.end)
        seen.setdefault(key, Citation(item.document_id, item.quote, item.start, item.end))
    return list(seen.values())[:MAX_CITATIONS]


def _event_citations(evidence: tuple[Evidence, ...]) -> list[Citation]:
    """An event's evidence, the first sentence of each document first, so that every
    source is cited before any source is cited twice."""
    first: dict[str, Evidence] = {}
    for item in evidence:
        first.setdefault(item.document_id, item)
    ordered = [*first.values(), *(item for item in evidence if item not in first.values())]
    return _citations(ordered)


def _holds(hit: SearchHit, names: tuple[str, ...]) -> bool:
    """Whether a sentence holds every one of some names (none: no)."""
    held = {word.casefold() for word in re.findall(r"\w+", hit.text)}
    return bool(names) and all(name in held for name in names)


def _may_be_one_incident(first: MergedEvent, second: MergedEvent) -> bool:
    """Whether two tellings can be of one incident: no two days, countries or disjoint
    sets of perpetrators."""
    if first.date is not None and second.date is not None and not first.date.overlaps(second.date):
        return False
    if first.country_id and second.country_id and first.country_id != second.country_id:
        return False
    return not (
        first.perpetrator_ids
        and second.perpetrator_ids
        and not set(first.perpetrator_ids) & set(second.perpetrator_ids)
    )


def _when(position: Position) -> str:
    """The time a position's claims give ('in mid-2019'), if any."""
    spans = [
        claim.time_scope
        for claim in position.claims
        if claim.time_scope is not None and claim.time_scope != claim.value
    ]
    return format_span(spans[0]) if spans else ""


def _as_written(value: Value | None) -> str:
    """A value in its source's own words where it has them ('March 29, 1969'), so that
    rival values read as each source gave them."""
    if isinstance(value, TimeSpan) and value.text:
        return re.sub(
            r"^(?:on|in|at|since|by|from|around|the)\s+", "", value.text.strip(), flags=re.I
        )
    return describe_value(value)


def _readable_date(text: str | None) -> bool:
    span = parse_time(text or "")
    return span is not None and span.start is not None and span.end is not None


def _unpossessive(word: str) -> str:
    """'Haram's' -> 'Haram', 'Houthis'' -> 'Houthis'."""
    return re.sub(r"['’]s?$", "", word)


def _support(position: Position) -> str:
    count = len(position.sources)
    return f"{count} independent sources" if count > 1 else "one source"


EVENT_WORDS = {
    "bombing/explosion": "bombing",
    "hostage taking (kidnapping)": "kidnapping",
    "hostage taking (barricade incident)": "hostage siege",
    "facility/infrastructure attack": "attack on property",
}


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _join(items: list[str]) -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


__all__ = ["Answer", "Answerer", "Citation", "ask"]
