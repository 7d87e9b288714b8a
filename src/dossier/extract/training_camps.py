"""Training said through the place it was given: 'P trained at an X camp in Y', 'fighters
who trained in X camps' -> trained_by(P, X). The camp's owner (a name modifying 'camp', or
its possessor) trained whoever trained there: the verb's subject, or the name a reduced
relative describes ('P, trained at an X camp, ...').

The verbs are the ``verbs`` cues of ``trained_by`` in ontology.yaml; the place nouns and
their prepositions are ``training_places`` in lexicons/claims.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import ClauseAnalysis
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "trained_by"
_LEXICON = lexicon("claims")
PLACES = words(_LEXICON, "training_places")
PREPOSITIONS = words(_LEXICON, "training_place_prepositions")
OWNER_DEPS = frozenset({"compound", "poss", "nmod"})
TRAINEE_DEPS = frozenset({"nsubj", "nsubjpass"})
DESCRIBING_DEPS = frozenset({"acl", "relcl"})  # 'P, trained at ...', 'P, who trained at ...'
TRAINEES = {"person", "organization"}


def training_camps(
    sentence: Sentence, clauses: ClauseAnalysis, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """trained_by claims for training at a camp an organisation owns; ``words_`` are the
    sentence's words, to skip it at a glance."""
    verbs = clauses.context.ontology.predicates[PREDICATE].cue("verbs")
    if not verbs & words_ or not PLACES & words_:
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        trainers = [owner for place in _places(verb) for owner in _owners(place, clauses)]
        if not trainers:
            continue
        for trainee in _trainees(verb, clauses):
            for trainer in trainers:
                if trainer != trainee:
                    yield sentence.claim(trainee, PREDICATE, verb, object=trainer, confidence=0.5)


def _places(verb: Token) -> list[Token]:
    return [
        place
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in PREPOSITIONS
        for place in prep.children
        if place.dep_ == "pobj" and place.lemma_.lower() in PLACES
    ]


def _owners(place: Token, clauses: ClauseAnalysis) -> list[EntityRef]:
    return [
        ref
        for word in place.children
        if word.dep_ in OWNER_DEPS
        for ref in clauses.refs(word, {"organization"})
    ]


def _trainees(verb: Token, clauses: ClauseAnalysis) -> list[EntityRef]:
    words_ = [child for child in verb.children if child.dep_ in TRAINEE_DEPS]
    if not words_ and verb.dep_ in DESCRIBING_DEPS:
        words_ = [verb.head]
    return [ref for word in words_ for ref in clauses.refs(word, TRAINEES)]
