"""How many were killed and wounded, from the clauses that say so.

    Two security force members were killed and five others were injured   -> 2 killed, 5 wounded
    a terror attack in Kabul killed scores of people including 13 US troops -> at least 40 killed
    Aimaq, editor of the local radio, was killed                          -> 1 killed
    No casualties were reported                                           -> 0 and 0
    The outcome of the attack is unknown                                  -> unknown (stated)

Victims are counted phrase by phrase ('X and Y'): a number counts as itself,
a named person or a singular noun as one, a plural noun without a number
leaves the count open. Appositions and 'including ...' never add to a count.
Attackers who died are told apart ('the two suicide bombers also died'): they
are the toll only when nobody else died.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from dossier.extract.nominal_casualties import (
    NOMINAL_CASUALTY_CUES,
    WHOLE_TOLL_CUES,
    nominal_casualties,
    recovers_remains,
    whole_tolls,
)
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Range
from dossier.model.quantities import parse_quantity as _parse_quantity

_LEXICON = lexicon("casualties")
NEGATED_BOUNDS: dict[str, str] = dict(_LEXICON["negated_bounds"])
_NEGATED_BOUND = re.compile(
    r"\b(?:"
    + "|".join(re.escape(k) for k in sorted(NEGATED_BOUNDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


TOLL_NOUNS = words(_LEXICON, "toll_nouns")
TOLL_CHANGE_VERBS = words(_LEXICON, "toll_change_verbs")
WOUNDED_TOLL_WORDS = words(_LEXICON, "wounded_toll_words")
TOLL_OF_PEOPLE = words(_LEXICON, "toll_of_people")
INCIDENT_NOUNS = words(_LEXICON, "incident_nouns")
VAGUE_COUNTS = words(_LEXICON, "vague_counts")
GENERAL_VICTIMS = words(_LEXICON, "general_victims")
COUNT_PREPOSITIONS = words(_LEXICON, "count_prepositions")
CONFLICT_NOUNS = words(_LEXICON, "conflict_nouns")
EPISODE_NOUNS = words(_LEXICON, "episode_nouns")
EPISODE_PREPOSITIONS = words(_LEXICON, "episode_prepositions")
SPAN_NOUNS = words(_LEXICON, "span_nouns")
SPAN_MODIFIERS = words(_LEXICON, "span_modifiers")
ADDED_VICTIM_WORDS = words(_LEXICON, "added_victim_words")
WHOLE_TOLL_GROUPS = words(_LEXICON, "whole_toll_groups")
TOTAL_NOUNS = words(_LEXICON, "total_nouns")
SELF_DESTRUCTION_VERBS = words(_LEXICON, "self_destruction_verbs")
REFLEXIVE_PRONOUNS = words(_LEXICON, "reflexive_pronouns")
# the group of a clause that counts only attackers ('three terrorists had been killed')
ATTACKERS = "attackers"
ATTACKERS_ADDED = words(_LEXICON, "attackers_added")


def parse_quantity(text: str) -> Range | None:
    """A count as written; 'not fewer than 17' is 'no fewer than 17', at least 17; 'over
    100' people are at least 101 (the bound stays 'more than', as written)."""
    normal = _NEGATED_BOUND.sub(lambda m: NEGATED_BOUNDS[m.group(0).lower()], text)
    count = _parse_quantity(normal)
    if count is not None and normal != text:
        count = replace(count, text=text)
    if (
        count is not None
        and count.bound == "more than"
        and count.min is not None
        and count.max is None
    ):
        count = replace(count, min=count.min + 1)
    return count


