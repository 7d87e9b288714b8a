"""A reward offered for a person, with who offers it and how much:

    Y offered a $5 million reward for information on P     -> reward_offered(P, Y, $5 million)
    P, who had a $3 million bounty placed on his head by Y  -> reward_offered(P, Y, $7 million)
    Y put a bounty on P's head                              -> reward_offered(P, Y)

Who the reward is for is the person named after 'on' or 'for' (a head's owner, or a name
inside 'information leading to P's arrest'); 'his head' in a clause about P is P's. Who
offers it is the 'by' phrase, else the subject of an offering verb. The words are data:
the ``reward_nouns`` and ``offer_verbs`` of ``reward_offered`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef, Money
from dossier.model.names import clean_name
from dossier.model.quantities import parse_money

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "reward_offered"
TARGET_PREPOSITIONS = frozenset({"on", "for"})
OFFERER_LABELS = frozenset({"ORG", "GPE", "NORP"})
MONEY_LABEL = "MONEY"


def rewards(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """reward_offered claims for a reward or bounty on a named person; ``words_`` are the
    sentence's words, to skip it at a glance."""
    spec = context.ontology.predicates[PREDICATE]
    nouns = spec.cue("reward_nouns")
    if not nouns & words_:
        return
    verbs = spec.cue("offer_verbs")
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        verbs_near = [v for v in (noun.head, *noun.children) if v.pos_ == "VERB"]
        person = _target(noun, verbs_near, context)
        offerer = _offerer(noun, verbs_near, verbs, context)
        if person is None or offerer is None:
            continue
        amount = _amount(noun, context)
        yield sentence.claim(person, PREDICATE, noun, object=offerer, value=amount, confidence=0.6)


def _target(noun: Token, verbs: list[Token], context: DocContext) -> EntityRef | None:
    """The person after 'on' or 'for', on the noun or the verb that places or offers it."""
    for holder in (noun, *verbs):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPOSITIONS:
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for word in obj.subtree:
                    person = _person(word, noun, context)
                    if person is not None:
                        return person
    return None


def _person(word: Token, noun: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is not None:
        return _named_person(ent, context)
    if word.dep_ != "poss" or word.pos_ != "PRON":
        return None
    # 'P, who had a bounty placed on his head': the clause is about P
    for governor in (noun.head, noun.head.head):
        if governor.dep_ != "relcl":
            continue
        antecedent = governor.head
        named = context.entity_at(antecedent)
        if named is not None:
            return _named_person(named, context)
        full = context.full_names.get(antecedent.text.casefold())  # a surname NER missed
        if antecedent.pos_ == "PROPN" and full is not None:
            return EntityRef("person", full)
    return context.person_reference(word)


def _named_person(ent: Span, context: DocContext) -> EntityRef | None:
    """The person a name stands for; a bounty is on a person, so a surname NER took for
    something else ('Shekau' as a group) is the person the document names in full."""
    ref = context.ref(ent)
    if ref is not None and ref.type == "person":
        return ref
    full = context.full_names.get(clean_name(ent.text).casefold())
    return EntityRef("person", full) if full is not None else None


def _offerer(
    noun: Token, verbs: list[Token], offering: AbstractSet[str], context: DocContext
) -> EntityRef | None:
    """The 'by' phrase of the verb placing the reward, else the subject of an offering verb
    whose object it is."""
    for verb in verbs:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                ref = _party(obj, context)
                if ref is not None:
                    return ref
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in offering:
        for subject in (c for c in noun.head.children if c.dep_ == "nsubj"):
            ref = _party(subject, context)
            if ref is not None:
                return ref
    return None


def _party(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None or ent.label_ not in OFFERER_LABELS:
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type in ("organization", "place") else None


def _amount(noun: Token, context: DocContext) -> Money | None:
    """The sum before the noun: 'a $3 million bounty'."""
    for word in noun.lefts:
        ent = context.entity_at(word)
        if ent is not None and ent.label_ == MONEY_LABEL:
            return parse_money(ent.text)
    return None
