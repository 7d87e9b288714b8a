"""The time of leaving a role is when its tenure ended, not when it was held:

    P resigned as leader of X in May 2016        P leader_of X, until May 2016
    P stepped down as X's chairman in 2009       P leader_of X, until 2009
    P was replaced by Q as leader of X in 2011   P leader_of X, until 2011

The frames that read the role ('as leader of X') give the claim the clause's date; this
step turns it into the end of the tenure for the person who leaves. Verbs of leaving and
the predicates that hold a tenure are data (``ended_tenures`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.qualities import time_scope
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, TimeSpan

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["ended_tenures"]
LEAVING_VERBS: dict[str, frozenset[str]] = {
    verb: frozenset(particles) for verb, particles in _LEXICON["leaving_verbs"].items()
}
PASSIVE_LEAVING_VERBS = words(_LEXICON, "passive_leaving_verbs")
TENURE_PREDICATES = words(_LEXICON, "tenure_predicates")
CUE_WORDS = frozenset(LEAVING_VERBS) | PASSIVE_LEAVING_VERBS


def ended_tenures(claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]) -> list[Claim]:
    """The claims, with the tenure of a person who leaves a role ending at the leaving;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if not CUE_WORDS & words_ or not any(c.predicate in TENURE_PREDICATES for c in claims):
        return claims
    context = sentence.context
    endings: dict[EntityRef, TimeSpan] = {}
    for verb in sentence.span:
        if verb.pos_ != "VERB" or not _leaves(verb):
            continue
        time = time_scope(verb, context)
        subjects = clause_subjects(verb)
        person = context.person_at(subjects[0]) if subjects else None
        if time is not None and time.end is not None and person is not None:
            endings[person] = time
    if not endings:
        return claims
    return [_ended(claim, endings) for claim in claims]


def _leaves(verb: Token) -> bool:
    """'resigned', 'stepped down', 'was replaced': a verb of leaving a role."""
    lemma = verb.lemma_.lower()
    if lemma in PASSIVE_LEAVING_VERBS:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    particles = LEAVING_VERBS.get(lemma)
    if particles is None:
        return False
    if not particles:
        return True
    return any(c.lower_ in particles and c.i > verb.i for c in verb.children)


def _ended(claim: Claim, endings: dict[EntityRef, TimeSpan]) -> Claim:
    left = endings.get(claim.subject)
    if claim.predicate not in TENURE_PREDICATES or left is None or claim.time_scope != left:
        return claim
    return replace(claim, time_scope=TimeSpan(None, left.end, left.precision, left.text))
