"""A base named in a hyphenated modifier that NER left unmarked: 'the DR Congo- based ADF',
'a Burkina-based group' -> based_in. The words before 'based' are looked up in the
gazetteer (countries and regions only, so a group's own name never reads as a town);
modifiers NER did mark are read by the bases frame of extract/claims.py (and the names
listed after the first by extract/listed_bases.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PLACE_KINDS = ("country", "region")
MAX_NAME_WORDS = 4


def hyphen_bases(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for 'Y-based X' where Y is a place NER did not mark; ``words_`` are
    the sentence's words, to skip it at a glance."""
    for token in based_words(sentence, context, words_):
        if token.i == sentence.span.start:
            continue
        place = _unmarked_place(_hyphened_name(token), context)
        if place is None:
            continue
        group = _described_group(token, context)
        if group is not None:
            yield sentence.claim(group, "based_in", token, object=place, confidence=0.6)


def based_words(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Token]:
    """The sentence's words that say a base ('based', 'headquartered': the based_in
    adjectives of the ontology); none at a glance when ``words_`` holds none."""
    adjectives = context.ontology.predicates["based_in"].cue("adjectives")
    if adjectives & words_:
        yield from (token for token in sentence.span if token.lower_ in adjectives)


def _hyphened_name(based: Token) -> list[Token]:
    """The proper nouns joined to 'based' by a hyphen: 'DR Congo-' of 'DR Congo- based'."""
    doc = based.doc
    i = based.i - 1
    if doc[i].text in ("-", "–"):
        i -= 1
    elif not doc[i].text.endswith(("-", "–")):
        return []
    found: list[Token] = []
    while i >= based.sent.start and doc[i].pos_ == "PROPN" and len(found) < MAX_NAME_WORDS:
        found.insert(0, doc[i])
        i -= 1
    return found


def _unmarked_place(words: list[Token], context: DocContext) -> EntityRef | None:
    """The country or region the words name, when none of them is an entity."""
    if not words or any(context.entity_at(w) is not None for w in words):
        return None
    name = clean_name(words[0].doc[words[0].i : words[-1].i + 1].text.strip(" -–"))
    if len(name) < 3:
        return None
    place = get_gazetteer().lookup(name, kinds=PLACE_KINDS)
    if place is None:
        return None
    return EntityRef("place", place.name, place.gazetteer_id)


def _described_group(based: Token, context: DocContext) -> EntityRef | None:
    """The organisation the hyphenated phrase describes: the first name after 'based', up
    to the noun it modifies ('the DR Congo-based ADF rebel group'), or, where the parse
    lost the modifier, up to the next verb or punctuation."""
    if based.dep_ == "amod" and based.head.i > based.i:
        words_ = based.doc[based.i + 1 : based.head.i + 1]
    else:
        words_ = based.doc[based.i + 1 : min(based.i + 1 + MAX_NAME_WORDS, based.sent.end)]
    for word in words_:
        if word.pos_ in ("VERB", "AUX") or word.is_punct:
            break
        if context.entity_at(word) is not None:
            ref = context.org_ref(word)
            return ref if ref is not None and ref.type == "organization" else None
    return None
