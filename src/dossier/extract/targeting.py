"""Targets listed as what a group's targets or victims are:

    Its targets include police stations and churches      the possessor is the attacker
    The group's victims have included aid workers          ... through any tense
    The main targets of X are soldiers                     ... or the 'of' phrase

The nouns of target and victim and the verbs that list them are ``targeting`` in
lexicons/claims.yaml. Places and dates in the list are where and when, not whom.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["targeting"]
TARGET_NOUNS = words(_LEXICON, "target_nouns")
LISTING_VERBS = words(_LEXICON, "listing_verbs")
NOT_TARGET_LABELS = words(_LEXICON, "not_target_labels")
MODIFIER_DEPS = ("compound", "amod", "nmod")
CONFIDENCE = 0.6
# words without which a sentence lists no targets this way
TARGET_LIST_CUES = TARGET_NOUNS


def listed_targets(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """targets claims from 'X's targets include A and B'."""
    for token in sentence.span:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in TARGET_NOUNS:
            continue
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in LISTING_VERBS:
            continue
        attacker = _attacker(token, context)
        if attacker is None:
            continue
        items = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        for item in (w for obj in items for w in (obj, *obj.conjuncts)):
            target = target_text(item, context)
            if target:
                yield sentence.claim(
                    attacker, "targets", token, value=target, confidence=CONFIDENCE
                )


def _attacker(noun: Token, context: DocContext) -> EntityRef | None:
    """Whose targets they are: the possessor ('its', "X's") or the 'of' phrase."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += preposition_objects(noun, "of")
    for owner in owners:
        ref = context.org_ref(owner)
        if ref is not None:
            return ref
    return None


def target_text(item: Token, context: DocContext) -> str | None:
    """A listed target with its modifiers ('police stations'); None for a place or a date."""
    if item.pos_ not in ("NOUN", "PROPN"):
        return None
    ent = context.entity_at(item)
    if ent is not None and ent.label_ in NOT_TARGET_LABELS:
        return None
    modifiers = [t for t in item.lefts if t.dep_ in MODIFIER_DEPS]
    return clean_name(" ".join(w.text for w in (*modifiers, item))) or None
