"""An organisation described as a member unit of a federation, network or association:

    KXLW is a member station of the Y Network          -> member_of(KXLW, Y Network)
    Brill College, a member institution of the Y League -> member_of(Brill College, Y League)

'member' compounded before a noun for a kind of organisation ('station', 'school', 'club')
says the thing described belongs to the body after 'of'. Only organisations are read: a
'member state' is a country, and a place is no member here. (The body set before the
compound, 'the Y member station', is read by the clause analysis.)
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from dossier.extract.context import DocContext
from dossier.extract.party_membership import PREDICATE
from dossier.extract.sentences import preposition_objects
from dossier.extract.society_officers import role_holders
from dossier.model import Claim

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

MEMBER = "member"
CONFIDENCE = 0.6


def member_units(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for organisations called a member unit of a named body."""
    if MEMBER not in words_:
        return
    for unit in sentence.span:
        if unit.pos_ != "NOUN" or unit.lemma_.lower() == MEMBER:
            continue
        if not any(
            c.dep_ == "compound" and c.lemma_.lower() == MEMBER and c.i < unit.i
            for c in unit.children
        ):
            continue
        bodies = [
            body
            for obj in preposition_objects(unit, "of")
            if context.entity_at(obj) is not None and (body := context.org_ref(obj)) is not None
        ]
        for word in role_holders(unit) if bodies else []:
            member = context.org_ref(word) if context.entity_at(word) is not None else None
            if member is None:
                continue
            for body in (b for b in bodies if b != member):
                yield sentence.claim(member, PREDICATE, unit, object=body, confidence=CONFIDENCE)
