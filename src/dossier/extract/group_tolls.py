"""How many people a group has killed over time (``killed_count``), in three shapes:

    X has killed about 6,000 civilians since 2013       a verb of killing, its victims counted
    Y blames X for more than 1,200 deaths               a death noun counted, the group to blame
    X's insurgency has claimed more than 1,500 lives    lives claimed by what the group does

Only running totals count: the verb, or a verb it hangs on, is in the perfect ('has
killed', 'have launched ..., killing') or its clause gives a span of time ('since 2009',
'over the past two years', 'so far'). A toll 'in an attack' is one incident's: events
report it, not a claim. The cue words are the ``killed_count`` cues in ontology.yaml;
the words of a span of time are ``group_tolls`` in lexicons/claims.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import ClauseAnalysis, clause_subjects, parties
from dossier.extract.qualities import governors
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, Range
from dossier.model.quantities import parse_quantity

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "killed_count"
_LEXICON = lexicon("claims")["group_tolls"]
SPAN_PREPOSITIONS = words(_LEXICON, "span_prepositions")
SPAN_NOUNS = words(_LEXICON, "span_nouns")
SPAN_ADVERBS = words(_LEXICON, "span_adverbs")
INCIDENT_NOUNS = words(_LEXICON, "incident_nouns")
NUMBER_WORDS = words(_LEXICON, "number_words")
_ORGANIZATION = {"organization"}
# links from a verb of killing up to the clause that names the killer
CLIMBED_DEPS = frozenset({"pcomp", "prep", "conj", "advcl", "xcomp"})


class GroupTollReader:
    """Claims of a group's running death toll in one sentence."""

    def __init__(self, clauses: ClauseAnalysis) -> None:
        self.clauses = clauses
        spec = clauses.context.ontology.predicates.get(PREDICATE)
        cues = spec.cues if spec is not None else {}
        self.kill_verbs = cues.get("kill_verbs", frozenset())
        self.life_verbs = cues.get("life_verbs", frozenset())
        self.life_nouns = cues.get("life_nouns", frozenset())
        self.death_nouns = cues.get("death_nouns", frozenset())
        self.blame_verbs = cues.get("blame_verbs", frozenset())
        self.blame_adjectives = cues.get("blame_adjectives", frozenset())
        self.victims = cues.get("victim_nouns", frozenset()) | self.death_nouns | self.life_nouns
        self.activities = cues.get("activity_nouns", frozenset())
        # a sentence without one of these words holds no toll: skip it at a glance
        self.cue_words = self.kill_verbs | self.life_nouns | self.death_nouns

    def claims(self, sentence: Sentence, sentence_words: set[str]) -> Iterator[Claim]:
        if not self.cue_words & sentence_words:
            return
        for token in sentence.span:
            if token.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            count = self._count(token)
            if count is None:
                continue
            found = self._toll_of(token)
            if found is None:
                continue
            group, cue = found
            yield sentence.claim(
                group, PREDICATE, cue, value=count, qualifier=_victims(token).text, confidence=0.6
            )

    def _toll_of(self, counted: Token) -> tuple[EntityRef, Token] | None:
        """The group a counted noun is the toll of, with the word that says so."""
        head = counted.head
        if counted.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in NUMBER_WORDS:
            counted, head = head.head, head.head.head  # 'hundreds of villagers'
        victim = _victims(counted).lemma_.lower()
        if counted.dep_ == "dobj" and head.pos_ == "VERB" and _running_total(head):
            verb = head.lemma_.lower()
            if verb in self.kill_verbs and victim not in self.death_nouns | self.life_nouns:
                return self._agent(head)
            if verb in self.life_verbs and victim in self.life_nouns:
                return self._agent(head)
        if counted.dep_ == "pobj" and head.lower_ == "for" and victim in self.death_nouns:
            holder = head.head
            if not _running_total(holder):
                return None
            if holder.lemma_.lower() in self.blame_verbs:  # 'Y blames X for', 'X is blamed for'
                blamed = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")]
                return self._group(blamed[0], holder) if blamed else None
            if holder.lemma_.lower() in self.blame_adjectives:  # 'X is responsible for'
                return self._agent(holder.head) if holder.dep_ == "acomp" else None
        return None

    def _agent(self, verb: Token) -> tuple[EntityRef, Token] | None:
        """Who killed: the verb's subject, or, for 'X is accused of killing', 'X has been
        charged with ... killing', the subject of the verb it hangs on."""
        word = verb
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            if word.dep_ not in CLIMBED_DEPS or word.head == word:
                return None
            word = word.head
        subjects = clause_subjects(word)
        return self._group(subjects[0], verb) if subjects else None

    def _group(self, word: Token, cue: Token) -> tuple[EntityRef, Token] | None:
        """The organisation a word names, or whose activity it names ('its insurgency')."""
        refs = self.clauses.refs(word, _ORGANIZATION)
        if not refs and word.lemma_.lower() in self.activities:
            refs = [r for owner in parties(word) for r in self.clauses.refs(owner, _ORGANIZATION)]
        return (refs[0], cue) if len(refs) == 1 else None

    def _count(self, noun: Token) -> Range | None:
        """The figure a victim noun is counted by: 'about 6,000 civilians', 'hundreds of
        villagers' (given on the number word)."""
        if noun.lower_ in NUMBER_WORDS:
            victims = [o for p in noun.children if p.lower_ == "of" for o in p.children]
            if not any(v.lemma_.lower() in self.victims for v in victims):
                return None
            start = min(w.i for w in noun.subtree if w.i <= noun.i)
            return parse_quantity(noun.doc[start : noun.i + 1].text)
        if noun.lemma_.lower() not in self.victims or noun.tag_ not in ("NNS", "NNPS"):
            return None
        numbers = [c for c in noun.children if c.dep_ in ("nummod", "quantmod")]
        if not numbers:
            return None
        start = min(w.i for number in numbers for w in number.subtree)
        return parse_quantity(noun.doc[start : noun.i].text)


def _victims(noun: Token) -> Token:
    """The noun naming who died: 'villagers' in 'hundreds of villagers'."""
    if noun.lower_ in NUMBER_WORDS:
        for prep in noun.children:
            for obj in prep.children:
                if prep.lower_ == "of" and obj.dep_ == "pobj":
                    return obj
    return noun


def _running_total(word: Token) -> bool:
    """Whether a toll is counted over time, not in one incident (see the module's doc)."""
    clause = list(governors(word))
    scope = [w for verb in clause for w in verb.children] + list(word.subtree)
    if any(_one_incident(w) for w in word.subtree):
        return False
    # the present perfect only: 'had killed' tells a story's past, one incident's
    perfect = any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
        for verb in clause
        for c in verb.children
    )
    return perfect or any(_spans_time(w) for w in scope)


def _one_incident(word: Token) -> bool:
    """'in an attack', 'during a raid': one incident, named in the singular."""
    return (
        word.dep_ == "pobj"
        and word.lemma_.lower() in INCIDENT_NOUNS
        and word.tag_ == "NN"
        and word.head.lower_ in ("in", "during")
    )


def _spans_time(word: Token) -> bool:
    lower = word.lower_
    if lower in SPAN_ADVERBS and word.dep_ in ("advmod", "pobj"):
        return True  # 'so far', 'to date', 'in total'
    if lower not in SPAN_PREPOSITIONS:
        return False
    if word.dep_ == "mark":
        return True  # 'since the insurgency began'
    objects = [c for c in word.children if c.dep_ == "pobj"]
    if lower == "since":
        return bool(objects)
    return any(o.lemma_.lower() in SPAN_NOUNS for o in objects)
