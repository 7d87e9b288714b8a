"""Where a group spreads to: 'X has expanded into Malawi', 'X is extending its reach along
the border between A and B', 'X widened its presence across Y' -> operates_in.

A verb of growing (``grow_verbs`` of lexicons/claims.yaml) done by a group, read either
with a place after 'into', 'to' or 'across' on the verb, or with an object naming the
group's reach (``reach_nouns``: 'its reach', 'its influence') and any place phrase on the
verb or that object. Places inside a clause of their own ('where the state is weak in Y')
are not where it spreads.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import subject_group
from dossier.extract.context import DocContext
from dossier.extract.sentences import NESTED_CLAUSES
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "operates_in"
_EXPANSIONS = lexicon("claims")["expansions"]
GROW_VERBS = words(_EXPANSIONS, "grow_verbs")
REACH_NOUNS = words(_EXPANSIONS, "reach_nouns")
INTO_PREPOSITIONS = words(_EXPANSIONS, "into_prepositions")


def expansions(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """operates_in claims for the places a group grows into; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not GROW_VERBS & words_:
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GROW_VERBS:
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        reach = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in REACH_NOUNS]
        phrases = [
            prep
            for holder in (verb, *reach)
            for prep in holder.children
            if prep.dep_ == "prep" and (reach or prep.lower_ in INTO_PREPOSITIONS)
        ]
        if not phrases:
            continue
        group = subject_group(verb, context)
        if group is None:
            continue
        for place in _places(phrases, context):
            yield sentence.claim(group, PREDICATE, verb, object=place, confidence=0.5)


def _places(phrases: list[Token], context: DocContext) -> list[EntityRef]:
    """The places named in phrases, outside clauses nested in them."""
    found: list[EntityRef] = []
    for phrase in phrases:
        for word in phrase.subtree:
            ref = context.place_headed_by(word)
            if ref is not None and ref not in found and not _nested(word, phrase):
                found.append(ref)
    return found


def _nested(word: Token, top: Token) -> bool:
    while word != top and word.head != word:
        if word.dep_ in NESTED_CLAUSES:
            return True
        word = word.head
    return False
