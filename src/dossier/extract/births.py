"""When a person was born:

    P was born in 1966                     -> born(P, 1966)
    Born in 1966, P rose to ...            -> the same
    P, born in March 1971 in Y, ...        -> born(P, March 1971)

Only a date inside the birth phrase counts ('Born in Y, P joined X in 1990' dates the
joining). The words are data: the ``birth_words`` of ``born`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.qualities import date_phrases, governors
from dossier.model import Claim, EntityRef, TimeSpan
from dossier.model.dates import parse_time
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "born"
# 'born' opening the sentence: its subject is the main clause's
OPENING_DEPS = frozenset({"advcl", "ccomp", "dep"})


def births(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """born claims for a birth phrase with a date; ``words_`` are the sentence's words, to
    skip it at a glance."""
    cues = context.ontology.predicates[PREDICATE].cue("birth_words")
    if not cues & words_:
        return
    for word in sentence.span:
        if word.lower_ not in cues or word.pos_ not in ("VERB", "ADJ"):
            continue
        when = _own_date(word, context)
        if when is None:
            continue
        person = _born(word, context)
        if person is not None:
            yield sentence.claim(person, PREDICATE, word, value=when, time=when, confidence=0.6)


def _own_date(word: Token, context: DocContext) -> TimeSpan | None:
    """A date inside the birth phrase: the cue governs it before any other verb does."""
    for text, root in date_phrases(word.sent):
        for governor in list(governors(root))[1:]:
            if governor == word:
                span = parse_time(text, context.published_at)
                if span is not None and span.precision != "unknown":
                    return span
                break
            if governor.pos_ in ("VERB", "AUX"):
                break
    return None


def _born(word: Token, context: DocContext) -> EntityRef | None:
    """Who was born: the passive subject, the name the phrase describes, or the subject of
    the clause an opening 'Born in ...,' leads into."""
    if word.dep_ == "acl":
        return _person(word.head, context)
    holders = [c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not holders and word.dep_ in OPENING_DEPS and word.i < word.head.i:
        holders = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for holder in holders:
        person = _person(holder, context)
        if person is not None:
            return person
    return None


def _person(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None:
        return context.person_reference(word)  # 'he was born in 1966'
    ref = context.ref(ent)
    if ref is not None and ref.type == "person":
        return ref
    # one born is a person: a surname NER took for a group ('Hapilon') is the person the
    # document names in full
    full = context.full_names.get(clean_name(ent.text).casefold())
    return EntityRef("person", full) if full is not None else None
