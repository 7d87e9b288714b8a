"""Organisations that belong to a coalition (member_of, organisation subject):

    X is one of the groups in Y               a partitive of a group noun, with the body after
    X, one of the factions that make up Y     ... or in a clause of making up
    X is among the militias of Y              'among' instead of 'one of'
    Y, a coalition that includes A and B      a coalition noun whose verb lists its members

Group nouns come from the ontology (``group_nouns``); the words of partition, the
prepositions that name the body, the verbs of making up and of listing members, and the
nouns of a coalition are ``coalitions`` in lexicons/claims.yaml. A person's membership is
read by extract/membership.py, not here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.listed_names import unrecognised_name
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["coalitions"]
PARTITIVE_WORDS = words(_LEXICON, "partitive_words")
AMONG_WORDS = words(_LEXICON, "among_words")
BODY_PREPOSITIONS = tuple(_LEXICON["body_prepositions"])
MAKEUP_VERBS = words(_LEXICON, "makeup_verbs")
LISTING_VERBS = words(_LEXICON, "listing_verbs")
COALITION_NOUNS = words(_LEXICON, "coalition_nouns")
RELATIVE_PRONOUNS = words(_LEXICON, "relative_pronouns")
BODY_WORDS = COALITION_NOUNS | words(lexicon("claims"), "org_name_words")
CONFIDENCE = 0.6
CUE_TAGS = frozenset({"NUM", "ADP", "VERB"})  # 'one', 'among', 'includes'
# words without which a sentence names no coalition's member
COALITION_CUES = PARTITIVE_WORDS | AMONG_WORDS | LISTING_VERBS


def coalition_members(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """member_of claims of organisations in coalitions, alliances and umbrella groups."""
    for token in sentence.span:
        if token.pos_ not in CUE_TAGS:
            continue  # cheap test first: this runs on every word of every sentence
        word = token.lemma_.lower()
        if word in PARTITIVE_WORDS and token.pos_ == "NUM":
            kinds = preposition_objects(token, "of")
            members = _described(token)
        elif word in AMONG_WORDS and token.dep_ == "prep":
            kinds = [c for c in token.children if c.dep_ == "pobj"]
            members = _described(token)
        elif word in LISTING_VERBS and token.pos_ == "VERB":
            yield from _listed(sentence, token, context)
            continue
        else:
            continue
        bodies = [
            ref
            for kind in kinds
            if kind.lemma_.lower() in context.ontology.group_nouns | COALITION_NOUNS
            for body in _bodies(kind)
            if (ref := _body(body, context)) is not None
        ]
        for member in (m for w in members if (m := _organisation(w, context)) is not None):
            for body in dict.fromkeys(bodies):
                if body != member:
                    yield sentence.claim(
                        member, "member_of", token, object=body, confidence=CONFIDENCE
                    )


def _described(word: Token) -> list[Token]:
    """Who 'one of ...' or 'among ...' describes: the copula's subject, or the name it is set
    off after ('X, one of the groups in Y')."""
    if word.dep_ == "appos":
        return [word.head]
    if word.dep_ in ("attr", "prep") and word.head.lemma_ == "be":
        return [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _bodies(kind: Token) -> list[Token]:
    """The body a plural group noun belongs to: its 'in'/'of'/'within' phrase ('the groups
    in Y'), or the object of a clause of making up ('the factions that make up Y')."""
    found = [obj for p in BODY_PREPOSITIONS for obj in preposition_objects(kind, p)]
    for clause in (c for c in kind.children if c.dep_ == "relcl"):
        if _phrase(clause) in MAKEUP_VERBS:
            found += [c for c in clause.children if c.dep_ in ("dobj", "attr")]
    return found


def _listed(sentence: Sentence, verb: Token, context: DocContext) -> Iterator[Claim]:
    """'Y, a coalition that includes A and B', 'the alliance comprises A and B'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return
    collective = subjects[0]
    if collective.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        collective = verb.head
    if not _is_coalition(collective, context):
        return
    named = collective.head if collective.dep_ == "appos" else collective
    body = _organisation(named, context)
    if body is None:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for word in (obj, *obj.conjuncts):
            member = _organisation(word, context)
            if member is not None and member != body:
                yield sentence.claim(member, "member_of", verb, object=body, confidence=CONFIDENCE)


def _is_coalition(word: Token, context: DocContext) -> bool:
    """A coalition noun, or a name ending in one ('the Sahel Unity Alliance')."""
    if word.lemma_.lower() in COALITION_NOUNS and word.pos_ == "NOUN":
        return True
    ent = context.entity_at(word)
    return ent is not None and ent[-1].lower_ in COALITION_NOUNS


def _organisation(word: Token, context: DocContext) -> EntityRef | None:
    """The organisation a word names, or the name inside 'the Y coalition'."""
    ref = context.org_ref(word)
    if ref is not None or word.pos_ != "NOUN":
        return ref
    for child in word.children:
        if child.dep_ in ("compound", "nmod") and context.entity_at(child) is not None:
            return context.org_ref(child)
    return None


def _body(word: Token, context: DocContext) -> EntityRef | None:
    """The body a group belongs to: an organisation, or a name NER took for something else
    whose last word names a body ('the Sahel Unity Front' taken for a building)."""
    ref = _organisation(word, context)
    if ref is not None:
        return ref
    names = [word] if word.pos_ == "PROPN" else [c for c in word.children if c.dep_ == "compound"]
    for name in names:
        unnamed = unrecognised_name(name, context)
        if unnamed is not None and unnamed.name.split()[-1].lower() in BODY_WORDS:
            return unnamed
    return None


def _phrase(verb: Token) -> str:
    """A verb with its particle: 'make up'."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])
