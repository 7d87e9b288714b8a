"""A group's base named by the place itself: 'Baidoa, the group's stronghold', 'its
stronghold of Kismayo', 'Gedo is its main base' -> based_in.

The base nouns are the ontology's ``based_in`` nouns; the group is the noun's owner
('its', "the group's", 'of X'). The place is in apposition to the noun, its 'of' phrase,
or the subject it is said of; a place after 'in' is the base frame's.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import PLACE_LABELS, DocContext
from dossier.extract.presence import MISREAD_PLACE_LABELS, gazetteer_place
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

CONFIDENCE = 0.6


def named_strongholds(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for a base noun and the place it names; ``words_`` are the
    sentence's words, to skip it at a glance."""
    nouns = context.ontology.cue("based_in", "nouns")
    if nouns.isdisjoint(words_):
        return
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        group = _owner(noun, context)
        if group is None:
            continue
        for place in dict.fromkeys(_named_places(noun, context)):
            yield sentence.claim(group, "based_in", noun, object=place, confidence=CONFIDENCE)


def _owner(noun: Token, context: DocContext) -> EntityRef | None:
    """Whose base it is: the possessor ('its', "the group's") or an organisation after
    'of' ('a stronghold of X')."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in _of(noun) for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        group = context.org_ref(owner)
        if group is not None and group.type == "organization":
            return group
    return None


def _of(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]


def _named_places(noun: Token, context: DocContext) -> Iterator[EntityRef]:
    """Places the noun is said to be: in apposition either way, after its 'of', or the
    subject of 'Y is its base'."""
    candidates = [c for c in noun.children if c.dep_ == "appos"]
    candidates += [o for p in _of(noun) for o in p.children if o.dep_ == "pobj"]
    if noun.dep_ == "appos":
        candidates.append(noun.head)
    if noun.dep_ == "attr":
        candidates += [c for c in noun.head.children if c.dep_ == "nsubj"]
    for word in (w for c in candidates for w in (c, *c.conjuncts)):
        ent = context.entity_at(word)
        if ent is None or ent.root != word:
            continue
        if ent.label_ in PLACE_LABELS:
            ref = context.ref(ent)
        elif ent.label_ in MISREAD_PLACE_LABELS:  # 'its stronghold of Kismayo' as a person
            ref = gazetteer_place(word, context)
        else:
            continue
        if ref is not None and ref.type == "place":
            yield ref
