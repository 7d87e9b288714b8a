"""A death stated as a state rather than an event:

    P is dead                              -> died(P)
    P and Q are both dead                  -> died(P), died(Q)
    X said that P, the leader of Y, was dead  -> died(P), attributed to X
    P was confirmed dead on Monday         -> died(P) on that Monday
    P's death in 2019, the killing of P in May 2018   -> died(P) in 2019 / May 2018

The date is the clause's own; without one, the report's: the person died by the day the
article was published ('by 6 June 2021'), and with neither the statement dates nothing and
is left; a death noun needs a date of its own. The words are data: the
``dead_adjectives``, ``dead_verbs`` and ``death_nouns`` of ``died`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.qualities import time_scope
from dossier.model import Claim, EntityRef, TimeSpan

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "died"
COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "attr"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PERSON_LABEL = "PERSON"


def stated_deaths(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """died claims for people a clause says are dead; ``words_`` are the sentence's words,
    to skip it at a glance."""
    spec = context.ontology.predicates[PREDICATE]
    adjectives = spec.cue("dead_adjectives")
    if not (adjectives | spec.cue("death_nouns")) & words_:
        return
    verbs = spec.cue("dead_verbs")
    death_nouns = spec.cue("death_nouns")
    for word in sentence.span:
        if word.pos_ == "NOUN" and word.lemma_.lower() in death_nouns:
            yield from _noun_death(sentence, word, context)
            continue
        if word.lower_ not in adjectives or word.dep_ not in COMPLEMENT_DEPS:
            continue
        verb = word.head
        if verb.lemma_.lower() not in verbs:
            continue
        when = _when(verb, context)
        if when is None:
            continue
        for person in _subjects(verb, context):
            yield sentence.claim(person, PREDICATE, word, value=when, time=when, confidence=0.6)


def _noun_death(sentence: Sentence, noun: Token, context: DocContext) -> Iterator[Claim]:
    """ "P's death in 2019", 'the killing of P in May 2018': only with a date inside the
    phrase, since the noun alone may be a threat or a wish ('vowed his death')."""
    when = _own_date(noun, context)
    if when is None:
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        ent = context.entity_at(owner)
        if ent is not None and ent.label_ == PERSON_LABEL:
            ref = context.ref(ent)
            if ref is not None and ref.type == "person":
                yield sentence.claim(ref, PREDICATE, noun, value=when, time=when, confidence=0.6)


def _own_date(noun: Token, context: DocContext) -> TimeSpan | None:
    """A date in a phrase the noun governs itself ('death in 2019', 'killing on 3 May')."""
    doc = noun.doc
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            when = context.date_in(doc[prep.i : obj.right_edge.i + 1])
            if when is not None:
                return when
    return None


def _when(verb: Token, context: DocContext) -> TimeSpan | None:
    """The clause's date, else 'by' the publication day."""
    own = time_scope(verb, context)
    if own is not None:
        return own
    published = context.published_at
    if published is None:
        return None
    return TimeSpan(None, published, "day", f"by {published.day} {published:%B %Y}")


def _subjects(verb: Token, context: DocContext) -> list[EntityRef]:
    """Each person the clause's subject names: 'P and Q', 'P, the leader of X', 'the last
    of the brothers, R', 'he'."""
    found: list[EntityRef] = []
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        for item in [subject, *subject.conjuncts]:
            ref = _person(item, context)
            if ref is not None and ref not in found:
                found.append(ref)
    return found


def _person(word: Token, context: DocContext) -> EntityRef | None:
    """The person a subject word names, itself, through its apposition or, for 'the last
    of the brothers, R', through the apposition of its 'of' object."""
    candidates = [word, *(c for c in word.children if c.dep_ == "appos")]
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            candidates += [c for c in obj.children if c.dep_ == "appos"]
    for candidate in candidates:
        ent = context.entity_at(candidate)
        if ent is not None and ent.label_ == PERSON_LABEL:
            ref = context.ref(ent)
            if ref is not None and ref.type == "person":
                return ref
        pronoun = context.person_reference(candidate)
        if pronoun is not None:
            return pronoun
    return None
