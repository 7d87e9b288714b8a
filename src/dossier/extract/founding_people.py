"""People who found a body, in shapes the clause frames miss:

    P formed X in 1995                        -> founded_by(X, P)
    P, with his brother Q, formed the group   -> founded_by(X, P), founded_by(X, Q)
    the firm he founded, X                    -> founded_by(X, he)
    Before founding X, P was a banker         -> founded_by(X, P)
    Prior to founding X, P was a banker       -> founded_by(X, P)
    he founded the X record label             -> founded_by(X, he)
    P founded A and B                         -> founded_by(A, P), founded_by(B, P)
    P co-founded X; X was co-founded by P     -> founded_by(X, P) (extract/cofounding.py)

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

from dossier.extract.clauses import ClauseAnalysis, is_passive, stranded_subject
from dossier.extract.cofounding import (
    co_prefix,
    cofounded_body,
    cofounded_object,
    cofounders,
    is_passive_prefix,
)
from dossier.extract.context import DocContext
from dossier.extract.founding_dates import conjoined_bodies
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "founded_by"
PERSON_LABEL = "PERSON"
SURNAME_MISLABELS = frozenset({"NORP"})
COMPANION = "with"
PREPOSITION_HOLDERS = frozenset({"advmod", "prep"})  # "prior to", "ahead of"
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
        if verb.pos_ != "VERB" or lemma not in founding | forming:
            continue
        prefix = co_prefix(verb)
        if prefix is not None:  # 'co-founded', split by the tokenizer and misparsed
            yield from _cofounded(sentence, verb, prefix, clauses)
            continue
        if is_passive(verb):
            continue
        founded = _founded(verb, clauses)
        if founded is None:
            continue
        bodies = [founded, *conjoined_bodies(verb, founded, clauses.context)]  # 'founded A and B'
        # 'he formed X' may be a member's doing; 'he founded X' is a founder's
        for founder in _founders(verb, clauses, pronouns=lemma in founding):
            for body in (b for b in bodies if b != founder):
                yield sentence.claim(body, PREDICATE, verb, object=founder)


def _cofounded(
    sentence: Sentence, verb: Token, prefix: Token, clauses: ClauseAnalysis
) -> Iterator[Claim]:
    context = clauses.context
    founded = (
        cofounded_body(verb, prefix, context)
        if is_passive_prefix(prefix)
        else _founded(verb, clauses) or cofounded_object(verb, context)
    )
    if founded is None:
        return
    for founder in cofounders(verb, prefix, context):
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
        # 'the firm he founded, X': the name set off after the noun, else the noun
        set_off = [c for c in verb.head.children if c.dep_ == "appos" and c.i > verb.i]
        objects = [*set_off, verb.head]
    for obj in objects:
        for ref in clauses.refs(obj, _ORGANIZATION, alone=True):
            return ref
        for name in (c for c in obj.children if c.dep_ == "compound"):
            # 'founded the X record label': the name before the kind of body
            named = clauses.context.organisation_named_at(name)
            if named is not None:
                return named
    return None


def _founders(verb: Token, clauses: ClauseAnalysis, pronouns: bool) -> list[EntityRef]:
    """The people of the verb's subject, with those set off beside it ('P, with his brother
    Q,') or given the verb's 'with' ('P founded X with his son Q'); for a verb after a
    preposition ('before founding X'), the subject of the clause it opens. A pronoun
    counts only with ``pronouns``."""
    context = clauses.context
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    stranded = stranded_subject(verb)  # 'A founded X and B founded Y': B
    subjects += [stranded] if stranded is not None else []
    if not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        subjects = [c for c in _opened_clause(verb.head).children if c.dep_ == "nsubj"]
    people: list[EntityRef] = []
    for subject in subjects:
        if subject.pos_ == "PRON":
            person = context.person_reference(subject) if pronouns else None
            people += [person] if person is not None and person not in people else []
            continue
        for word in [subject, *subject.conjuncts, *_companions(subject)]:
            people += [p for p in _people_named(word, clauses) if p not in people]
    if people:  # 'with Q' on the verb or its object: a partner of the founder named
        for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
            for word in _companions(holder):
                people += [p for p in _people_named(word, clauses) if p not in people]
    return people


def _companions(word: Token) -> list[Token]:
    """The objects of the word's own 'with' phrases."""
    return [
        obj
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == COMPANION
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _people_named(word: Token, clauses: ClauseAnalysis) -> list[EntityRef]:
    """The person a word names: by its entity, a name beside a kinship or role noun, or a
    surname the text gave in full."""
    context = clauses.context
    ent = context.entity_at(word) or _name_beside(word, context)
    full = context.full_names.get(word.text.casefold()) if word.pos_ == "PROPN" else None
    if full is not None and (ent is None or ent.label_ in SURNAME_MISLABELS):
        # a surname NER missed, or took for a nationality ('-ian'): the person named
        return [EntityRef("person", full)]
    if ent is None or ent.label_ != PERSON_LABEL:
        return []
    return [r for r in clauses.refs(ent.root, _PERSON, alone=True) if r.type == "person"]


def _opened_clause(prep: Token) -> Token:
    """The clause a preposition opens: 'before founding X, P ...' hangs on P's verb, and
    'prior to founding X' on 'prior' first."""
    head = prep.head
    while head.dep_ in PREPOSITION_HOLDERS and head.head != head:
        head = head.head
    return head


def _name_beside(word: Token, context: DocContext) -> Span | None:
    """The name a kinship or role noun is given: 'his brother Q', 'guitarist Q'."""
    for child in word.children:
        if child.dep_ in ("appos", "compound") and context.entity_at(child) is not None:
            return context.entity_at(child)
    return None
