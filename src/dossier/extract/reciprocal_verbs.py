"""Joined subjects of a verb of mutual relation, with no other party named, relate to each
other: 'X and Y joined forces in 2017', 'X and Y have clashed repeatedly'.

The verbs are the cues of ``reciprocal_verb_predicates`` (lexicons/claims.yaml) that end
in 'with' ('join forces with', 'clash with', 'compete with'): such a relation holds both
ways, so each subject gets a claim about each other one. A verb with its own 'with'
object ('X and Y clashed with Z') is read by the clause frames instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon
from dossier.knowledge.ontology import Ontology
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATES = tuple(lexicon("claims")["reciprocal_verb_predicates"])
MUTUAL_PREPOSITION = "with"
CUE_KINDS = ("verbs", "prepositional_verbs")
CONFIDENCE = 0.6
Cues = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
_CUES: dict[int, tuple[Ontology, Cues]] = {}


def reciprocal_verbs(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """Claims both ways between a verb's joined subjects; ``words_`` are the sentence's
    words, to skip it at a glance."""
    cues = _cues(context)
    if not cues.keys() & words_:
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB":
            continue
        for predicate, middle in cues.get(verb.lemma_.lower(), ()):
            if not _fits(verb, middle):
                continue
            parties = _parties(verb, context)
            for party in parties:
                for other in parties:
                    if other != party:
                        yield sentence.claim(
                            party, predicate, verb, object=other, confidence=CONFIDENCE
                        )


def _fits(verb: Token, middle: tuple[str, ...]) -> bool:
    """The cue's middle words are the verb's ('join [forces]'), and no 'with' names a
    third party."""
    below = {c.lower_ for c in verb.children} | {c.lemma_.lower() for c in verb.children}
    if not all(word in below for word in middle):
        return False
    return not any(
        c.dep_ == "prep"
        and c.lower_ == MUTUAL_PREPOSITION
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children
    )


def _parties(verb: Token, context: DocContext) -> list[EntityRef]:
    """The organisations the verb's subject lists: 'X and Y'."""
    found: list[EntityRef] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for word in (subject, *subject.conjuncts):
            ref = context.org_ref(word)
            if ref is not None and ref.type == "organization" and ref not in found:
                found.append(ref)
    return found if len(found) >= 2 else []


def _cues(context: DocContext) -> Cues:
    """Verb lemma -> (predicate, middle words) for each cue ending in 'with', built once
    for each ontology in use (the ontology is kept so that its id stays its own)."""
    ontology = context.ontology
    cached = _CUES.get(id(ontology))
    if cached is not None and cached[0] is ontology:
        return cached[1]
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for predicate in (p for p in PREDICATES if p in ontology.predicates):
        for kind in CUE_KINDS:
            for cue in sorted(ontology.predicates[predicate].cue(kind)):
                parts = cue.split()
                if len(parts) >= 2 and parts[-1] == MUTUAL_PREPOSITION:
                    reading = (predicate, tuple(parts[1:-1]))
                    if reading not in found.setdefault(parts[0], []):
                        found[parts[0]].append(reading)
    cues = {verb: tuple(readings) for verb, readings in found.items()}
    _CUES[id(ontology)] = (ontology, cues)
    return cues
