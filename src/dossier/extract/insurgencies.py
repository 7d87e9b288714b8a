"""An insurgency a group wages in a country is waged against that country's state:

    X has kept up a deadly insurgency in southeastern Turkey   -> X hostile_to Turkey
    X began as an uprising in Uganda                           -> X hostile_to Uganda
    X engaged in armed struggle in Turkey                      -> X hostile_to Turkey

The nouns of insurgency, and the nouns of fighting that are one only with a modifier
('armed struggle', 'guerrilla war'), are ``insurgencies`` in lexicons/claims.yaml. The
doer is the noun's possessor or the subject of a verb of waging it (not of fighting it:
'the army is fighting an insurgency in Y' is the state's side); the place must be a country
(an insurgency in a province or a region names no state), given by the noun's 'in'
phrase or, for the noun a verb takes, by the verb's.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects, pronoun_owner
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["insurgencies"]
INSURGENCY_NOUNS = words(_LEXICON, "nouns")
ARMED_NOUNS = words(_LEXICON, "armed_nouns")
ARMED_MODIFIERS = words(_LEXICON, "armed_modifiers")
PLACE_PREPOSITIONS = words(_LEXICON, "place_prepositions")
WAGING_VERBS = words(_LEXICON, "waging_verbs")
TAKING_VERBS = words(_LEXICON, "taking_verbs")
TAKING_PREPOSITIONS = words(_LEXICON, "taking_prepositions")
CUES = INSURGENCY_NOUNS | ARMED_NOUNS
CONFIDENCE = 0.5


def insurgencies(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """hostile_to claims of a group against the country its insurgency is in; ``words_``
    are the sentence's words, to skip it at a glance."""
    if not CUES & words_:
        return
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or not _is_insurgency(noun):
            continue
        countries = _countries(noun, context)
        if not countries:
            continue
        for word in _waged_by(noun):
            group = context.org_ref(word)
            if group is None or group.type != "organization":
                continue
            for country in countries:
                yield sentence.claim(
                    group, "hostile_to", noun, object=country, confidence=CONFIDENCE
                )


def _waged_by(noun: Token) -> list[Token]:
    """Who wages it: its possessor ('its insurgency'), or the subject of a verb of waging
    whose object it is ('X waged an insurgency'; 'Y is fighting an insurgency' is the other
    side) or of a verb taking it in an 'in'/'as' phrase ('X engaged in armed struggle',
    'X began as an uprising')."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return [pronoun_owner(owner) for owner in owners]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in TAKING_PREPOSITIONS:
        verb = verb.head
        verbs = TAKING_VERBS
    elif noun.dep_ == "dobj":
        verbs = WAGING_VERBS
    else:
        return []
    if verb.pos_ != "VERB" or not {verb.lemma_.lower(), verb.lower_} & verbs:
        return []
    return clause_subjects(verb)


def _is_insurgency(noun: Token) -> bool:
    word = noun.lemma_.lower()
    if word in INSURGENCY_NOUNS:
        return True
    return word in ARMED_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS for c in noun.children
    )


def _countries(noun: Token, context: DocContext) -> list[EntityRef]:
    """The countries of the noun's 'in' phrase, also past one phrase of its own ('an
    insurgency for self-rule in Turkey'), or of its verb's when the noun is the verb's
    object ('kept up an insurgency ... in Turkey' may hang 'in' on the verb)."""
    found: list[EntityRef] = []
    holders = [noun, *(o for p in _phrases(noun) for o in _objects(p))]
    if noun.dep_ == "dobj":
        holders.append(noun.head)
    for holder in holders:
        for prep in _phrases(holder):
            if prep.lower_ not in PLACE_PREPOSITIONS:
                continue
            for obj in _objects(prep):
                ref = _country(obj, context)
                if ref is not None and ref not in found:
                    found.append(ref)
        if found:
            break
    return found


def _phrases(word: Token) -> list[Token]:
    return [c for c in word.children if c.dep_ == "prep"]


def _objects(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ == "pobj"]


def _country(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None or ent.root != word or ent.label_ != "GPE":
        return None
    ref = context.ref(ent)
    place = context.place(ref) if ref is not None else None
    return ref if place is not None and place.kind == "country" else None