def toll_updates(
    sentence: Span, lowered: AbstractSet[str] | None = None
) -> list[tuple[str, Range]]:
    """'The death toll rose to 43', 'the number of injured climbed to 60': a newer figure
    for the whole toll, which replaces the count so far; the kind and the count.
    ``lowered``: the sentence's lower-cased words and lemmas, to skip it at a glance."""
    if lowered is not None and not lowered & TOLL_UPDATE_CUES:
        return []
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TOLL_CHANGE_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "acl":
            subjects = [verb.head]  # a dateline before it can make the verb hang on its noun
        # ... or a subject of its own ('HILLA, Babil - The number of ... rose')
        subjects = [s for s in subjects if s.lemma_.lower() in TOLL_NOUNS]
        if not subjects:
            continue
        described = {w.lemma_.lower() for w in subjects[0].subtree} | {
            w.lower_ for w in subjects[0].subtree
        }
        if subjects[0].lemma_.lower() != "toll" and not described & TOLL_OF_PEOPLE:
            continue  # 'the number of attacks rose to 200' counts no dead
        kind = "wounded" if described & WOUNDED_TOLL_WORDS else "killed"
        numbers = [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children
            if o.dep_ == "pobj"
        ] + [c for c in verb.children if c.dep_ == "dobj"]
        for number in numbers:
            words_ = list(number.subtree)
            count = parse_quantity(sentence.doc[words_[0].i : words_[-1].i + 1].text)
            if count is not None and count.min is not None:
                found.append((kind, replace(count, text=f"{verb.text} to {count.text}")))
                break
    for counted in whole_tolls(sentence):
        count = _count_victims(counted)
        if count is not None and count.min is not None:
            found.append(("killed", count))
    found.extend(_totals(sentence))
    return found


def _totals(sentence: Span) -> list[tuple[str, Range]]:
    """'A total of 43 people were killed', 'a total of nine cadavers were recovered': the
    whole toll, told as such."""
    found = []
    for total in sentence:
        if total.lower_ not in TOTAL_NOUNS or total.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        counted = _total_of(total)
        if counted is None:
            continue
        verb = total.head
        kind = _casualty_kind(verb)
        if kind is None and recovers_remains(verb, counted):
            kind = "killed"
        count = _count_victims([counted, *counted.conjuncts])
        if kind is not None and count is not None and count.min is not None:
            found.append((kind, count))
    return found


