"""Creeds a group or a person holds, said without an ideology noun:

    a movement that wanted to defend ... a branch of Islam known as Zaidism -> 'Zaidism'
    X is affiliated with the role of spreading Salafi jihadism globally  -> 'Salafi jihadism'
    X fought a campaign based on the Maoist doctrine of ...                     -> 'Maoist'
    Its leader, P, embraced the doctrine of Salafism                      -> P: 'Salafism'

Verbs of upholding and the participles of grounding are ``upheld_creeds`` in
lexicons/claims.yaml; the ontology's ``ideology`` verbs ('embrace', 'adopt') are read here
for people only (the ideologies frame of extract/claims.py reads them for groups). A creed
is a name made of creed words only (`context.is_creed`); plural nouns are believers
('Shia Muslims'), not beliefs.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects, stands_for
from dossier.extract.context import DocContext, is_creed
from dossier.extract.qualities import governors
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["upheld_creeds"]
UPHOLDING_VERBS = words(_LEXICON, "upholding_verbs")
GROUNDING_PARTICIPLES = words(_LEXICON, "grounding_participles")
GROUNDING_PREPOSITIONS = words(_LEXICON, "grounding_prepositions")
# clauses inside an upheld thing that say something else ('traditions that X revived')
OTHER_CLAUSES = ("relcl", "advcl", "ccomp")
CREED_WORD_DEPS = ("compound", "amod", "nmod")
MAX_CREED_WORDS = 5
CONFIDENCE = 0.6


def upheld_creeds(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """ideology claims for creeds upheld, spread or built on; ``words_`` are the sentence's
    words, to skip it at a glance."""
    professing = context.ontology.cue("ideology", "verbs")
    if (
        UPHOLDING_VERBS.isdisjoint(words_)
        and GROUNDING_PARTICIPLES.isdisjoint(words_)
        and professing.isdisjoint(words_)
    ):
        return
    for token in sentence.span:
        word = token.lemma_.lower()
        if token.pos_ == "VERB" and word in UPHOLDING_VERBS:
            holder = _doer(token, context, people_only=False)
            creeds = [c for obj in _objects(token) for c in _creed_names(obj)]
        elif token.pos_ == "VERB" and word in professing:
            holder = _doer(token, context, people_only=True)
            creeds = [c for obj in _objects(token) for c in _creed_names(obj)]
        elif token.lower_ in GROUNDING_PARTICIPLES and token.tag_ == "VBN":
            holder = _grounded_holder(token, context)
            creeds = [c for obj in _grounds(token) for c in _creed_names(obj, modifiers=True)]
        else:
            continue
        if holder is None:
            continue
        for creed in dict.fromkeys(creeds):
            yield sentence.claim(holder, "ideology", token, value=creed, confidence=CONFIDENCE)


def _objects(verb: Token) -> list[Token]:
    """What a verb upholds: its object, or the object of 'to' ('adhere to Y')."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return [o for o in found if o.dep_ in ("dobj", "pobj")]


def _grounds(participle: Token) -> list[Token]:
    """What a participle says something rests on: 'based on Y', 'inspired by Y'."""
    return [
        obj
        for prep in participle.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in GROUNDING_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _creed_names(phrase: Token, modifiers: bool = False) -> Iterator[str]:
    """The creeds a phrase names, outside clauses of its own: nouns of creed words with the
    creed words before them ('Salafi jihadism'); with ``modifiers``, also creed words that
    describe another noun ('the Maoist strategy')."""
    for word in _own_words(phrase):
        if not is_creed(word.text) or word.tag_ in ("NNS", "NNPS"):
            continue
        heads = word.pos_ in ("NOUN", "PROPN") and word.dep_ not in CREED_WORD_DEPS
        describes = word.dep_ in CREED_WORD_DEPS and not is_creed(word.head.text)
        if heads or (modifiers and describes):
            yield _with_creed_modifiers(word)


def _own_words(phrase: Token) -> Iterator[Token]:
    """A phrase's words, without the clauses inside it that say something else."""
    stack = [phrase]
    while stack:
        word = stack.pop()
        yield word
        stack.extend(c for c in word.children if c.dep_ not in OTHER_CLAUSES)


def _with_creed_modifiers(word: Token) -> str:
    """A creed word with the creed words right before it: 'Salafi jihadism'."""
    first = word
    while (
        first.i > word.sent.start
        and word.i - first.i < MAX_CREED_WORDS
        and first.nbor(-1).head in (word, first)
        and (is_creed(first.nbor(-1).text) or first.nbor(-1).tag_ == "HYPH")
    ):
        first = first.nbor(-1)
    return clean_name(word.doc[first.i : word.i + 1].text).replace(" - ", "-")


def _doer(verb: Token, context: DocContext, people_only: bool) -> EntityRef | None:
    """The group or person a verb's clause is about: 'X spreads', 'Its leader, P, embraced'
    (the person named in apposition to the subject)."""
    subjects = clause_subjects(verb) or _task_holders(verb)
    if not subjects:
        return None
    subject = subjects[0]
    if not people_only:  # 'it began as a movement that wanted to ...': what 'it' is
        for word in stands_for(subject):
            group = context.org_ref(word)
            if group is not None and group.type == "organization":
                return group
    for word in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        person = context.person_at(word)
        if person is not None:
            return person
    return None


def _task_holders(gerund: Token) -> list[Token]:
    """Whose task a gerund after 'of' names: the owner of 'X's mission of spreading Y', else
    the subject of the clause holding 'the role of spreading Y'."""
    if gerund.dep_ != "pcomp" or gerund.head.lower_ != "of":
        return []
    noun = gerund.head.head
    if noun.pos_ != "NOUN":
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    verb = next((g for g in governors(noun) if g.pos_ in ("VERB", "AUX")), None)
    return clause_subjects(verb) if verb is not None else []


def _grounded_holder(participle: Token, context: DocContext) -> EntityRef | None:
    """Whose creed a grounding says: the subject of 'X is inspired by Y', the group the
    grounded noun names ('X, a movement inspired by Y'), or the group whose clause holds
    it ('X waged a war based on Y')."""
    if any(c.dep_ == "auxpass" for c in participle.children):
        subjects = clause_subjects(participle)
        if subjects and _is_creed_noun(subjects[0], context):  # 'its ideology is rooted in Y'
            owners = [c for c in subjects[0].children if c.dep_ == "poss"]
            group = context.org_ref(owners[0]) if owners else None
            return group if group is not None and group.type == "organization" else None
        return _doer(participle, context, people_only=False)
    if participle.dep_ not in ("acl", "amod"):
        return None
    noun = participle.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    named = context.org_ref(noun) if context.entity_at(noun) is not None else None
    if named is not None:
        return named
    if noun.dep_ in ("dobj", "attr", "appos"):
        subjects = clause_subjects(noun.head) if noun.dep_ != "appos" else [noun.head]
        group = context.org_ref(subjects[0]) if subjects else None
        if group is not None and group.type == "organization":
            return group
    return None


def _is_creed_noun(word: Token, context: DocContext) -> bool:
    """Whether a word is one of the ontology's ideology nouns ('ideology', 'doctrine')."""
    spec = context.ontology.predicates.get("ideology")
    return spec is not None and word.lemma_.lower() in spec.cue("nouns")
