"""A performing group has no headquarters: where a sentence calls a named body a band,

    the Swedish pop group Norrsken                 -> no based_in Sweden
    Kalvo is a Lyon-based music band               -> no based_in Lyon

its place says where the group comes from (Wikidata's location of formation), not a seat,
so this step drops the sentence's based_in claims for it. The words are data
(``performer_kinds`` and ``performer_modifiers`` in lexicons/seat_kinds.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("seat_kinds")
KINDS = words(_LEXICON, "performer_kinds")
AMBIGUOUS_KINDS = words(_LEXICON, "ambiguous_performer_kinds")
MODIFIERS = words(_LEXICON, "performer_modifiers")
PREDICATE = "based_in"
# how a kind noun and the name it describes are joined: 'pop group X', 'X, a band'
NAMING_DEPS = frozenset({"appos", "compound", "nmod"})
COPULA = "be"


def performer_seats(
    claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]
) -> list[Claim]:
    """The claims without based_in for a body the sentence calls a performing group;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if not (KINDS | AMBIGUOUS_KINDS) & words_ or not any(c.predicate == PREDICATE for c in claims):
        return claims
    context = sentence.context
    performers = {
        ref for noun in sentence.span if _performer_noun(noun) for ref in _described(noun, context)
    }
    if not performers:
        return claims
    return [c for c in claims if c.predicate != PREDICATE or c.subject not in performers]


def _performer_noun(token: Token) -> bool:
    """'band', 'trio'; 'group' only as a 'pop group' or a 'vocal group'."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    word = token.lower_
    if word in KINDS:
        return True
    return word in AMBIGUOUS_KINDS and any(
        c.lower_ in MODIFIERS for c in token.children if c.dep_ in ("compound", "amod")
    )


def _described(noun: Token, context: DocContext) -> Iterator[EntityRef]:
    """The named bodies a kind noun describes: its name beside it ('the band X', 'X, a
    band', 'pop group X') or the subject of the copula it completes ('X is a band')."""
    near = [c for c in noun.children if c.dep_ in NAMING_DEPS]
    if noun.dep_ in NAMING_DEPS:
        near.append(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == COPULA:
        near.extend(c for c in noun.head.children if c.dep_ == "nsubj")
    for word in near:
        if context.entity_at(word) is None:
            continue
        ref = context.org_ref(word)
        if ref is not None and ref.type == "organization":
            yield ref
