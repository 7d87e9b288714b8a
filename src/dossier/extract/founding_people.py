"""People who found a body, in shapes the clause frames miss:

    P formed X in 1995                        -> founded_by(X, P)
    P, with his brother Q, formed the group   -> founded_by(X, P), founded_by(X, Q)
    the firm he founded, X                    -> founded_by(X, he)
    Before founding X, P was a banker         -> founded_by(X, P)

The frames take 'form' only in the passive: 'A formed X' with groups for subjects is a
merger or an alliance ('A merged with B to form X', 'A and B formed a coalition'), which
the formed_from frames read, so with 'form' only named people count; 'he formed X' may
mean a band's member as well as its founder. The verbs are the ``founded_by`` predicate's
``patient_verbs`` and ``passive_patient_verbs`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.clauses import ClauseAnalysis, is_passive
from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "founded_by"
PERSON_LABEL = "PERSON"
COMPANION = "with"
_PERSON = {"person"}
_ORGANIZATION = {"organization"}


def founding_people(
    sentence: Sentence, clauses: ClauseAnalysis, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """founded_by claims for people who form or found a body; ``words_`` are the
    sentence's words, to skip it at a glance."""
    spec = clauses.context.ontology.predicates[PREDICATE]
    founding, forming = _verbs(spec.cue("patient_verbs"), spec.cue("passive_patient_verbs"))
    if not (founding | forming) & words_:
        return
    for verb in sentence.span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in founding | forming or is_passive(verb):
            continue
        founded = _founded(verb, clauses)
        if founded is None:
            continue
        # 'he formed X' may be a member's doing; 'he founded X' is a founder's
        for founder in _founders(verb, clauses, pronouns=lemma in founding):
            if founder != founded:
                yield sentence.claim(founded, PREDICATE, verb, object=founder)


@cache  # one pair per ontology in use: built once, not for every sentence
def _verbs(
    founding_cues: frozenset[str], forming_cues: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word verbs of founding ('found', 'establish') and of forming ('form')."""
    founding = frozenset(cue for cue in founding_cues if " " not in cue)
    return founding, frozenset(cue for cue in forming_cues if " " not in cue) - founding


def _founded(verb: Token, clauses: ClauseAnalysis) -> EntityRef | None:
    """The body the verb's object names ('formed X', 'formed the band X', 'the group'), or,
    without one, the noun its relative clause describes ('the firm he founded, X')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        objects = [verb.head]
    for obj in objects:
        for ref in clauses.refs(obj, _ORGANIZATION, alone=True):
            return ref
    return None


def _founders(verb: Token, clauses: ClauseAnalysis, pronouns: bool) -> list[EntityRef]:
    """The people of the verb's subject, with those set off beside it ('P, with his brother
    Q,'); for a verb after a preposition ('before founding X'), the subject of the clause
    it opens. A pronoun counts only with ``pronouns``."""
    context = clauses.context
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    people: list[EntityRef] = []
    for subject in subjects:
        if subject.pos_ == "PRON":
            person = context.person_reference(subject) if pronouns else None
            people += [person] if person is not None and person not in people else []
            continue
        named = [subject, *subject.conjuncts]
        named += [
            obj
            for prep in subject.children
            if prep.dep_ == "prep" and prep.lower_ == COMPANION
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        for word in named:
            ent = context.entity_at(word) or _name_beside(word, context)
            full = context.full_names.get(word.text.casefold()) if word.pos_ == "PROPN" else None
            if ent is None and full is not None:  # a surname NER missed, the person named
                people += (
                    [EntityRef("person", full)] if EntityRef("person", full) not in people else []
                )
                continue
            if ent is None or ent.label_ != PERSON_LABEL:
                continue
            for ref in clauses.refs(ent.root, _PERSON, alone=True):
                if ref.type == "person" and ref not in people:
                    people.append(ref)
    return people


def _name_beside(word: Token, context: DocContext) -> Span | None:
    """The name a kinship or role noun is given: 'his brother Q', 'guitarist Q'."""
    for child in word.children:
        if child.dep_ in ("appos", "compound") and context.entity_at(child) is not None:
            return context.entity_at(child)
    return None
