"""Where an institution sits, said by a place after its name or in its copula:

    the Marden University in Leeds             -> Marden University based_in Leeds
    X is a financial hub in Leeds, England     -> X based_in Leeds

After its name, only bodies with premises (names ending in the ``seat_endings`` of
lexicons/claims.yaml: university, school, office...); in a copula, any organisation. Only
towns (``seat_town_kinds``): 'the Taliban in Kabul' or 'the university in Germany' say no
seat, and 'X is the largest group in Mali' says where it works, not where it sits.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["seats"]
SEAT_ENDINGS = tuple(_LEXICON["seat_endings"])
SEAT_WORDS = frozenset(SEAT_ENDINGS)
TOWN_KINDS = words(_LEXICON, "seat_town_kinds")
IN = "in"
COPULA = "be"


def seats(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """based_in claims for institutions named with their town after 'in', and organisations
    said to be something in a town; ``words_`` are the sentence's words, to skip it at a
    glance."""
    if IN not in words_:
        return
    after_name = bool(SEAT_WORDS & words_)
    copula = COPULA in words_
    if not after_name and not copula:
        return
    for ent in context.ents_in(sentence.span):
        body = context.ref(ent)
        if body is None or body.type != "organization":
            continue
        if after_name and body.name.lower().endswith(SEAT_ENDINGS):
            for town in _towns_after_in(ent.root, context):
                yield sentence.claim(body, "based_in", ent.root, object=town, confidence=0.6)
        if copula:
            for attr in _copula_attributes(ent):
                for town in _towns_after_in(attr, context):
                    yield sentence.claim(body, "based_in", attr, object=town, confidence=0.5)


def _copula_attributes(ent: Span) -> list[Token]:
    """What a name is said to be: 'X is [a financial hub] in Y'."""
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != COPULA:
        return []
    return [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]


def _towns_after_in(word: Token, context: DocContext) -> Iterator[EntityRef]:
    """The towns after 'in' on a word: 'X University [in Leeds]'."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != IN:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            town = context.entity_at(obj)
            if town is None or town.label_ != "GPE":
                continue
            ref = context.ref(town)
            place = context.place(ref) if ref is not None else None
            if ref is not None and place is not None and place.kind in TOWN_KINDS:
                yield ref
