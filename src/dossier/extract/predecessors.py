"""What an organisation was before, named beside it, read from the words:

    X's predecessor, Y, ...                -> formed_from(X, Y)
    X's earliest configuration, Y (ABC),   -> the same (a former word before the noun)
    Y, the forerunner of X, ...            -> the same
    X's predecessor, Y, was formed in 1990 -> the founding verb dates Y, not X

The comma and the possessive say which name is which even where the parse hangs the
apposition on the wrong word. The nouns are ``predecessor_nouns`` in lexicons/claims.yaml
and, after a former word ('earliest', 'original'), the ``former_name_nouns`` of
``formed_from`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "formed_from"
PREDECESSOR_NOUNS = words(lexicon("claims"), "predecessor_nouns")
POSSESSIVE_TAG = "POS"
PLACE_LABELS = frozenset({"GPE", "LOC"})
MAX_NAME_GAP = 2  # words between the comma and the name: 'the', an opening quote


def predecessors(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """formed_from claims for a predecessor set beside its successor by commas; ``words_``
    are the sentence's words, to skip it at a glance."""
    spec = context.ontology.predicates[PREDICATE]
    former_nouns = spec.cue("former_name_nouns")
    if not (PREDECESSOR_NOUNS | former_nouns) & words_:
        return
    former_words = spec.cue("former_words")
    span = sentence.span
    for noun in span:
        if noun.pos_ != "NOUN" or noun.i - 1 <= span.start:
            continue
        first = _phrase_start(noun, former_nouns, former_words)
        if first is None:
            continue
        pair = _owned(first, noun, span.end, context) or _described(first, noun, context)
        if pair is not None and pair[0] != pair[1]:
            yield sentence.claim(pair[0], PREDICATE, noun, object=pair[1], confidence=0.5)


def _phrase_start(
    noun: Token, former_nouns: AbstractSet[str], former_words: AbstractSet[str]
) -> Token | None:
    """The first word of a phrase naming a predecessor ('predecessor', 'earliest
    configuration', 'former name'), or None when the noun heads no such phrase."""
    before = noun.nbor(-1)
    if noun.lemma_.lower() in PREDECESSOR_NOUNS:
        return before if before.lower_ in former_words else noun
    if noun.lemma_.lower() in former_nouns and before.lower_ in former_words:
        return before
    return None


def founded_predecessor(verb: Token, context: DocContext) -> EntityRef | None:
    """The predecessor a sentence opens with, when the founding verb is its clause's:
    "X's earliest configuration, Y (ABC), was formed in 2011" dates Y, not X (the parse
    often makes X the subject)."""
    sent = verb.sent
    if verb.dep_ != "ROOT" or verb.i - sent.start < 4:
        return None
    spec = context.ontology.predicates[PREDICATE]
    former_nouns, former_words = spec.cue("former_name_nouns"), spec.cue("former_words")
    for noun in sent.doc[sent.start + 2 : verb.i]:
        first = _phrase_start(noun, former_nouns, former_words)
        if first is None:
            continue
        opening = context.entity_at(sent.doc[first.i - 2]) if first.i - 2 >= sent.start else None
        if opening is None or not sent.start <= opening.start <= sent.start + 1:
            return None  # the phrase must open the sentence: it is then the verb's subject
        pair = _owned(first, noun, verb.i, context)
        return pair[1] if pair is not None else None
    return None


def _owned(
    first: Token, noun: Token, end: int, context: DocContext
) -> tuple[EntityRef, EntityRef] | None:
    """ "X's predecessor, Y": (X, Y)."""
    if first.i < 2 or first.nbor(-1).tag_ != POSSESSIVE_TAG:
        return None
    # NER may take the possessive into the name ("The Front's")
    ent = context.entity_at(first.doc[first.i - 2])
    if ent is None or ent.end not in (first.i - 1, first.i):
        return None
    successor = context.organisation_named_at(ent.root)
    if successor is None or noun.i + 2 >= end or noun.nbor().text != ",":
        return None
    predecessor = _name_starting_after(noun.i + 1, end, context)
    return (successor, predecessor) if predecessor is not None else None


def _described(
    first: Token, noun: Token, context: DocContext
) -> tuple[EntityRef, EntityRef] | None:
    """ "Y, the forerunner of X": (X, Y)."""
    doc = noun.doc
    start = noun.sent.start
    if first.i - 2 < start or doc[first.i - 1].lower_ != "the" or doc[first.i - 2].text != ",":
        return None
    if noun.i + 2 >= noun.sent.end or noun.nbor().lower_ != "of":
        return None
    successor = _name_starting_after(noun.i + 1, noun.sent.end, context)
    i = first.i - 3
    if i - 2 >= start and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # over an acronym in brackets: 'Y (ABC), the forerunner of X'
    predecessor = _name_ending_at(i, context) if i >= start else None
    if successor is None or predecessor is None:
        return None
    return successor, predecessor


def _name_ending_at(i: int, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(context.doc[i])
    if ent is None or ent.end != i + 1:
        return None
    return context.organisation_named_at(ent.root)


def _name_starting_after(i: int, end: int, context: DocContext) -> EntityRef | None:
    """The organisation named within a few words after position ``i``."""
    doc = context.doc
    for j in range(i + 1, min(end, i + 2 + MAX_NAME_GAP)):
        ent = context.entity_at(doc[j])
        if ent is not None:
            return _name_with_place(ent, end, context) or context.organisation_named_at(doc[j])
        if doc[j].lower_ != "the" and not doc[j].is_quote:
            return None
    return None


def _name_with_place(ent: Span, end: int, context: DocContext) -> EntityRef | None:
    """A name NER cut before a place inside it, which the acronym after it shows whole:
    'the Movement for Unity in West Africa (MUWA)'."""
    doc = context.doc
    if ent.label_ != "ORG" or ent.end + 2 >= end or doc[ent.end].lower_ != "in":
        return None
    place = context.entity_at(doc[ent.end + 1])
    if place is None or place.label_ not in PLACE_LABELS or place.end >= end:
        return None
    if doc[place.end].text != "(":
        return None
    name = clean_name(doc[ent.start : place.end].text)
    known = context.ontology.entity(name)
    return EntityRef("organization", known.name if known else name)
