"""Places given as examples of where a group acts: 'the group has hit targets across the
country, including in the port city of Karachi' -> operates_in Karachi.

An example phrase ('including', `example_prepositions` of lexicons/claims.yaml) on a verb
that already says where it happens (a phrase of `where_prepositions`: 'across', 'in',
'throughout'), done by a group (the active subject: 'X was banned across Europe, including
in Y' says nothing of where X acts).
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

_LEXICON = lexicon("claims")
EXAMPLE_PREPOSITIONS = words(_LEXICON, "example_prepositions")
WHERE_PREPOSITIONS = words(_LEXICON, "where_prepositions")


def example_places(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """operates_in claims for the places 'including' gives after where a group acts;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if not EXAMPLE_PREPOSITIONS & words_:
        return
    for example in sentence.span:
        if example.dep_ != "prep" or example.lower_ not in EXAMPLE_PREPOSITIONS:
            continue
        verb = example.head
        if verb.dep_ == "dobj":  # 'carried out attacks across Y, including Z'
            verb = verb.head
        if verb.pos_ != "VERB" or not _says_where(verb, example):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            continue
        group = subject_group(verb, context)
        if group is None:
            continue
        for place in _places(example, context):
            yield sentence.claim(group, "operates_in", example, object=place, confidence=0.5)


def _says_where(verb: Token, example: Token) -> bool:
    """Whether the verb's clause says where before the example: 'hit a string of targets
    [across Y]' (not inside a clause of its own)."""
    for word in verb.subtree:
        if word.i >= example.i or word.dep_ != "prep" or word.lower_ not in WHERE_PREPOSITIONS:
            continue
        path = []
        head = word.head
        while head != verb and head.head != head:
            path.append(head)
            head = head.head
        if head == verb and not any(w.dep_ in NESTED_CLAUSES for w in path):
            return True
    return False


def _places(example: Token, context: DocContext) -> list[EntityRef]:
    found: list[EntityRef] = []
    for word in example.subtree:
        ref = context.place_headed_by(word)
        if ref is not None and ref not in found:
            found.append(ref)
    return found
