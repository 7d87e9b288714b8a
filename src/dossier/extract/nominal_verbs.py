"""Verbs of relation the parser reads as plural nouns: in 'X both collaborates and competes
with Y' the small English model may tag 'collaborates' and 'competes' as nouns set beside
X, and the sentence has no verb, so the clause frames find no clause.

Read the words instead, only in a sentence with no verb at all: a plural noun whose lemma
and preposition make a two-word ``prepositional_verbs`` cue of a relation between parties
(``nominal_verb_predicates`` in lexicons/claims.yaml: 'compete with', 'cooperate with')
hung as an apposition or conjunct on a name, that name as the doer, the objects of the
preposition (on the noun, or on the last noun joined to it by 'and') as the other party.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import ClauseAnalysis
from dossier.knowledge.lexicons import lexicon
from dossier.knowledge.ontology import Ontology
from dossier.model import Claim

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATES = tuple(lexicon("claims")["nominal_verb_predicates"])
VERB_TAGS = frozenset({"VERB", "AUX"})
SET_BESIDE = frozenset({"appos", "conj"})
CONFIDENCE = 0.5
Cues = dict[str, tuple[tuple[str, str], ...]]
_CUES: dict[int, tuple[Ontology, Cues]] = {}


def nominal_verbs(
    sentence: Sentence, clauses: ClauseAnalysis, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """Relation claims from verbs read as nouns; ``words_`` are the sentence's words, to
    skip it at a glance."""
    cues = _cues(clauses)
    if not cues.keys() & words_:
        return
    span = sentence.span
    if any(token.pos_ in VERB_TAGS for token in span):
        return  # a sentence with a verb was parsed as a clause: the clause frames read it
    for noun in span:
        if noun.tag_ != "NNS" or noun.dep_ not in SET_BESIDE:
            continue
        readings = cues.get(noun.lemma_.lower(), ())
        doer = _doer(noun)
        if not readings or doer is None:
            continue
        subjects = clauses.refs(doer, {"organization"}, alone=True)
        for predicate, preposition in readings:
            spec = clauses.context.ontology.predicates[predicate]
            objects = [
                ref
                for obj in _objects(noun, preposition)
                for ref in clauses.refs(obj, {spec.object})
            ]
            for subject in subjects:
                for obj in objects:
                    if obj != subject:
                        yield sentence.claim(
                            subject, predicate, noun, object=obj, confidence=CONFIDENCE
                        )


def _doer(noun: Token) -> Token | None:
    """The name the noun is set beside, through the nouns it is joined to."""
    word = noun
    while word.dep_ in SET_BESIDE and word.head != word:
        word = word.head
        if word.pos_ == "PROPN":
            return word
    return None


def _objects(noun: Token, preposition: str) -> list[Token]:
    """The preposition's objects on the noun, else on the last noun joined to it."""
    for holder in (noun, *reversed(noun.conjuncts)):
        if holder.i < noun.i:
            continue
        found = [
            obj
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == preposition
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if found:
            return found
    return []


def _cues(clauses: ClauseAnalysis) -> Cues:
    """Verb lemma -> (predicate, preposition) for each two-word prepositional verb cue,
    built once for each ontology in use (the ontology is kept so that its id stays its own)."""
    ontology = clauses.context.ontology
    cached = _CUES.get(id(ontology))
    if cached is not None and cached[0] is ontology:
        return cached[1]
    found: dict[str, list[tuple[str, str]]] = {}
    for predicate in (p for p in PREDICATES if p in ontology.predicates):
        for cue in sorted(ontology.predicates[predicate].cue("prepositional_verbs")):
            parts = cue.split()
            if len(parts) == 2:
                found.setdefault(parts[0], []).append((predicate, parts[1]))
    cues = {verb: tuple(readings) for verb, readings in found.items()}
    _CUES[id(ontology)] = (ontology, cues)
    return cues
