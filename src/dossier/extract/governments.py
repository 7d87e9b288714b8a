"""A country's government named as a party: 'support from the Sudanese government', 'the
government of Sudan backed them'. The frames read the country from such a phrase
(``DocContext.state_ref``), which is right for where things happen but not for who backs,
fights or bans a group: there the party is the government, an organisation named
'Government of <country>'. A country also named outside a government phrase in the
sentence other than as where something is ('in Sudan') may be what the claim means, so
its claims are left as they are. A capital named as a party ('backed by Tehran', 'banned by
Ankara') stands for its country, as a nationality word does ('Iranian-backed').
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import PLACE_PREPOSITIONS, DocContext, country_of_demonym
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")
GOVERNMENT_NOUNS = words(_LEXICON, "government_nouns")
PARTY_PREDICATES = words(_LEXICON, "government_party_predicates")


def as_governments(
    claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]
) -> list[Claim]:
    """The claims with a country read from '<country> government' as a party between
    organisations replaced by that government, and a capital named as a party by its
    country; ``words_`` are the sentence's words."""
    if not any(c.predicate in PARTY_PREDICATES for c in claims):
        return claims
    claims = [_capitals_as_states(claim, sentence.context) for claim in claims]
    if not GOVERNMENT_NOUNS & words_:
        return claims
    governments = _governments(sentence.span, sentence.context)
    if not governments:
        return claims
    return [_as_government(claim, governments) for claim in claims]


def _capitals_as_states(claim: Claim, context: DocContext) -> Claim:
    """'backed by Tehran', 'banned by Ankara': a capital as a party stands for its state."""
    if claim.predicate not in PARTY_PREDICATES:
        return claim
    if claim.object is not None and (state := _state_of_capital(claim.object, context)):
        claim = replace(claim, object=state)
    if (state := _state_of_capital(claim.subject, context)) is not None:
        claim = replace(claim, subject=state)
    return claim


def _state_of_capital(ref: EntityRef, context: DocContext) -> EntityRef | None:
    """The country whose capital a place is (a country sits on its capital in the
    gazetteer); None for any other place or entity."""
    place = context.place(ref) if ref.type == "place" and ref.gazetteer_id else None
    if place is None or place.kind != "city" or place.latitude is None:
        return None
    country = get_gazetteer().country_of(place)
    if country is None or (country.latitude, country.longitude) != (
        place.latitude,
        place.longitude,
    ):
        return None
    return EntityRef("place", country.name, country.gazetteer_id)


def _as_government(claim: Claim, governments: dict[EntityRef, EntityRef]) -> Claim:
    if claim.predicate not in PARTY_PREDICATES:
        return claim
    if claim.object in governments:
        return replace(claim, object=governments[claim.object])
    if claim.subject in governments:
        return replace(claim, subject=governments[claim.subject])
    return claim


def _governments(span: Span, context: DocContext) -> dict[EntityRef, EntityRef]:
    """Country -> its government, for each country the sentence names only in a government
    phrase."""
    governments: dict[EntityRef, EntityRef] = {}
    inside: set[int] = set()
    for token in span:
        if token.lemma_.lower() not in GOVERNMENT_NOUNS or token.pos_ != "NOUN":
            continue
        country = context.state_ref(token)
        if country is None or country.type != "place" or not country.gazetteer_id:
            continue
        governments[country] = EntityRef("organization", f"Government of {country.name}")
        inside.update(_modifier_positions(token))
    for ent in context.ents_in(span):
        if ent.root.i in inside or ent.label_ not in ("GPE", "NORP") or _where(ent):
            continue
        for country in [c for c in governments if _names_country(ent, c, context)]:
            del governments[country]
    return governments


def _modifier_positions(noun: Token) -> set[int]:
    """Where the words naming the government's country may be: before the noun, after its
    'of' ('the government of Sudan')."""
    found = {
        child.i for child in noun.children if child.dep_ in ("amod", "compound", "poss", "nmod")
    }
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found.update(obj.i for obj in prep.children if obj.dep_ == "pobj")
    return found


def _where(ent: Span) -> bool:
    """'a rebel group in Uganda': the country as where something is, never a party."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS


def _names_country(ent: Span, country: EntityRef, context: DocContext) -> bool:
    name = clean_name(ent.text)
    if ent.label_ == "NORP":
        named = country_of_demonym(name)
        return named is not None and context.place_ref(named) == country
    return context.place_ref(name).gazetteer_id == country.gazetteer_id
