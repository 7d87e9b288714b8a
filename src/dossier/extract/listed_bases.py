"""A base shared by names listed together, beyond the first name the bases frame of
extract/claims.py reads:

    A, B and C, all based in Y          -> A, B and C based_in Y
    A and B are both headquartered in Y -> A and B based_in Y
    the Y-based firms A, B and C        -> A, B and C based_in Y

Only names NER marks as organisations, joined by 'and' or commas to the one the frame
reads; 'the firms A and B, based in Y' is left alone, as the participle may say only B's.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.hyphen_bases import based_words
from dossier.extract.presence import places_after_in
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PLURAL_TAGS = ("NNS", "NNPS")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# pronouns set beside a list that gather it: 'A and B, all based in Y'
GATHERING_WORDS = frozenset({"all", "both", "each"})
CONFIDENCE = 0.6


def listed_bases(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for the further names of a list a base is said of; ``words_`` are
    the sentence's words, to skip it at a glance."""
    for based in based_words(sentence, context, words_):
        yield from _after_modifier(sentence, based, context)
        yield from _after_subject(sentence, based, context)


def _after_subject(sentence: Sentence, based: Token, context: DocContext) -> Iterator[Claim]:
    """'A and B are both based in Y'; 'A, B and C, all based in Y'."""
    subjects = [c for c in based.children if c.dep_ in SUBJECT_DEPS]
    if based.dep_ == "acl" and based.head.lower_ in GATHERING_WORDS:
        subjects.append(based.head.head)  # 'all' set beside the list's first name
    listed = [b for s in subjects if _is_named(s, context) for b in _conjuncts(s)]
    if not listed:
        return
    places = places_after_in(based, context)
    for body in _bodies(listed, context):
        for place in places:
            yield sentence.claim(body, "based_in", based, object=place, confidence=CONFIDENCE)


def _after_modifier(sentence: Sentence, based: Token, context: DocContext) -> Iterator[Claim]:
    """'the Leeds-based firms A and B': the names after the first one set beside a plural
    noun the marked place modifies."""
    noun = based.head
    places = [c for c in based.children if c.dep_ == "npadvmod"]
    if based.dep_ != "amod" or noun.tag_ not in PLURAL_TAGS or not places:
        return
    ent = context.entity_at(places[0])
    place = context.ref(ent) if ent is not None else None
    if place is None or place.type != "place":
        return
    listed = [b for first in noun.children if first.dep_ == "appos" for b in _conjuncts(first)]
    for body in _bodies(listed, context):
        yield sentence.claim(body, "based_in", based, object=place, confidence=CONFIDENCE)


def _is_named(word: Token, context: DocContext) -> bool:
    return context.entity_at(word) is not None


def _bodies(words_: list[Token], context: DocContext) -> Iterator[EntityRef]:
    """The organisations the words name."""
    for word in words_:
        if context.entity_at(word) is None:
            continue
        body = context.org_ref(word)
        if body is not None and body.type == "organization":
            yield body


def _conjuncts(word: Token) -> list[Token]:
    """The words joined to a word by 'and' or commas, in a chain: B and C of 'A, B and C'."""
    found: list[Token] = []
    todo = [c for c in word.children if c.dep_ == "conj"]
    while todo:
        conj = todo.pop(0)
        found.append(conj)
        todo.extend(c for c in conj.children if c.dep_ == "conj")
    return found
