"""Support said with a noun whose giver and receiver are both in its phrase:

    Iran's support for X          the possessor gives, the object of 'for' receives
    Iranian backing for X         a nationality adjective gives (its country)
    US funding of X               a name modifying the noun gives
    support for X from Y          the 'from' phrase gives
    X was set up with funding from Y    the clause's subject receives what 'with' brings

The nouns are each predicate's ``backer_nouns`` cue (ontology.yaml); the prepositions that
introduce the receiver and the giver are ``backing`` in lexicons/claims.yaml. The receiver
is an organisation; the giver an organisation, a person or a country. A phrase without a
giver says nothing of who backs X ('popular support for X') and gives no claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext, country_of_demonym
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["backing"]
RECEIVER_PREPOSITIONS = tuple(_LEXICON["receiver_prepositions"])
GIVER_PREPOSITIONS = tuple(_LEXICON["giver_prepositions"])
GIVER_DEPS = words(_LEXICON, "giver_deps")
WITH_PREPOSITIONS = words(_LEXICON, "with_prepositions")
PREDICATES = ("supported_by", "funded_by", "armed_by", "trained_by")
CONFIDENCE = 0.6
_BACKER_NOUNS: dict[int, tuple[Ontology, dict[str, str]]] = {}


def backing(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """supported_by / funded_by / armed_by / trained_by claims from nouns of support."""
    nouns = _backer_nouns(context)
    for token in sentence.span:
        if token.pos_ != "NOUN":
            continue
        predicate = nouns.get(token.lemma_.lower()) or nouns.get(token.lower_)
        if predicate is None:
            continue
        receivers = [
            ref
            for preposition in RECEIVER_PREPOSITIONS
            for obj in preposition_objects(token, preposition)
            for word in (obj, *obj.conjuncts)
            if (ref := context.org_ref(word)) is not None
        ]
        if not receivers:
            receivers = _clause_receivers(token, context)
        if not receivers:
            continue
        givers = [ref for word in _giver_words(token) if (ref := _giver(word, context))]
        for receiver in dict.fromkeys(receivers):
            for giver in dict.fromkeys(givers):
                if giver != receiver:
                    yield sentence.claim(
                        receiver, predicate, token, object=giver, confidence=CONFIDENCE
                    )


def backing_cues(context: DocContext) -> AbstractSet[str]:
    """Words without which a sentence holds no noun of support."""
    return _backer_nouns(context).keys()


def in_backing_phrase(word: Token, top: Token, context: DocContext) -> bool:
    """Whether a word hangs, below ``top``, on a noun of support: a place in 'with support
    from China' gives the support; it is not where the clause happens."""
    nouns = _backer_nouns(context)
    for governor in word.ancestors:
        if governor == top:
            return False
        if governor.pos_ == "NOUN" and (
            governor.lemma_.lower() in nouns or governor.lower_ in nouns
        ):
            return True
    return False


def _clause_receivers(noun: Token, context: DocContext) -> list[EntityRef]:
    """Who a 'with' phrase of support says received it: the subject of the clause it
    hangs on ('X was set up with funding from Y', 'X, with Qatari money, bought arms')."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in WITH_PREPOSITIONS:
        return []
    if preposition.head.pos_ not in ("VERB", "AUX"):
        return []
    subjects = clause_subjects(preposition.head)
    return [ref for word in subjects if (ref := context.org_ref(word)) is not None]


def _backer_nouns(context: DocContext) -> dict[str, str]:
    """Each backer noun with its predicate (the first predicate listing it wins), built once
    for each ontology in use (the ontology is kept so that its id stays its own)."""
    ontology = context.ontology
    cached = _BACKER_NOUNS.get(id(ontology))
    if cached is not None and cached[0] is ontology:
        return cached[1]
    found: dict[str, str] = {}
    for predicate in PREDICATES:
        spec = ontology.predicates.get(predicate)
        for noun in spec.cue("backer_nouns") if spec else ():
            found.setdefault(noun, predicate)
    _BACKER_NOUNS[id(ontology)] = (ontology, found)
    return found


def _giver_words(noun: Token) -> list[Token]:
    """The words that may name who gives: the possessor or a modifier before the noun, and
    the objects of its 'from'/'by' phrases."""
    found = [c for c in noun.children if c.dep_ in GIVER_DEPS and c.i < noun.i]
    # 'support for X from Y': the parse often hangs the 'from' phrase on the name X
    heads = [noun, *(o for p in RECEIVER_PREPOSITIONS for o in preposition_objects(noun, p))]
    for head in heads:
        for preposition in GIVER_PREPOSITIONS:
            objects = preposition_objects(head, preposition)
            found += [w for obj in objects for w in (obj, *obj.conjuncts)]
    return found


def _giver(word: Token, context: DocContext) -> EntityRef | None:
    """An organisation, a person, or a country ('Iran', 'Iranian', 'the Iranian government')."""
    ent = context.entity_at(word)
    if ent is None:  # a pronoun ('their support for X') too often means someone unnamed
        return None if word.pos_ == "PRON" else context.org_ref(word) or context.state_ref(word)
    if ent.label_ == "NORP":
        country = country_of_demonym(clean_name(ent.text))
        return context.place_ref(country) if country is not None else None
    if ent.label_ == "GPE":
        place = context.place_ref(clean_name(ent.text))
        return place if place.gazetteer_id else None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type in ("organization", "person") else None
