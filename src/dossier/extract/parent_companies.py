"""A parent named with a compound noun for it ("parent company"):

    X is the parent company of Y              -> Y affiliate_of X
    X, the parent organisation of Y and Z     -> Y and Z affiliate_of X
    Y's parent company, X, ...                -> Y affiliate_of X
    X is the holding company for Y            -> Y affiliate_of X
    Y, a X company, ...; Y is an X company    -> Y affiliate_of X
    Y belonged to the X industrial holding    -> Y affiliate_of X
    Y belongs to the X Group                  -> Y affiliate_of X Group

The bare noun ('X, parent of Y') is the clause analysis's (`owner_nouns` of the ontology);
the parse makes 'parent' a modifier of 'company', so the phrase is read here. The words
are data (``parent_companies`` in lexicons/claims.yaml).
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
_LEXICON = lexicon("claims")["parent_companies"]
PARENT_WORDS = words(_LEXICON, "parent_words")
BODY_NOUNS = words(_LEXICON, "body_nouns")
CHILD_PREPOSITIONS = words(_LEXICON, "child_prepositions")
OWNED_NOUNS = words(_LEXICON, "owned_nouns")
BELONGING_VERBS = words(_LEXICON, "belonging_verbs")
GROUP_NOUNS = words(_LEXICON, "group_nouns")
INDEFINITE = frozenset({"a", "an"})
MODIFIER_DEPS = ("compound", "amod", "nmod")
COPULA = "be"
CONFIDENCE = 0.5


def parent_companies(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for bodies a "parent company" phrase names the parent of;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if not (PARENT_WORDS | OWNED_NOUNS | BELONGING_VERBS) & words_:
        return
    for noun in sentence.span:
        if noun.pos_ == "VERB" and noun.lemma_.lower() in BELONGING_VERBS:
            yield from _belongs_to(noun, sentence, context)
        if noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() in OWNED_NOUNS:
            yield from _owners_company(noun, sentence, context)
        if noun.lemma_.lower() not in BODY_NOUNS or not _parental(noun):
            continue
        parent = _said_of(noun, context)
        if parent is None:
            continue
        for child in _children(noun, context):
            if child != parent:
                yield sentence.claim(child, PREDICATE, noun, object=parent, confidence=CONFIDENCE)


def _owners_company(noun: Token, sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """'Y, a X company' and 'Y is an X company': a company named by its owner's name; only
    with 'a', since 'the X company' is most often X itself."""
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
        return
    modifiers = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    owner = _organisation(modifiers[-1:], context, resolve=False)
    if owner is None:
        return
    child = _said_of(noun, context)  # the name the noun is said of, as for 'parent company'
    if child is not None and child != owner:
        yield sentence.claim(child, PREDICATE, noun, object=owner, confidence=CONFIDENCE)


def _belongs_to(verb: Token, sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """'Y belonged to the X holding', 'Y belongs to the X Group': an organisation said to
    belong to a company group; a person's belonging is membership, and a bare 'to Z' (a
    league, an alliance) names no owner."""
    if _denied(verb):
        return
    child = _organisation(clause_subjects(verb), context, resolve=True)
    if child is None:
        return
    for group in preposition_objects(verb, "to"):
        if group.lemma_.lower() not in GROUP_NOUNS:
            continue
        parent = _group_owner(group, context)
        if parent is not None and parent != child:
            yield sentence.claim(child, PREDICATE, verb, object=parent, confidence=CONFIDENCE)


def _denied(verb: Token) -> bool:
    """'does not belong', 'no longer belongs': no holding now."""
    return any(
        c.dep_ == "neg" or any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
        if c.dep_ in ("neg", "advmod")
    )


def _group_owner(group: Token, context: DocContext) -> EntityRef | None:
    """The group named by the noun ('the X Group') or by the name before it ('the X
    industrial holding'); None for an unnamed 'the group'."""
    named = _organisation([group], context, resolve=False)
    if named is not None:
        return named
    modifiers = [c for c in group.children if c.dep_ in MODIFIER_DEPS and c.i < group.i]
    return _organisation(modifiers, context, resolve=False)


def _parental(noun: Token) -> bool:
    """'the parent company', not 'a company of parents'."""
    return any(c.dep_ in MODIFIER_DEPS and c.lower_ in PARENT_WORDS for c in noun.children)


def _said_of(noun: Token, context: DocContext) -> EntityRef | None:
    """The body the phrase is said of: the copula's subject ('X is the parent
    company'), the name it is set beside ('X, the parent company', 'the parent company, X')."""
    if noun.dep_ == "attr" and noun.head.lemma_ == COPULA:
        subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _organisation(subjects, context, resolve=True)
    if noun.dep_ == "appos":
        return _organisation([noun.head], context, resolve=False)
    return _organisation([c for c in noun.children if c.dep_ == "appos"], context, resolve=False)


def _children(noun: Token, context: DocContext) -> list[EntityRef]:
    """The bodies it is the parent of: 'of Y and Z', 'for Y', or "Y's"."""
    heads = [w for p in CHILD_PREPOSITIONS for w in preposition_objects(noun, p)]
    heads += [c for c in noun.children if c.dep_ == "poss"]
    found: list[EntityRef] = []
    for head in heads:
        for word in (head, *head.conjuncts):
            ref = _organisation([word], context, resolve=word.dep_ == "poss")
            if ref is not None and ref not in found:
                found.append(ref)
    return found


def _organisation(candidates: list[Token], context: DocContext, resolve: bool) -> EntityRef | None:
    """The organisation a word names; with ``resolve``, also the one 'it'/'its' means."""
    for word in candidates:
        ent = context.entity_at(word)
        if ent is not None and ent.root == word:
            ref = context.ref(ent)
            if ref is not None and ref.type == "organization":
                return ref
        elif resolve and ent is None and word.pos_ == "PRON":
            return context.org_ref(word)
    return None
