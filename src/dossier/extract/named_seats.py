"""A seat a body's name says, where the text names that town too:

    the University of Tartu ... Tartu is a city        -> University of Tartu based_in Tartu
    Moscow State University ... born in Moscow          -> Moscow State University based_in Moscow

Only bodies with premises (names ending in a ``named_seat_endings`` noun of
lexicons/claims.yaml, or '<that noun> of <town>'), and only a town the document names on its
own: a group's name ('Northern Crescent of Veldora') ends in no such noun, and a founder's name that
is also a town's ('Barry University') is no seat unless the text speaks of the town. A place
after the name ('Lindholm University in Port Arden') wins over the name.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dossier.extract.context import DocContext
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, Place

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["seats"]
SEAT_ENDINGS = words(_LEXICON, "named_seat_endings")
TOWN_KINDS = words(_LEXICON, "seat_town_kinds")
ORG_LABEL = "ORG"
IN = "in"
PLACE_LABEL = "GPE"
# what a name after "in" must be to place the body: a town, a region, a site
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CONFIDENCE = 0.5


def named_seats(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for bodies whose name holds a town the document names; ``words_``
    are the sentence's words, to skip it at a glance."""
    if not SEAT_ENDINGS & words_:
        return
    for ent in context.ents_in(sentence.span):
        if ent.label_ != ORG_LABEL or _placed_after(ent):
            continue
        candidates = _town_words(ent)
        if not candidates:
            continue
        body = context.ref(ent)
        if body is None or body.type != "organization":
            continue
        towns = context.remember("named_seats.towns", lambda: _towns(context))
        for words_in_name in candidates:
            town = _town_named(words_in_name, towns)
            if town is not None:
                claim = sentence.claim(
                    body, "based_in", ent.root, object=town, confidence=CONFIDENCE
                )
                # a name says where a body sits, whatever its clause denies or dates
                yield replace(claim, negated=False, time_scope=None)
                break


def _placed_after(ent: Span) -> bool:
    """'Lindholm University in Port Arden': the place after the name says the seat
    (extract/seats.py reads it), whatever town the name holds; 'in 1990' places nothing."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ != IN:
        return False
    return any(t.ent_type_ in PLACE_LABELS for t in doc[ent.end + 1 : ent.end + 3])


def _town_words(ent: Span) -> list[str]:
    """The words of a body's name that may name its town, longest first: 'Y' of 'University
    of Y', 'Moscow State' and 'Moscow' of 'Moscow State University'."""
    tokens = [t for t in ent if not t.is_punct and t.dep_ != "det" and t.lower_ != "'s"]
    for k, token in enumerate(tokens):
        if token.lower_ == "of" and 0 < k < len(tokens) - 1:
            if tokens[k - 1].lower_ not in SEAT_ENDINGS:
                return []
            return [" ".join(t.text for t in tokens[k + 1 :])]
    if len(tokens) < 2 or tokens[-1].lower_ not in SEAT_ENDINGS:
        return []
    leading = tokens[:-1]
    return [" ".join(t.text for t in leading[:j]) for j in range(len(leading), 0, -1)]


def _town_named(words_in_name: str, towns: dict[str, EntityRef]) -> EntityRef | None:
    """The document's town that words of a name call by one of its names: 'Kelby' of
    'Kelby Cotton Exchange' is the document's 'Kelby City'."""
    town = towns.get(words_in_name.casefold())
    if town is not None:
        return town
    place = _town_place(words_in_name)
    if place is None or place.gazetteer_id is None:
        return None
    return towns.get(place.gazetteer_id.casefold())


def _town_place(name: str) -> Place | None:
    """The town the gazetteer knows by a name, whatever else the name may mean."""
    return get_gazetteer().lookup(name, kinds=TOWN_KINDS)


def _towns(context: DocContext) -> dict[str, EntityRef]:
    """The towns the document names on their own, by their casefolded names and gazetteer
    ids. A name that is a town and its province alike ('Tartu') counts as the town."""
    towns: dict[str, EntityRef] = {}
    for ent in context.ents:
        if ent.label_ != PLACE_LABEL:
            continue
        ref = context.ref(ent)
        place = context.place(ref) if ref is not None else None
        if ref is None or place is None:
            continue
        if place.kind not in TOWN_KINDS:
            place = _town_place(ref.name)
            if place is None or place.name.casefold() != ref.name.casefold():
                continue
        towns.setdefault(ent.text.casefold(), ref)
        towns.setdefault(ref.name.casefold(), ref)
        if place.gazetteer_id is not None:
            towns.setdefault(place.gazetteer_id.casefold(), ref)
    return towns
