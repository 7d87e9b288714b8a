"""Where the group a passage is about attacks, said without naming it: 'there were also
attacks in A and B', 'most of the raids were in C' -> operates_in A, B, C for the
passage's group.

Only when the sentence names no organisation and no person at all, and the attacks have
no owner ('their raids') or 'by' phrase: then they can only be the passage's. The attack
nouns are the ontology's ``operates_in`` attack nouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.presence import repeated_location_objects
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP"})
# what the 'in' phrase may hold besides the place: 'in A, B and C states'
PLACE_PHRASE_DEPS = ("compound", "nmod", "conj", "appos", "cc", "punct", "det", "amod")
CONFIDENCE = 0.4


def unclaimed_attacks(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """operates_in claims for the passage's group from attacks that name no attacker;
    ``words_`` are the sentence's words, to skip it at a glance."""
    attacks = context.ontology.cue("operates_in", "attack_nouns")
    if attacks.isdisjoint(words_):
        return
    if any(ent.label_ in ACTOR_LABELS for ent in context.ents_in(sentence.span)):
        return
    group = context.focus
    if group is None:
        return
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or noun.lower_ not in attacks or not _unowned(noun):
            continue
        where = _where(noun)
        for place in dict.fromkeys(p for obj in where for p in _places(obj, context)):
            yield sentence.claim(group, "operates_in", noun, object=place, confidence=CONFIDENCE)


def _unowned(noun: Token) -> bool:
    return not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children
    )


def _where(noun: Token) -> list[Token]:
    """The 'in' phrase of attacks that are what a copula says is somewhere: 'there were
    attacks in Y' (on the noun), 'most of the raids were in Y' (on the copula)."""
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        holder = noun
    elif noun.dep_ == "pobj" and noun.head.head.dep_ == "nsubj":
        holder = noun.head.head.head  # 'the majority of raids were in Y'
    elif noun.dep_ == "nsubj":
        holder = noun.head  # 'the raids were in Y'
    else:
        return []
    if holder is not noun and holder.lemma_ != "be":
        return []
    objects = [
        obj
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    return objects + repeated_location_objects(objects)


def _places(phrase: Token, context: DocContext) -> Iterator[EntityRef]:
    stack = [phrase]
    while stack:
        word = stack.pop()
        ref = context.place_headed_by(word)
        if ref is not None:
            yield ref
        stack.extend(c for c in word.children if c.dep_ in PLACE_PHRASE_DEPS)