def _total_of(total: Token) -> Token | None:
    """The counted phrase of 'a total of nine cadavers'."""
    if not any(c.dep_ == "det" for c in total.children):
        return None
    return next(
        (
            o
            for p in total.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )


KILL_LEMMAS = words(_LEXICON, "kill_lemmas")
WOUND_LEMMAS = words(_LEXICON, "wound_lemmas")
DEATH_ADJECTIVES = frozenset({"dead"})
SHOT = "shot"  # 'shot dead'
# A sentence must hold one of these (a lower-cased lemma or word) for the readers below to
# find anything in it; it is skipped unwalked otherwise. Each set mirrors its reader's
# tests: _casualty_kind and nominal_casualties; the toll verbs, whole_tolls and _totals.
CASUALTY_CUES = (
    KILL_LEMMAS
    | WOUND_LEMMAS
    | DEATH_ADJECTIVES
    | {SHOT}
    | SELF_DESTRUCTION_VERBS
    | NOMINAL_CASUALTY_CUES
)
TOLL_UPDATE_CUES = TOLL_CHANGE_VERBS | WHOLE_TOLL_CUES | TOTAL_NOUNS
NONE_WORDS = words(_LEXICON, "none_words")
SINGLE_WORDS = words(_LEXICON, "single_words")
DEFINITE = words(_LEXICON, "definite")
_LEADING_PHRASE = re.compile(
    r"^\s*(?:in addition to|besides|apart from|as well as)\b[^,]*,\s*", re.I
)
_NUMBER_WORD = (
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|both)"
)
_APPOSITION = re.compile(
    r",\s+(?!and\b)(?:(?:a|an|the|who|whose|identified as)\b|[a-z][\w-]*\b)"
    r"(?![^,]*\b" + _NUMBER_WORD + r")[^,]*(?:,|$)"
)
_LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s*(?=\w)")
PERPETRATOR_NOUNS = words(_LEXICON, "perpetrator_nouns")
_NO_CASUALTIES = re.compile(
    r"\bno (?:reported )?(?:casualties|injuries|deaths|fatalities)\b"
    r"|\bwithout (?:any )?casualties\b",
    re.IGNORECASE,
)
_OUTCOME_UNKNOWN = re.compile(
    r"\b(?:outcome|fate|whereabouts)\b[^.;]*\bunknown\b"
    r"|\bunknown number of (?:\w+ ){0,3}casualties\b|\bunknown\b[^.;]*\bresulted in any casualt"
    r"|\bunknown (?:if|whether)\b[^.;]*\bcasualt"
    r"|\bcasualties\b[^.;]*\b(?:are|were|is|remain) unknown",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Tally:
    """Running count for one kind of casualty across the sentences of one event.

    Figures for different people add up ('two soldiers ... three civilians were also
    killed'); a later sentence's figure for the same people, or for people in general,
    restates the toll ('43 people were killed ... the Red Cross said 37 died'): the
    larger figure stands, alternatives are never summed.
    """

    total: int = 0
    stated: bool = False  # some clause spoke of this kind of casualty
    open_ended: bool = False  # a clause gave no number ('scores', 'civilians')
    at_least: bool = False
    counts: list[Range] = field(default_factory=list)  # the figures added, as written
    sentences: set[int] = field(default_factory=set)  # where they were told
    groups: set[str] = field(default_factory=set)  # who was counted ('soldier', 'people')
    parts: list[Range] = field(default_factory=list)  # the figures that add up
    whole: int | None = None  # a toll given as the whole ('has risen to 42')
    broken_down: int = 0  # figures told after it for some of those people
    # where the first figure, for people in general ('killing 166 people'), was told: later
    # sentences' figures for some of them break it down
    general_sentence: int | None = None
    attackers: int = 0  # attackers who died: the toll only when no victim is counted
    attackers_open: bool = False  # ... some of them without a number ('the assailants')

    def add(self, count: Range | None, sentence: int = -1, group: str | None = None) -> None:
        if group == ATTACKERS:
            self.stated = True
            if count is not None and count.min is not None:
                self.attackers += count.min
            else:
                self.attackers_open = True
            return
        if self._within_whole(count, group, sentence):
            return
        single = count is not None and count.min == count.max == 1
        general = group in GENERAL_VICTIMS
        restated = (
            group is not None
            and bool(self.parts)
            and (
                (sentence not in self.sentences and (general or group in self.groups or single))
                # '132 people were killed, but sources say at least 160 people died'
                or (sentence in self.sentences and general and group in self.groups)
            )
        )
        self.stated = True
        self.sentences.add(sentence)
        if group is not None:
            self.groups.add(group)
        if count is None or (count.min is None and count.max is None):
            if not restated:
                self.open_ended = True
            return
        self.counts.append(count)
        if count.min is None:
            self.at_least = True  # 'up to 600': a figure, but no lower bound to add
            return
        if restated:
            if count.min > self.total:
                self.parts = [count]
                self.total = count.min
                self.at_least = count.max is None or count.approx
                self.open_ended = False
            return
        if not self.parts and group in WHOLE_TOLL_GROUPS:
            self.general_sentence = sentence
        self.parts.append(count)
        self.total += count.min
        if count.max is None or count.approx:
            self.at_least = True

    def revise(self, count: Range, sentence: int = -1) -> None:
        """A later, fuller figure for the same people ('the toll rose to 43', 'in all, 43
        people died'): it replaces the running count, it is not added to it."""
        self.total, self.counts, self.open_ended, self.at_least = 0, [], False, False
        self.parts, self.whole, self.broken_down = [], None, 0
        self.general_sentence = None
        self.add(count, sentence)
        self.whole = count.min

    def _within_whole(self, count: Range | None, group: str | None, sentence: int) -> bool:
        """'The toll has risen to 42 ... killing 20 girls, while 17 boys were killed':
        after a whole toll, figures for some of the people (not 'another three') break it
        down while they fit inside it. A first figure for people in general is such a
        whole for the figures of other sentences ('killing 166 people ... they killed four
        crew members')."""
        whole = self.whole
        if (
            whole is None
            and self.general_sentence not in (None, sentence)
            and len(self.parts) == 1
            and group not in GENERAL_VICTIMS
        ):
            whole = self.total
        if whole is None or group is None or count is None or count.min is None:
            return False
        if self.broken_down + count.min > whole:
            return False
        self.broken_down += count.min
        self.stated = True
        return True

    def result(self) -> Range | None:
        if not self.stated:
            return None
        if (self.attackers or self.attackers_open) and not self.counts:
            # 'one of the terrorists blew himself up, and another was killed': nobody else
            if self.attackers_open and not self.attackers:
                return Range(None, None, approx=True)
            if self.open_ended or self.attackers_open:
                return Range(self.attackers, None, approx=True, bound="at least")
            return Range(self.attackers, self.attackers)
        if len(self.parts) == 1 and not self.open_ended:
            return self.parts[0]  # one figure, with its bound: 'not fewer than 17', 'up to 600'
        if len(self.counts) == 1 and not self.open_ended and not self.parts:
            return self.counts[0]
        if self.open_ended and self.total == 0:
            return Range(None, None, approx=True)
        if self.open_ended or self.at_least:
            return Range(self.total, None, approx=True, bound="at least")
        return Range(self.total, self.total)


def sentence_outcome(sentence: Span, text: str | None = None) -> str | None:
    """'none' when the sentence says nobody was hurt, 'unknown' when it says the toll is
    unknown. ``text``: the sentence's text if the caller has it (spaCy rebuilds it)."""
    if text is None:
        text = sentence.text
    if _NO_CASUALTIES.search(text):
        return "none"
    if _OUTCOME_UNKNOWN.search(text):
        return "unknown"
    return None


@dataclass(frozen=True, slots=True)
class Casualty:
    """One clause saying people died or were hurt."""

    verb: Token
    kind: str  # "killed" | "wounded"
    count: Range | None  # None: the clause gives no number ('civilians were killed')
    victims: tuple[Token, ...]
    # 'ten were killed and 39 others injured': the others are others than those dead
    contrasted: bool = False
    # 'three terrorists had been killed': only attackers died in this clause
    of_attackers: bool = False

    @property
    def group(self) -> str | None:
        """Who was counted, as a lemma ('soldier', 'people'); None when the clause marks
        them as more people than told before ('two others', 'also killed'); ATTACKERS when
        the clause counts only the attackers."""
        if self.of_attackers:
            return ATTACKERS
        if self.contrasted:
            return "people"
        head = self.victims[0]
        marks = {c.lower_ for c in head.children} | {c.lower_ for c in self.verb.children}
        clause = [self.verb, *(a for a in self.verb.ancestors if self.verb.dep_ == "conj")]
        marks |= {  # 'In addition, one assailant was killed and two were injured'
            o.lower_
            for verb in clause
            for p in verb.children
            if p.dep_ == "prep"
            for o in p.children
        }
        if head.lower_ in ADDED_VICTIM_WORDS or head.lemma_.lower() in ADDED_VICTIM_WORDS:
            return None
        if marks & ADDED_VICTIM_WORDS:
            return None
        if head.pos_ == "NUM":
            return "people"  # 'seven died', '25 were confirmed dead'
        return head.lemma_.lower()

    @property
    def definite(self) -> bool:
        """'the doctor', 'he', 'the coal miners': people the story has already named."""
        head = self.victims[0]
        return head.lower_ in DEFINITE or any(
            child.dep_ in ("det", "poss") and child.lower_ in DEFINITE for child in head.children
        )


def casualty_clauses(sentence: Span, lowered: AbstractSet[str] | None = None) -> list[Casualty]:
    """Every clause of the sentence saying people died or were hurt, with their number.

    Perpetrators counted 'in addition to' the victims are added to the dead; tolls told
    without such a verb ('25 bodies were recovered') come from ``nominal_casualties``.
    ``lowered``: the sentence's lower-cased words and lemmas, to skip it at a glance.
    """
    if lowered is not None and not lowered & CASUALTY_CUES:
        return []
    clauses = []
    for token in sentence:
        kind = _casualty_kind(token)
        if kind is None or _told_of_another_time(token) or _in_a_conflict(token):
            continue
        if _over_time(token):
            continue
        victims = _victims(token)
        if not victims or _names_nobody(victims):
            continue
        if victims[0].lemma_.lower() in INCIDENT_NOUNS:
            continue  # 'the attackers executed the assault': no one was killed
        count = _count_victims(victims)
        if victims[0].dep_ == "nsubjpass":
            by_text = _count_subject_text(victims[0], token)
            if (
                by_text is not None
                and by_text.min is not None
                and by_text.min > ((count and count.min) or 0)
            ):
                count = by_text
        if count is None:
            count = _earlier_count(victims[0])
        extra = _perpetrators_added(token) if kind == "killed" else 0
        if extra and count is not None and count.min is not None:
            count = Range(
                count.min + extra, None if count.max is None else count.max + extra, count.approx
            )
        clauses.append(Casualty(token, kind, count, tuple(victims)))
    for word, kind, counted in nominal_casualties(sentence):
        if not (_told_of_another_time(word) or _in_a_conflict(word)):
            clauses.append(Casualty(word, kind, _count_victims(counted), tuple(counted)))
    clauses = [_contrast(clause, clauses) for clause in clauses]
    return [_attackers(clause, clauses) for clause in clauses]


def _attackers(clause: Casualty, clauses: list[Casualty]) -> Casualty:
    """Mark a clause whose dead are all attackers, told apart from the victims ('the two
    suicide bombers also died', 'one of the terrorists blew himself up, and another was
    killed'): they are counted only when no victim is. Attackers counted in the victims'
    sentence ('one soldier was killed while six assailants were killed') or added to them
    ('In addition, three assailants were killed') are part of the toll."""
    if clause.kind != "killed" or not clause.victims or _added_to_toll(clause.verb):
        return clause
    head = clause.victims[0]
    if head.head == clause.verb and head.dep_ == "dobj" and not _destroyed_self(clause.verb):
        return clause  # 'troops killed two top terrorists': the dead are whom it was against
    if _destroyed_self(clause.verb):
        return replace(clause, of_attackers=True)  # a suicide bomber is no victim
    killed = [c for c in clauses if c.kind == "killed" and c.victims]
    if all(_only_attackers(c, killed) for c in killed):
        return replace(clause, of_attackers=True)
    return clause  # victims in the same sentence: the attackers are counted with them


def _only_attackers(clause: Casualty, killed: list[Casualty]) -> bool:
    """All the clause's dead are attackers; 'another' after a clause about attackers
    ('One of the terrorists blew himself up, and another was killed') is one more."""
    if _destroyed_self(clause.verb) or all(_is_attacker(v) for v in clause.victims):
        return True
    head = clause.victims[0]
    earlier = [c for c in killed if c.verb.i < clause.verb.i]
    return (
        head.lower_ in ADDED_VICTIM_WORDS
        and head.pos_ != "NOUN"
        and bool(earlier)
        and _only_attackers(earlier[-1], killed)
    )


def _added_to_toll(verb: Token) -> bool:
    """'In addition (to the bodyguard), one assailant was killed'."""
    return any(
        p.dep_ == "prep" and any(o.lower_ in ATTACKERS_ADDED for o in p.children)
        for p in verb.children
    )


def _is_attacker(victim: Token) -> bool:
    """'the gunmen', 'three terrorists', 'one of the attackers'."""
    if victim.lemma_.lower() in PERPETRATOR_NOUNS:
        return True
    return victim.pos_ in ("NUM", "PRON") and any(
        o.lemma_.lower() in PERPETRATOR_NOUNS
        for p in victim.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _contrast(clause: Casualty, clauses: list[Casualty]) -> Casualty:
    """'N others were injured' after a count of the dead in the same sentence counts
    others than the dead, not more wounded than a sentence before told."""
    head = clause.victims[0] if clause.victims else None
    if head is None or head.lemma_.lower() != "other":
        return clause
    earlier = [c for c in clauses if c.verb.i < clause.verb.i]
    if earlier and all(c.kind != clause.kind for c in earlier):
        return replace(clause, contrasted=True)
    return clause


def _earlier_count(head: Token) -> Range | None:
    """'The coal miners were shot' after '... kidnapped 11 Hazara coal miners': the number
    given for the same people earlier in the document."""
    if head.tag_ != "NNS" or not any(c.lower_ in DEFINITE for c in head.children):
        return None
    for earlier in reversed(head.doc[: head.sent.start]):
        if earlier.lemma_ == head.lemma_ and earlier.tag_ == "NNS":
            numbers = [c for c in earlier.children if c.dep_ in ("nummod", "quantmod")]
            if numbers:
                return parse_quantity(numbers[0].text)
    return None


def _told_of_another_time(verb: Token) -> bool:
    """'... the military's operation on April 30, which killed 20': a relative clause about
    something dated on its own is another event's toll."""
    for governor in [verb, *verb.ancestors]:
        if governor.dep_ in ("relcl", "acl"):
            head = governor.head
            if _new_incident(head) or _told_incident(head) or head.dep_ == "ROOT":
                # 'an earlier attack in 2018 in which ... killed 20': its own toll; and the
                # sentence's own event ('A car bomb detonated ... Thursday, killing 21')
                return False
            dated = [t for t in head.subtree if t.ent_type_ == "DATE" and t.i < governor.i]
            return bool(dated)
    return False


def _in_a_conflict(verb: Token) -> bool:
    """'More than 4,500 people have been killed in the conflict': the toll of a war or a
    campaign, not of the event told."""
    prepositions = [p for p in verb.children if p.dep_ == "prep"]
    over_time = any(p.lower_ in EPISODE_PREPOSITIONS for p in prepositions)
    return any(
        o.lemma_.lower() in CONFLICT_NOUNS or (over_time and o.lemma_.lower() in EPISODE_NOUNS)
        for p in prepositions
        if p.lower_ in ("in", "during", "since", "throughout")
        for o in p.children
        if o.dep_ == "pobj"
    )


def _over_time(verb: Token) -> bool:
    """'killing hundreds of villagers in raids over the past two years': a record kept
    over a stretch of time, not one event's toll."""
    objects = _prepositional_objects(verb)
    objects += [deeper for obj in objects for deeper in _prepositional_objects(obj)]
    return any(
        obj.lemma_.lower() in SPAN_NOUNS
        and obj.tag_ == "NNS"
        and any(c.lower_ in SPAN_MODIFIERS for c in obj.children)
        for obj in objects
    )


def _prepositional_objects(word: Token) -> list[Token]:
    return [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _told_incident(head: Token) -> bool:
    """'Sunday's blast, which wounded 81', 'the attack, which killed 20': an incident the
    story already tells, whose toll this is."""
    return head.lemma_.lower() in INCIDENT_NOUNS and any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITE)
        for child in head.children
    )


def _new_incident(head: Token) -> bool:
    """An indefinite event noun ('an attack', 'a bombing'): an incident told as new, whose
    own clauses give its toll (the events stage makes it an event of its own)."""
    return head.lemma_.lower() in INCIDENT_NOUNS and any(
        child.dep_ == "det" and child.lower_ in ("a", "an") for child in head.children
    )


def _names_nobody(victims: list[Token]) -> bool:
    head = victims[0]
    return head.lower_ in NONE_WORDS or any(
        child.lower_ in NONE_WORDS and child.dep_ == "det" for child in head.children
    )


def _casualty_kind(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in KILL_LEMMAS or (lemma in DEATH_ADJECTIVES and token.pos_ == "ADJ"):
        return "killed"
    if lemma in WOUND_LEMMAS:
        return "wounded"
    if token.lower_ == SHOT and any(c.lower_ == "dead" for c in token.children):
        return "killed"
    if _destroyed_self(token):
        return "killed"
    return None


def _destroyed_self(verb: Token) -> bool:
    """'One of the terrorists blew himself up': the subject died."""
    return (
        verb.lemma_.lower() in SELF_DESTRUCTION_VERBS
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children)
    )


def _victims(verb: Token) -> list[Token]:
    """The phrases naming who was killed or hurt by this verb."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return _antecedent(verb, passive[0]) or _conjoined(passive[0])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if _destroyed_self(verb):
        return _conjoined(subjects[0]) if subjects else []
    objects = [c for c in verb.children if c.dep_ == "dobj"] or _counted_objects(verb)
    if subjects and not objects and verb.tag_ == "VBN" and not _has_auxiliary(verb):
        return _conjoined(subjects[0])  # 'with at least seven killed', '3 killed in blast'
    if verb.pos_ == "ADJ" and verb.dep_ == "amod" and verb.i > verb.head.i:
        return [verb.head]  # '149 people dead and 192 injured'
    if verb.dep_ == "conj" and not objects:
        if subjects and verb.tag_ == "VBN":
            return _conjoined(subjects[0])  # '... was killed and another injured'
        if not subjects:
            # 'was shot and beheaded': the victims of the verb it is joined to,
            # unless that verb already counted them as the same kind of casualty
            if _casualty_kind(verb.head) == _casualty_kind(verb):
                return []
            return _victims(verb.head)
    if verb.pos_ == "ADJ" and not subjects and verb.dep_ in ("oprd", "acomp"):
        # '25 students have been confirmed dead', 'two were found dead'
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _conjoined(subjects[0]) if subjects else []
    if verb.lemma_.lower() == "die" or verb.pos_ == "ADJ":
        if subjects and _antecedent(verb, subjects[0]):
            return _antecedent(verb, subjects[0])  # 'the 20 people who died'
        return _conjoined(subjects[0]) if subjects else []
    # a participle with a subject (its own or a joined verb's) is active ('has killed 41
    # people', or a past tense the tagger read as one), not a reduced relative ('people
    # killed in the blast')
    if objects and (verb.tag_ != "VBN" or subjects or _shares_subject(verb)):
        return _conjoined(objects[0])
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and verb.head.pos_ in NOUN_LIKE:
        nearer = [c for c in verb.head.conjuncts if c.i < verb.i and verb.i - c.i <= 1]
        if nearer:
            return nearer[-1:]  # '149 people dead and 192 injured': the 192 were injured
        if verb.head.dep_ == "conj" and verb.i - verb.head.i <= 1:
            return [verb.head]
        return _conjoined(verb.head)  # 'three people killed in the blast'
    return []


NOUN_LIKE = ("NOUN", "PROPN", "NUM")  # '64 injured'


def _antecedent(verb: Token, pronoun: Token) -> list[Token]:
    """'the 68 others who were wounded': the phrase a relative pronoun stands for (not the
    phrases joined to it, which have clauses of their own)."""
    if verb.dep_ == "relcl" and pronoun.tag_ in ("WP", "WDT") and verb.head.pos_ in ("NOUN", "NUM"):
        return [verb.head]
    return []


def _has_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """'The attack killed 41 and injured 200 more': a verb joined to one with an active
    subject shares it."""
    return verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)


def _counted_objects(verb: Token) -> list[Token]:
    """'wounding over a hundred': a count the parser hung on a preposition of the verb."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in COUNT_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj" and (o.like_num or o.pos_ == "NUM")
    ]


