"""Where a group's base moved or what it holds, said after or instead of its base:

    based in western Uganda but has expanded into the neighbouring DRC   -> based_in DRC
    set up camp in Y before moving into Z                                -> based_in Z
    with the Kestrel Front controlling Gaza                              -> based_in Gaza

A verb of moving (``move_verbs`` of lexicons/claims.yaml) joined to a base the sentence
already states moves that base on, so its place is read only beside a based_in claim of the
same sentence and only when one group is based there. A named place a group governs
(``rule_verbs``, the place as the verb's very object) is where it sits; 'controls territory
in Y' is presence, read by the operations frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import PLACE_LABELS, DocContext
from dossier.extract.qualities import governors
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "based_in"
_LEXICON = lexicon("claims")
MOVE_VERBS = words(_LEXICON["base_moves"], "move_verbs")
MOVE_PREPOSITIONS = words(_LEXICON["base_moves"], "move_prepositions")
RULE_VERBS = words(_LEXICON["base_moves"], "rule_verbs")
SETTLE_WORDS = frozenset(phrase.split()[0] for phrase in words(_LEXICON, "settle_verbs"))
# how a moving verb hangs on the base clause: 'based in X but has expanded', 'before moving'
LINK_DEPS = ("conj", "pcomp", "prep", "advcl")
COUNTRY_KINDS = ("country",)


def moved_bases(
    claims: Iterable[Claim], sentence: Sentence, context: DocContext
) -> Iterator[Claim]:
    """based_in claims for the place a stated base moved on to."""
    subjects = {claim.subject for claim in claims if claim.predicate == PREDICATE}
    if len(subjects) != 1:
        return
    [subject] = subjects
    cues = context.ontology.predicates[PREDICATE].cue("adjectives") | SETTLE_WORDS
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MOVE_VERBS:
            continue
        if not _joined_to_base(verb, cues) or not _own_subject(verb, subject, context):
            continue
        for place in _places_after(verb, MOVE_PREPOSITIONS, context):
            yield sentence.claim(subject, PREDICATE, verb, object=place, confidence=0.5)


def held_places(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for a named place a group governs: 'X controls Gaza'; ``words_``
    are the sentence's words, to skip it at a glance."""
    if not RULE_VERBS & words_:
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RULE_VERBS:
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ == "acl":  # 'with the group controlling Y'
            doers = [verb.head]
        group = context.org_ref(doers[0]) if doers else None
        if group is None or group.type != "organization":
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            place = _place(obj, context)
            if place is not None:
                yield sentence.claim(group, PREDICATE, verb, object=place, confidence=0.5)


def _joined_to_base(verb: Token, cues: frozenset[str]) -> bool:
    """Whether a verb hangs, through conjunction or a time preposition, on a base cue."""
    below = verb
    for governor in governors(verb):
        if governor is verb:
            continue
        if below.dep_ not in LINK_DEPS:
            return False
        if governor.lower_ in cues or governor.lemma_.lower() in cues:
            return True
        below = governor
    return False


def _own_subject(verb: Token, subject: EntityRef, context: DocContext) -> bool:
    """Whether a moving verb has no subject of its own, or the based group as its subject."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not doers or context.org_ref(doers[0]) == subject


def _places_after(
    verb: Token, prepositions: frozenset[str], context: DocContext
) -> list[EntityRef]:
    return [
        place
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ == "pobj"
        for place in [_place(obj, context) or _country_named(obj, context)]
        if place is not None
    ]


def _country_named(word: Token, context: DocContext) -> EntityRef | None:
    """A country NER took for an organisation where only a place can stand ('moving into
    the DRC'): its name or abbreviation as the gazetteer has it."""
    ent = context.entity_at(word)
    if ent is None or ent.root != word:
        return None
    name = clean_name(ent.text)
    place = get_gazetteer().lookup(name, kinds=COUNTRY_KINDS)
    if place is None or not (name.isupper() or place.name.casefold() == name.casefold()):
        return None
    return EntityRef("place", place.name, place.gazetteer_id)


def _place(word: Token, context: DocContext) -> EntityRef | None:
    """The place a noun names, when it is a place's name (not a word inside one)."""
    ent = context.entity_at(word)
    if ent is None or ent.root != word:
        return None
    ref = context.ref(ent)
    if ref is None or ref.type != "place":
        return None
    if ent.label_ not in PLACE_LABELS and not ref.gazetteer_id:
        return None
    return ref
