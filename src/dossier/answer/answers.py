"""Cited answers: a sentence or two of plain English, the sources it rests on, and what
each source says when they disagree. Nothing is said that no claim supports."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise

from dossier.answer.citing import STOPS, each_source_first, unwrapped
from dossier.answer.embeddings import RERANK_POOL
from dossier.answer.events import (
    EventMatch,
    EventQuestion,
    answering_first,
    answering_sentences,
    asks_group_acts,
    culprits_named,
    find_events,
    focus_cues_of,
    incident_nouns,
    names_incident,
    read_event_question,
    toll_phrase,
    when_phrase,
)
from dossier.answer.figures import (
    claimed_figures,
    counted_words,
    differing,
    disagreeing,
    figures_in,
    restates_figure,
    rival_figures,
    side_by_side,
)
from dossier.answer.offices import asked_offices, holds_office, office_head, tells_of
from dossier.answer.passages import anaphors as _anaphors
from dossier.answer.passages import answer_kind, names_any, pick_passages
from dossier.answer.questions import (
    Intent,
    asked_predicates,
    parse_question,
    question_parts,
    with_name,
)
from dossier.answer.tenure import TakingOffice, read_taking_office, year_told_before
from dossier.knowledge.lexicons import lexicon, phrases, words
from dossier.knowledge.ontology import Ontology, PredicateSpec, load_ontology
from dossier.model import Evidence, Range, TimeSpan, Value
from dossier.model.dates import format_span, parse_time
from dossier.model.names import clean_name, initials, name_key
from dossier.model.records import (
    ClaimRecord,
    DocumentSummary,
    EntityRecord,
    MergedEvent,
    Position,
    ReportedToll,
    SearchHit,
    StoredDocument,
    Verdict,
)
from dossier.reconcile.events import merged_events
from dossier.reconcile.relations import verdicts_between
from dossier.reconcile.values import describe_value, most_precise
from dossier.reconcile.verdicts import Reconciler
from dossier.resolve.refresh import pick_entity
from dossier.store import KnowledgeBase

RELATION_PREDICATES = ("hostile_to", "ally_of", "affiliate_of", "splinter_of", "connected_via")
OVERVIEW_PREDICATES = (
    "affiliate_of",
    "ideology",
    "formed_from",
    "founded",
    "based_in",
    "member_count",
    "hostile_to",
)
COUNTED_PREDICATES = words(lexicon("questions"), "counted_predicates")
MAX_CITATIONS = 8
MAX_EVENT_CITATIONS = 12  # an incident is told by more articles than a fact, in more sentences
MENTIONS_READ = 2000  # an entity's mentions whose sentences tell its events (as profiles read)
EVENTS_OF_KEPT = 64  # entities whose events an Answerer keeps merged
ACTS_BATCH = 16  # clusters of a group's acts read and merged at a time
MAX_ALIASES = 4  # other names an overview gives
MIN_NAMING = 2  # proper names a question gives an incident by, for a whole article to tell it
MAX_PASSAGES = 3
MAX_ANSWERING = 3  # sentences of one article quoted for what an incident question asks
MAX_RIVAL_EVENTS = 3  # events on a date whose rival tolls are read
RIVAL_REACH = 2  # sentences either side of an incident's telling read for rival tolls
NAMING_TELLINGS = 5  # the best matches whose names may say which incident is asked
TELLING_SCORE = 0.6  # another telling of the incident matches the question nearly as well
MAX_GROUP_ACTS = 8  # incidents listed for 'what attacks has X carried out'
MAX_ACTS_QUOTED = 12  # their sentences quoted, at most MAX_ANSWERING of each
MAX_SENTENCE_CITED = 400  # longer 'sentences' are tables or run-on lists: the clause is cited
MAX_SUPPORT = 5  # sentences quoted after an answer from claims or events
# sentences an any-word search may rank for a support query: past it, only the sentences
# naming the entity and holding a word asked are ranked (its cost is what it matches)
MAX_RANKED = 10_000
MAX_REQUOTED = 3  # sentences cited but not yet quoted (an event's evidence) quoted besides
MAX_SUPPORT_COUNTING = 5  # a 'how many' answer quotes every source's figure it can
# a run of a folded name that SQL's case-insensitive LIKE finds on both backends (SQLite
# folds ASCII letters only), and the shortest run worth reading offices by
_PLAIN_RUN = re.compile(r"[a-z0-9][a-z0-9 ]*[a-z0-9]")
MIN_PROBE = 3
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
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
        spelled: dict[str, set[str]] = {}  # an organisation's initials -> its heads
        for entity in self.entities.values():
            for name in (entity.name, *entity.aliases):
                self._names.setdefault(name_key(name), self._head(entity.id))
                if entity.type == "organization" and " " in name:
                    spelled.setdefault(initials(name), set()).add(self._head(entity.id))
        # a question may use an acronym no article defines ('the LRA'): it names the one
        # organisation whose initials it spells, never one of several
        for acronym, heads in spelled.items():
            if len(acronym) >= 3 and len(heads) == 1:
                self._names.setdefault(name_key(acronym), next(iter(heads)))
        self._events_of: dict[str, list[MergedEvent]] = {}
        self._said: dict[str, ClaimRecord] = {}  # claims an answer rests on, by id
        self._quoted: set[tuple[str, int]] = set()  # quoted by earlier parts of a question
        self._named_many: dict[tuple[str, int], bool] = {}  # see _matches_many

    def _head(self, entity_id: str) -> str:
        return self.canonical.get(entity_id, entity_id)

    @cached_property
    def events(self) -> list[MergedEvent]:
        """Every event, merged across documents (computed on first use)."""
        return merged_events(self.kb, self.snapshot, sources=self.sources)

    def events_of(self, entity: EntityRecord) -> list[MergedEvent]:
        """The merged events an entity's page may show, in the order of `events`: every
        cluster naming one of its group as perpetrator, told in a sentence naming one
        (the first `MENTIONS_READ` mentions) or aimed at its name; the caller picks among
        them. Only those clusters are read and merged, unless `events` already is."""
        if "events" in self.__dict__:
            return self.events
        found = self._events_of.get(entity.id)
        if found is None:
            members = self.reconciler.members(entity.id)
            told_in = {
                (evidence.document_id, evidence.sentence_index)
                for _mention, evidence in self.kb.mentions_of(members, limit=MENTIONS_READ)
            }
            tellings = self.kb.tellings_involving(members, told_in, [entity.name])
            found = merged_events(self.kb, self.snapshot, tellings, self.sources)
            if len(self._events_of) >= EVENTS_OF_KEPT:
                self._events_of.pop(next(iter(self._events_of)))  # the oldest
            self._events_of[entity.id] = found
        return found

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
        parts = question_parts(question)
        incident = read_event_question(question, self.ontology)
        if len(parts) > 1 and not (incident and names_incident(question, self.ontology)):
            # an incident's reader takes every part
            return self._whole_sentences(self._ask_parts(question, parts))
        return self._whole_sentences(self._ask_one(question))

    def _taking_office(self, question: str, taking: TakingOffice) -> Answer | None:
        """'When did X become leader of Y': the years the sources date X's holding the
        office by (a claim's time scope, else the year its sentence dates it by the one
        before); two independent sources giving different years disagree. None when
        no claim of the office is dated, or X or Y is unknown."""
        person, group = self.find(taking.subject), self.find(taking.other)
        if person is None or group is None:
            return None
        groups = {self._head(member) for member in self.reconciler.members(group.id)}
        claims = [
            claim
            for verdict in self.reconciler.verdicts(person.id, taking.predicate)
            for position in verdict.positions
            if self._head(position.object_id or "") in groups and not position.negated
            for claim in position.claims
            if not claim.hedged
        ]
        years: dict[int, list[ClaimRecord]] = {}
        for claim in claims:
            year = self._year_taken(claim)
            if year is not None:
                years.setdefault(year, []).append(claim)
        if not years:
            return None
        keys = {year: {self._source_of(c)[0] for c in held} for year, held in years.items()}
        sides = [
            f"{year} ({', '.join(dict.fromkeys(self._source_of(c)[1] for c in held))})"
            for year, held in sorted(years.items())
        ]
        spec = self.ontology.predicates[taking.predicate]
        became = f"{self.name(person.id)} became {spec.label} {self.name(group.id)}"
        sourced = set().union(*keys.values())
        if len(years) > 1 and len(sourced) > 1:
            text, verdict = f"Sources disagree on when {became}: ", "conflicting"
        else:
            text = f"{_capital(became)} in "
            verdict = "corroborated" if len(sourced) > 1 else "single-source"
        held = [claim for year in sorted(years) for claim in years[year]]
        self._said.update((claim.id, claim) for claim in held)
        return Answer(
            question,
            text + "; ".join(sides) + ".",
            verdict,
            citations=_citations(each_source_first([claim.evidence for claim in held])),
            claims=list(dict.fromkeys(claim.id for claim in held)),
        )

    def _source_of(self, claim: ClaimRecord) -> tuple[str, str]:
        """The independent source (key, label) of a claim's article."""
        document_id = claim.evidence.document_id
        return self.sources.get(document_id, (document_id, document_id))

    def _year_taken(self, claim: ClaimRecord) -> int | None:
        """The year a claim dates the holding of an office from: its time scope's start,
        else the year its sentence dates it by the sentence before ('The following year')."""
        scope = claim.time_scope
        if scope is not None and scope.start is not None:
            return scope.start.year
        document = self.kb.document(claim.evidence.document_id)
        before = [s for s in document.sentences if s.end <= claim.evidence.start]
        if not before:
            return None
        previous = document.text[before[-1].start : before[-1].end]
        return year_told_before(claim.evidence.quote, previous)

    def _whole_sentences(self, answer: Answer) -> Answer:
        """The answer with each sentence it quotes whole where the article's line breaks
        cut it ('JI's stated goal is to create an Islamic state' / 'under Sharia law,
        comprising ... southern' / 'Thailand and ...'): a quoted sentence ending without a
        stop, in a lower-case word or before one, goes on in the next line of its
        paragraph; one opening in lower case began on the line before, unless that line
        ends with a stop. It is quoted and cited whole."""
        stored: dict[str, StoredDocument] = {}
        for index, citation in enumerate(answer.citations):
            quote = citation.quote.strip()
            if not quote:
                continue
            if citation.document_id not in stored:  # its text and sentences
                stored[citation.document_id] = self.kb.document(citation.document_id, False)
            document = stored[citation.document_id]
            # a claim's or an event's clause is cited as the sentence it is part of
            around = next(
                (s for s in document.sentences if s.start <= citation.start < s.end), None
            )
            start, end = citation.start, citation.end
            if (
                around is not None
                and around.end >= end
                and around.end - around.start <= (MAX_SENTENCE_CITED)
            ):
                start, end = around.start, around.end
            if quote in answer.answer and (quote[-1] not in STOPS or quote[:1].islower()):
                start, end = unwrapped(document.text, document.sentences, start, end)
            if (start, end) == (citation.start, citation.end):
                continue
            whole = document.text[start:end]
            spelt = " ".join(whole.split())
            # a clause of a sentence quoted whole already is not quoted again
            if quote in answer.answer and spelt not in answer.answer:
                answer.answer = answer.answer.replace(quote, spelt, 1)
            answer.citations[index] = Citation(citation.document_id, whole, start, end)
        return answer

    def _ask_parts(self, question: str, parts: list[str]) -> Answer:
        """A two-part question, each part answered in turn ('How many fighters does X have
        and how is it funded?'); a later part that names nobody is about what the first
        part named."""
        named = [e for e in self.entities_in(parts[0]) if e.type in ("organization", "person")]
        later = [
            e
            for p in parts[1:]
            for e in self.entities_in(p)
            if e.type in ("organization", "person")
        ]
        if not named and later and all(self.entities_in(part) for part in parts[1:]):
            # 'Who funded and who supports X?': the first part asks of X too
            parts = [f"{parts[0]} {later[0].name}", *parts[1:]]
        elif (not named or self._asks_what_happened(parts[0])) and any(
            not self.entities_in(part) for part in parts[1:]
        ):
            # 'What happened in X, and who was responsible?': both parts ask of one incident
            incident = read_event_question(question, self.ontology, unnamed=True)
            if incident and find_events(incident, self.events, self._event_words):
                return self._incident(question, incident)
        answers = []
        try:
            for index, part in enumerate(parts):
                if index and named and not self.entities_in(part):
                    part = with_name(part, named[0].name)
                answers.append(self._ask_one(part[:1].upper() + part[1:] + "?"))
                # a later part quotes other sentences than an earlier one did
                said = answers[-1]
                self._quoted.update(
                    (c.document_id, c.start) for c in said.citations if c.quote in said.answer
                )
        finally:
            self._quoted.clear()
        return _combined(question, answers)

    def _asks_what_happened(self, part: str) -> bool:
        """'What happened in X': a question about an incident at a place, not a date."""
        intent = parse_question(part, self.ontology)
        return intent.kind == "events_on" and not _readable_date(intent.date)

    def _ask_one(self, question: str) -> Answer:
        taking = read_taking_office(question)
        took = self._taking_office(question, taking) if taking else None
        if took is not None:
            return took
        intent = parse_question(question, self.ontology)
        if intent.kind == "events_on" and _readable_date(intent.date):
            return self._events_on(question, intent)
        if intent.kind == "events_on":  # 'what happened to X' names no date
            answer = self._unformed(question)
            return answer if answer.citations else self._events_on(question, intent)
        subject = self.find(intent.subject) if intent.subject else None
        if intent.subject and (subject is None or not self._names_whole(intent.subject)):
            # a form fitted around more than a name: 'who is X's current leader'
            asked = self._office(question) or self._by_words(question)
            if asked is not None:
                return asked
            if names_incident(question, self.ontology):
                # 'who is suspected of planning the X bombing': the form's subject is an act
                return self._unformed(question)
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
        """A question no form fits whole: an office it asks the holder of, an incident it
        names, else what its words ask of the entities it names, else the closest
        passages."""
        office = self._office(question)
        if office is not None:
            return office
        deadliest = self._deadliest(question)
        if deadliest is not None:
            return deadliest
        incident = read_event_question(question, self.ontology)
        if incident is not None and names_incident(question, self.ontology):
            return self._incident(question, incident)
        acts = self._group_acts(question)
        if acts is not None:
            return acts
        asked = self._by_words(question)
        if asked is not None and (asked.claims or incident is None or incident.year is None):
            return asked
        if incident is not None:
            # a dated act no claim answers ('who attacked X in June 2020') is an incident
            found = self._incident(question, incident)
            return found if asked is None or found.claims or found.verdict else asked
        return self._passages(question)

    def _group_acts(self, question: str) -> Answer | None:
        """'What other ELN attacks are mentioned?', 'What did the LRA do in December 2008?':
        the incidents the sources lay to the group the question names, in the time it
        gives if any, each with the sentences telling it. None when the question asks no
        such thing or no incident of the group is told."""
        groups = [e for e in self.entities_in(question) if e.type == "organization"]
        if not groups:
            return None
        name_words = {
            word for g in groups for name in self._all_names(g) for word in _name_tokens(name)
        }
        if not asks_group_acts(question, name_words):
            return None
        group = groups[0]
        span = parse_time(question)
        if span is not None and span.start is None:
            span = None
        done = self._acts_of(group, span)  # 'in late December 2008'
        if not done:
            return None
        names = self._all_names(group)
        each = max(1, min(MAX_ANSWERING, MAX_ACTS_QUOTED // len(done)))
        told = [
            item
            for event in done
            for item in answering_first(event.evidence, ("overview",), names)[:each]
        ]
        quoted = _citations(told, limit=MAX_ACTS_QUOTED)
        lines = " ".join(f"“{c.quote}”" for c in quoted)
        text = " ".join(self.event_sentence(event) for event in done)
        verdict = (
            "corroborated" if any(e.verdict == "corroborated" for e in done) else "single-source"
        )
        return Answer(
            question,
            f"The sources lay to {group.name}: {text} The sources also say: {lines}",
            verdict,
            citations=quoted,
        )

    def _acts_of(self, group: EntityRecord, span: TimeSpan | None) -> list[MergedEvent]:
        """The first `MAX_GROUP_ACTS` incidents laid to a group (overlapping ``span`` if
        given): dated ones in date order, then undated ones. Only the clusters that can
        come first are read and merged: a cluster's date is one of its tellings', so it
        starts no earlier than the earliest of them (`clusters_perpetrated_by`)."""

        def acts(events: list[MergedEvent]) -> list[MergedEvent]:
            done = [e for e in events if any(self._is_group(p, group) for p in e.perpetrator_ids)]
            if span is not None:
                done = [e for e in done if e.date is not None and e.date.overlaps(span)]
            return done

        def order(event: MergedEvent) -> tuple[bool, date, str]:
            return event.date is None or event.date.start is None, _start(event), event.id

        if "events" in self.__dict__:  # every event is merged already
            return sorted(acts(self.events), key=order)[:MAX_GROUP_ACTS]
        clusters = self.kb.clusters_perpetrated_by(self._perpetrators_of(group))
        done: list[MergedEvent] = []
        taken = 0
        while taken < len(clusters):
            following = clusters[taken]
            if len(done) >= MAX_GROUP_ACTS and (
                following.earliest is None or _start(done[-1]).isoformat() < following.earliest
            ):
                break  # no cluster left can come before the ones found
            if span is not None and (
                following.earliest is None
                or (span.end is not None and following.earliest > span.end.isoformat())
            ):
                break  # undated incidents, and those begun after it, are in no time asked
            batch = clusters[taken : taken + ACTS_BATCH]
            taken += len(batch)
            tellings = self.kb.cluster_tellings(batch)
            merged = merged_events(self.kb, self.snapshot, tellings, self.sources)
            done = sorted([*done, *acts(merged)], key=order)[:MAX_GROUP_ACTS]
        return done

    def _perpetrators_of(self, group: EntityRecord) -> list[str]:
        """The entities whose acts are the group's (`_is_group`): its members, and the
        members of every group whose name gives its acronym and a longer name of it."""
        found = set(self.reconciler.members(group.id))
        short = self.acronym(group.id)
        if short:
            for entity in self.entities.values():
                head = self._head(entity.id)
                if short in entity.name and head not in found and self._is_group(head, group):
                    found.update(self.reconciler.members(head))
        return sorted(found)

    def _is_group(self, perpetrator_id: str, group: EntityRecord) -> bool:
        """Whether a perpetrator is the group: one entity, or a name giving both the
        group's acronym and a longer name of it ('ELN members of the National Liberation
        Army'), which resolution kept apart."""
        if self._head(perpetrator_id) == self._head(group.id):
            return True
        short = self.acronym(group.id)
        written = self.name(perpetrator_id)
        longer = [name for name in self._all_names(group) if " " in name]
        return bool(short) and names_any(written, [short]) and names_any(written, longer)

    def _deadliest(self, question: str) -> Answer | None:
        """'What was X's deadliest attack?': of the incidents the sources tell of a group
        the question names, the one with the most killed; None when it asks no such thing
        or no incident of the group gives a toll."""
        folded = " ".join(re.findall(r"[\w']+", question.casefold()))
        if not any(f" {w} " in f" {folded} " for w in words(lexicon("questions"), "deadliest")):
            return None
        groups = [e for e in self.entities_in(question) if e.type == "organization"]
        if not groups:
            return None
        members = set(self.reconciler.members(groups[0].id))
        names = self._all_names(groups[0])
        naming: dict[str, bool] = {}  # document id -> whether it names the group

        def told_of(event: MergedEvent) -> bool:
            """Done by the group, or told naming it ('the group', 'it' in an article that
            names it count too)."""
            if members & set(event.perpetrator_ids):
                return True
            if event.perpetrator_ids:
                return False  # another group's
            for item in event.evidence:
                if names_any(item.quote, names):
                    return True
                if item.document_id not in naming:
                    named = self.kb.entity_ids_named_by(item.document_id)
                    naming[item.document_id] = bool(members & named)
                if naming[item.document_id] and names_any(item.quote, _anaphors()):
                    return True
            return False

        tolled = [e for e in self.events if e.killed is not None and e.killed.min and told_of(e)]
        if not tolled:
            return None
        event = max(tolled, key=lambda e: (e.killed.min or 0) if e.killed else 0)
        text = f"The deadliest incident the sources tell of {groups[0].name}: "
        text += self.event_sentence(event)
        killed, _ = toll_phrase("killed", list(event.tolls))
        text += f" Killed: {killed}." if killed else ""
        # other articles' tellings of it, by the proper names its sentences give it
        told = {w for item in event.evidence for w in re.findall(r"\b[A-Z][\w-]+", item.quote)}
        own = {w.casefold() for name in names for w in re.findall(r"[\w-]+", name)}
        terms = tuple(sorted({w.casefold() for w in told} - own - _STOP))
        matches = find_events(EventQuestion("killed", terms, None), self.events, self._event_words)
        best = max((m.score for m in matches), default=0.0)
        others = [
            match.event
            for match in matches
            if match.event.id != event.id
            and match.score >= TELLING_SCORE * best
            and match.event.type == event.type
            and _may_be_one_incident(event, match.event, self.same_group)
        ]
        evidence = answering_first(
            [*event.evidence, *(item for other in others for item in other.evidence)],
            ("killed",),
            names,
        )
        quoted = " ".join(f"“{item.quote}”" for item in evidence[:MAX_ANSWERING])
        text += f" The sources say: {quoted}" if quoted else ""
        return Answer(question, text, event.verdict, _event_citations(tuple(evidence)))

    def _office(self, question: str) -> Answer | None:
        """Who held an office the question asks of ('Who was Turkey's interior
        minister?'), from the offices the sources give people, each with when it was
        reported; None when it asks for no office or none is given."""
        for asked, context in asked_offices(question):
            found = [
                claim
                for claim in self._offices
                if holds_office(asked, _as_written(claim.value), claim.evidence.quote)
            ]
            if context:  # '... during the Karrada bombing': holders its articles name
                texts = {c.evidence.document_id: "" for c in found}
                for document_id in texts:
                    texts[document_id] = self.kb.document(document_id).text
                told = [c for c in found if tells_of(context, texts[c.evidence.document_id])]
                found = told or found
            if found:
                # the same office given elsewhere without its country is theirs too
                heads = {(c.subject_id, office_head(_as_written(c.value))) for c in found}
                found += [
                    claim
                    for claim in self._offices
                    if (claim.subject_id, office_head(_as_written(claim.value))) in heads
                    and claim not in found
                ]
                return self._holders(question, found)
        return None

    @cached_property
    def _offices(self) -> list[ClaimRecord]:
        return [c for c in self.kb.claims(predicate="holds_office") if not c.negated]

    @cached_property
    def _office_words(self) -> list[tuple[ClaimRecord, str, frozenset[str]]]:
        """Each office as written and its words, split once, not once per question."""
        return _with_words(self._offices)

    def _holders(self, question: str, claims: list[ClaimRecord]) -> Answer:
        found = self.holders(claims)
        independent = any(several for _line, _held, several in found)
        return Answer(
            question,
            " ".join(line for line, _held, _several in found),
            "corroborated" if independent else "single-source",
            citations=_citations(c.evidence for c in claims),
            claims=[c.id for c in claims],
        )

    def holders(self, claims: list[ClaimRecord]) -> list[tuple[str, list[ClaimRecord], bool]]:
        """Each holder of the offices ``claims`` give, first reported first: the line that
        says it ('Masood Azhar: chief of Jaish-e-Mohammad (reported February 2019; one
        source).'), the claims it rests on, and whether independent sources give it."""
        by_holder: dict[str, list[ClaimRecord]] = {}
        for claim in claims:
            by_holder.setdefault(self._head(claim.subject_id), []).append(claim)
        found = []
        for holder, held in sorted(by_holder.items(), key=lambda item: self._first(item[1])):
            sources = {self.sources.get(c.evidence.document_id, ("", ""))[0] for c in held}
            count = f"{len(sources)} sources" if len(sources) > 1 else "one source"
            when = self._reported(held)
            reported = f"reported {when}; " if when else ""
            office = max((_as_written(c.value) for c in held), key=len)  # the fullest
            found.append(
                (f"{self.name(holder)}: {office} ({reported}{count}).", held, len(sources) > 1)
            )
        return found

    def _first(self, claims: list[ClaimRecord]) -> str:
        """The earliest date (ISO) at which the sources tell of an office held, for order."""
        dates = [
            claim.time_scope.start.isoformat()
            for claim in claims
            if claim.time_scope is not None and claim.time_scope.start is not None
        ] + [
            summary.published_at
            for claim in claims
            if (summary := self.documents.get(claim.evidence.document_id)) and summary.published_at
        ]
        return min(dates, default="9999")

    def _reported(self, claims: list[ClaimRecord]) -> str:
        """When the sources tell of an office held: its time, else the earliest date of
        publication of the articles that give it ('November 2022')."""
        for claim in claims:
            if claim.time_scope is not None:
                return format_span(claim.time_scope)
        dates = sorted(
            summary.published_at
            for claim in claims
            if (summary := self.documents.get(claim.evidence.document_id)) and summary.published_at
        )
        span = parse_time(dates[0]) if dates else None
        return format_span(span) if span is not None else ""

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
        verdicts = [v for p in predicates for v in self._verdicts_asked(subject, p, named[1:])]
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

    def _verdicts_asked(
        self, subject: EntityRecord, predicate: str, others: list[EntityRecord]
    ) -> list[Verdict]:
        """The verdicts a question naming ``subject`` first asks: of a person, what the
        sources make them of the groups it names after ('what position did X hold in
        Y'); else `verdicts_for`."""
        spec = self.ontology.predicates.get(predicate)
        if spec is None or spec.subject != "person" or subject.type != "person":
            return self.verdicts_for(subject, predicate)
        heads = {self._head(m) for other in others for m in self.reconciler.members(other.id)}
        return [
            verdict
            for verdict in self.reconciler.verdicts(subject.id, predicate)
            if not heads or any(self._head(p.object_id or "") in heads for p in verdict.positions)
        ]

    def inverse_verdicts(self, subject: EntityRecord, predicate: str) -> list[Verdict]:
        """'Who leads X?': claims whose object is X (read by X's group's ids)."""
        members = self.reconciler.members(subject.id)
        heads = {self._head(m) for m in members}
        holders = dict.fromkeys(  # each person once, however many claims name them
            self._head(claim.subject_id)
            for claim in self.kb.claims(predicate=predicate, objects=members)
            if claim.object_id and self._head(claim.object_id) in heads
        )
        verdicts: list[Verdict] = []
        for holder in holders:
            found = self.reconciler.verdicts(holder, predicate)
            # a person's verdicts on other groups are not asked for
            verdicts.extend(
                v for v in found if any(self._head(p.object_id or "") in heads for p in v.positions)
            )
        return verdicts

    def _predicate(
        self, question: str, subject: EntityRecord, predicate: str, written: str
    ) -> Answer:
        verdicts = self.verdicts_for(subject, predicate)
        spec = self.ontology.predicates[predicate]
        said = {self._head(v.subject_id) for v in verdicts}
        offices = [
            c for c in self.offices_naming(subject, spec) if self._head(c.subject_id) not in said
        ]
        if offices:  # 'Masood Azhar, the chief of Jaish-e-Mohammad': an office naming the group
            held = self._holders(question, offices)
            if verdicts:
                answer = self._answer(
                    question, " ".join(self.say(v, spec) for v in verdicts), verdicts
                )
                answer.answer += f" {held.answer}"
                answer.citations += held.citations
                answer.claims += held.claims
                held = answer
            return self._with_support(
                held, question, about=subject, written=written, predicate=spec
            )
        if not verdicts:
            asked = spec.questions[0].replace("{subject}", subject.name) if spec.questions else ""
            asked = f" “{asked}”" if asked and "{" not in asked else ""
            unanswered = Answer(question, f"No source in the knowledge base answers{asked}.")
            return self._with_support(
                unanswered, question, about=subject, written=written, predicate=spec
            )
        sentences = [self.say(verdict, spec) for verdict in verdicts]
        answer = self._with_kindred(self._answer(question, " ".join(sentences), verdicts), verdicts)
        return self._with_support(answer, question, about=subject, written=written, predicate=spec)

    def _with_kindred(self, answer: Answer, verdicts: list[Verdict]) -> Answer:
        """The answer citing, besides, the claims of kindred predicates (lexicons/
        questions.yaml `kindred`) on the same subject and object: the sentences saying X
        operates in the place it is said to be based in corroborate it."""
        kindred = lexicon("questions").get("kindred") or {}
        found: list[Evidence] = []
        for verdict in verdicts:
            objects = {
                self._head(p.object_id) for p in verdict.positions if p.object_id and not p.negated
            }
            for other in kindred.get(verdict.predicate) or ():
                found += [
                    claim.evidence
                    for kin in self.reconciler.verdicts(verdict.subject_id, str(other))
                    for position in kin.positions
                    if position.object_id and self._head(position.object_id) in objects
                    for claim in position.claims
                    if not claim.negated and not claim.hedged
                ]
        cited = {(c.document_id, c.start) for c in answer.citations}
        answer.citations += [c for c in _citations(found) if (c.document_id, c.start) not in cited]
        return answer

    def offices_naming(self, group: EntityRecord, spec: PredicateSpec) -> list[ClaimRecord]:
        """The offices the sources give people that name a group and a role the predicate
        asks for ('chief of the terror group Jaish-e-Mohammad' for who leads it)."""
        roles = spec.cue("role_nouns")
        if spec.subject != "person" or not roles:
            return []
        names = [name for name in self._all_names(group) if len(name) > 2]
        # a name held whole is held as a substring of the folded text: that cheap test
        # spares matching every name against the tens of thousands of offices
        folded = [_plain(name) for name in names]
        return [
            claim
            for claim, written, words in self._offices_holding(folded)
            if words & roles
            and any(name in _plain(written) for name in folded)
            and names_any(written, names)
        ]

    def _offices_holding(self, folded: list[str]) -> list[tuple[ClaimRecord, str, frozenset[str]]]:
        """The offices (as `_office_words` gives them) whose text may hold one of these
        folded names: read by the longest plain run of each name's letters, in SQL,
        rather than every office of the knowledge base (all of them when a name has no
        such run, or when they are read already)."""
        probes = [max(_PLAIN_RUN.findall(name), key=len, default="") for name in folded]
        if "_office_words" in self.__dict__ or any(len(p) < MIN_PROBE for p in probes):
            return self._office_words
        claims = self.kb.claims(predicate="holds_office", value_holding=probes)
        return _with_words(c for c in claims if not c.negated)

    def _overview(self, question: str, subject: EntityRecord) -> Answer:
        verdicts = []
        for predicate in OVERVIEW_PREDICATES:
            verdicts.extend(self.reconciler.verdicts(subject.id, predicate))
        names = self.also_known_as(subject)
        if not verdicts:
            answer = self._passages(question, about=subject)
            answer.answer = f"{names} {answer.answer}" if names else answer.answer
            return self._with_incidents(answer, subject) if subject.type == "person" else answer
        sentences = [self.say(v, self.ontology.predicates[v.predicate]) for v in verdicts]
        answer = self._answer(question, " ".join([names, *sentences]).strip(), verdicts)
        return self._with_support(answer, question, about=subject)

    def _with_incidents(self, answer: Answer, person: EntityRecord) -> Answer:
        """A person no claim tells of, with the incidents the sources name them in ('the
        primary suspect in the attack'): in each article where a sentence names them with
        an incident word, the incident that article tells most of."""
        nouns = incident_nouns(self.ontology)
        documents = dict.fromkeys(
            evidence.document_id
            for _mention, evidence in self.kb.mentions_of(
                self.reconciler.members(person.id), limit=MENTIONS_READ
            )
            if nouns & set(re.findall(r"\w+", evidence.quote.casefold()))
        )
        found: list[MergedEvent] = []
        for document_id in documents:
            told = [
                (sum(item.document_id == document_id for item in event.evidence), event)
                for event in self.events
            ]
            most = max(told, key=lambda pair: pair[0], default=(0, None))
            if most[1] is not None and most[0] and most[1] not in found:
                found.append(most[1])
        if not found:
            return answer
        answer.answer += " Named in the sources' telling of: " + " ".join(
            self.event_sentence(event) for event in found
        )
        answer.citations += _event_citations(tuple(i for e in found for i in e.evidence))
        return answer

    def also_known_as(self, entity: EntityRecord) -> str:
        """'Houthis, also known as Ansar Allah.': the other names the sources give an
        entity (each spelling or plural once)."""
        seen = {_name_shape(entity.name)}
        others = []
        for alias in entity.aliases:
            shape = _name_shape(alias)
            # 'Islamic State group' or 'Albashir' is the name with a word more or less
            whole = _name_shape(entity.name)
            if shape not in seen and not shape.startswith(whole) and shape not in whole:
                seen.add(shape)
                others.append(alias)
        if not others:
            return ""
        return f"{entity.name}, also known as {_join(others[:MAX_ALIASES])}."

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
        self._said.update((claim.id, claim) for claim in claims)
        return Answer(
            question,
            text,
            overall,
            citations=_citations(each_source_first([claim.evidence for claim in claims])),
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
        if spec.name in COUNTED_PREDICATES:  # each figure with what it counts
            values = _join([_counted(p) for p in positions])
        else:
            values = _join(
                [
                    f"{describe_value(self._best(p))}"
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
        details = [self.acronym(position.object_id)] if position.object_id else []
        details.append(self._as_named(position))
        details += [describe_value(position.values[0])] if position.values else []
        details.append(_when(position))
        details.append(_support(position))
        return f"{self.name(position.object_id)} ({'; '.join(filter(None, details))})"

    def _as_named(self, position: Position) -> str:
        """'“Baloch Liberation Front” in the source': how the sources name an object when
        none of their sentences gives its name as the answer does (one spelling of several
        that resolution took for one entity)."""
        entity = self.entities.get(self._head(position.object_id or ""))
        if entity is None:
            return ""
        quotes = [claim.evidence.quote for claim in position.claims]
        if any(names_any(quote, [entity.name]) for quote in quotes):
            return ""
        written = [
            name
            for name in self._all_names(entity)
            # a shorter form of the name ('Sahrawi') is no other spelling of it
            if len(name) > 3
            and not name.isupper()
            and name.casefold() not in entity.name.casefold()
            and any(names_any(q, [name]) for q in quotes)
        ]
        if written:
            return f"“{max(written, key=len)}” in the source"
        # the sources' other spelling of the whole name ('al-Barqawi' for 'al Barqawi'):
        # a reader searching the articles for it finds them
        spelt = [name for name in entity.aliases if _spelt_alike(name, entity.name)]
        return f"also written “{spelt[0]}”" if spelt else ""

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
        parts = self._parts_named(position)
        if len(parts) >= 2 and not position.negated:
            # 'Y (southern Y, according to A; northwestern Y, according to B)'
            return f"{self.name(position.object_id)} ({'; '.join(parts)})"
        sources = ", ".join(position.sources.values())
        notes.append(f"according to {sources}" if sources else "one source")
        return f"{what} ({'; '.join(notes)})"

    def _parts_named(self, position: Position) -> list[str]:
        """The parts of a place the sources name ('southern Yemen'), each with its source:
        what a verdict on where a group is weighs (``reconcile.regions``)."""
        if position.object_id is None:
            return []
        parts: dict[str, str] = {}
        for claim in position.claims:
            if isinstance(claim.value, str) and claim.value not in parts:
                parts[claim.value] = f"{claim.value}, according to {self._source_of(claim)[1]}"
        return list(parts.values())

    # ---- events ------------------------------------------------------------------------------

    def _events_on(self, question: str, intent: Intent) -> Answer:
        span = parse_time(intent.date or "")
        if span is None or span.start is None or span.end is None:
            return Answer(question, f"'{intent.date}' is not a date I can read.")
        events = [
            event for event in self.events if event.date is not None and event.date.overlaps(span)
        ]
        # 'what happened in Tayaran Square, Baghdad, in January 2021': the names beside the
        # date say where; the events told with all of them are the ones asked about
        places = [
            word.casefold()
            for word in re.findall(r"[\w'’-]+", intent.date or "")
            if word[:1].isupper() and parse_time(word) is None
        ]
        if places:
            bags = [
                {w.casefold() for t in self._event_words(e) for w in re.findall(r"[\w'’-]+", t)}
                for e in events
            ]
            placed = [e for e, bag in zip(events, bags, strict=True) if set(places) <= bag]
            events = placed or events
        if not events:
            return Answer(
                question, f"No event in the knowledge base happened on {format_span(span)}."
            )
        text = " ".join(self.event_sentence(event) for event in events)
        verdict = (
            "corroborated" if any(e.verdict == "corroborated" for e in events) else "single-source"
        )
        evidence = [item for event in events for item in event.evidence]
        rival_citations: list[Citation] = []
        if len(events) <= MAX_RIVAL_EVENTS:  # one sentence giving two speakers' tolls
            for event in events:
                rivals, cited = self._rival_tolls(event.evidence, ("overview",))
                if rivals:
                    text += f" The sources give different figures: {rivals}."
                    verdict = "conflicting"
                    rival_citations += cited
        return Answer(question, text, verdict, citations=rival_citations + _citations(evidence))

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
        if event.wounded is not None and event.wounded.min:
            wounded = f"{event.wounded.min}{'+' if event.wounded.max is None else ''}"
            outcome += f" and wounded {wounded}" if outcome else f" wounded {wounded}"
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
        matches = self._naming_group(question, find_events(asked, self.events, self._event_words))
        if not matches:
            return self._passages(question)
        event = matches[0].event
        if not self._holds_place_named(question, event):
            # 'the 2018 attack on Tayaran Square': no telling of it is stored, only
            # another incident sharing a word; the sentences telling it answer
            return self._passages(question)
        # tellings resolution kept apart that the question finds as well as this one and
        # that cannot be another incident: their figures are heard too; so are those told
        # with every proper name the question gives the incident ('the Marlow bridge bombing')
        naming = self._incident_names(question, event)
        # when the best telling holds none of those names (it was found by the question's
        # other words), the names another close telling holds say which incident is meant
        gathering = naming or max(
            (self._incident_names(question, m.event) for m in matches[1:NAMING_TELLINGS]),
            key=len,
            default=(),
        )
        tellings = [event] + [
            match.event
            for match in matches[1:]
            if (
                match.score >= TELLING_SCORE * matches[0].score
                or (gathering and self._incident_names(question, match.event) == gathering)
                or _told_alike(event, match.event)
            )
            and _may_be_one_incident(event, match.event, self.same_group)
        ]
        tolls = [toll for telling in tellings for toll in telling.tolls]
        perpetrators = dict.fromkeys(p for telling in tellings for p in telling.perpetrator_ids)
        kind = EVENT_WORDS.get(event.type, event.type)
        place = self._event_place(event)
        where = f" in {place}" if place else ""
        lead = f"The {kind} {when_phrase(event, self.first_reported(event))}{where}"
        foci = asked.foci or (asked.focus,)
        told = tuple(item for telling in tellings for item in telling.evidence)
        said = [
            self._incident_focus(focus, event, lead, tolls, tellings, told, asked.terms)
            for focus in foci
        ]
        text = " ".join(dict.fromkeys(sentence for sentence, _ in said))
        conflicting = any(disagree for _, disagree in said)
        rivals, rival_citations = self._rival_tolls(told, foci)
        if rivals:  # one sentence gives two speakers' figures: the sources disagree
            text += f" The sources give different figures: {rivals}."
            conflicting = True
        verdict = "conflicting" if conflicting else event.verdict
        names = [n for p in perpetrators for n in self._all_names_of(p)]
        evidence = answering_first(
            (item for telling in tellings for item in telling.evidence), foci, names
        )
        answer = Answer(
            question,
            text,
            verdict,
            citations=rival_citations + _event_citations(tuple(evidence)),
        )
        documents = {item.document_id for item in evidence}
        counts = tuple(focus for focus in foci if focus in ("killed", "wounded"))
        answer = self._with_support(
            answer,
            question,
            documents=documents,
            counts=counts,
            naming=naming,
            told=tuple(evidence),
        )
        # an article quoted as telling the incident (it names it as the question does)
        # answers what is asked in its own sentences too, though resolution kept its
        # telling apart
        documents |= {c.document_id for c in answer.citations}
        answer = self._with_answering(answer, documents, foci, names, asked.terms)
        answer = self._with_continued(answer)
        if "perpetrator" in foci:
            answer = self._with_other_culprits(answer, event, tellings, perpetrators)
            answer = self._with_people_named(answer, tellings)
        return answer

    def _rival_tolls(
        self, told: tuple[Evidence, ...], foci: tuple[str, ...]
    ) -> tuple[str, list[Citation]]:
        """The figures of a toll that one sentence near an incident's telling gives by
        two speakers ('A local website gave a toll of at least 10, while state media
        said it was 25'), side by side, with that sentence cited; empty when none does.
        Read for questions on the toll or on the whole incident."""
        kinds = [focus for focus in foci if focus in ("killed", "wounded")]
        if not kinds and "overview" not in foci:
            return "", []
        cues = [cue for kind in kinds or ["killed"] for cue in focus_cues_of(kind)]
        near: dict[str, set[int]] = {}
        for item in told:
            indexes = near.setdefault(item.document_id, set())
            indexes.update(
                range(item.sentence_index - RIVAL_REACH, item.sentence_index + RIVAL_REACH + 1)
            )
        for document_id, indexes in near.items():
            document = self.kb.document(document_id)
            source = self.sources.get(document_id, (document_id, document_id))[1]
            for sentence in document.sentences:
                if sentence.index not in indexes:
                    continue
                quote = document.text[sentence.start : sentence.end]
                rivals = rival_figures(quote, cues)
                if rivals:
                    sides = "; ".join(
                        f"{describe_value(rival.count)} ({rival.speaker}, in {source})"
                        for rival in rivals
                    )
                    return sides, [Citation(document_id, quote, sentence.start, sentence.end)]
        return "", []

    def _with_people_named(self, answer: Answer, tellings: list[MergedEvent]) -> Answer:
        """Who did it, with the sentences telling the incident that name a person and that
        the answer does not quote yet ('The other is X, a mechanic who delivered the
        explosives'): those said to have done it are often named apart from any word of
        blame. A person the tellings give as hit is not one."""
        hit = {name.casefold() for t in tellings for name in (*t.victims, *t.targets)}
        officials = {self._head(claim.subject_id) for claim in self._offices}
        naming: list[tuple[bool, Citation]] = []
        told = [e for telling in tellings for e in telling.evidence]
        for item in _citations(told, limit=len(told)):
            if item.quote in answer.answer:
                continue
            people = [
                e
                for e in self.entities_in(item.quote)
                if e.type == "person" and e.name.casefold() not in hit
            ]
            if people:
                # a minister or a president the sources quote speaks of it: named last
                spoken = all(self._head(person.id) in officials for person in people)
                naming.append((spoken, item))
        quoted = [item for _, item in sorted(naming, key=lambda pair: pair[0])][:MAX_ANSWERING]
        if not quoted:
            return answer
        quoted += self._people_tied(quoted, tellings, answer)
        lines = " ".join(f"“{c.quote}”" for c in quoted)
        joiner = " " if " The sources also say: " in answer.answer else " The sources also say: "
        answer.answer = f"{answer.answer}{joiner}{lines}"
        cited = {(c.document_id, c.start) for c in answer.citations}
        answer.citations += [c for c in quoted if (c.document_id, c.start) not in cited]
        return answer

    def _people_tied(
        self, quoted: list[Citation], tellings: list[MergedEvent], answer: Answer
    ) -> list[Citation]:
        """The other sentences of the articles quoted that name a person quoted (by their
        surname too) and a group said to have done the incident, by a name `same_group`
        takes for it ('Authorities identified Rojas as a member of the X'): what ties the
        person named to who did it."""
        people = {e.name for c in quoted for e in self.entities_in(c.quote) if e.type == "person"}
        surnames = {name.split()[-1] for name in people if len(name.split()[-1]) > 3}
        groups = [p for telling in tellings for p in telling.perpetrator_ids]
        if not people or not groups:
            return []
        taken = {c.quote for c in quoted}  # cited but not quoted yet: quoted now
        tied: list[Citation] = []
        for document_id in dict.fromkeys(c.document_id for c in quoted):
            stored = self.kb.document(document_id)
            for sentence in stored.sentences:
                text = stored.text[sentence.start : sentence.end]
                if text in taken or text in answer.answer:
                    continue
                if names_any(text, [*people, *surnames]) and any(
                    entity.type == "organization"
                    and any(self.same_group(entity.id, group) for group in groups)
                    for entity in self.entities_in(text)
                ):
                    tied.append(Citation(document_id, text, sentence.start, sentence.end))
        return tied[:MAX_ANSWERING]

    @cached_property
    def _perpetrator_heads(self) -> frozenset[str]:
        """The groups some telling gives as the perpetrator of an incident: those a sentence
        may name as having done another (a ministry or a country it names is not one)."""
        return frozenset(
            self._head(p)
            for event in self.events
            for p in event.perpetrator_ids
            if (entity := self.entities.get(self._head(p))) is not None
            and entity.type == "organization"
            and not entity.gazetteer_id
        )

    def _with_other_culprits(
        self,
        answer: Answer,
        event: MergedEvent,
        tellings: list[MergedEvent],
        perpetrators: dict[str, None],
    ) -> Answer:
        """The answer to who did it, with the groups the quoted sentences name beside a
        word of claim or blame ('ISIS claimed responsibility', 'we suspect ADF is behind
        the attack') that it does not name: when the sources name more than one group,
        they disagree on who did it."""
        said = {self._head(p) for p in perpetrators}
        aimed = {t.casefold() for telling in tellings for t in (*telling.targets, *telling.victims)}
        quoted = [c.quote for c in answer.citations if c.quote in answer.answer]
        named: dict[str, None] = {}
        for quote in quoted:
            for group in culprits_named(quote, ("perpetrator",), self.entities_in):
                head = self._head(group.id)
                if head in self._perpetrator_heads and group.name.casefold() not in aimed:
                    named.setdefault(head)
        others = [head for head in named if head not in said]
        if not others or len(said | set(named)) < 2:
            return answer
        lead = answer.answer.split(" The sources also say: ")[0]
        rest = answer.answer[len(lead) :]
        listed = _join([self.short_name(head) for head in named if head not in said])
        lead += f" The sources also name {listed} in telling who did it."
        answer.answer = lead + rest
        answer.verdict = "conflicting"
        return answer

    def _with_answering(
        self,
        answer: Answer,
        documents: set[str],
        foci: tuple[str, ...],
        names: list[str],
        terms: tuple[str, ...],
    ) -> Answer:
        """The answer with, from each article telling the incident, the sentences that
        answer what is asked ('X claimed responsibility for the attack') that it does not
        quote yet: where the event was read from other sentences of that article, the
        reader still sees the article's own words for who did it."""
        # a sentence cited (an event's evidence) but not quoted is quoted now
        held = [
            (c.document_id, c.start, c.end) for c in answer.citations if c.quote in answer.answer
        ]
        cited = [(c.document_id, c.start, c.end) for c in answer.citations]
        quoted: list[Citation] = []
        for document_id in sorted(documents):
            stored = self.kb.document(document_id)
            sentences = [(s.start, s.end, stored.text[s.start : s.end]) for s in stored.sentences]
            answering = [
                (start, end, text)
                for start, end, text in answering_sentences(sentences, foci, names, terms)
                if text not in answer.answer
                and not any(d == document_id and s < end and start < e for d, s, e in held)
            ]
            quoted += [Citation(document_id, t, s, e) for s, e, t in answering[:MAX_ANSWERING]]
        if not quoted:
            return answer
        lines = " ".join(f"“{c.quote}”" for c in quoted)
        joiner = " " if " The sources also say: " in answer.answer else " The sources also say: "
        answer.answer = f"{answer.answer}{joiner}{lines}"
        answer.citations += [
            c
            for c in quoted
            if not any(d == c.document_id and s < c.end and c.start < e for d, s, e in cited)
        ]
        return answer

    def _with_continued(self, answer: Answer) -> Answer:
        """The answer with each sentence that goes on from one it quotes ('It added the
        academy was a military installation': lexicons/questions.yaml `continued_by`):
        the source's statement is not cut where the sentence splitter cut it."""
        cues = tuple(phrases(lexicon("questions"), "continued_by"))
        quoted: dict[str, list[Citation]] = {}
        for citation in answer.citations:
            if citation.quote in answer.answer:
                quoted.setdefault(citation.document_id, []).append(citation)
        going_on: list[Citation] = []
        for document_id, cited in quoted.items():
            stored = self.kb.document(document_id)
            for sentence, following in pairwise(stored.sentences):
                if not any(sentence.start <= c.start < sentence.end for c in cited):
                    continue
                text = stored.text[following.start : following.end]
                if text.casefold().startswith(cues) and text not in answer.answer:
                    going_on.append(Citation(document_id, text, following.start, following.end))
        if going_on:
            answer.answer += " " + " ".join(f"“{c.quote}”" for c in going_on)
            answer.citations += going_on
        return answer

    def _naming_group(self, question: str, matches: list[EventMatch]) -> list[EventMatch]:
        """The matches told with a group the question names ('which American did the NPA
        assassinate'), when any is: an incident of another group is not the one asked."""
        groups = [e for e in self.entities_in(question) if e.type == "organization"]
        if not groups:
            return matches
        names = [name for group in groups for name in self._all_names(group) if len(name) > 1]
        told = [m for m in matches if names_any(" ".join(self._event_words(m.event)), names)]
        return told or matches

    def _incident_focus(
        self,
        focus: str,
        event: MergedEvent,
        lead: str,
        tolls: list[ReportedToll],
        tellings: list[MergedEvent],
        told: tuple[Evidence, ...] = (),
        terms: tuple[str, ...] = (),
    ) -> tuple[str, bool]:
        """One sentence on what a question asks of an incident, and whether the sources
        give different figures for it (``terms``: the words the question names it by)."""
        if focus in ("killed", "wounded"):
            figures, conflicting = toll_phrase(focus, tolls)
            verb = "killed" if focus == "killed" else "wounded"
            if not figures:
                return (
                    f"No source in the knowledge base gives how many were {verb} in {lead[4:]}.",
                    False,
                )
            text = f"{lead} {verb}: {figures}."
            return (
                text + " The sources give different figures." if conflicting else text
            ), conflicting
        if focus == "perpetrator":
            return self._perpetrators(event, lead, tellings)
        if focus == "victims":
            victims = dict.fromkeys(v for telling in tellings for v in telling.victims)
            if victims:
                naming = _naming_victims(told, victims)[:MAX_ANSWERING]
                quoted = "".join(f" “{quote}”" for quote in naming)
                return (
                    f"{lead}: the sources name as its victims {_join(list(victims))}.{quoted}",
                    False,
                )
            return self._incident_focus("killed", event, lead, tolls, tellings, told)
        text = self.event_sentence(event)
        if focus == "date" and event.date is None:
            # no date was read: the sources' own words for when, where they give one
            text += self._told_when(told, terms)
        killed, _ = toll_phrase("killed", tolls)  # not what was asked: no verdict
        return (f"{text} Killed: {killed}." if killed else text), False

    def _told_when(self, told: tuple[Evidence, ...], terms: tuple[str, ...]) -> str:
        """' A source tells when: “... attacked the market on Tuesday, 9 August ...” (9
        August 2022)': of the sentences telling an undated incident, the one giving a date
        (read against its article's publication date) that holds most words the question
        names the incident by; empty when none gives a date."""
        asked = {term.casefold() for term in terms}
        quotes = {(item.document_id, item.quote): 1 for item in told}
        for document_id in sorted({item.document_id for item in told}):
            # the article's other sentences naming the incident may be the ones dating it
            stored = self.kb.document(document_id)
            for sentence in stored.sentences:
                text = stored.text[sentence.start : sentence.end]
                if asked & {w.casefold() for w in re.findall(r"\w+", text)}:
                    quotes.setdefault((document_id, text), 0)
        published = {document_id: self._published(document_id) for document_id, _ in quotes}
        # an undated article is read against the dates of the others telling the incident
        known = sorted(day for day in published.values() if day is not None)
        best: tuple[int, int, int, str, TimeSpan] | None = None
        for (document_id, quote), evidence in quotes.items():
            anchor = published[document_id] or (known[0] if known else None)
            span = parse_time(quote, anchor)
            if span is None or span.start is None:
                continue
            held = len(asked & {w.casefold() for w in re.findall(r"\w+", quote)})
            key = (held, span.precision == "day", evidence, quote, span)
            if best is None or key[:3] > best[:3]:
                best = key
        if best is None:
            return ""
        return f" A source tells when: “{best[3]}” ({format_span(best[4])})"

    def _dated(self, hit: SearchHit) -> str:
        """' (October 2016)': the date a quoted sentence states, read against its article's
        publication date ('last year'), for a question asking when; empty when none."""
        span = parse_time(hit.text, self._published(hit.document_id))
        return f" ({format_span(span)})" if span is not None and span.start else ""

    def _published(self, document_id: str) -> date | None:
        summary = self.documents.get(document_id)
        # the day of a timestamp ('2021-03-28T00:00:00' read whole is only its month)
        span = parse_time((summary.published_at or "")[:10]) if summary else None
        return span.start if span is not None else None

    def _perpetrators(
        self, event: MergedEvent, lead: str, tellings: list[MergedEvent]
    ) -> tuple[str, bool]:
        """Who the tellings say did it, how (claimed, blamed, suspected), who denied it;
        disputed when one denies it or tellings name different perpetrators."""
        perpetrators = dict.fromkeys(p for telling in tellings for p in telling.perpetrator_ids)
        if not perpetrators:
            return f"No source in the knowledge base names who carried out {lead[4:]}.", False
        stances: dict[str, set[str]] = {}
        for telling in tellings:
            for perpetrator, stance in telling.stances:
                stances.setdefault(perpetrator, set()).add(stance)
        denied = [p for p in perpetrators if "denied" in stances.get(p, ())]
        named = [set(t.perpetrator_ids) for t in tellings if t.perpetrator_ids]
        differ = any(not (a <= b or b <= a) for a in named for b in named)
        claimants = [p for p in perpetrators if "claimed" in stances.get(p, ())]
        others = [p for p in perpetrators if p not in claimants]
        if claimants and others:
            # one group claimed it while the sources lay it to another: name each as told
            text = (
                f"{lead} was claimed by {_join([self.short_name(p) for p in claimants])}"
                f" and attributed to {_join([self.short_name(p) for p in others])}."
            )
            differ = True
        else:
            how = "claimed by" if claimants or event.claimed else "attributed to"
            text = f"{lead} was {how} {_join([self.short_name(p) for p in perpetrators])}."
        if denied:
            text += f" {_capital(_join([self.short_name(p) for p in denied]))} denied it."
        if differ:
            text += " The sources name different perpetrators."
        return text, bool(denied) or differ

    def short_name(self, entity_id: str) -> str:
        """A name with the acronym the sources also use: 'Kurdistan Workers' Party (PKK)'."""
        short = self.acronym(entity_id)
        return f"{self.name(entity_id)} ({short})" if short else self.name(entity_id)

    def acronym(self, entity_id: str) -> str:
        """The shortest acronym the sources give an entity ('PKK'), if any."""
        entity = self.entities.get(self._head(entity_id)) or self.entities.get(entity_id)
        if entity is None:
            return ""
        acronyms = [a for a in entity.aliases if a.isupper() and 2 <= len(a) <= 6]
        short = min(acronyms, key=len) if acronyms else ""
        return short if short not in entity.name else ""

    def same_group(self, first_id: str, second_id: str) -> bool:
        """Whether two perpetrators two articles give may be one group: one entity, one
        acronym ('Allied Democratic Front' and 'Allied Democratic Forces', both 'ADF'), or
        one name holding every word of the other ('suspected Islamist insurgents')."""
        if self._head(first_id) == self._head(second_id):
            return True
        short = self.acronym(first_id) or _initials(self.name(first_id))
        if short and short == (self.acronym(second_id) or _initials(self.name(second_id))):
            return True
        first, second = _name_words(self.name(first_id)), _name_words(self.name(second_id))
        return bool(first and second) and (first <= second or second <= first)

    def _all_names_of(self, entity_id: str) -> list[str]:
        entity = self.entities.get(self._head(entity_id)) or self.entities.get(entity_id)
        return self._all_names(entity) if entity is not None else []

    def _holds_place_named(self, question: str, event: MergedEvent) -> bool:
        """Whether a telling holds a whole proper name the question gives the incident
        ('Tayaran Square', not 'Taksim Square'), when it gives one that names no group or
        person (nor is an acronym) and no month."""
        named = {
            word.casefold()
            for entity in self.entities_in(question)
            if entity.type in ("organization", "person")
            for name in self._all_names(entity)
            for word in re.findall(r"\w+", name)
        }
        given: list[list[str]] = [[]]
        for word in re.findall(r"\w+", question)[1:]:
            folded = word.casefold()
            # an acronym names a group more often than a place ('the LRA's massacres')
            if (
                word[:1].isupper()
                and folded not in _STOP
                and folded not in named
                and not word.isupper()
                and parse_time(word) is None
            ):
                given[-1].append(folded)
                continue
            if given[-1]:
                given.append([])
        given = [phrase for phrase in given if phrase]
        if not given:
            return True
        told = {w.casefold() for text in self._event_words(event) for w in re.findall(r"\w+", text)}
        return any(all(word in told for word in phrase) for phrase in given)

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
        told: tuple[Evidence, ...] = (),
    ) -> Answer:
        """The answer followed by the sentences that best match the question (full-text
        candidates ordered by meaning): about the entity asked of, or from the documents
        that tell the incident (or holding every one of the names it is asked by,
        ``naming``). A reader sees what the sources say beside what Dossier
        made of it; for a 'how many' question, the figures they give (``counts``: what
        is counted, beside the words of the question), and whether those disagree. The
        sentences an incident is ``told`` by are candidates whatever their words."""
        skip = _STOP | {w.casefold() for w in re.findall(r"\w+", written)}
        words = [w for w in re.findall(r"\w+", question) if w.casefold() not in skip]
        specs = [predicate] if predicate is not None else predicates or []
        for spec in specs:
            # 'who leads X' finds 'X's leader', 'led by'
            words += sorted({w for cues in spec.cues.values() for w in cues if " " not in w})
        if about is not None and answer_kind(question) == "time":
            # a sentence naming the subject with the year answered is the source's own
            # words for it, however it words the act ('became publicly known in 2000')
            words += sorted(set(_YEAR_WORD.findall(answer.answer)))
        names = [name for entity in (about, also) if entity for name in self._all_names(entity)]
        hits = self._candidates(names, words)
        if about is not None and also is not None:
            # how two entities relate: the sentences naming both say it (or naming one and
            # referring back to the other: 'its allies against Saleh'), where there are any
            first, second = self._all_names(about), self._all_names(also)
            back = [*first, *_anaphors()]
            both = [h for h in hits if names_any(h.text, back) and names_any(h.text, second)]
            hits = both or hits
        known = {(hit.document_id, hit.start) for hit in hits}
        # the sentences the answer rests on are candidates whatever their words
        resting = [Evidence(c.document_id, 0, c.start, c.end, c.quote) for c in answer.citations]
        hits += [
            SearchHit(
                item.document_id, None, item.sentence_index, item.start, item.end, item.quote, 0.0
            )
            for item in dict.fromkeys([*told, *resting])
            if (item.document_id, item.start) not in known
        ]
        if documents is not None:
            # an article naming the incident by every name the question gives it tells of it
            documents = documents | self._documents_naming(
                {hit.document_id for hit in hits} - documents, naming
            )
            hits = [hit for hit in hits if hit.document_id in documents or _holds(hit, naming)]
        # a sentence cited but not quoted (a claim's or an event's evidence) is the source's
        # own words for the answer: up to MAX_REQUOTED of them are quoted too
        cited = {(c.document_id, c.start) for c in answer.citations if c.quote in answer.answer}
        counted = counted_words(question, [*counts, *(spec.name for spec in specs)])
        limit, requoted, with_figures = MAX_SUPPORT, MAX_REQUOTED, []
        if counted:  # sentences that give a figure for what is counted come first
            with_figures = [h for h in hits if figures_in([(h.document_id, h.text)], counted, {})]
            hits = with_figures + [hit for hit in hits if hit not in with_figures]
            # each source's figure is what a 'how many' answer is for: all are quoted
            limit, requoted = MAX_SUPPORT_COUNTING, MAX_SUPPORT_COUNTING
        # Beside an answer from stored claims or events the sentences only show the
        # sources' words: ranking them by the words asked spares loading the model.
        held = {(c.document_id, c.start) for c in answer.citations}
        support = pick_passages(
            question,
            hits,
            (limit + requoted) * (2 if counted else 1),
            names=names,
            words=words,
            skip=cited | self._quoted,
            by_meaning=not (answer.claims or answer.citations),
        )
        if counted:
            support.sort(key=lambda hit: hit not in with_figures)
        # sentences already cited (an event's evidence) are quoted beside, not instead of,
        # the ones that add a source
        fresh = [h for h in support if (h.document_id, h.start) not in held][:limit]
        support = [h for h in support if h in fresh or (h.document_id, h.start) in held]
        support = support[: len(fresh) + requoted]
        if counted and with_figures:
            support = [h for h in support if h in with_figures] or support
            support = self._with_restated(support, with_figures)
        if not support:
            return answer
        quoted = " ".join(f"“{hit.text}”" for hit in support)
        answer.answer = f"{answer.answer} The sources also say: {quoted}"
        answer.citations += [
            Citation(h.document_id, h.text, h.start, h.end)
            for h in support
            if (h.document_id, h.start) not in held
        ]
        return self._with_figures(answer, counted, toll=bool(counts)) if counted else answer

    def _with_restated(
        self, support: list[SearchHit], counting: list[SearchHit]
    ) -> list[SearchHit]:
        """``support`` with, after each sentence giving a counted figure, its article's
        next sentence when that one restates the count with another figure ('experts put
        the more likely figure at ...'): the source's own second figure is quoted too."""
        held = {(hit.document_id, hit.start) for hit in support}
        found: list[SearchHit] = []
        for hit in support:
            found.append(hit)
            if hit not in counting:
                continue
            stored = self.kb.document(hit.document_id)
            following = next((s for s in stored.sentences if s.start >= hit.end), None)
            if following is None or (hit.document_id, following.start) in held:
                continue
            text = stored.text[following.start : following.end]
            if restates_figure(text):
                held.add((hit.document_id, following.start))
                restating = SearchHit(
                    hit.document_id, hit.title, following.index, following.start,
                    following.end, text, hit.score,
                )  # fmt: skip
                found.append(restating)
        return found

    def _documents_naming(self, documents: set[str], names: tuple[str, ...]) -> set[str]:
        """Those of ``documents`` whose text holds every one of ``names`` (none: none)."""
        if len(names) < MIN_NAMING:
            return set()
        found = set()
        for document_id in documents:
            text = self.kb.document(document_id).text.casefold()
            if set(names) <= set(re.findall(r"\w+", text)):
                found.add(document_id)
        return found

    def _candidates(self, names: list[str], words: list[str]) -> list[SearchHit]:
        """Sentences that may support an answer: full-text hits for the names and words
        together, for the words alone and for the names alone (a sentence holding a
        name and one word asked can rank below sentences full of common words); in a
        knowledge base where more than MAX_RANKED sentences hold any of them, the best
        of those holding a name and a word asked."""
        found: dict[tuple[str, int], SearchHit] = {}
        named, asked = " ".join(names), " ".join(words)
        queries: tuple[tuple[str, list[str], int], ...] = (
            (f"{named} {asked}", [], RERANK_POOL * 3),
            (asked, [], RERANK_POOL * 10),  # most are about other groups
            (named, [], RERANK_POOL * 3),
        )
        if named and asked and self._matches_many(named, asked):
            # ranking every sentence that holds a name or any word asked ('at', 'out') grows
            # with the knowledge base: in a large one, only the sentences naming the entity
            # and holding a word asked, those that can support the answer, are ranked
            # (sentences referring back to it, 'the group', are left out there)
            # (a name that is a common word in lower case, 'IS', is left out: the index
            # folds case, so it would match as many sentences as 'is' does)
            naming = [name for name in names if name.casefold() not in _STOP]
            queries = ((asked, naming, RERANK_POOL * 10),)
        for query, naming, limit in queries:
            if not query.strip():
                continue
            for hit in self.kb.search(query, limit=limit, any_word=True, naming=naming):
                found.setdefault((hit.document_id, hit.start), hit)
        return list(found.values())

    def _matches_many(self, named: str, asked: str) -> bool:
        """Whether more than MAX_RANKED sentences hold a name or a word asked. When the
        names alone do (decided once per Answerer: the count costs what the words match,
        a second or more on PostgreSQL at 1,000,000 sentences), every question about the
        entity does, whatever it asks."""
        key = (named, MAX_RANKED)
        if key not in self._named_many:
            self._named_many[key] = self.kb.matches_more_than(named, MAX_RANKED, True)
        return self._named_many[key] or self.kb.matches_more_than(
            f"{named} {asked}", MAX_RANKED, True
        )

    def _with_figures(self, answer: Answer, counted: frozenset[str], toll: bool = False) -> Answer:
        """When independent sources quoted give figures that cannot both hold, say so
        side by side, and the verdict is 'conflicting'; when a disagreement is told
        already, the figures the cited sentences give that it does not name are added.
        For an incident's ``toll``, any two figures of independent sources that differ
        count ('at least 5' and, later, '16' dead): a reader must see both."""
        figures = figures_in(self._cited_sentences(answer), counted, self.sources)
        claimed = [self._said[c] for c in answer.claims if c in self._said]
        read = {(f.document_id, f.count.min, f.count.max) for f in figures}
        figures += [
            figure
            for figure in claimed_figures(
                [(c.evidence.document_id, c.value) for c in claimed if isinstance(c.value, Range)],
                self.sources,
            )
            if (figure.document_id, figure.count.min, figure.count.max) not in read
        ]
        if answer.verdict != "conflicting" and (
            disagreeing(figures) or (toll and differing(figures))
        ):
            wholes = side_by_side([figure for figure in figures if not figure.part])
            answer.answer += f" The sources give different figures: {wholes}."
            parts = [figure for figure in figures if figure.part]
            if parts:  # 'fifty-three of the girls': a part of the count, given as such
                answer.answer += f" Of those, the sources give: {side_by_side(parts)}."
            answer.verdict = "conflicting"
            return answer
        # figures that agree are given too, each as a figure ('30 000' as 30,000): a reader
        # sees every count the quoted sentences give, not only the claims'
        said = answer.answer.split(" The sources also say: ")[0]
        unsaid = [f for f in figures if _figure_text(f.phrase) not in said]
        if unsaid:
            answer.answer += f" The sources also give: {side_by_side(unsaid)}."
        return answer

    def _cited_sentences(self, answer: Answer) -> list[tuple[str, str]]:
        """(document id, sentence) for each citation, the whole sentence where a clause of
        it is cited ('kidnapped from their school' of 'the 276 students kidnapped from their
        school'): the figure of what is told may stand outside the clause."""
        stored: dict[str, StoredDocument] = {}
        found: list[tuple[str, str]] = []
        for citation in answer.citations:
            if citation.document_id not in stored:  # its text and sentences
                stored[citation.document_id] = self.kb.document(citation.document_id, False)
            document = stored[citation.document_id]
            around = next(
                (s for s in document.sentences if s.start <= citation.start < s.end), None
            )
            whole = (
                document.text[around.start : around.end]
                if around is not None
                and around.end >= citation.end
                and around.end - around.start <= MAX_SENTENCE_CITED
                else citation.quote
            )
            found.append((citation.document_id, whole))
        return found

    @cached_property
    def sources(self) -> dict[str, tuple[str, str]]:
        """Each document id -> its independent source (key, label): the Reconciler's, read
        from the same snapshot (not computed again over every document)."""
        return self.reconciler.sources

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
        if fallback is None:
            # a sentence that answers may word the question otherwise ('acknowledged' for
            # 'recognise'): the best sentences holding some of its words are candidates too
            seen = {(hit.document_id, hit.start) for hit in hits}
            hits += [
                hit
                for hit in self.kb.search(query, limit=RERANK_POOL, any_word=True)
                if (hit.document_id, hit.start) not in seen
            ]
        # BM25 found them by their words; order them by meaning
        hits = pick_passages(question, hits, MAX_PASSAGES)
        if not hits:
            return fallback or Answer(
                question, "Nothing in the knowledge base answers this question."
            )
        timed = answer_kind(question) == "time"
        lines = " ".join(f'"{hit.text}"{self._dated(hit) if timed else ""}' for hit in hits)
        citations = [Citation(h.document_id, h.text, h.start, h.end) for h in hits]
        lead = fallback.answer[:-1] + ";" if fallback else "No claim answers this directly;"
        answer = Answer(question, f"{lead} the closest passages say: {lines}", None, citations)
        counted = counted_words(question)
        return self._with_figures(answer, counted) if counted else answer


def ask(kb: KnowledgeBase, question: str) -> Answer:
    """Answer one question from the knowledge base, with citations."""
    return Answerer(kb).ask(question)


def _combined(question: str, answers: list[Answer]) -> Answer:
    """One answer from the answers to each part of a question: every part's text in turn,
    every citation once, and the most telling verdict (a disagreement first)."""
    citations: dict[tuple[str, int, int], Citation] = {}
    for answer in answers:
        for citation in answer.citations:
            citations.setdefault((citation.document_id, citation.start, citation.end), citation)
    verdicts = {answer.verdict for answer in answers}
    verdict = next(
        (v for v in ("conflicting", "corroborated", "single-source") if v in verdicts), None
    )
    return Answer(
        question,
        " ".join(dict.fromkeys(answer.answer for answer in answers)),
        verdict,
        citations=list(citations.values()),
        claims=list(dict.fromkeys(c for answer in answers for c in answer.claims)),
    )


def _with_words(claims: Iterable[ClaimRecord]) -> list[tuple[ClaimRecord, str, frozenset[str]]]:
    """Each office claim with its office as written and that office's words."""
    found = []
    for claim in claims:
        written = _as_written(claim.value)
        found.append((claim, written, frozenset(re.findall(r"[\w-]+", written.casefold()))))
    return found


def _plain(text: str) -> str:
    """Folded, with curly apostrophes straight, as `names_any` compares names."""
    return text.casefold().replace("’", "'").replace("‘", "'")


def _citations(evidence: object, limit: int = MAX_CITATIONS) -> list[Citation]:
    """Each sentence once: a sentence an article repeats word for word is cited once."""
    seen: dict[tuple[str, str], Citation] = {}
    for item in evidence:  # type: ignore[attr-defined]
        assert isinstance(item, Evidence)
        key = (item.document_id, item.quote)
        seen.setdefault(key, Citation(item.document_id, item.quote, item.start, item.end))
    return list(seen.values())[:limit]


def _event_citations(evidence: tuple[Evidence, ...]) -> list[Citation]:
    """An event's evidence, every source cited before any source is cited twice."""
    return _citations(each_source_first(list(evidence)), MAX_EVENT_CITATIONS)


def _name_tokens(name: str) -> list[str]:
    """A name's words as a question's words are read ('lord's', 'resistance', 'army')."""
    return re.findall(r"[\w'’-]+", name.casefold().replace("’", "'"))


def _start(event: MergedEvent) -> date:
    return event.date.start if event.date is not None and event.date.start else date.max


def _holds(hit: SearchHit, names: tuple[str, ...]) -> bool:
    """Whether a sentence holds every one of some names (none: no)."""
    held = {word.casefold() for word in re.findall(r"\w+", hit.text)}
    return bool(names) and all(name in held for name in names)


def _may_be_one_incident(
    first: MergedEvent, second: MergedEvent, same_group: Callable[[str, str], bool]
) -> bool:
    """Whether two tellings can be of one incident: no two days, countries or sets of
    perpetrators of which no two may be one group (``same_group``)."""
    if first.date is not None and second.date is not None and not first.date.overlaps(second.date):
        return False
    if first.country_id and second.country_id and first.country_id != second.country_id:
        return False
    return not (
        first.perpetrator_ids
        and second.perpetrator_ids
        and not any(
            same_group(one, other)
            for one in first.perpetrator_ids
            for other in second.perpetrator_ids
        )
    )


def _told_alike(first: MergedEvent, second: MergedEvent) -> bool:
    """Whether two tellings of one kind of act give it the same city or the same day: of
    two articles telling one bombing, the shorter telling shares few words with the
    question but is still the same incident (`_may_be_one_incident` rules out the rest)."""
    if first.type != second.type:
        return False
    city = (first.places.get("city") or {}).get("name")
    if city and city == (second.places.get("city") or {}).get("name"):
        return True
    return (
        first.date is not None
        and second.date is not None
        and first.date.precision == second.date.precision == "day"
        and first.date.start == second.date.start
    )


def _naming_victims(told: tuple[Evidence, ...], victims: dict[str, None]) -> list[str]:
    """The sentences telling an incident that name one of its victims by a proper name
    ('Tusk and Varga were killed'), those naming most first: they say who was hit in
    the sources' own words, with whoever the stored victims leave out."""
    names = {
        word.casefold()
        for victim in victims
        for word in re.findall(r"\w+", victim)
        if word[:1].isupper() and word.casefold() not in _STOP
    }
    ranked: dict[str, int] = {}
    for item in told:
        held = names & {word.casefold() for word in re.findall(r"\w+", item.quote)}
        if held:
            ranked.setdefault(item.quote, len(held))
    return sorted(ranked, key=lambda quote: (-ranked[quote], len(quote)))


def _spelt_alike(first: str, second: str) -> bool:
    """Whether two names differ only by hyphens, spaces or apostrophes ('al-Barqawi',
    'al Barqawi')."""
    letters = [re.sub(r"[\W_]+", "", name.casefold()) for name in (first, second)]
    return first != second and letters[0] == letters[1]


def _name_words(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in re.findall(r"\w+", name))


def _initials(name: str) -> str:
    """'ADF' for 'Allied Democratic Forces': the capitals of a name of three words or more."""
    words = re.findall(r"\w+", name)
    capitals = [word[0] for word in words if word[:1].isupper()]
    return "".join(capitals) if len(words) >= 3 and len(capitals) == len(words) else ""


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


def _figure_text(phrase: str) -> str:
    """'about 425 fighters' -> '425': the figure a phrase gives, as written."""
    digits = re.findall(r"\d[\d,.]*", phrase)
    return digits[-1].rstrip(",.") if digits else phrase


def _name_shape(name: str) -> str:
    """A name without case, marks or a plural 's': 'Houthi' and 'Houthis' are one name."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalnum()).casefold()
    return folded[:-1] if folded.endswith("s") else folded


def _counted(position: Position) -> str:
    """'about 6,000 civilians (since 2013), more than 1,200 deaths (since 2017) (2
    independent sources)': every distinct figure of a position with what it counts."""
    figures = []
    for claim in position.claims:
        when = format_span(claim.time_scope) if claim.time_scope is not None else ""
        value = describe_value(claim.value)
        joiner = " " if any(c.isdigit() for c in value) else " of "  # 'hundreds of villagers'
        figure = joiner.join(filter(None, [value, claim.qualifier or ""]))
        figures.append(f"{figure} ({when})" if when else figure)
    return f"{', '.join(dict.fromkeys(figures))} ({_support(position)})"


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
