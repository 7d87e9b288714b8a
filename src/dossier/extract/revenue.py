"""A group's own ways of making money, said with a verb of reliance or of self-funding:

    X has come to rely on cocaine smuggling and extortion     funded_by 'cocaine smuggling',
                                                              'extortion'
    X funds itself through kidnapping for ransom              funded_by 'kidnapping for ransom'
    Revenues from drug trafficking are estimated at ...       funded_by 'drug trafficking' (the
                                                              passage's group)

The means are text, not entities: a phrase naming an organisation, person or place is a
backer, read elsewhere. The object must name a way of making money (``revenue`` in
lexicons/claims.yaml), so 'X relies on local support' gives no claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["revenue"]
RELIANCE_VERBS = words(_LEXICON, "reliance_verbs")
RELIANCE_PREPOSITIONS = tuple(_LEXICON["reliance_prepositions"])
SELF_FUNDING_VERBS = words(_LEXICON, "self_funding_verbs")
MEANS_PREPOSITIONS = tuple(_LEXICON["means_prepositions"])
REFLEXIVE_WORDS = words(_LEXICON, "reflexive_words")
INCOME_WORDS = words(_LEXICON, "income_words")
INCOME_NOUNS = words(_LEXICON, "income_nouns")
INCOME_PREPOSITIONS = tuple(_LEXICON["income_prepositions"])
CUE_WORDS = RELIANCE_VERBS | SELF_FUNDING_VERBS | INCOME_NOUNS
PREDICATE = "funded_by"
MAX_ITEM_WORDS = 8
CONFIDENCE = 0.6


def revenue(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """funded_by claims for the means a group lives on; ``words_`` are the sentence's words,
    to skip it at a glance."""
    if not CUE_WORDS & words_ or not INCOME_WORDS & words_:
        return
    for word in sentence.span:
        if word.pos_ == "VERB":
            means = _means(word)
            receiver = _receiver(word, context) if means else None
        elif word.pos_ == "NOUN" and word.lower_ in INCOME_NOUNS:
            means = [
                obj
                for p in INCOME_PREPOSITIONS
                for obj in preposition_objects(word, p)
                if _names_income(obj)
            ]
            receiver = _earner(word, context) if means else None
        else:
            continue
        if receiver is None:
            continue
        for item in _items(means, context):
            yield sentence.claim(receiver, PREDICATE, word, value=item, confidence=CONFIDENCE)


def _means(verb: Token) -> list[Token]:
    """The objects that say how: 'rely on [X]', 'funds itself through [X]'."""
    lemma = verb.lemma_.lower()
    if lemma in RELIANCE_VERBS:
        prepositions = RELIANCE_PREPOSITIONS
    elif lemma in SELF_FUNDING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVE_WORDS for c in verb.children
    ):
        prepositions = MEANS_PREPOSITIONS
    else:
        return []
    objects = [obj for p in prepositions for obj in preposition_objects(verb, p)]
    return [obj for obj in objects if _names_income(obj)]


def _names_income(phrase: Token) -> bool:
    """Whether a phrase or one of its listed items names a way of making money."""
    return any(
        word.lemma_.lower() in INCOME_WORDS or word.lower_ in INCOME_WORDS
        for item in (phrase, *phrase.conjuncts)
        for word in item.subtree
    )


def _receiver(verb: Token, context: DocContext) -> EntityRef | None:
    """The organisation the clause is about: a name, or 'it'/'the group' resolved."""
    for subject in clause_subjects(verb):
        ref = context.org_ref(subject)
        if ref is not None and ref.type == "organization":
            return ref
    return None


def _earner(noun: Token, context: DocContext) -> EntityRef | None:
    """Whose income: "the group's revenues" names it; else the organisation the passage is
    about ('Revenues from drug trafficking are estimated at ...')."""
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        ref = context.org_ref(owner)
        return ref if ref is not None and ref.type == "organization" else None
    focus = context.focus
    return focus if focus is not None and focus.type == "organization" else None


def _items(phrases: list[Token], context: DocContext) -> list[str]:
    """Each listed means as written ('cocaine smuggling', 'other drug trafficking
    operations'), without its determiner; an item naming an entity is no means."""
    items: list[str] = []
    for phrase in phrases:
        for item in sorted([phrase, *phrase.conjuncts], key=lambda word: word.i):
            nested = {
                word.i
                for child in item.children
                if child.dep_ in ("conj", "cc") or child.is_punct
                for word in child.subtree
            }
            kept = [word for word in item.subtree if word.i not in nested]
            while kept and kept[0].dep_ in ("det", "poss", "predet"):
                kept = kept[1:]
            if not kept or len(kept) > MAX_ITEM_WORDS:
                continue
            if any(context.entity_at(word) is not None for word in kept):
                continue
            text = clean_name(item.doc[kept[0].i : kept[-1].i + 1].text)
            if text and text not in items and any(char.isalpha() for char in text):
                items.append(text)
    return items