def _conjoined(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _without_asides(text: str) -> str:
    """'five people, including police officers, civilians and a journalist,' -> 'five people';
    'Aimaq, editor of the local radio,' -> 'Aimaq'. An 'including' aside may hold a list,
    so it runs to the last comma of the phrase; an apposition starts with an article or a
    lower-case word and holds no number."""
    text = re.sub(r"\([^)]*\)", " ", text)
    found = re.search(r",?\s*\bincluding\b", text)
    if found is not None:
        rest = text[found.end() :]
        last_comma = rest.rfind(",")
        text = text[: found.start()] + (" " + rest[last_comma + 1 :] if last_comma >= 0 else "")
    return _APPOSITION.sub(" ", text)


def _count_subject_text(subject: Token, verb: Token) -> Range | None:
    """Count a passive subject from its words, asides removed: sturdier than its parse when
    'including ...' splits the list ('seven personnel, including soldiers, and three
    assailants were killed')."""
    doc = subject.doc
    start = subject.left_edge.i
    if start and doc[start - 1].lower_ == "and":
        return None
    text = _without_asides(doc[start : verb.i].text)
    text = _LEADING_PHRASE.sub("", text)
    text = re.sub(r"\b(?:was|were|had been|have been|has been)\b.*$", "", text).strip(" ,")
    total, approx = 0, False
    for part in _LIST_SEPARATOR.split(text):
        part = part.strip()
        if not part:
            continue
        words = part.split()
        count = parse_quantity(part)
        if count is not None and count.min is None:
            return None  # 'up to 600 people': a bound, its parse tells it better
        if count is not None and count.min is not None:
            total += count.min
            approx = approx or count.approx or count.max is None
        elif words[0].lower() in ("both",):
            total += 2
        elif words[-1].lower().endswith("s") and words[-1].lower() not in ("his", "its", "was"):
            return None  # a plural without a number
        else:
            total += 1
    return Range(total, None if approx else total, approx=approx)


def _count_victims(phrases: list[Token]) -> Range | None:
    """Add up 'two soldiers and five others'; None when a phrase gives no number."""
    total = 0
    approx = bare = False
    counted: list[Range] = []
    for head in phrases:
        lower = head.lower_
        if lower in NONE_WORDS or any(
            c.lower_ in NONE_WORDS and c.dep_ == "det" for c in head.children
        ):
            continue
        count = _phrase_count(head)
        if count is None and counted and _bare_plural(head):
            bare = True  # '55 soldiers and Christians': at least the 55
            continue
        if count is None:
            return None
        counted.append(count)
        total += count.min or 0
        approx = approx or count.approx or count.max is None
    if bare:
        return Range(total, None, approx=True, bound="at least")
    if len(counted) == 1:
        return counted[0]  # one phrase: its figure as written, with its bound
    return Range(total, None if approx else total, approx=approx)


def _bare_plural(head: Token) -> bool:
    """A plural with no number and no determiner ('Christians', 'civilians')."""
    return head.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "quantmod", "poss") for c in head.children
    )


