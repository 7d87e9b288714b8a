"""A named organisation that another one owns: "X's Y" with both names organisations
("the group's Qassam Brigades", "ISIS's Amaq News Agency") says Y is part of X, an
``affiliate_of`` claim. A person or a place that owns ('Turkey's army', "al-Qaeda's
Zawahiri") is not read here: other frames say what they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from dossier.extract.context import DocContext
from dossier.model import Claim

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
        for owner_word in ent.root.children:
            if owner_word.dep_ != "poss" or context.entity_at(owner_word) is None:
                continue  # a named owner only: 'its X' may mean another group
            owner = context.org_ref(owner_word)
            if owner is not None and owner.type == "organization" and owner != part:
                yield sentence.claim(part, PREDICATE, ent.root, object=owner, confidence=0.5)
