"""A founding participle set off after a place, said of the body the place describes:

    X is a rock band from Leeds, formed in 1994      -> founded(X, 1994)
    X is a club from Bergen, Norway, founded by P    -> founded_by(X, P)

The parser hangs the participle on the nearest noun, the place, but a place is not what
a band or a club's founding verb is about: the noun the place's phrase describes is, and
the copula names it. Only a participle after a comma counts ('a band from Leeds formed
...' is read as written).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.founding_dates import copula_named_org
from dossier.model import EntityRef

PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACE_LINKS = frozenset({"appos", "conj", "compound"})  # 'Leeds, England', 'Leeds and York'


def participle_body(verb: Token, context: DocContext) -> EntityRef | None:
    """The body a participle hung on a place describes, or None."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i == verb.sent.start:
        return None
    if verb.nbor(-1).text != ",":
        return None
    place = verb.head
    if not _is_place(place, context):
        return None
    while place.dep_ in PLACE_LINKS and _is_place(place.head, context):
        place = place.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    noun = place.head.head
    if noun.pos_ != "NOUN":
        return None
    return copula_named_org(noun, context)


def _is_place(word: Token, context: DocContext) -> bool:
    ent = context.entity_at(word)
    return ent is not None and ent.label_ in PLACE_LABELS
