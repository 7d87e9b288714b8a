"""Where an institution sits, said by a place after its name: 'the Marden University in
Leeds', 'the Foreign Office in London' -> based_in. Only bodies with premises (names
ending in the ``seat_endings`` of lexicons/claims.yaml: university, school, office...)
and only towns: 'the Taliban in Kabul' or 'the university in Germany' say no seat.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon
from dossier.model import Claim

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

SEAT_ENDINGS = tuple(lexicon("claims")["seats"]["seat_endings"])
TOWN_KINDS = frozenset({"city"})


def seats(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """based_in claims for institutions named with their town after 'in'."""
    for ent in context.ents_in(sentence.span):
        body = context.ref(ent)
        if body is None or body.type != "organization":
            continue
        if not body.name.lower().endswith(SEAT_ENDINGS):
            continue
        for prep in ent.root.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                town = context.entity_at(obj)
                if town is None or town.label_ != "GPE":
                    continue
                ref = context.ref(town)
                place = context.place(ref) if ref is not None else None
                if ref is not None and place is not None and place.kind in TOWN_KINDS:
                    yield sentence.claim(body, "based_in", ent.root, object=ref, confidence=0.6)
