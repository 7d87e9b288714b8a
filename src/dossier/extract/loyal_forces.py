"""Armed men named by whom they serve: a party to a relation.

    X defeated units allied to P and the Y party     -> P, Y
    X fought forces loyal to P                       -> P
    militiamen aligned with Y attacked X             -> Y

A noun of armed men (``force_nouns``) with a participle or adjective of loyalty
(``loyalty_words``) stands, where no name is given for it, for those it is loyal to: the
objects of the loyalty word's preposition, with their conjuncts. Where men fight each
other, a noun of following (``follower_nouns``) stands for the one its name or possessor
names ('X and P-loyalists fought', "P's followers clashed with X"). The words are
``loyal_forces`` in lexicons/claims.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef

_LEXICON = lexicon("claims")["loyal_forces"]
FORCE_NOUNS = words(_LEXICON, "force_nouns")
LOYALTY_WORDS = words(_LEXICON, "loyalty_words")
LOYALTY_PREPOSITIONS = words(_LEXICON, "loyalty_prepositions")
FOLLOWER_NOUNS = words(_LEXICON, "follower_nouns")
# relations between sides in which armed men stand for whom they serve
SERVED_PREDICATES = words(_LEXICON, "predicates")
LEADER_LABELS = frozenset({"PERSON", "ORG"})


def served_by(noun: Token) -> list[Token]:
    """The words naming whom a noun of armed men is loyal to; none for other nouns."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FORCE_NOUNS:
        return []
    found: list[Token] = []
    for loyalty in noun.children:
        if loyalty.dep_ not in ("acl", "amod") or loyalty.lower_ not in LOYALTY_WORDS:
            continue
        for prep in loyalty.children:
            if prep.dep_ == "prep" and prep.lower_ in LOYALTY_PREPOSITIONS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found += [obj, *obj.conjuncts]
    return found


def followed(noun: Token) -> list[Token]:
    """The name a noun of following is said with: 'P loyalists', 'P-loyalists', "P's
    followers"; none for other nouns."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FOLLOWER_NOUNS:
        return []
    return [
        c
        for c in noun.children
        if c.dep_ in ("compound", "poss") and c.i < noun.i and c.ent_type_ in LEADER_LABELS
    ]


def followed_parties(nouns: list[Token], context: DocContext) -> list[EntityRef]:
    """The people or organisations the nouns of following among ``nouns`` stand for."""
    found: list[EntityRef] = []
    for noun in nouns:
        for name in followed(noun):
            ent = context.entity_at(name)
            ref = context.ref(ent) if ent is not None else None
            if ref is not None and ref.type in ("person", "organization") and ref not in found:
                found.append(ref)
    return found
