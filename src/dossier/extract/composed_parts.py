"""The bodies an organisation is said to be made of:

    X comprises A, B and the C Hospital          -> A, B and C affiliate_of X
    X consists of A and B; X is made up of A, B  -> A and B affiliate_of X

A verb of composition (``composition_verbs`` of lexicons/claims.yaml, with the preposition
its parts follow) whose subject is an organisation (named, or 'it' for the passage's one)
and whose listed parts are named organisations. People listed are members (read by
extract/membership.py), and a coalition's parties are members too (extract/coalitions.py):
a subject whose name or noun is a coalition's says nothing here.
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

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
_LEXICON = lexicon("claims")["composed_parts"]
# verb lemma -> the prepositions its parts follow ('' = its direct object)
COMPOSITION_VERBS: dict[str, list[str]] = dict(_LEXICON["composition_verbs"])
# 'is made up of': the particle a verb needs to mean composition
PARTICLES: dict[str, str] = dict(_LEXICON["particles"])
COALITION_NOUNS = words(lexicon("claims")["coalitions"], "coalition_nouns")
# the parse lists parts as conjuncts of the first, or sets one beside another
LIST_DEPS = ("conj", "appos")
CONFIDENCE = 0.5


def composed_parts(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for the named bodies an organisation is made of; ``words_`` are
    the sentence's words, to skip it at a glance."""
    if not COMPOSITION_VERBS.keys() & words_:
        return
    for verb in sentence.span:
        base = verb.lemma_.lower()
        if verb.pos_ != "VERB" or base not in COMPOSITION_VERBS or not _has_particle(verb):
            continue
        whole = _whole(verb, context)
        if whole is None:
            continue
        for part in _parts(_heads(verb, COMPOSITION_VERBS[base]), context):
            if part != whole:
                yield sentence.claim(part, PREDICATE, verb, object=whole, confidence=CONFIDENCE)


def _has_particle(verb: Token) -> bool:
    """'made up of', not 'made of steel' nor 'made a deal'."""
    particle = PARTICLES.get(verb.lemma_.lower())
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _whole(verb: Token, context: DocContext) -> EntityRef | None:
    """The organisation the parts make up: the clause's subject, named or meant ('it')."""
    for subject in clause_subjects(verb):
        if subject.lemma_.lower() in COALITION_NOUNS or _many(subject):
            return None
        ref = context.org_ref(subject)
        if ref is None or COALITION_NOUNS & {w.casefold() for w in ref.name.split()}:
            return None
        return ref
    return None


def _many(subject: Token) -> bool:
    """'A and B comprise X', 'the hospitals comprise X': the parts are the subject."""
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)


def _heads(verb: Token, prepositions: list[str]) -> list[Token]:
    """The words heading the list of parts: the object, or the preposition's object."""
    heads: list[Token] = []
    for preposition in prepositions:
        if preposition:
            heads += preposition_objects(verb, preposition)
        else:
            heads += [c for c in verb.children if c.dep_ == "dobj"]
    return heads


def _parts(heads: list[Token], context: DocContext) -> list[EntityRef]:
    """The named organisations a list of parts holds (its conjuncts and appositions); a
    list with a person or a place in it is no list of bodies."""
    found: list[EntityRef] = []
    stack = list(heads)
    while stack:
        word = stack.pop(0)
        stack.extend(c for c in word.children if c.dep_ in LIST_DEPS)
        ent = context.entity_at(word)
        if ent is None or ent.root != word:
            continue
        ref = context.ref(ent)
        if ref is None:
            continue
        if ref.type != "organization":
            return []
        if ref not in found:
            found.append(ref)
    return found
