"""A named organisation that another one owns: "X's Y" with both names organisations
("the group's Qassam Brigades", "ISIS's Amaq News Agency") says Y is part of X, an
``affiliate_of`` claim. So does a group noun an organisation owns, set beside a name:
"X's front organization, Y", "X's Syrian group, Y". A person or a place that owns
('Turkey's army', "al-Qaeda's Zawahiri") is not read here: other frames say what they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
NAME_LABELS = frozenset({"ORG"})


def possessed_groups(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """Claims that a named organisation belongs to the organisation that owns it."""
    for ent in context.ents_in(sentence.span):
        if ent.label_ not in NAME_LABELS:
            continue
        part = context.ref(ent)
        if part is None or part.type != "organization":
            continue
        for owner in _named_owners(ent.root, context):
            if owner != part:
                yield sentence.claim(part, PREDICATE, ent.root, object=owner, confidence=0.5)
    group_nouns = context.ontology.group_nouns
    if not group_nouns & sentence.lowered():
        return  # no group noun to own: the walk below would find nothing
    owned = {word.head for word in sentence.span if word.dep_ == "poss"}
    for noun in sorted(owned, key=lambda word: word.i):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in group_nouns:
            continue
        owners = _named_owners(noun, context)
        for name in (c for c in noun.children if c.dep_ == "appos") if owners else ():
            part = context.org_ref(name) if context.entity_at(name) is not None else None
            if part is None or part.type != "organization":
                continue
            for owner in (o for o in owners if o != part):
                yield sentence.claim(part, PREDICATE, noun, object=owner, confidence=0.5)


def _named_owners(word: Token, context: DocContext) -> list[EntityRef]:
    """The named organisations that own a word ("X's"); 'its X' may mean another group."""
    found = []
    for owner_word in word.children:
        if owner_word.dep_ != "poss" or context.entity_at(owner_word) is None:
            continue
        owner = context.org_ref(owner_word)
        if owner is not None and owner.type == "organization":
            found.append(owner)
    return found
