"""Where someone is believed to be: 'P, who is believed to be in Y', 'the group is thought
to be hiding in Y' -> based_in Y (hedged, as the belief verb says).

Only under a passive verb of belief (``whereabouts`` in lexicons/claims.yaml): a bare 'P
was in Y' tells where P was one day, not where P is based.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.presence import places_after_in
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["whereabouts"]
BELIEF_VERBS = words(_LEXICON, "belief_verbs")
STAYING_VERBS = words(_LEXICON, "staying_verbs")
CONFIDENCE = 0.6


def whereabouts(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for 'P is believed to be in Y'; ``words_`` are the sentence's words,
    to skip it at a glance."""
    if BELIEF_VERBS.isdisjoint(words_) or "to" not in words_:  # 'believed [to] be in Y'
        return
    for belief in sentence.span:
        if belief.lemma_.lower() not in BELIEF_VERBS or belief.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in belief.children):
            continue
        who = _believed_of(belief, context)
        if who is None:
            continue
        for staying in (c for c in belief.children if c.dep_ == "xcomp"):
            if staying.lemma_.lower() not in STAYING_VERBS:
                continue
            for place in places_after_in(staying, context):
                yield sentence.claim(who, "based_in", staying, object=place, confidence=CONFIDENCE)


def _believed_of(belief: Token, context: DocContext) -> EntityRef | None:
    """The group or person the belief is about (the antecedent of 'who')."""
    subjects = clause_subjects(belief)
    if not subjects:
        return None
    ent = context.entity_at(subjects[0])
    if ent is not None and ent.label_ == "PERSON":
        ref = context.ref(ent)
        return ref if ref is not None and ref.type == "person" else None
    group = context.org_ref(subjects[0])
    if group is not None and group.type == "organization":
        return group
    return context.person_reference(subjects[0])
