"""Membership of a body that seats people, said with the verb that seats them:

    P was elected to the Central Committee in 1971    -> member_of(P, Central Committee)
    the congress appointed P to the State Council      -> member_of(P, State Council)
    P sat on the Arts Council; served on the Finance Committee
    P was elected a Fellow of the Royal Society        -> member_of(P, Royal Society)
    P was inducted into the Tanners' Guild             -> member_of(P, Tanners' Guild)
    P was elected Alpha Tau Sigma                      -> member_of(P, Alpha Tau Sigma)

Only bodies whose name ends with a noun for a body of members (a council, a committee, an
academy), or a society named as the title itself ('elected Alpha Tau Sigma'). A seat in a
legislature is an office, also one named with its place ('the Legislative Assembly of Y').
The words are data (``seat_verbs``, ``sitting_verbs`` and ``seat_bodies`` in
lexicons/memberships.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.extract.party_membership import PREDICATE, people_named
from dossier.extract.society_officers import is_legislature
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("memberships")
SEAT_VERBS = words(_LEXICON, "seat_verbs")
SITTING_VERBS = words(_LEXICON, "sitting_verbs")
SEAT_BODIES = words(_LEXICON, "seat_bodies")
MEMBER_TITLES = words(_LEXICON, "member_titles")
# where a seating verb sets the title it gives: 'elected a Fellow of X', '... and a member'
TITLE_DEPS = frozenset({"oprd", "attr", "dobj", "conj", "xcomp"})
# the prepositions before the body: 'elected to', 'inducted into', 'sat on'
SEAT_PREPOSITIONS = frozenset({"to", "into"})
SITTING_PREPOSITIONS = frozenset({"on"})
# where a seating verb sets a society's name as the title it gives: 'elected Alpha Tau Sigma'
NAMED_TITLE_DEPS = frozenset({"oprd"})
ORG_LABEL = "ORG"


def body_seats(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for people seated on a named body; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not (SEAT_VERBS | SITTING_VERBS) & words_:
        return  # a society named as the title itself has no body word: 'elected Alpha Tau Sigma'
    for verb in sentence.span:
        if verb.pos_ != "VERB":
            continue
        base = verb.lemma_.lower()
        if base in SEAT_VERBS:
            prepositions, members = SEAT_PREPOSITIONS, _seated(verb)
        elif base in SITTING_VERBS:
            prepositions = SITTING_PREPOSITIONS
            members = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            continue
        bodies = [
            body
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in prepositions
            for obj in prep.children
            if obj.dep_ == "pobj"
            for body in [_seat_body(obj, context)]
            if body is not None
        ]
        if base in SEAT_VERBS:
            bodies += _titled_bodies(verb, context)
        for person in people_named(members, context) if bodies else []:
            for body in bodies:
                yield sentence.claim(person, PREDICATE, verb, object=body, confidence=0.6)


def _seated(verb: Token) -> list[Token]:
    """Who a seating verb seats: the passive subject ('P was elected'), else the object
    ('they appointed P')."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return passive or [c for c in verb.children if c.dep_ == "dobj"]


def _seat_body(word: Token, context: DocContext) -> EntityRef | None:
    """The organisation a word names when its name ends with a body-of-members noun."""
    ent = context.entity_at(word)
    if ent is None or ent.label_ != ORG_LABEL or ent.root != word:
        return None
    if word.lemma_.lower() not in SEAT_BODIES and word.lower_ not in SEAT_BODIES:
        return None
    return _seat_body_ref(ent, context)


def _seat_body_ref(ent: Span, context: DocContext) -> EntityRef | None:
    """An organisation's name as a body one is seated on: no legislature."""
    ref = context.ref(ent)
    if ref is None or ref.type != "organization" or is_legislature(ref.name):
        return None
    return ref


def _titled_bodies(verb: Token, context: DocContext) -> list[EntityRef]:
    """The bodies whose title a seating verb gives: 'elected a Fellow of the X Society',
    'elected in 1971 an associate member, then in 1984 a full member of X'."""
    found: list[EntityRef] = []
    for title in verb.children:
        if title.dep_ in NAMED_TITLE_DEPS and title.pos_ == "PROPN":
            ent = context.entity_at(title)
            if ent is not None and ent.label_ == ORG_LABEL and ent.root == title:
                named = _seat_body_ref(ent, context)
                found += [named] if named is not None else []
            continue
        if title.dep_ not in TITLE_DEPS or title.lemma_.lower() not in MEMBER_TITLES:
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "of" for p in title.children):
            found += _electing_body(verb, context)  # 'the X Academy elected P a member'
        for prep in title.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = context.entity_at(obj)
                ref = context.ref(ent) if ent is not None and ent.label_ == ORG_LABEL else None
                if ref is not None and ref.type == "organization" and ref not in found:
                    found.append(ref)
    return found


def _electing_body(verb: Token, context: DocContext) -> list[EntityRef]:
    """The body that seats someone itself, as the active verb's subject: 'the X Academy
    elected P a corresponding member in 1960'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    bodies = [_seat_body(subject, context) for subject in subjects]
    return [body for body in bodies if body is not None]
