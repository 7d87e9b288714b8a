"""A parent that takes a group in as its own: 'the Islamic State acknowledged the Kestrel
Front as an affiliate', 'al-Qaeda accepted X as a branch in Y' -> X affiliate_of the one who
acknowledged it. A verb of regarding (``regarding_verbs`` of lexicons/claims.yaml) with a
named group as its object and an affiliate noun (the ``holder_nouns`` of affiliate_of) after
'as' that names no other owner ('as its branch' and 'as a branch of Z' are read elsewhere).
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
REGARDING_VERBS = words(lexicon("claims"), "regarding_verbs")
# what names an owner on the affiliate noun itself: 'its branch', 'a branch of Z'
OWNER_DEPS = ("poss",)
OWNER_PREPOSITIONS = ("of", "to", "for")


def recognised_affiliates(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for a group acknowledged 'as an affiliate' by a named parent;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if "as" not in words_ or not REGARDING_VERBS & words_:
        return
    nouns = context.ontology.predicates[PREDICATE].cue("holder_nouns")
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REGARDING_VERBS:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            roles = [
                noun
                for noun in _as_nouns(verb) + _as_nouns(obj)
                if noun.lemma_.lower() in nouns and not _owned(noun)
            ]
            group = _named_group([obj], context) if roles else None
            parent = _named_group(clause_subjects(verb), context) if group else None
            if group is not None and parent is not None and group != parent:
                yield sentence.claim(group, PREDICATE, roles[0], object=parent, confidence=0.6)


def _as_nouns(word: Token) -> list[Token]:
    """The nouns after 'as' on a verb or its object: 'acknowledged X [as an affiliate]'."""
    return preposition_objects(word, "as")


def _owned(noun: Token) -> bool:
    """Whether an affiliate noun names its own owner: 'its branch', 'a branch of Z'."""
    return any(
        c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS)
        for c in noun.children
    )


def _named_group(phrases: list[Token], context: DocContext) -> EntityRef | None:
    """The one organisation named in a phrase ('the ISGS', 'the main IS organisation')."""
    for phrase in phrases:
        found = {
            ref
            for word in phrase.subtree
            if context.entity_at(word) is not None
            for ref in [context.org_ref(word)]
            if ref is not None and ref.type == "organization"
        }
        if len(found) == 1:
            return found.pop()
        if not found:  # 'it', 'the group': the one the passage means
            ref = context.org_ref(phrase)
            if ref is not None and ref.type == "organization":
                return ref
    return None
