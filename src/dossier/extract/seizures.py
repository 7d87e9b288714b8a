"""Seizures: a town, a base or a resort taken by force is an event.

'ASWJ seized the port town', 'the fighters who overran Marawi', 'the 2014 capture of
Mosul', 'it seized a diving resort': the taking of a place is an incident of its own,
though no word of violence stands beside it. Only a place taken counts: seizing weapons,
capturing fighters or taking over a company is no attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words

_LEXICON = lexicon("events")
SEIZURE_VERBS = words(_LEXICON, "seizure_verbs")
SEIZURE_NOUNS = words(_LEXICON, "seizure_nouns")
SEIZED_SITES = words(_LEXICON, "seized_sites")
PLACE_ATTACK_CUES = words(_LEXICON, "place_attack_cues")
TARGET_PREPOSITIONS = frozenset({"on", "against"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TAKE = "take"  # 'took over the town'
# a word seizes_place needs (a lower-cased lemma): a sentence without one seizes nothing
SEIZURE_CUES = SEIZURE_VERBS | SEIZURE_NOUNS | {TAKE}


def seizes_place(token: Token) -> bool:
    """Whether a word tells a place taken by force: a seizing verb with a place as its
    object (or as its passive subject), or a seizure noun 'of' a place."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and (lemma in SEIZURE_VERBS or _takes_over(token)):
        taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    elif token.pos_ == "NOUN" and lemma in SEIZURE_NOUNS:
        taken = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    else:
        return False
    return any(_is_place(word) for word in taken)


def assails_place(token: Token) -> bool:
    """Whether an attack word has a place as what was attacked ('an assault on the town of
    X', 'insurgents attacked Palma'): an attack on a town is an event, though no word of
    violence stands beside it."""
    if token.lemma_.lower() not in PLACE_ATTACK_CUES:
        return False
    if token.pos_ == "VERB":
        attacked = [c for c in token.children if c.dep_ == "dobj"]
    else:
        attacked = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in TARGET_PREPOSITIONS
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return any(_is_place(word) for word in attacked)


def _takes_over(verb: Token) -> bool:
    """'took over the town': 'take' with its particle 'over'."""
    return verb.lemma_.lower() == TAKE and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    )


def _is_place(word: Token) -> bool:
    """A named place ('Marawi') or a word for a place that can be taken ('the town'), or a
    name the model mislabels that an apposition says is one ('Y, a key port town')."""
    if word.ent_type_ in PLACE_LABELS or word.lemma_.lower() in SEIZED_SITES:
        return True
    if _misread_town(word):
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in SEIZED_SITES for c in word.children)


def _misread_town(word: Token) -> bool:
    """A lone proper name the model reads as a person ('the attack on Palma') that the
    gazetteer knows as a town: what is attacked or seized there is the town."""
    if word.pos_ != "PROPN" or word.ent_type_ not in ("PERSON", ""):
        return False
    if any(c.dep_ == "compound" for c in word.children) or word.dep_ == "compound":
        return False  # 'John Palma': a person's full name
    return get_gazetteer().lookup(word.text, kinds=("city",)) is not None


__all__ = ["assails_place", "seizes_place"]