def _phrase_count(head: Token) -> Range | None:
    if head.lower_ in TOTAL_NOUNS and (counted := _total_of(head)) is not None:
        return _phrase_count(counted)  # 'a total of 12 people'
    if head.lower_ == "number" and any(p.lower_ == "of" for p in head.children):
        numbers = [c for c in head.children if c.dep_ in ("nummod", "quantmod")]
        return parse_quantity(numbers[0].text) if numbers else None  # 'an unknown number of'
    numbers = [c for c in head.children if c.dep_ in ("nummod", "quantmod")]
    if head.pos_ == "NUM":
        numbers = [head]
    if numbers:
        first = min(w.i for n in numbers for w in n.subtree)
        if head.dep_ == "pobj" and head.head.lower_ in COUNT_PREPOSITIONS:
            first = min(first, head.head.i)  # 'over a hundred
        last = head.i if head.pos_ != "NUM" else max(w.i for w in head.subtree if w.dep_ != "prep")
        return parse_quantity(head.doc[first : last + 1].text)
    if head.lower_ == "both" or any(c.lower_ == "both" for c in head.children):
        return Range(2, 2)
    if head.lower_ in VAGUE_COUNTS:
        return parse_quantity(head.text)
    if (
        head.ent_type_ == "PERSON"
        or head.tag_ in ("NN", "NNP")
        or (head.pos_ == "PROPN" and head.tag_ != "NNPS")  # not 'Christians'
        or head.lower_ in SINGLE_WORDS
    ):
        return Range(1, 1)
    return None


def _perpetrators_added(verb: Token) -> int:
    """'In addition to the two assailants, three people were killed' counts the assailants
    too; 'in addition to an unknown number of assailant casualties' adds nothing."""
    for child in verb.subtree:
        if child.lower_ != "addition" or child.head.lower_ != "in":
            continue
        for obj in child.subtree:
            if obj.lemma_.lower() in PERPETRATOR_NOUNS and obj.dep_ == "pobj":
                count = _phrase_count(obj)
                return count.min if count and count.min else 0
    return 0
