"""Events: attacks, strikes, clashes, surrenders and arrests, one per real happening.

A sentence holds an event when it has a cue word of an event type (from the
ontology) that is either strong on its own ('bombing', 'kidnapped') or stands
next to casualties, armed actors or a claim of responsibility ('attack',
'strike'). An article usually tells one attack over several sentences, so
later sentences that refer back ('the attack', 'the blast'), or that only add
casualties or responsibility, are folded into the event before them. A new
indefinite mention ('a terror attack in Kabul') starts another event.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from dossier.extract.abductions import ABDUCTION_VERBS, takes_people
from dossier.extract.casualties import (
    KILL_LEMMAS,
    NONE_WORDS,
    WOUND_LEMMAS,
    Casualty,
    Tally,
    casualty_clauses,
    sentence_outcome,
    toll_updates,
)
from dossier.extract.claims import Sentence
from dossier.extract.context import DocContext, country_of_demonym
from dossier.extract.event_duration import ended_span
from dossier.extract.event_evidence import without_other_times
from dossier.extract.event_spans import split_evidence
from dossier.extract.event_time import event_time
from dossier.extract.event_types import lead_type
from dossier.extract.perpetrators import (
    GROUP_HEADS,
    Responsibility,
    adds_perpetrator,
    agent_of,
    perpetrator_of,
    read_responsibility,
)
from dossier.extract.places import (
    MAJOR_CITY,
    Location,
    home_countries,
    in_home_country,
    locate_in_text,
    locate_places,
)
from dossier.extract.qualities import clause_head, date_phrases, governors, time_scope
from dossier.extract.seizures import SEIZURE_CUES, assails_place, seizes_place
from dossier.extract.timeline import TimelineEntry, timeline_entry
from dossier.knowledge.gazetteer import get_gazetteer, name_key
from dossier.knowledge.lexicons import lexicon, phrases, words
from dossier.knowledge.ontology import GENERIC_EVENT, EventSpec
from dossier.model import EntityRef, Event, Evidence, Place, Range, TimeSpan
from dossier.model.dates import WEEKDAYS, parse_time
from dossier.model.names import clean_name
from dossier.model.quantities import parse_quantity

_LEXICON = lexicon("events")

REFERRING_NOUNS = words(_LEXICON, "referring_nouns")
SOURCE_WORDS = words(_LEXICON, "source_words")
ATTACK_NOUNS = words(_LEXICON, "attack_nouns")
FACILITY_TYPE = "facility/infrastructure attack"
KIDNAPPING = "hostage taking (kidnapping)"
REFERRING_DETERMINERS = words(_LEXICON, "referring_determiners")
CONNECTIVES = phrases(_LEXICON, "connectives")
DURATION_DAYS = dict(_LEXICON["duration_days"])
TARGET_HOLDERS = words(_LEXICON, "target_holders")
SingleCues = dict[str, tuple[str, bool]]  # cue word -> (event type, strong)
PhraseCues = dict[str, list[tuple[list[str], str, bool]]]  # first or last word -> cues


@dataclass(slots=True)
class Trigger:
    token: Token
    type: str
    strong: bool
    seizure: bool = False  # a place taken: the outcome of the fight being told, as a rule


@dataclass(slots=True)
class EventDraft:
    """An event being assembled from the sentences that tell it."""

    types: list[str]
    evidence: list[Evidence]
    triggers: list[Token]
    date: TimeSpan | None = None
    weekday: TimeSpan | None = None  # 'on Sunday' with no publication date to resolve it
    location: Location = field(default_factory=Location)
    perpetrators: list[EntityRef] = field(default_factory=list)
    stances: dict[EntityRef, str] = field(default_factory=dict)  # claimed, blamed, ...
    denied: set[EntityRef] = field(default_factory=set)  # groups that said they had no part
    accusers: dict[EntityRef, str] = field(default_factory=dict)  # who blamed or suspected it
    claimed: bool | None = None
    targets: list[str] = field(default_factory=list)
    killed: Tally = field(default_factory=Tally)
    wounded: Tally = field(default_factory=Tally)
    count: Range | None = None
    assassination: bool = False  # an office holder was the target
    official_killed: bool = False  # ... and was killed
    target_heads: list[str] = field(default_factory=list)  # lemmas of what was attacked
    victims: list[str] = field(default_factory=list)
    strong_cues: set[int] = field(default_factory=set)  # token indices of strong cues
    line: int | None = None  # where the timeline entry that told it starts
    background: bool = False  # told in passing as another incident ('a previous attack')

    def _hurt_people(self) -> bool:
        return any(tally.total > 0 for tally in (self.killed, self.wounded))

    def _property_target(self) -> bool:
        return bool(self.target_heads) and self.target_heads[0] in PROPERTY_TARGETS

    def _security_target(self) -> bool:
        return any(
            word.lemma_.lower() in SECURITY_TARGETS
            for trigger in self.triggers[:1]
            for word in trigger.sent
        )

    def add_evidence(self, evidence: Evidence) -> None:
        if evidence not in self.evidence:
            self.evidence.append(evidence)

    def add_responsibility(self, statement: Responsibility) -> None:
        if statement.perpetrator is None:
            return
        if statement.how == "denied":
            self.denied.add(statement.perpetrator)
            return
        if statement.claimed is True or adds_perpetrator(
            statement, self.perpetrators, self.stances
        ):
            if statement.claimed is True and self.claimed is not True:
                # a group's claim outweighs the groups blamed before it, not the attacker
                # named ('the bomber was X', then 'the group claimed the attack')
                self.perpetrators = [p for p in self.perpetrators if p.type == "person"]
            if statement.perpetrator not in self.perpetrators:
                self.perpetrators.append(statement.perpetrator)
            self.claimed = statement.claimed if self.claimed is not True else True
        if statement.perpetrator in self.perpetrators:
            known = self.stances.get(statement.perpetrator)
            if known is None or known == "named" or statement.how == "claimed":
                self.stances[statement.perpetrator] = statement.how
            if statement.accuser:
                self.accusers.setdefault(statement.perpetrator, statement.accuser)

    def _stance(self, perpetrator: EntityRef) -> str:
        """How the text ties a perpetrator to the event; a denial outweighs an accusation,
        never a group's own claim."""
        stance = self.stances.get(perpetrator, "named")
        return "denied" if perpetrator in self.denied and stance != "claimed" else stance

    def build(self, order: list[str]) -> Event:
        ranked = sorted(set(self.types), key=order.index)
        event_type = lead_type(self.triggers, self.types, order, self.strong_cues)
        kidnapping = KIDNAPPING in ranked
        if self.official_killed or (self.assassination and not kidnapping):
            event_type = "assassination"  # abducted and then killed is still an assassination
        elif event_type == GENERIC_EVENT and self._hurt_people() and not self._security_target():
            event_type = "armed assault"  # people killed in an attack on people, weapon unsaid
        elif event_type == GENERIC_EVENT and not self._hurt_people() and self._property_target():
            event_type = "facility/infrastructure attack"  # damage to a building, nobody hurt
        elif event_type == FACILITY_TYPE and self._hurt_people():
            event_type = "armed assault"  # people killed in a raid that also burned or looted
        doers = _distinct_doers(self.perpetrators)
        return Event(
            type=event_type,
            evidence=tuple(self.evidence),
            date=self.date or self.weekday,
            country=self.location.country,
            province=self.location.province,
            city=self.location.city,
            perpetrators=tuple(_unhedged(p) for p in doers),
            stances=tuple(self._stance(p) for p in doers),
            accusers=tuple(self.accusers.get(p, "") for p in doers),
            claimed=self.claimed,
            targets=tuple(self.targets),
            killed=self.killed.result(),
            wounded=self.wounded.result(),
            count=self.count,
            victims=tuple(self.victims),
        )


# The event cues of one ontology, built for its first document: (specs, single, phrases)
_CUE_TABLES: dict[int, tuple[dict[str, EventSpec], SingleCues, PhraseCues]] = {}


def _cue_tables(specs: dict[str, EventSpec]) -> tuple[SingleCues, PhraseCues]:
    """One-word cues by their word, and multi-word cues by their first and their last word."""
    known = _CUE_TABLES.get(id(specs))
    if known is not None and known[0] is specs:
        return known[1], known[2]
    single: SingleCues = {}
    phrases: PhraseCues = {}
    for name, spec in specs.items():
        for cues, strong in ((spec.strong, True), (spec.cues, False)):
            for cue in cues:
                cue_words = cue.lower().split()
                if len(cue_words) == 1:
                    single.setdefault(cue_words[0], (name, strong))
                    continue
                for key in {cue_words[0], cue_words[-1]}:
                    phrases.setdefault(key, []).append((cue_words, name, strong))
    _CUE_TABLES[id(specs)] = (specs, single, phrases)
    return single, phrases


