"""Goals said as demands or commitments: 'X calls for the establishment of a caliphate',
'X demands the withdrawal of foreign troops', 'X is committed to establishing an Islamic
state' -> goal.

A demand is a goal only when what is demanded is an end a group strives for, named by a
noun of ``goal_heads`` ('establishment', 'withdrawal', 'independence'); 'demanded a ransom'
or 'called for calm' are no goals. The verbs and words are ``demands`` in
lexicons/claims.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["demands"]
DEMAND_VERBS = words(_LEXICON, "demand_verbs")
COMMITMENT_WORDS = words(_LEXICON, "commitment_words")
GOAL_HEADS = words(_LEXICON, "goal_heads")
MAX_GOAL_WORDS = 20
CONFIDENCE = 0.5


def demands(sentence: Sentence, context: DocContext, words_: AbstractSet[str]) -> Iterator[Claim]:
    """goal claims for a group's demands and commitments; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if DEMAND_VERBS.isdisjoint(words_) and COMMITMENT_WORDS.isdisjoint(words_):
        return
    for word in sentence.span:
        lemma = word.lemma_.lower()
        if lemma in DEMAND_VERBS and word.pos_ == "VERB":
            wanted = [o for o in _objects(word) if o.lemma_.lower() in GOAL_HEADS]
        elif word.lower_ in COMMITMENT_WORDS and word.pos_ in ("ADJ", "VERB"):
            # 'committed to establishing Y'
            wanted = [o for o in _after(word, "to") if o.tag_ == "VBG"]
        else:
            continue
        if not wanted:
            continue
        group = _group(word, context)
        if group is None:
            continue
        for aim in wanted:
            text = _phrase(aim)
            if text:
                yield sentence.claim(group, "goal", word, value=text, confidence=CONFIDENCE)


def _objects(verb: Token) -> list[Token]:
    """What a verb demands: its object, or the object of 'for' ('calls for Y')."""
    return [c for c in verb.children if c.dep_ == "dobj"] + _after(verb, "for")


def _after(word: Token, preposition: str) -> list[Token]:
    return [
        obj
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def _group(word: Token, context: DocContext) -> EntityRef | None:
    subjects = clause_subjects(word if word.pos_ == "VERB" else word.head)
    group = context.org_ref(subjects[0]) if subjects else None
    return group if group is not None and group.type == "organization" else None


def _phrase(head: Token) -> str | None:
    words_ = [w for w in head.subtree]
    while words_ and words_[0].dep_ in ("det", "poss"):
        words_ = words_[1:]
    while words_ and words_[-1].is_punct:
        words_ = words_[:-1]
    if not words_ or len(words_) > MAX_GOAL_WORDS:
        return None
    return clean_name(head.doc[words_[0].i : words_[-1].i + 1].text) or None
