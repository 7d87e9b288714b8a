"""Ground a group takes or holds, with the place as the verb's object: 'X seized Kismayo
and Baidoa', 'X overran the town of Y', 'X controls much of southern Y' -> operates_in.

The verbs of taking are ``taken_ground`` in lexicons/claims.yaml; verbs of ruling a named
place outright ('X controls Gaza') say where it sits and are read by base_moves.py, so
here they count only with a share of the place ('much of', 'parts of'). The doer is the
active subject: 'Y was seized from X' says nothing of where X is.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import PLACE_LABELS, DocContext
from dossier.extract.presence import MISREAD_PLACE_LABELS, gazetteer_place
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")
TAKING_VERBS = words(_LEXICON["taken_ground"], "taking_verbs")
SHARE_WORDS = words(_LEXICON["taken_ground"], "share_words")
RULE_VERBS = words(_LEXICON["base_moves"], "rule_verbs")
# nouns for a kind of place named after 'of': 'the town of Y', 'the province of Y'
PLACE_KIND_NOUNS = words(_LEXICON["taken_ground"], "place_kind_nouns")
CONFIDENCE = 0.5


def taken_ground(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """operates_in claims for places a group takes, or holds a share of; ``words_`` are
    the sentence's words, to skip it at a glance."""
    if TAKING_VERBS.isdisjoint(words_) and RULE_VERBS.isdisjoint(words_):
        return
    for verb in sentence.span:
        word = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (word not in TAKING_VERBS and word not in RULE_VERBS):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        shares_only = word not in TAKING_VERBS
        places = [
            place
            for obj in verb.children
            if obj.dep_ == "dobj"
            for item in (obj, *obj.conjuncts)
            for place in _taken(item, context, shares_only)
        ]
        if not places:
            continue
        subjects = clause_subjects(verb)
        group = context.org_ref(subjects[0]) if subjects else None
        if group is None or group.type != "organization":
            continue
        for place in dict.fromkeys(places):
            yield sentence.claim(group, "operates_in", verb, object=place, confidence=CONFIDENCE)


def _taken(item: Token, context: DocContext, shares_only: bool) -> list[EntityRef]:
    """The place an object names: the place itself ('Kismayo'), a kind of place of it
    ('the town of Y'), or a share of it ('much of Y'); with ``shares_only``, a share."""
    word = item.lower_
    of_places = [
        place
        for prep in item.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for place in [_place(obj, context)]
        if place is not None
    ]
    if word in SHARE_WORDS or item.lemma_.lower() in SHARE_WORDS:
        return of_places
    if shares_only:
        return []
    if item.lemma_.lower() in PLACE_KIND_NOUNS:
        return of_places
    place = _place(item, context)
    return [place] if place is not None else []


def _place(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None or ent.root != word:
        return None
    if ent.label_ in PLACE_LABELS:
        ref = context.ref(ent)
    elif ent.label_ in MISREAD_PLACE_LABELS:  # 'seized Kismayo', read as a person
        ref = gazetteer_place(word, context)
    else:
        return None
    return ref if ref is not None and ref.type == "place" else None