class EventExtractor:
    """Finds and assembles the events of one document, sentence by sentence."""

    def __init__(self, context: DocContext) -> None:
        self.context = context
        self.specs: dict[str, EventSpec] = context.ontology.events
        self.order = list(self.specs)
        self.roles = self.specs.get("assassination", EventSpec("assassination")).target_roles
        self.incidents = related_incidents(context.text)
        self._countries: list[str] | None = None  # looked up when first needed: see countries
        self.drafts: list[EventDraft] = []
        # the last date a sentence gave (see previous_date), and the sentences read since it
        # was looked for, as token bounds: read only when a sentence asks for it
        self._previous_date: TimeSpan | None = None
        self._undated: list[tuple[int, int]] = []
        # weak cues of the last sentence that had nothing violent in view there ('An explosion
        # occurred near a store.'), kept in case the next sentence shows it was an attack
        self._unconfirmed: list[Trigger] = []
        self._unconfirmed_evidence: Evidence | None = None
        self._rejected: list[Trigger] = []
        self._entry: TimelineEntry | None = None  # the timeline entry being read
        self._sentence = 0  # the index of the sentence being read
        self._single, self._phrases = _cue_tables(self.specs)
        # every word (lower-cased lemma or form) the trigger loop can match on: a sentence
        # holding none of them has no trigger and is not walked
        self._trigger_words = (
            self._single.keys() | self._phrases.keys() | SEIZURE_CUES | ABDUCTION_VERBS
        )

    @property
    def countries(self) -> list[str]:
        """The countries the article names, most named first (``home_countries``). Looked up
        on first use: each name's gazetteer search is costly, and most articles tell of no
        event that needs them."""
        if self._countries is None:
            self._countries = home_countries(_country_names(self.context))
        return self._countries

    # ---- finding triggers ------------------------------------------------------------

    def triggers(self, sentence: Span, lowered: AbstractSet[str] | None = None) -> list[Trigger]:
        """The event cues of a sentence; counted or generic plurals ('about 250 clashes',
        'attacks on civilians') describe many events in general, none in particular.
        ``lowered``: the sentence's lower-cased words and lemmas, if the caller has them."""
        found: list[Trigger] = []
        self._rejected = []
        if lowered is None:
            lowered = {token.lemma_.lower() for token in sentence} | {t.lower_ for t in sentence}
        if not lowered & self._trigger_words:
            return found
        context_words = self.context.ontology.event_context
        # a list of incidents says its entries were attacks
        armed = self._entry is not None or bool(lowered & context_words.get("actors", frozenset()))
        violent = armed or bool(lowered & context_words.get("casualties", frozenset()))
        actor_cues = self.context.ontology.actor_cues
        for token in sentence:
            if token.pos_ not in ("NOUN", "VERB", "ADJ") or token.ent_type_ in (
                "ORG",
                "PERSON",
                "GPE",
            ):
                continue
            match = self._match(token)
            seizure = match is None and seizes_place(token)
            if seizure:
                match = GENERIC_EVENT, True  # 'seized the town': taken by force
            if match is None and takes_people(token, armed):
                match = KIDNAPPING, True  # 'the girls were taken by the militants'
            if match is None:
                continue
            name, strong = match
            if token.pos_ == "ADJ" and not (strong and token.head.lemma_.lower() in DEVICE_NOUNS):
                continue  # 'explosive device' names a bomb; 'an explosive match' does not
            if _not_an_event(token):
                continue
            if name == FACILITY_TYPE and not strong and _damages_no_property(token):
                continue  # 'failed to destroy the group': no building was attacked
            if name == "strike" and token.pos_ != "NOUN" and not _struck_from_the_air(token):
                continue  # 'a rocket struck a house': the verb means hit, not an air strike
            if _carried(token):
                name, strong = "armed assault", True  # armed with firearms and grenades
            needs_actor = token.lemma_.lower() in actor_cues
            in_context = armed if needs_actor else violent
            if _is_aggregate(token, self.context.published_at) or _is_activity(token):
                continue
            if _only_attempted(token):
                continue
            if (
                strong
                or in_context
                or _dated_incident(token, self.context.published_at)
                or assails_place(token)
            ):
                found.append(Trigger(token, name, strong, seizure))
            elif name != GENERIC_EVENT and not needs_actor:
                self._rejected.append(Trigger(token, name, strong))
        found = _without_weapons_of_events(found)
        # 'drone' in 'a drone strike' is part of the strike's cue, not a cue of its own; but
        # 'bomb' in 'a suicide bomb attack' says what kind of attack it was
        heads = {trigger.token.i: trigger for trigger in found}
        kept = []
        for trigger in found:
            head = heads.get(trigger.token.head.i)
            if trigger.token.dep_ not in ("compound", "amod") or head is None or head is trigger:
                kept.append(trigger)
            elif head.type == GENERIC_EVENT and trigger.type != GENERIC_EVENT:
                head.type, head.strong = trigger.type, head.strong or trigger.strong
        return kept

    def _match(self, token: Token) -> tuple[str, bool] | None:
        lemma = token.lemma_.lower()
        candidates = self._phrases.get(lemma, []) + self._phrases.get(token.lower_, [])
        for cue_words, name, strong in candidates:
            if _phrase_at(token, cue_words):
                return name, strong
        if lemma in self._single:
            return self._single[lemma]
        return self._single.get(token.lower_)

    # ---- reading sentences -------------------------------------------------------------

    def read(self, sentence: Sentence) -> None:
        """Add what one sentence tells: new events, or more about the last one."""
        span = sentence.span
        text = sentence.text
        if text.rstrip().endswith("?"):
            return
        lowered = sentence.lowered()
        if not (self.drafts or self._unconfirmed or lowered & self._trigger_words):
            # no event begun and no cue here: nothing the sentence says can start one or add
            # to one (most articles tell of none)
            self._remember_date(span)
            return
        evidence = sentence.evidence()
        self._sentence = evidence.sentence_index
        self._entry = timeline_entry(span, self.context.published_at)
        unconfirmed, self._unconfirmed = self._unconfirmed, []
        here: list[tuple[Trigger, EventDraft]] = []
        triggers = self.triggers(span, lowered)
        rejected = self._rejected
        casualties = casualty_clauses(span, lowered)
        killing = _killing_beside_mention(triggers, casualties)
        if killing is not None:
            # 'the car used in the attack belonged to a man who was killed': another killing
            here.append((killing, self._new_draft(killing, [], evidence)))
            triggers = []
        for trigger in triggers:
            here.append((trigger, self._draft_for(trigger, here, evidence)))
        if not here and casualties and self.drafts:
            here.extend(self._earlier_incident(span, casualties, evidence))
        statements = read_responsibility(span, self.context, lowered)
        if unconfirmed and self._confirms(here, casualties, statements, span, unconfirmed[0]):
            here = self._confirm(unconfirmed, here, evidence)
        self._unconfirmed, self._unconfirmed_evidence = rejected, evidence
        self._share_sentence(here, evidence)
        updates = toll_updates(span, lowered)
        touched = [draft for _, draft in here]
        outcome = sentence_outcome(span, text)
        told = casualties or statements or updates or outcome
        if not here and told and self.drafts:
            # a statement of who did it tells of an attack, never of an arrest or air strike
            current = self._current() if casualties or updates or outcome else self._attacked()
            if (
                current is not None
                and self._in_entry(current)
                and not self._told_before(span, current)
                and not _earlier_time(span)
            ):
                touched = [current]
                current.add_evidence(evidence)
        for casualty in casualties:
            draft = self._owner(casualty.verb, here) or (touched[-1] if touched else None)
            if draft is None:
                continue
            tally = draft.killed if casualty.kind == "killed" else draft.wounded
            if (
                casualty.definite
                and tally.total > 0
                and casualty.verb.sent != draft.triggers[0].sent
            ):
                continue  # 'the doctor was killed ...' tells again of a victim already counted
            if draft.date is None:
                when = time_scope(casualty.verb, self.context)  # 'Five died on Sunday.'
                if when is not None and when.precision in ("day", "month"):
                    draft.date = self._happened(when)
            count = casualty.count
            if self.incidents and _ACROSS.search(casualty.verb.sent.text):
                count = share_of(count, self.incidents)
            tally.add(count, casualty.verb.sent.start, casualty.group)
            if casualty.kind == "killed":
                draft.victims.extend(
                    text for text in (_victim_text(v) for v in casualty.victims[:1]) if text
                )
            if casualty.kind == "killed" and not draft.official_killed:
                draft.official_killed = any(self._is_official(v) for v in casualty.victims)
            if draft.types[0] in self.context.ontology.state_actions:
                for victim in casualty.victims:
                    for ref in orgs_of(victim, self.context):
                        if ref.name not in draft.targets:
                            draft.targets.append(ref.name)
        for draft in touched[-1:]:
            if outcome == "none":
                draft.killed.stated = draft.wounded.stated = True
            elif outcome == "unknown":
                draft.killed.add(None)
                draft.wounded.add(None)
            for kind, count in updates:
                (draft.killed if kind == "killed" else draft.wounded).revise(count)
        for statement in statements:
            responsible = self._responsible_draft(touched, statement)
            if responsible is None:
                continue
            if responsible not in touched:
                responsible.add_evidence(evidence)  # the statement grounds its perpetrator
            responsible.add_responsibility(statement)
        self._remember_date(span)

    def _earlier_incident(
        self, span: Span, casualties: list[Casualty], evidence: Evidence
    ) -> list[tuple[Trigger, EventDraft]]:
        """An incident told in passing with no event word, dated before the one being told:
        'The group struck the same town in 2018, killing 28 people.' It is an event of its
        own when a named group (or 'the group') is the subject of the deed that killed."""
        current = self._current()
        if not (self._told_before(span, current) or _earlier_time(span)):
            return []
        for casualty in casualties:
            deed = casualty.verb.head
            if casualty.verb.dep_ != "advcl" or deed.pos_ != "VERB":
                continue  # 'killing 28' hangs on the deed that killed them
            for subject in (c for c in deed.children if c.dep_ == "nsubj"):
                doer = perpetrator_of(subject, self.context)
                if doer is None or doer.type != "organization":
                    continue
                known = any(doer in draft.perpetrators for draft in self.drafts)
                if not known and subject.lemma_.lower() not in GROUP_HEADS:
                    continue  # 'Floods swept the valley, killing ten': no armed group
                trigger = Trigger(deed, GENERIC_EVENT, strong=False)
                draft = self._new_draft(trigger, [], evidence)
                draft.background = True
                if doer not in draft.perpetrators:
                    draft.perpetrators.append(doer)
                return [(trigger, draft)]
        return []

    def _attacked(self) -> EventDraft | None:
        """The event a statement of responsibility names: the last attack told, not a state's
        action (an arrest, an air strike) told after it."""
        attacks = [d for d in reversed(self.drafts) if self._is_attack(d)]
        return next((d for d in attacks if not d.background), attacks[0] if attacks else None)

    def _lead_type(self, draft: EventDraft) -> str:
        return lead_type(draft.triggers, draft.types, self.order, draft.strong_cues)

    def _is_attack(self, draft: EventDraft) -> bool:
        """Whether a draft was told as an attack at least once ('travellers were detained',
        then 'the attack'), not only as an arrest or an air strike."""
        family = self.context.ontology.attack_family
        return any(kind in family for kind in draft.types)

    def _responsible_draft(
        self, touched: list[EventDraft], statement: Responsibility
    ) -> EventDraft | None:
        """Where a statement of responsibility goes: the sentence's last event that is an
        attack ('police arrested two men after IS claimed the bombing'); in a sentence
        telling only an arrest or an air strike, a claim, blame or suspicion tells of the
        last attack told before, and a doer named is the state's own (no perpetrator)."""
        if not touched:
            return None
        ontology = self.context.ontology
        own = [d for d in touched if self._is_attack(d)]
        if own:
            return own[-1]
        if statement.how == "named":
            last = touched[-1]
            return None if self._lead_type(last) in ontology.state_actions else last
        attacked = self._attacked()
        return attacked if attacked is not None and self._in_entry(attacked) else None

    def _share_sentence(self, here: list[tuple[Trigger, EventDraft]], evidence: Evidence) -> None:
        """Several events told in one sentence each quote their own stretch of it."""
        firsts: dict[int, tuple[Token, EventDraft]] = {}
        for trigger, draft in here:
            firsts.setdefault(id(draft), (trigger.token, draft))
        if len(firsts) < 2:
            return
        ordered = sorted(firsts.values(), key=lambda item: item[0].i)
        pieces = split_evidence(evidence, self.context.doc, [cue for cue, _ in ordered])
        for (_, draft), piece in zip(ordered, pieces, strict=True):
            draft.evidence = [piece if item == evidence else item for item in draft.evidence]

    def _confirms(
        self,
        here: list[tuple[Trigger, EventDraft]],
        casualties: list[Casualty],
        statements: list[Responsibility],
        span: Span,
        cue: Trigger,
    ) -> bool:
        """Whether a sentence shows the cue before it was an attack: it refers back to 'the
        attack', 'the explosions' or 'the incident' and tells no event of its own, or a group
        claims it."""
        if not here:
            referred = {t.lemma_.lower() for t in span if _refers_back(t)} & REFERRING_NOUNS
            told = bool(casualties or sentence_outcome(span) or statements)
            claimed = any(statement.perpetrator for statement in statements)
            # 'the attack' says it was one; 'the incident' only with a toll or a claim
            return claimed or bool(referred & ATTACK_NOUNS) or (bool(referred) and told)
        return all(
            (trigger.type == GENERIC_EVENT or trigger.type == cue.type)
            and _refers_back(trigger.token)
            and len(draft.evidence) == 1
            for trigger, draft in here
        )

    def _confirm(
        self,
        unconfirmed: list[Trigger],
        here: list[tuple[Trigger, EventDraft]],
        evidence: Evidence,
    ) -> list[tuple[Trigger, EventDraft]]:
        """The last sentence's cue, confirmed: the event it names, told by both sentences."""
        earlier = self._unconfirmed_evidence or evidence
        trigger = unconfirmed[0]
        if here:
            draft = here[0][1]  # 'the attack' is the event the cue named
            draft.types.insert(0, trigger.type)  # types stay parallel to their cues
            draft.triggers.insert(0, trigger.token)
            draft.evidence.insert(0, earlier)
            self._fill(draft, trigger, [])
            return here
        draft = self._draft_for(trigger, [], earlier)
        draft.add_evidence(evidence)
        return [(trigger, draft)]

    def _draft_for(
        self, trigger: Trigger, here: list[tuple[Trigger, EventDraft]], evidence: Evidence
    ) -> EventDraft:
        """The event a trigger belongs to: one told just before, or a new one."""
        token = trigger.token
        for other, draft in here:
            if not self._starts_new(trigger, other) and not self._dated_apart(token, draft):
                draft.types.append(trigger.type)
                draft.triggers.append(token)
                self._fill(draft, trigger, here)
                return draft
        previous = self._current() if self.drafts else None
        if not here:  # 'Sunday's blast' after the arrests that followed it
            referent = self._referent(trigger) if _refers_back(token) else None
            previous = referent or self._latest_of_kind(trigger) or previous
        if (
            not here
            and previous is not None
            and self._in_entry(previous)
            and (self._continues(trigger, previous) or self._ends(trigger, previous))
        ):
            previous.types.append(trigger.type)
            previous.triggers.append(token)
            previous.add_evidence(evidence)
            self._fill(previous, trigger, here)
            return previous
        return self._new_draft(trigger, here, evidence)

    def _new_draft(
        self, trigger: Trigger, here: list[tuple[Trigger, EventDraft]], evidence: Evidence
    ) -> EventDraft:
        """A new event, first told by this trigger."""
        draft = EventDraft(types=[trigger.type], evidence=[evidence], triggers=[trigger.token])
        draft.background = _marked_as_other(trigger.token)
        self._fill(draft, trigger, here)
        if self._entry is not None:
            draft.line = self._entry.line_start
            if draft.date is None or draft.date.precision == "unknown":
                draft.date = self._happened(self._entry.when)
        self.drafts.append(draft)
        return draft

    def _in_entry(self, draft: EventDraft) -> bool:
        """Whether a sentence may tell more of a draft: a timeline entry tells only its own
        incident."""
        return self._entry is None or draft.line == self._entry.line_start

    def _compatible(self, first: str, second: str) -> bool:
        """Two cues can tell one event when they are of one family: all attacks are one family."""
        family = self.context.ontology.attack_family
        return first == second or (first in family and second in family)

    def _starts_new(self, trigger: Trigger, earlier: Trigger) -> bool:
        """A second cue in a sentence is a second event when it is a new, indefinite mention
        in another clause ('..., a day after a terror attack in Kabul killed ...'), or each
        phrase carries its own date ('the 2002 attacks and the 2003 bombing')."""
        token = trigger.token
        if _other_incident(token, earlier.token, self.context):
            return True  # 'after an earlier attack in 2018', in the same clause
        published = self.context.published_at
        own, theirs = _own_date(token, published), _own_date(earlier.token, published)
        if own is not None and theirs is not None and not own.overlaps(theirs):
            return True
        if clause_head(token) == clause_head(earlier.token):
            return False
        if _coordinated_tolls(clause_head(token), clause_head(earlier.token)):
            return False  # 'five were killed and 15 wounded in a bomb attack'
        if not self._compatible(trigger.type, earlier.type):
            return True
        if token.lemma_.lower() in PARTICIPANTS:
            return False  # '... were killed when a suicide bomber blew himself up'
        return bool({c.lower_ for c in token.children if c.dep_ == "det"} & {"a", "an"})

    def _referent(self, trigger: Trigger) -> EventDraft | None:
        """The event a referring phrase names when the last one is not it: 'the car bombing'
        is the event first told as 'a car bomb', even after another bombing was told."""
        token = trigger.token
        modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
        if not modifiers:
            return self._same_word(token)
        for draft in reversed(self.drafts):
            for cue in draft.triggers:
                theirs = {c.lemma_.lower() for c in cue.children if c.dep_ in ("compound", "amod")}
                if cue.lemma_.lower() == token.lemma_.lower() and modifiers <= theirs:
                    return draft
        return None

    def _same_word(self, token: Token) -> EventDraft | None:
        """'the ambush' is the event told as an ambush, even after another attack was
        told; a general word ('the attack', 'the incident') means the last one."""
        lemma = token.lemma_.lower()
        if lemma in REFERRING_NOUNS:
            return None
        return next(
            (
                draft
                for draft in reversed(self.drafts)
                if any(cue.lemma_.lower() == lemma for cue in draft.triggers)
            ),
            None,
        )

    def _latest_of_kind(self, trigger: Trigger) -> EventDraft | None:
        """The last event of the cue's kind: 'the attack' after an air strike told in
        passing is the bombing told before it; and 'the blast' after 'a bomb exploded near
        troops responding to a previous attack' is the bomb, not the attack told in passing."""
        kinds = [d for d in reversed(self.drafts) if self._compatible(trigger.type, d.types[0])]
        return next((d for d in kinds if not d.background), kinds[0] if kinds else None)

    def _current(self) -> EventDraft:
        """The event the passage is telling: the last one not told in passing as another
        incident."""
        return next((d for d in reversed(self.drafts) if not d.background), self.drafts[-1])

    def _continues(self, trigger: Trigger, previous: EventDraft) -> bool:
        """Whether a cue in a later sentence tells more of the last event: same kind of event,
        not dated apart from it ('the attack in 2004' after one in 2001), and either a
        referring phrase ('the attack', 'the blast') or no new date of its own."""
        if not self._compatible(trigger.type, previous.types[0]):
            return False
        token = trigger.token
        if _earlier_time(token.sent):
            return False  # 'The previous day, ...': another incident
        agent = agent_of(token, self.context, state_action=True)
        if agent is not None and previous.perpetrators and agent not in previous.perpetrators:
            return False  # 'troops bombed a camp' after a car bomb the rebels claimed
        own_date = event_time(token, self.context)
        if self._dated_apart(token, previous):
            return False
        undated = previous.date is None and self.context.published_at is None
        if undated and _names_year(_own_date(token, None)):
            return False  # 'the August 2020 port explosion' after an undated shooting
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        if determiners & REFERRING_DETERMINERS or self._headline_only(previous):
            return True  # 'the attack'; or the lead retelling the headline's 'a car bomb'
        if self._retells_the_lead(token, previous):
            return True  # the sentence after the lead tells its event again, 'a car bombing'
        dated_by_day = any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in token.children)
        if dated_by_day and _own_date(token, self.context.published_at) is not None:
            return True  # 'Friday's attack', not dated apart from the event (checked above)
        part = token.lemma_.lower() in PARTICIPANTS or _instrument(token)
        if determiners & {"a", "an", "another"} and not part:
            return False  # ('a third suicide bomber' is one more of the attackers told)
        if any(c.lower_ in OTHER_INCIDENT_MARKERS for c in token.children if c.dep_ == "amod"):
            return False  # 'the earlier attack', 'the previous bombing'
        site = _named_site(token)
        if site and not any(site == _named_site(cue) for cue in previous.triggers):
            return False  # 'the Marriott Hotel bombing' after the bombings in Bali
        # a weekday without a publication date to resolve it says no other day either
        if own_date is None or own_date.precision == "unknown" or own_date == previous.date:
            return True
        if _refines(own_date, previous.date) and self._same_place(token, previous):
            return True  # 'stormed Palma on March 24' after 'last week's attack on Palma'
        # 'A suicide bomber blew up a truck on Sunday' after a lead that gave no date: the
        # attacker of the event told, and its day, unless it is placed elsewhere
        undated = previous.date is None or previous.date.precision == "unknown"
        return undated and part and self._same_place(token, previous)

    def _ends(self, trigger: Trigger, previous: EventDraft) -> bool:
        """Whether a place taken is how the fight told before ended ('the fighting went on
        until the district was seized on June 14'): within weeks of it, not in another year."""
        if not trigger.seizure or not self._compatible(trigger.type, previous.types[0]):
            return False
        when = previous.date
        published = self.context.published_at
        if (when is None or when.start is None or when.end is None) and published is not None:
            when = TimeSpan(published - FOLLOW_UP, published + FOLLOW_UP, "unknown")
        own = _own_date(trigger.token, published) or event_time(trigger.token, self.context)
        if when is None or when.start is None or when.end is None:
            return own is None or own.start is None
        if own is None or own.start is None or own.end is None:
            return True
        return own.start <= when.end + FOLLOW_UP and when.start - FOLLOW_UP <= own.end

    def _headline_only(self, draft: EventDraft) -> bool:
        """Whether the event is so far told only by the headline, which the lead retells."""
        title = self.context.title.strip()
        return bool(title) and [item.quote.strip() for item in draft.evidence] == [title]

    def _retells_the_lead(self, token: Token, previous: EventDraft) -> bool:
        """Whether a cue in the sentence right after the lead tells the event the headline
        and the lead told, in the same place: a news story's opening sentences tell one
        incident, each naming it afresh ('a car bombing on a convoy')."""
        title = self.context.title.strip()
        evidence = previous.evidence
        if not title or evidence[0].quote.strip() != title or len(evidence) > 2:
            return False
        last = max(item.sentence_index for item in evidence)
        return self._sentence == last + 1 and self._same_place(token, previous)

    def _same_place(self, token: Token, previous: EventDraft) -> bool:
        here, there = self._location_of(token), previous.location
        for mine, theirs in ((here.city, there.city), (here.country, there.country)):
            if mine is not None and theirs is not None and mine.gazetteer_id != theirs.gazetteer_id:
                return False
        return True

    def _dated_apart(self, token: Token, previous: EventDraft) -> bool:
        """Whether the event phrase itself carries a date ('the abduction ... in 2001') that
        cannot be the day of the event before it ('the bombing in 2004'). An event told
        undated in a dated report is news of the report's days: 'the 2002 attacks' told
        later in a report of 2005 is another incident."""
        theirs = _weekday_named(previous.date) or _weekday_named(previous.weekday)
        mine = _weekday_named(_weekday_of(token)) or _weekday_named(event_time(token, self.context))
        if theirs and mine and theirs != mine:
            return True  # 'on Wednesday' after an ambush 'on Friday', with no year to resolve
        when = previous.date
        published = self.context.published_at
        if (when is None or when.precision == "unknown") and published is not None:
            when = TimeSpan(published - FOLLOW_UP, published + timedelta(days=1), "unknown")
        if when is None or when.start is None or when.end is None:
            return False
        own = _own_date(token, self.context.published_at)
        return own is not None and not own.overlaps(when)

    def _fill(
        self, draft: EventDraft, trigger: Trigger, here: list[tuple[Trigger, EventDraft]]
    ) -> None:
        """Date, place, perpetrator, targets and headcount from the trigger's sentence."""
        token = trigger.token
        context = self.context
        if trigger.strong:
            draft.strong_cues.add(token.i)
        if draft.date is None or draft.date.precision == "unknown":
            # an unresolved weekday stays until a later cue gives a resolved date
            told = self._happened(self._date_of(token, here))
            if draft.date is None or (told is not None and told.precision != "unknown"):
                draft.date = told
        elif _refines(refined := self._happened(self._date_of(token, here)), draft.date):
            draft.date = refined  # 'last week's attack', then 'on March 24'
        if draft.date is None and draft.weekday is None:
            # a new event's lead sentence dates it by its one weekday, wherever it hangs
            lead = draft.triggers == [token] and context.published_at is None
            draft.weekday = _weekday_of(token) or (_only_weekday(token) if lead else None)
            if draft.weekday is not None:
                # 'Saturday, ending a 60-hour rampage': the days before that Saturday
                draft.date = ended_span(token.sent, draft.weekday, context.published_at)
        if draft.location.most_precise is None:
            draft.location = self._location_of(token)
        elif draft.location.city is None and draft.location.province is None:
            finer = self._location_of(token)  # 'in Ivory Coast' ... 'at Grand Bassam'
            if (finer.city or finer.province) and finer.country == draft.location.country:
                draft.location = finer
        agent = agent_of(
            token, context, state_action=trigger.type in context.ontology.state_actions
        )
        if agent is not None and agent not in draft.perpetrators:
            draft.perpetrators.append(agent)
        targets, heads, assassination = self._targets_of(token, draft.perpetrators)
        draft.targets.extend(target for target in targets if target not in draft.targets)
        draft.target_heads.extend(heads)
        draft.assassination = draft.assassination or assassination
        if trigger.type in ("surrender", "arrest") and draft.count is None:
            draft.count = self._headcount(token)
            actors = self._actors(token)
            for actor in actors:
                if actor not in draft.perpetrators:
                    draft.perpetrators.append(actor)

    def _happened(self, span: TimeSpan | None) -> TimeSpan | None:
        """A date an event told as done can have: not after the report ('abducted in
        February and released on August 23' dates the release, told later, not the attack)."""
        published = self.context.published_at
        if span is None or published is None or span.start is None:
            return span
        return None if span.start > published + timedelta(days=1) else span

    def _date_of(self, token: Token, here: list[tuple[Trigger, EventDraft]]) -> TimeSpan | None:
        context = self.context
        head = clause_head(token)
        shift = _relative_days(head)
        if shift is not None:
            parent = clause_head(head.head) if head.head != head else head
            anchor = time_scope(parent, context) or next(
                (draft.date for _, draft in here if draft.date is not None), None
            )
            if anchor is not None and anchor.start is not None and anchor.end is not None:
                return TimeSpan(
                    anchor.start + timedelta(days=shift),
                    anchor.end + timedelta(days=shift),
                    anchor.precision,
                    f"{anchor.text} ({shift:+d} days)",
                )
        own = event_time(token, context)
        written = _named_date(token, context.published_at)
        if written is not None or (own is not None and _dates_another_event(token, own)):
            # 'the 2002 attacks and the 2003 bombing': the attacks' year is not the bombing's;
            # 'Thursday's attack took place where ... in 2018': the phrase's own date wins
            own = written
        if own is not None and own.precision != "unknown":
            return own
        opening = token.sent.text.lower().lstrip()
        if opening.startswith(CONNECTIVES) and self.previous_date is not None:
            return self.previous_date
        return own

    def _location_of(self, token: Token) -> Location:
        """Where the event happened."""
        return self._location_in_text(token)

    def _location_in_text(self, token: Token) -> Location:
        """Where the event happened: a 'town, province, country' chain in the sentence, else
        the places in the event's own phrases ('operation ... in the Nangahar province of
        Afghanistan'), else a place the event phrase stands in apposition to."""
        chained = locate_in_text(token.sent.text, self.context.place_evidence())
        if chained is not None and chained.province is not None:
            return chained
        places = [
            place
            for word in token.subtree
            if (place := self._located_place(word)) is not None
            and not self._of_other_event(word, token)
            and not _where_a_source_is(word, token)
        ]
        if not places:
            places = [
                place
                for word in governors(token)
                if word != token and (place := self._located_place(word, loose=True)) is not None
            ][:1]
        if not places:
            places = [
                place
                for word in clause_head(token).subtree
                if (place := self._located_place(word)) is not None
                and not self._of_other_event(word, token)
                and not _where_a_source_is(word, token)
            ]
        if not any(place.kind in ("city", "province") for place in places):
            # "Baghdad's Tayaran Square", 'a Bogota police academy in Colombia'
            places += [
                place
                for word in clause_head(token).subtree
                if (place := self._modifying_place(word)) is not None
                and not self._of_other_event(word, token)
            ][:1]
        located = locate_places(places)
        if not any(place.kind == "country" for place in places):
            # no country named with it: a homonym in a country the article names is meant
            located = in_home_country(located, self.countries)
        if located.most_precise is None and chained is not None:
            return chained
        if located.most_precise is None:
            return self._earlier_location(token.sent)
        return located

    def _of_other_event(self, word: Token, token: Token) -> bool:
        """Whether a place word belongs to the phrase of another event noun in the sentence
        ('the 2001 Parliament attack and the 2008 Mumbai attacks': Mumbai places the second
        attack, not the first); an event noun above this one names the same event."""
        above = set(governors(token))
        for governor in governors(word):
            if governor == token or governor.pos_ in ("VERB", "AUX"):
                return False
            if governor in above:
                return False
            if governor.pos_ == "NOUN" and self._match(governor) is not None:
                return governor.dep_ != "appos"
        return False

    def _earlier_location(self, sentence: Span) -> Location:
        """A 'town, province, country' chain a few sentences back: where the story is set."""
        doc = sentence.doc
        earlier_sentences = [s for s in doc.sents if s.end <= sentence.start][-3:]
        for earlier in reversed(earlier_sentences):
            chained = locate_in_text(earlier.text, self.context.place_evidence())
            if chained is not None and chained.most_precise is not None:
                return chained
        return Location()

    def _located_place(self, word: Token, loose: bool = False) -> Place | None:
        """The gazetteer place a word names, if it names where something is (the object of
        'in', 'near'...; part of such an object; not a modifier as in 'US troops')."""
        ent = self.context.entity_at(word)
        if ent is None or ent.label_ in NOT_PLACE_LABELS:
            return self._unlabelled_place(word)
        if word != ent.root:
            return None
        if ent.label_ == "NORP":
            return _site_country(word)
        if ent.label_ in ("GPE", "LOC", "FAC"):
            ref: EntityRef | None = self.context.place_ref(clean_name(ent.text))
        else:
            ref = self.context.ref(ent)  # a place the model mislabelled ('in Gao' as a person)
        if ref is None or ref.type != "place" or not ref.gazetteer_id:
            return self._attacked_town(word, ent) or self._named_settlement(word, ent.text)
        if not loose and not _is_location_phrase(word):
            return None
        return _joined_place(ent) or self.context.place(ref)

    def _attacked_town(self, word: Token, ent: Span) -> Place | None:
        """A one-word name read as a person that is what an attack took or struck ('seized
        Sanaa', 'stormed Palma'): a town the gazetteer has by that exact name, in a country
        the article names."""
        if ent.label_ != "PERSON" or len(ent) != 1 or not _is_location_phrase(word):
            return None
        if word.dep_ != "dobj":
            return None
        return self._town_named(word.text, ("city",))

    def _unlabelled_place(self, word: Token) -> Place | None:
        """A town the model did not tag as a place ('in Turbat' read as a date): a proper
        noun after 'in', 'near'..., whose exact name the gazetteer has for a town or a
        province in a country the article names."""
        if word.pos_ != "PROPN" and word.is_title and not word.is_sent_start:
            return self._named_settlement(word, word.text)  # 'the village of Tessabit'
        if word.pos_ != "PROPN" or word.dep_ not in ("pobj", "dobj"):
            return None
        if not _is_location_phrase(word):
            return None  # after 'in', 'near'...; or what was attacked ('seized Sanaa')
        parts = [c for c in word.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [word]
        name = word.doc[parts[0].i : word.i + 1].text
        return self._town_named(name, ("city", "province")) or self._named_settlement(word, name)

    def _named_settlement(self, word: Token, name: str) -> Place | None:
        """A town the gazetteer does not know, which the text calls one ('the eastern
        Congolese town of Kasindi', 'the village of X'): kept as written, in the country
        its nationality adjective names, else in the one country the article names."""
        settlement = word.head.head
        if word.dep_ != "pobj" or word.head.lower_ != "of" or word.head.dep_ != "prep":
            return None
        if settlement.lemma_.lower() not in SETTLEMENT_NOUNS or get_gazetteer().lookup_all(
            name, kinds=("city", "province", "country")
        ):
            return None
        named = [
            country
            for child in settlement.children
            if child.dep_ in ("amod", "compound") and (country := country_of_demonym(child.text))
        ]
        if named:
            place = get_gazetteer().lookup(named[0], kinds=("country",))
            code = place.gazetteer_id if place is not None else None
        else:
            code = self.countries[0] if len(self.countries) == 1 else None
        return Place(clean_name(name), None, "city", code) if code else None

    def _town_named(self, name: str, kinds: tuple[str, ...]) -> Place | None:
        """The gazetteer's place of exactly that name ('Marawi' for 'Marawi City'), the
        first in a country the article names when it names any."""
        key = name_key(name)
        for place in get_gazetteer().lookup_all(name, kinds=kinds):
            if name_key(place.name) not in (key, name_key(f"{name} City")):
                continue
            if not self.countries or place.country in self.countries:
                return place
        return None

    def _modifying_place(self, word: Token) -> Place | None:
        """A city or province named as the modifier of a site ("Baghdad's Tayaran Square",
        'a Bogota police academy'): a province, a major city, or a town in a country the
        article names (the Yavne school in Marseille is not in Yavne); a country as a
        modifier says who ('US troops')."""
        if word.dep_ not in MODIFIERS or word.head.ent_type_ in ("ORG", "PERSON", "NORP"):
            return None
        ent = self.context.entity_at(word)
        if ent is None:
            return self._unlabelled_event_place(word)
        if word != ent.root:
            return None
        name = clean_name(ent.text)
        place = self.context.place(self.context.place_ref(name))
        if place is None or place.kind not in ("city", "province"):
            return None
        # the model calls some towns people ('a Bogotá police academy'): the name must then
        # be the town's own, in a country the article names
        if ent.label_ not in ("GPE", "LOC", "FAC") and (
            name_key(name) != name_key(place.name) or place.country not in self.countries
        ):
            return None
        if place.kind == "province" or not self.countries or place.country in self.countries:
            return place
        return place if get_gazetteer().population(place) >= MAJOR_CITY else None

    def _unlabelled_event_place(self, word: Token) -> Place | None:
        """A town or province the model left untagged that names an event noun it modifies
        ('the 2002 Bali attacks'): the gazetteer's place of exactly that name, in a country
        the article names; a proper noun before any other noun says nothing of a place."""
        if word.pos_ != "PROPN" or word.dep_ != "compound" or word.head.pos_ != "NOUN":
            return None
        if self._match(word.head) is None or not self.countries:
            return None
        parts = [c for c in word.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [word]
        return self._town_named(word.doc[parts[0].i : word.i + 1].text, ("city", "province"))

    def _targets_of(
        self, token: Token, agents: list[EntityRef]
    ) -> tuple[list[str], list[str], bool]:
        """Who or what was attacked, and whether that makes it an assassination: an official
        by role ('a district commissioner'), or a named person whose office the same or the
        next sentence gives ('Nur, a member of the Jubaland state parliament')."""
        objects: list[Token] = []
        if token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ == "dobj"]
        for word in (token, clause_head(token)):
            objects += [
                o
                for p in word.children
                if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
                for o in p.children
                if o.dep_ == "pobj"
            ]
        victims = []
        for word in token.sent:
            if word.pos_ == "VERB" and word.lemma_.lower() == "target":
                objects += [c for c in word.children if c.dep_ == "dobj"]
            elif word.pos_ == "VERB" and word.lemma_.lower() in ("kill", "shoot"):
                victims += [c for c in word.children if c.dep_ == "dobj"]
        objects = [
            o
            for o in objects
            if o.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            and o.lower_ not in ("fire", "flames")
        ]  # 'set a car on fire': the car is the target, not the fire
        targets, heads = self._named_objects(token, agents), []
        assassination = any(self._is_official(victim) for victim in victims)
        for obj in objects:
            if obj.lemma_.lower() in TARGET_HOLDERS:
                owners = [
                    o
                    for p in obj.children
                    if p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                obj = owners[0] if owners else obj
            targets.append(_target_text(obj))
            heads.append(obj.lemma_.lower())
            assassination = assassination or self._is_official(obj)
        return [t for t in targets if t], heads, assassination

    def _named_objects(self, token: Token, agents: list[EntityRef]) -> list[str]:
        """What an event noun names as its object ('the bombing of Superferry 14', 'the
        James Rowe assassination', 'the Kiriba High School attack'): a named person, ship,
        building or site, never a nationality or a country (where it was), nor a group that
        did it."""
        if token.pos_ != "NOUN":
            return []
        words = [c for c in token.children if c.dep_ == "compound" and _names_a_site(c)]
        words += [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ]
        names = []
        for word in words:
            ent = self.context.entity_at(word)
            if ent is None or ent.label_ in NOT_NAMED_OBJECTS:
                continue
            if self.context.org_ref(word) not in agents:
                names.append(clean_name(ent.text))
        return [name for name in names if name]

    def _is_official(self, target: Token) -> bool:
        """A named or described office holder, or a few of them ('two municipal councilors')."""
        if any(c.lower_ in NONE_WORDS for c in target.children):
            return False
        if target.tag_ == "NNS":
            numbers = [c for c in target.children if c.dep_ == "nummod"]
            count = parse_quantity(numbers[0].text) if numbers else None
            few = count is not None and count.max is not None and count.max <= MAX_OFFICIALS
            return few and _is_role(target, self.roles)
        if target.tag_ not in ("NN", "NNP"):
            return False
        if _is_role(target, self.roles):
            return True
        if any(_is_role(c, self.roles) for c in target.children if c.dep_ == "appos"):
            return True  # "Jan Mohammad, a tribal elder"
        named = target.ent_type_ == "PERSON" or (target.tag_ == "NNP" and not target.ent_type_)
        if not named:
            return False
        nearby = list(target.sent)
        if target.sent.end < len(target.doc):
            nearby += list(target.doc[target.sent.end].sent)
        return any(_is_role(word, self.roles) for word in nearby)

    def _headcount(self, token: Token) -> Range | None:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        for subject in subjects:
            numbers = [w for w in subject.subtree if w.like_num]
            if numbers:
                words = [w for number in numbers for w in number.subtree]  # 'about 300'
                first = min(w.i for w in words)
                last = max(w.i for w in words)
                return parse_quantity(token.doc[first : last + 1].text)
        return None

    def _actors(self, token: Token) -> list[EntityRef]:
        """Whose people surrendered or were arrested: 'over 1,400 of its fighters'."""
        actors = []
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            for word in subject.subtree:
                ref = self.context.org_ref(word)
                if ref is not None and ref not in actors:
                    actors.append(ref)
        return actors

    def _owner(self, verb: Token, here: list[tuple[Trigger, EventDraft]]) -> EventDraft | None:
        """The event a casualty clause belongs to: the trigger it governs or is governed by."""
        for trigger, draft in here:
            related = trigger.token in verb.subtree or verb in list(governors(trigger.token))
            direct = (
                clause_head(trigger.token) == verb
                or trigger.token.head == verb
                or trigger.token in verb.children
            )
            if related and direct:
                return draft
        for trigger, draft in here:
            if trigger.token in verb.subtree:
                return draft
        return None

    def _told_before(self, sentence: Span, draft: EventDraft) -> bool:
        """A sentence dated wholly before the last event ('The group struck the same square
        in 2018, killing 28'), or long after it ('the ferry bombing in 2004, which killed
        116' after a kidnapping in 2001), tells of another incident: its toll is not that
        event's. Days or weeks after, it tells what followed (the toll rose on Friday)."""
        if draft.date is None or draft.date.start is None or draft.date.end is None:
            return False
        for text, _root in date_phrases(sentence):
            span = parse_time(text, self.context.published_at)
            if span is None or span.start is None or span.end is None:
                continue
            if span.precision == "unknown" or _in_relative_clause(_root):
                continue  # 'the bomber was X, who joined the group in 2018': X's own past
            return span.end < draft.date.start or span.start > draft.date.end + FOLLOW_UP
        return False

    def _remember_date(self, sentence: Span) -> None:
        """Keep the sentence for ``previous_date``; its dates are read only if asked for."""
        self._undated.append((sentence.start, sentence.end))

    @property
    def previous_date(self) -> TimeSpan | None:
        """The first resolvable date of the last sentence read that has one, for a next
        sentence opening 'As a result'. Few sentences open so: the sentences' dates are
        read when one does, the latest first."""
        doc = self.context.doc
        for start, end in reversed(self._undated):
            for text, _root in date_phrases(doc[start:end]):
                span = parse_time(text, self.context.published_at)
                if span is not None and span.precision != "unknown":
                    self._previous_date = span
                    self._undated.clear()
                    return span
        self._undated.clear()  # none of them has one: the last date stands
        return self._previous_date

    def events(self) -> list[Event]:
        dateline = self._dateline_country()
        for draft in self.drafts:
            if draft.location.most_precise is None and dateline is not None:
                draft.location = Location(country=dateline)
        if self.drafts:
            first = self.drafts[0]
            if first.location.city is None and first.location.province is None:
                headline = self._headline_location()
                country = first.location.country
                if headline.most_precise is not None and (
                    country is None or headline.country == country
                ):
                    first.location = headline
        for draft in self.drafts:
            if draft.date is not None:
                draft.evidence = [
                    without_other_times(
                        item,
                        self.context.doc,
                        draft.triggers,
                        draft.date,
                        self.context.published_at,
                    )
                    for item in draft.evidence
                ]
        return [draft.build(self.order) for draft in self.drafts]

    def _dateline_country(self) -> Place | None:
        """The country of the dateline ('MANILA - ...', 'SRINAGAR:'): where an event the
        text places nowhere, or only in a region, happened (the city may be only where the
        report was filed, so only its country is taken)."""
        found = DATELINE.search(self.context.text[:DATELINE_REACH])
        if found is None:
            return None
        place = get_gazetteer().lookup(found.group(1).title(), kinds=("city",))
        if place is None or not place.country or get_gazetteer().population(place) < MAJOR_CITY:
            return None
        if self.countries and place.country not in self.countries:
            return None
        return get_gazetteer().get(place.country)

    def _headline_location(self) -> Location:
        """The one city or province the headline names ('Istanbul attack'): where the
        article's first event happened when its own sentences do not say (two named, or
        none, and it is nowhere in particular)."""
        found: list[Place] = []
        words_ = re.findall(r"[\w'’-]+", self.context.title)
        for size in (3, 2, 1):
            for start in range(len(words_) - size + 1):
                name = " ".join(words_[start : start + size]).removesuffix("’s")
                if not name[:1].isupper():
                    continue
                place = get_gazetteer().lookup(name.removesuffix("'s"), kinds=("city", "province"))
                if place is None or place.name.casefold() != name.casefold():
                    continue
                country = get_gazetteer().lookup(name, kinds=("country",))
                if country is not None and name_key(country.name) == name_key(name):
                    continue  # 'Mozambique' names the country, not its town of that name
                if self.countries and place.country not in self.countries:
                    continue
                if all(place.gazetteer_id != known.gazetteer_id for known in found):
                    found.append(place)
        if len(found) != 1:
            return Location()
        place = found[0]
        country = get_gazetteer().get(place.country) if place.country else None
        if place.kind == "city":
            return Location(country=country, city=place)
        return Location(country=country, province=place)


LOCATION_WORDS = words(_LEXICON, "location_words")  # fmt: skip
SITE_PREPOSITIONS = words(_LEXICON, "site_prepositions")  # fmt: skip
MODIFIERS = frozenset({"poss", "compound", "nmod", "amod"})
# labels the model gives some towns it does not know ('in Turbat' as a date)
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
# labels of names that are not what an event noun was done to: a nationality or a country
# is who or where ('the bombing of Kabul'); the model labels ships and buildings freely
NOT_NAMED_OBJECTS = NOT_PLACE_LABELS | {"NORP", "GPE", "MONEY", "PERCENT"}
PLACE_OBJECT_VERBS = words(_LEXICON, "place_object_verbs")
SETTLEMENT_NOUNS = words(_LEXICON, "settlement_nouns")
DATELINE = re.compile(r"(?m)^\s*([A-Z][A-Z .'-]{2,30}?)\s*(?:\([^)]*\)\s*)?[-—–:,]\s")
DATELINE_REACH = 1500  # characters: a dateline opens one of the first paragraphs


EVENT_NOUNS = words(_LEXICON, "event_nouns")
PROPERTY_TARGETS = words(_LEXICON, "property_targets")
FOLLOW_UP = timedelta(days=31)  # what a report tells this long after an event is news of it
MAX_OFFICIALS = 3  # an attack that kills more office holders is not aimed at one of them
LEGISLATURES = words(_LEXICON, "legislatures")
SECURITY_TARGETS = words(_LEXICON, "security_targets")


HEDGED_NAME_WORDS = words(_LEXICON, "hedged_name_words")


def _unhedged(doer: EntityRef) -> EntityRef:
    """'suspected Islamist insurgents' -> 'Islamist insurgents': the hedge is the
    teller's doubt, not part of the group's name; two reports, one hedged, name one group."""
    first, _, rest = doer.name.partition(" ")
    if doer.type != "organization" or not rest or first.casefold() not in HEDGED_NAME_WORDS:
        return doer
    return replace(doer, name=rest)


def _distinct_doers(doers: list[EntityRef]) -> list[EntityRef]:
    """The doers, one per group once hedges are dropped from their names."""
    kept: dict[EntityRef, EntityRef] = {}
    for doer in doers:
        kept.setdefault(_unhedged(doer), doer)
    return list(kept.values())


def _is_role(word: Token, roles: frozenset[str]) -> bool:
    """An office: 'governor', 'commander', or 'member of parliament'."""
    lemma = word.lemma_.lower()
    if lemma in roles:
        return True
    if lemma == "member":
        if any(c.dep_ == "compound" and c.lemma_.lower() in LEGISLATURES for c in word.children):
            return True  # "a district council member"
        return any(
            o.lemma_.lower() in LEGISLATURES
            or any(c.lemma_.lower() in LEGISLATURES for c in o.children)
            for p in word.children
            if p.lower_ == "of"
            for o in p.children
        )
    return False


def _victim_text(victim: Token) -> str:
    """'an ISIS-Khorasan planner', 'scores of people': the victim phrase, without the
    'including ...' aside or an apposition after it."""
    end = victim.i
    for child in victim.rights:
        if child.dep_ != "prep" or child.lower_ == "including":
            break
        end = child.right_edge.i
    return victim.doc[victim.left_edge.i : end + 1].text.strip(" ,")


def _target_text(target: Token) -> str:
    words = [w for w in target.lefts if w.dep_ in ("compound", "amod", "nmod")] + [target]
    return clean_name(target.doc[words[0].i : target.i + 1].text)


_NUMBERS = dict(_LEXICON["numbers"])  # fmt: skip
_EVENT_PLURALS = r"(?:attacks|incidents|assaults|raids|clashes|explosions|blasts|bombings|strikes)"
_ONE_OF = re.compile(
    r"\bone of (\w+|\d+) (?:\w+ ){0,2}" + _EVENT_PLURALS + r"\b"
    r"|\bacross (?:the |all |these |all of the )?(both|\w+|\d+) (?:\w+ ){0,2}"
    + _EVENT_PLURALS
    + r"\b",
    re.IGNORECASE,
)
_ACROSS = re.compile(r"\bacross\b|\bin total\b|\bcombined\b|\bin all\b", re.IGNORECASE)


def related_incidents(text: str) -> int | None:
    """'This was one of three related attacks': how many incidents a stated toll covers."""
    for match in _ONE_OF.finditer(text):
        word = (match.group(1) or match.group(2) or "").lower()
        number = int(word) if word.isdigit() else _NUMBERS.get(word)
        if number and number > 1:
            return number
    return None


def share_of(count: Range | None, incidents: int) -> Range | None:
    """An even share of a toll told for several incidents together, as an estimate."""
    if count is None or count.min is None:
        return count
    share = count.min // incidents
    return Range(
        share, share, approx=True, text=f"share of {count.min} across {incidents} incidents"
    )


ONE_INCIDENT_WORDS = words(_LEXICON, "one_incident_words")
TOLL_VERBS = KILL_LEMMAS | WOUND_LEMMAS
MAX_PARTS = int(_LEXICON["max_parts_of_one_incident"])


def _coordinated_tolls(first: Token, second: Token) -> bool:
    """Whether two clauses are the coordinated halves of one toll ('five were killed and
    15 wounded in a bomb attack'): what either names as the cause, both tell."""
    for verb, other in ((first, second), (second, first)):
        if verb.dep_ == "conj" and verb.head == other:
            lemmas = {verb.lemma_.lower(), other.lemma_.lower()}
            return lemmas <= TOLL_VERBS
    return False


def _in_passing(token: Token) -> bool:
    """'the vehicle used in the attack': a back-reference inside a reduced relative clause
    of another noun, which tells something about that noun, not about the event."""
    return _refers_back(token) and any(
        governor.dep_ == "acl" and governor.tag_ == "VBN" for governor in governors(token)
    )


def _killing_beside_mention(triggers: list[Trigger], casualties: list[Casualty]) -> Trigger | None:
    """A killing a sentence tells beside a passing mention of the event ('the vehicle used
    in the attack belonged to a vet, and he was killed while being extorted'): when every
    cue only refers back and a killing is neither governed by one of them nor governs one,
    the killing is another incident."""
    if not triggers or not all(_in_passing(trigger.token) for trigger in triggers):
        return None
    for casualty in casualties:
        if casualty.kind != "killed" or casualty.verb.pos_ != "VERB":
            continue
        verb = casualty.verb
        if any(
            trigger.token in verb.subtree or verb in list(governors(trigger.token))
            for trigger in triggers
        ):
            continue
        return Trigger(verb, GENERIC_EVENT, False)
    return None


def _without_weapons_of_events(found: list[Trigger]) -> list[Trigger]:
    """'the bombs used for the 2002 attacks': a weapon whose own phrase names the event
    it served is part of that event's telling, and says its kind."""
    kept = []
    for trigger in found:
        token = trigger.token
        served = None
        if token.pos_ == "NOUN" and token.lemma_.lower() not in EVENT_NOUNS:
            served = next(
                (
                    other
                    for other in found
                    if other.token.pos_ == "NOUN"
                    and other.token.lemma_.lower() in EVENT_NOUNS
                    and other.token in token.subtree
                    and other.token.head != token
                ),
                None,
            )
        if served is None:
            kept.append(trigger)
        elif served.type == GENERIC_EVENT:
            served.type, served.strong = trigger.type, served.strong or trigger.strong
    return kept


def _is_aggregate(token: Token, published: date | None = None) -> bool:
    """'about 250 clashes', 'attacks on civilians': many events, counted or in general.
    (Counted weapons are one event: 'fired two rockets'; so are a few blasts told as one
    incident: 'two explosions ripped through', 'twin blasts'; and bombings dated to a
    month or a day: 'suicide bombings in the capital earlier this month'.)"""
    if token.tag_ != "NNS" or token.lemma_.lower() not in EVENT_NOUNS:
        return False
    if any(child.lower_ in ONE_INCIDENT_WORDS for child in token.children):
        return False
    own = _own_date(token, published) or _blamed_date(token, published)
    if own is not None and own.precision in ("day", "month"):
        return False
    numbers = [
        child
        for child in token.children
        if child.dep_ in ("nummod", "quantmod") and child.ent_type_ != "DATE"  # 'the 2002 attacks'
    ]
    if numbers:
        return not _few(numbers[0])
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    return not determiners and token.head.lemma_.lower() not in ("kill", "injure", "wound", "leave")


def _blamed_date(token: Token, published: date | None) -> TimeSpan | None:
    """The date of the blame an event phrase is the cause of ('blamed the group for the
    bombings in the capital earlier this month'): the parse hangs the incidents' date on
    the verb of blame, but what is blamed is what happened then."""
    cause = token.head
    if (
        token.dep_ != "pobj"
        or cause.lower_ != "for"
        or cause.head.lemma_.lower() not in TELLING_VERBS
    ):
        return None
    verb = cause.head
    for text, root in date_phrases(token.sent):
        if root.head == verb or root == verb:
            span = parse_time(text, published)
            if span is not None and span.start is not None:
                return span
    return None


def _few(number: Token) -> bool:
    """An exact small count ('two', '3'), not an estimate ('about 250', 'dozens of')."""
    if any(child.dep_ in ("advmod", "quantmod") for child in number.children):
        return False
    count = parse_quantity(number.text)
    return (
        count is not None
        and not count.approx
        and count.min is not None
        and count.min == count.max
        and count.min <= MAX_PARTS
    )


ACTIVITY_PREPOSITIONS = words(_LEXICON, "activity_prepositions")
SPECIFYING_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound", "prep", "acl", "relcl"})


def _is_activity(token: Token) -> bool:
    """'financed through kidnapping and extortion': a bare singular noun after such a
    preposition names an activity in general, not one event."""
    if token.tag_ != "NN" or any(child.dep_ in SPECIFYING_DEPS for child in token.children):
        return False
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ACTIVITY_PREPOSITIONS


def _names_a_site(word: Token) -> bool:
    """Whether a name before an event noun is whom or what it was done to: a person, a
    building, or a name ending in a kind of building ('the Kiriba High School attack'),
    not the group that did it ('the Taliban attack')."""
    if word.ent_type_ in ("PERSON", "FAC"):
        return True
    return word.ent_type_ == "ORG" and word.lemma_.lower() in PROPERTY_TARGETS


def _site_country(word: Token) -> Place | None:
    """The country a nationality adjective places a site in ('from a Philippine resort',
    'at a Kenyan hotel'); on people it says who they are ('American tourists'), not where."""
    site = word.head
    if word.dep_ != "amod" or site.pos_ != "NOUN" or site.dep_ != "pobj":
        return None
    if site.head.lower_ not in SITE_PREPOSITIONS:
        return None
    if any(ent.label_ == "GPE" for ent in word.sent.ents):
        return None  # 'at a Turkish base in Iraq': the place named says where
    name = country_of_demonym(word.text)
    return get_gazetteer().lookup(name, kinds=("country",)) if name else None


def _is_location_phrase(word: Token) -> bool:
    """Whether a place word says where: 'in Kabul', 'the Nangahar province', 'of Afghanistan',
    'stormed Palma' (a place attacked is where the attack was)."""
    if word.dep_ == "dobj":
        return word.head.lemma_.lower() in PLACE_OBJECT_VERBS
    if word.dep_ == "pobj":
        return word.head.lower_ in LOCATION_WORDS
    if word.dep_ in ("compound", "nmod", "amod", "conj", "appos"):
        head = word.head
        if head.lemma_.lower() in LOCATION_WORDS:
            return True
        if word.dep_ in ("conj", "appos"):
            return _is_location_phrase(head)
    return False


def _country_names(context: DocContext) -> list[tuple[str, bool]]:
    """Every name the article may use for a country, and whether it is surely a place:
    nationality adjectives count as their country; the model often labels a country a
    person or an organisation, so those names count when they are a country's own."""
    names = []
    for ent in context.ents:
        name = clean_name(ent.text)
        if ent.label_ == "NORP":
            names.append((country_of_demonym(name) or "", True))
        elif ent.label_ in ("GPE", "LOC", "ORG", "PERSON"):
            names.append((name, ent.label_ in ("GPE", "LOC")))
    title = re.findall(r"[\w'’-]+", context.title)
    for size in (1, 2, 3):  # the headline's words: 'Gunmen return to Solhan, Burkina Faso'
        for start in range(len(title) - size + 1):
            words_ = title[start : start + size]
            if words_[0][:1].isupper():
                names.append((" ".join(words_), False))
    return [(name, surely) for name, surely in names if name]


def _joined_place(ent: Span) -> Place | None:
    """A place whose name the model split at its 'and': 'Jammu and Kashmir's Pulwama
    district' names the province Jammu and Kashmir, not the city of Jammu."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("and", "&"):
        return None
    following = doc[ent.end + 1]
    if not following.ent_type_ or not following.text[:1].isupper():
        return None
    end = ent.end + 1
    while end < len(doc) and doc[end].ent_type_ == following.ent_type_ and doc[end].text != "'s":
        end += 1
    name = doc[ent.start : end].text
    place = get_gazetteer().lookup(name, kinds=("country", "province"))
    return place if place is not None and name_key(place.name) == name_key(name) else None


def orgs_of(phrase: Token, context: DocContext) -> list[EntityRef]:
    """Organisations named inside a phrase: 'an ISIS-Khorasan planner' -> ISIS-K."""
    found = []
    for word in phrase.subtree:
        if context.entity_at(word) is not None:
            ref = context.org_ref(word)
            if ref is not None and ref not in found:
                found.append(ref)
    return found


OTHER_INCIDENT_MARKERS = words(_LEXICON, "other_incident_markers")
MEDICAL_WORDS = words(_LEXICON, "medical_words")
DEVICE_NOUNS = words(_LEXICON, "device_nouns")


def _not_an_event(token: Token) -> bool:
    """Fixed phrases that name no attack: 'killed off' (a story's character), 'house arrest',
    'no explosives' (none there)."""
    lemma = token.lemma_.lower()
    modifiers = {child.lower_ for child in token.children}
    if token.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ in NONE_WORDS for child in token.children
    ):
        return True  # 'no explosives had been left behind'
    if lemma == "kill" and "off" in modifiers:
        return True
    if lemma == "attack" and modifiers & MEDICAL_WORDS:
        return True  # 'a heart attack'
    return lemma == "arrest" and "house" in modifiers


PARTICIPANTS = words(_LEXICON, "participant_nouns")
INSTRUMENT_PREPOSITIONS = words(_LEXICON, "instrument_prepositions")
AIRCRAFT = words(_LEXICON, "aircraft")


FIGURATIVE_OBJECTS = words(_LEXICON, "figurative_objects")


def _damages_no_property(verb: Token) -> bool:
    """'destroy the group', 'damage the party', 'the destruction of the network': the
    object is an organisation."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o for p in verb.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return any(
        child.ent_type_ in ("ORG", "NORP") or child.lemma_.lower() in FIGURATIVE_OBJECTS
        for child in objects
    )


def _struck_from_the_air(verb: Token) -> bool:
    """'warplanes struck a house': an air strike (a rocket striking a house is not one)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in AIRCRAFT for c in verb.children)


def _carried(weapon: Token) -> bool:
    """A weapon the attackers were 'armed with': they assaulted with it, it did not explode."""
    for governor in weapon.ancestors:
        if governor.lemma_.lower() == "arm" and any(c.lower_ == "with" for c in governor.children):
            return True
        if governor.pos_ == "VERB" and governor.lemma_.lower() != "arm":
            return False
    return False


def _marked_as_other(token: Token) -> bool:
    """'a previous attack', 'an earlier explosion', 'another bombing': an incident named
    as other than the one being told."""
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if "another" in determiners:
        return True
    return bool(determiners & {"a", "an"}) and any(
        c.lower_ in OTHER_INCIDENT_MARKERS for c in token.children if c.dep_ == "amod"
    )


def _other_incident(token: Token, earlier: Token, context: DocContext) -> bool:
    """A cue that tells another incident than the one before it in the sentence: an
    indefinite mention marked as another ('an earlier attack', 'a previous bombing') or
    dated apart from it ('an attack in 2018')."""
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if not determiners & {"a", "an", "another"}:
        return False
    if "another" in determiners or any(
        c.lower_ in OTHER_INCIDENT_MARKERS for c in token.children if c.dep_ == "amod"
    ):
        return True
    own, theirs = time_scope(token, context), time_scope(earlier, context)
    return own is not None and theirs is not None and not own.overlaps(theirs)


EARLIER_TIME = phrases(_LEXICON, "earlier_time_phrases")


def _earlier_time(sentence: Span) -> bool:
    """A sentence opening on a time before the story's ('The previous day, ...', 'A week
    earlier, ...'): what it tells is another incident."""
    opening = sentence.text.lower().lstrip(" \"'“‘-—")
    return opening.startswith(EARLIER_TIME)


def _in_relative_clause(word: Token) -> bool:
    """Whether a word sits in a relative clause ('..., who joined the group in 2018'): what
    it dates is the person or thing described, not what the sentence tells."""
    return any(governor.dep_ == "relcl" for governor in governors(word))


def _refers_back(token: Token) -> bool:
    """'the attack', 'this assault': a phrase naming an event already told."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in REFERRING_DETERMINERS for c in token.children
    )


def _phrase_at(token: Token, words: list[str]) -> bool:
    """'car bomb' at 'bomb' with a 'car' modifier; 'open fire' at 'open' with object 'fire';
    'set fire' also as 'set a car on fire' (through the preposition)."""
    lemma = token.lemma_.lower()
    kids = {child.lemma_.lower() for child in token.children}
    # through a preposition, the verb's own or its object's ('set a car on fire')
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [p for c in token.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
    kids |= {grandchild.lemma_.lower() for prep in preps for grandchild in prep.children}
    if lemma == words[-1] or token.lower_ == words[-1]:
        return all(word in kids for word in words[:-1])
    if lemma == words[0]:
        return all(word in kids for word in words[1:])
    return False


def _weekday_of(token: Token) -> TimeSpan | None:
    """The weekday told of the event itself ('Sunday's blast', 'a bomb exploded ... on
    Thursday') that no publication date resolves: kept as written (its day unknown), so
    that linking can still tell a Sunday from a Thursday. Dates of the clause above a
    noun ('accused on Monday of a bombing') are when something else happened."""
    own = set(token.subtree)
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
        own.add(token.head)  # 'the explosion tore through the street on Sunday'
    for text, root in date_phrases(token.sent):
        if root not in own and root.head not in own:
            continue
        if not any(word in WEEKDAYS for word in re.findall(r"[a-z]+", text.lower())):
            continue
        span = parse_time(text, None)
        if span is not None and span.precision == "unknown":
            return span
    return None


TELLING_VERBS = words(_LEXICON, "telling_verbs")


def _only_weekday(token: Token) -> TimeSpan | None:
    """The one unresolved weekday the cue's sentence names, wherever it hangs ('people who
    fled the hotel on Friday fell into an ambush'), unless it dates a verb above the cue
    ('accused on Tuesday of a bombing': the accusation's day)."""
    above = {word for word in token.ancestors if word.lemma_.lower() in TELLING_VERBS}
    found = [
        (span, root)
        for text, root in date_phrases(token.sent)
        if (span := parse_time(text, None)) is not None and _weekday_named(span)
    ]
    if len(found) != 1 or clause_head(found[0][1]) in above:
        return None
    return found[0][0]


def _names_year(when: TimeSpan | None) -> bool:
    """Whether a date is written with its year ('the 2002 attacks', 'August 2020'), not
    as a day of the report's week ('Friday's attack')."""
    return when is not None and bool(re.search(r"\d{4}", when.text or ""))


def _refines(finer: TimeSpan | None, coarse: TimeSpan | None) -> bool:
    """Whether a date lies within a longer one ('March 24' in 'last week')."""
    if finer is None or coarse is None:
        return False
    if None in (finer.start, finer.end, coarse.start, coarse.end):
        return False
    assert finer.start and finer.end and coarse.start and coarse.end
    inside = coarse.start <= finer.start and finer.end <= coarse.end
    return inside and (finer.end - finer.start) < (coarse.end - coarse.start)


def _weekday_named(span: TimeSpan | None) -> str | None:
    """The weekday an unresolved date names ('on Friday afternoon'), if any."""
    if span is None or span.text is None or span.precision != "unknown":
        return None
    return next((w for w in re.findall(r"[a-z]+", span.text.lower()) if w in WEEKDAYS), None)


def _dates_another_event(token: Token, when: TimeSpan) -> bool:
    """Whether the clause date found for a cue sits inside another event phrase of the
    sentence ('making the bombs used for the 2002 Bali attacks': 2002 is the attacks')."""
    for text, root in date_phrases(token.sent):
        if when.text is None or text != when.text:
            continue
        for governor in list(governors(root))[1:]:
            if governor == token:
                return False  # the date is on the cue's own phrase
            if governor.pos_ == "NOUN" and governor.lemma_.lower() in EVENT_NOUNS:
                return True  # ... on another's, even one the cue is joined to by 'and'
            if token in governor.subtree:
                return False  # ... on the clause above both
    return False


ATTEMPT_VERBS = words(_LEXICON, "attempt_verbs")
INTENT_VERBS = words(_LEXICON, "intent_verbs")


def _only_attempted(token: Token) -> bool:
    """'killed four people while trying to take hostages': an act only tried, in a clause
    that tells another event, or only meant ('had come to take hostages'), names no event
    of its own."""
    for governor in governors(token):
        if (
            governor.dep_ in ("xcomp", "advcl")
            and governor.head.lemma_.lower() in INTENT_VERBS
            and _infinitive(governor)
        ):
            return True  # 'they had come to carry out an attack and take hostages'
        if governor.dep_ == "acl" and governor.head.lemma_.lower() in ATTEMPT_VERBS:
            return True  # 'in an attempt to take over the town'
        if governor.dep_ == "xcomp" and governor.head.lemma_.lower() in ATTEMPT_VERBS:
            return governor.head.dep_ in ("advcl", "xcomp", "acl", "relcl")
        if governor.pos_ == "VERB" and governor != token and governor.dep_ != "conj":
            return False
    return False


def _infinitive(verb: Token) -> bool:
    """'to take hostages' (not 'came to fore when operatives infiltrated, killing')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_date(token: Token, published: date | None, any_precision: bool = False) -> TimeSpan | None:
    """The date inside an event phrase itself ('the 2002 Bali attacks', 'the bombing in
    2004'), not in a phrase joined to it ('... and the 2003 bombing')."""
    joined = {w for c in token.children if c.dep_ == "conj" for w in c.subtree}
    # 'a confrontation in 2006 in which Israel invaded': the noun's date is the clause's
    phrase = token.head if token.dep_ == "relcl" else token
    inside = set(phrase.subtree) - joined
    for text, root in date_phrases(token.sent):
        if root not in inside:
            continue
        span = parse_time(text, published)
        if span is not None and span.start is not None and span.precision != "unknown":
            return span
        if span is not None and any_precision:
            return span  # 'Thursday's attack' with no publication date to resolve it
    return None


def _named_date(token: Token, published: date | None) -> TimeSpan | None:
    """The date the event phrase is named by ('Thursday's attack', 'the 2002 attacks', 'the
    attack on May 3'), not one of a clause hung on it ('the attack, which was the deadliest
    since 2003'); a weekday no publication date resolves is kept as written."""
    near = {token} | {c for c in token.children if c.dep_ not in ("relcl", "acl", "conj")}
    near |= {o for c in token.children if c.dep_ == "prep" for o in c.children}
    for text, root in date_phrases(token.sent):
        if root in near or root.head in near:
            span = parse_time(text, published)
            if span is not None and (span.start is not None or span.precision == "unknown"):
                return span
    return None


def _instrument(token: Token) -> bool:
    """Whether a cue names what an attack was done with ('a car laden with explosives',
    'attacked the post with a bomb'): a part of the event told, not another one."""
    return token.dep_ == "pobj" and token.head.lower_ in INSTRUMENT_PREPOSITIONS


def _named_site(cue: Token) -> str:
    """The named site an event noun is called after ('the Marriott Hotel bombing'), if any."""
    return " ".join(c.lower_ for c in cue.children if c.dep_ == "compound" and c.ent_type_ == "FAC")


def _dated_incident(token: Token, published: date | None) -> bool:
    """'the 2001 Parliament attack', 'the attack of May 2019': a definite event noun dated
    in its own phrase names one past incident, with or without violence in view."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in EVENT_NOUNS:
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    if not determiners & {"the"} and not any(c.dep_ == "poss" for c in token.children):
        return False
    own = _own_date(token, published)
    return own is not None and own.precision in ("day", "month", "year")


def _relative_days(clause: Token) -> int | None:
    """'a day after X' on a clause: the clause's event was that many days before its head's."""
    mark_tokens = [child for child in clause.children if child.dep_ == "mark"]
    marks = {mark.lower_ for mark in mark_tokens}
    if not marks & {"after", "before"}:
        return None
    # 'two days after ...': the duration hangs on the verb or on 'after' itself
    for child in [*clause.children, *(c for mark in mark_tokens for c in mark.children)]:
        if child.dep_ == "npadvmod" and child.lower_ in DURATION_DAYS:
            number = 1
            for modifier in child.children:
                parsed = parse_quantity(modifier.text) if modifier.dep_ in ("nummod",) else None
                if parsed is not None and parsed.min:
                    number = parsed.min
            days = number * DURATION_DAYS[child.lower_]
            return -days if "after" in marks else days
    return None


__all__ = ["EventExtractor"]


def _where_a_source_is(word: Token, token: Token) -> bool:
    """Whether a place word sits in the phrase of a source of the report ('according to
    P, a spokesman for the agency in the capital, Y'), below the event's clause."""
    top = clause_head(token)
    for governor in governors(word):
        if governor.lower_ in SOURCE_WORDS:
            return True
        if governor in (top, token):
            return False
    return False
