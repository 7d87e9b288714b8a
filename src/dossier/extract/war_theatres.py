"""Wars a group takes part in, named by their country: 'X intervened in the Syrian civil
war', 'X joined the war in Yemen', "its plans to fight in the Libyan conflict" ->
operates_in that country.

The verbs, the war nouns and the nouns of intent whose owner is the doer ('its plans to
intervene') are ``war_theatres`` in lexicons/claims.yaml. The country is a nationality
word on the war ('Syrian' -> Syria), a place name on it ('the Yemen war'), or the place
after its 'in'.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import PLACE_LABELS, DocContext, country_of_demonym
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["war_theatres"]
JOINING_VERBS = words(_LEXICON, "joining_verbs")
WAR_NOUNS = words(_LEXICON, "war_nouns")
INTENT_NOUNS = words(_LEXICON, "intent_nouns")
MODIFIER_DEPS = ("amod", "compound", "nmod")
CONFIDENCE = 0.5


def war_theatres(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """operates_in claims for the country of a war a group joins; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if JOINING_VERBS.isdisjoint(words_) or WAR_NOUNS.isdisjoint(words_):
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in JOINING_VERBS:
            continue
        wars = [w for w in _war_phrases(verb) if w.lemma_.lower() in WAR_NOUNS]
        if not wars:
            continue
        group = _joiner(verb, context)
        if group is None:
            continue
        for war in wars:
            for place in _countries_of(war, context):
                yield sentence.claim(
                    group, "operates_in", verb, object=place, confidence=CONFIDENCE
                )


def _war_phrases(verb: Token) -> list[Token]:
    """What a verb joins: its object ('joined the war') or the object of its 'in'."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _joiner(verb: Token, context: DocContext) -> EntityRef | None:
    """The group doing it: the clause's subject, or the owner of the intent the verb
    completes ('its plan to intervene', 'X announced a decision to join')."""
    subjects = clause_subjects(verb)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lemma_.lower() in INTENT_NOUNS and subject.i < verb.i:
        owners = [c for c in subject.children if c.dep_ == "poss"]
        if owners:
            subject = owners[0]
        elif subject.dep_ == "dobj":
            above = clause_subjects(subject.head)
            subject = above[0] if above else subject
    group = context.org_ref(subject)
    return group if group is not None and group.type == "organization" else None


def _countries_of(war: Token, context: DocContext) -> list[EntityRef]:
    """The places a war is named by: its nationality word or place name, or its 'in'."""
    found: list[EntityRef] = []
    for word in war.lefts:
        if word.dep_ not in MODIFIER_DEPS:
            continue
        ent = context.entity_at(word)
        if ent is not None and ent.label_ in PLACE_LABELS and ent != context.entity_at(war):
            ref = context.ref(ent)
        else:
            country = country_of_demonym(word.text)
            ref = context.place_ref(country) if country else None
        if ref is not None and ref.type == "place" and ref not in found:
            found.append(ref)
    for prep in war.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = context.entity_at(obj)
            if ent is None or ent.root != obj or ent.label_ not in PLACE_LABELS:
                continue
            ref = context.ref(ent)
            if ref is not None and ref.type == "place" and ref not in found:
                found.append(ref)
    return found
