"""Membership of a band or another body of members, said in the asides of reference prose:

    B, a bandmate of A's in X         -> member_of(B, X), member_of(A, X)
    covered by P (ex-X)               -> member_of(P, X)   (a former member)
    A formed the duo X with B         -> member_of(A, X), member_of(B, X)

The nouns for a fellow member, the prefix of a former one and the verbs of forming are data
(``bandmate_nouns``, ``former_prefixes``, ``forming_verbs`` in lexicons/memberships.yaml);
which bodies are bodies of members is the membership lexicon's ``founders_are_members``.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.bodies import kind_of_body
from dossier.extract.context import DocContext
from dossier.extract.membership import FOUNDERS_ARE_MEMBERS
from dossier.extract.party_membership import PREDICATE, people_named
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("memberships")
BANDMATE_NOUNS = words(_LEXICON, "bandmate_nouns")
FORMER_PREFIXES = words(_LEXICON, "former_prefixes")
FORMING_VERBS = words(_LEXICON, "forming_verbs")
# labels NER gives a band's name by mistake ('The Four Seasons' as an event)
BODY_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "NORP"})
PERSON_LABEL = "PERSON"
COPULA = "be"
MAX_NAME_WORDS = 5


def band_members(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims from bandmates and former members' asides; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if BANDMATE_NOUNS & words_:
        for noun in sentence.span:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in BANDMATE_NOUNS:
                body = _body_in(noun, context)
                people = people_named(_holders(noun), context) + _mates(noun, context)
                for person in people if body is not None else []:
                    yield sentence.claim(person, PREDICATE, noun, object=body, confidence=0.6)
    if FORMING_VERBS & words_ and "with" in words_:
        for verb in sentence.span:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in FORMING_VERBS:
                body = _formed_body(verb, context)
                for person in _formers(verb, context) if body is not None else []:
                    yield sentence.claim(person, PREDICATE, verb, object=body, confidence=0.6)
    if FORMER_PREFIXES & words_:
        for ent in context.ents_in(sentence.span):
            if ent.label_ != PERSON_LABEL:
                continue
            former = _former_body(ent, context)
            member = context.ref(ent) if former is not None else None
            if member is not None and member.type == "person" and former is not None:
                cue = ent.doc[ent.end + 1]
                yield sentence.claim(member, PREDICATE, cue, object=former, confidence=0.5)


def _holders(noun: Token) -> list[Token]:
    """Who the noun describes: the name it is set beside, or the copula's subject."""
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_ == COPULA:
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    return []


def _mates(noun: Token, context: DocContext) -> list[EntityRef]:
    """The fellow members after 'of': 'a bandmate of A's'."""
    objects = [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    named = [context.entity_at(obj) for obj in objects]
    return people_named([obj for obj, ent in zip(objects, named, strict=True) if ent], context)


def _body_in(noun: Token, context: DocContext) -> EntityRef | None:
    """The body after 'in', on the noun or on its 'of' object: 'a bandmate of A in X'."""
    holders = [noun, *(o for p in noun.children if p.lower_ == "of" for o in p.children)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = context.entity_at(obj)
                if ent is not None and ent.label_ in BODY_LABELS:
                    return _body_named(ent, context)
    return None


def _body_named(ent: Span, context: DocContext) -> EntityRef | None:
    ref = context.ref(ent)
    if ref is not None:
        return ref if ref.type == "organization" else None
    name = clean_name(ent.text)
    return EntityRef("organization", name) if len(name) > 2 else None


def _former_body(ent: Span, context: DocContext) -> EntityRef | None:
    """The body in '(ex-X)' right after a name: capitalised words up to the bracket."""
    doc, start = ent.doc, ent.end
    if start + 3 >= len(doc) or doc[start].text != "(":
        return None
    if doc[start + 1].lower_ not in FORMER_PREFIXES or doc[start + 2].text != "-":
        return None
    end = start + 3
    while end < len(doc) and doc[end].text != ")" and end - start - 3 < MAX_NAME_WORDS:
        end += 1
    if end >= len(doc) or doc[end].text != ")" or end == start + 3:
        return None
    words_ = doc[start + 3 : end]
    if not words_[0].text[:1].isupper():
        return None  # '(ex-husband)', '(ex-officio)'
    named = context.entity_at(words_[0])
    if named is not None and named.label_ not in BODY_LABELS:
        return None  # '(ex-Paris)'
    return EntityRef("organization", clean_name(words_.text))


def _formed_body(verb: Token, context: DocContext) -> EntityRef | None:
    """The body of members a forming verb's object names: 'formed the duo X', 'formed X'
    where the text says X is a band."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # the kind named on the object or beside it: 'the duo X' (parsed either way)
        kinds = {obj.lemma_.lower()} | {
            c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")
        }
        names = [obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))]
        for name in names:
            ent = context.entity_at(name)
            body = _body_named(ent, context) if ent is not None else None
            if body is None:
                continue
            if (kinds | kind_of_body(body, context)) & FOUNDERS_ARE_MEMBERS:
                return body
    return None


def _formers(verb: Token, context: DocContext) -> list[EntityRef]:
    """Who forms the body: the subject and the people after 'with' ('A formed X with B')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    mates = [
        word
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for word in [obj, *obj.conjuncts]
    ]
    return people_named(subjects + mates, context)
