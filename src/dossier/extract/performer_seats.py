"""A performing group has no headquarters: where a sentence calls a named body a band,

    the Swedish pop group Norrsken                 -> no based_in Sweden
    Kalvo is a Lyon-based music band               -> no based_in Lyon

its place says where the group comes from (Wikidata's location of formation), not a seat,
so this step drops the sentence's based_in claims for it. The words are data: the kinds of
ensemble in lexicons/ensembles.yaml, less the ``seated_ensembles`` of lexicons/seat_kinds.yaml,
whose ``performer_modifiers`` make a 'group' a performing one.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.bodies import described_words, kind_of_body
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("seat_kinds")
_ENSEMBLES = lexicon("ensembles")
KINDS = words(_ENSEMBLES, "ensemble_kinds") - words(_LEXICON, "seated_ensembles")
AMBIGUOUS_KINDS = words(_ENSEMBLES, "ambiguous_kinds")
MODIFIERS = words(_LEXICON, "performer_modifiers")
PREDICATE = "based_in"
# how a kind noun and the name it describes are joined: 'pop group X', 'X, a band'
NAMING_DEPS = frozenset({"appos", "compound", "nmod"})


def performer_seats(
    claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]
) -> list[Claim]:
    """The claims without based_in for a body the sentence, or the document before it, calls
    a performing group ('the band went on tour from Y'); ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not (KINDS | AMBIGUOUS_KINDS) & words_ or not any(c.predicate == PREDICATE for c in claims):
        return claims
    context = sentence.context
    performers = {
        ref for noun in sentence.span if _performer_noun(noun) for ref in _described(noun, context)
    }
    performers.update(
        c.subject
        for c in claims
        if c.predicate == PREDICATE and kind_of_body(c.subject, context) & KINDS
    )
    if not performers:
        return claims
    return [c for c in claims if c.predicate != PREDICATE or c.subject not in performers]


def _performer_noun(token: Token) -> bool:
    """'band', 'trio'; 'group' only as a 'pop group' or a 'vocal group'."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    word = token.lemma_.lower()  # 'the bands X and Y' too
    if word in KINDS:
        return True
    return word in AMBIGUOUS_KINDS and any(
        c.lower_ in MODIFIERS for c in token.children if c.dep_ in ("compound", "amod")
    )


def _described(noun: Token, context: DocContext) -> Iterator[EntityRef]:
    """The named bodies a kind noun describes ('the band X', 'X, a band', 'X is a band')."""
    for word in described_words(noun, NAMING_DEPS):
        if context.entity_at(word) is None:
            continue
        ref = context.org_ref(word)
        if ref is not None and ref.type == "organization":
            yield ref
