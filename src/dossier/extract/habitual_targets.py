"""What a group attacks as a habit, said in the present tense: 'X kidnaps foreign
nationals and attacks police stations', 'X does not attack civilians', 'X has yet to
strike Western targets' (negated) -> targets; and whom its fighters target ('its
fighters have targeted aid workers'), in any tense.

A past attack ('X attacked a police station') is an event, read by the event frames; the
present tense, or a negated 'do'/'yet to', says what the group does in general. The verbs
are the ontology's ``targets`` verbs; places and dates in the object are not targets.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.fought_places import FIGHTER_NOUNS
from dossier.extract.qualities import is_negated
from dossier.extract.targeting import target_text
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PRESENT_TAGS = ("VBZ", "VBP")
TARGET_VERB = "target"
CONFIDENCE = 0.6


def habitual_targets(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """targets claims for attack verbs in the present tense; ``words_`` are the sentence's
    words, to skip it at a glance."""
    verbs = context.ontology.cue("targets", "verbs")
    if verbs.isdisjoint(words_):
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        subjects = clause_subjects(verb)
        if not subjects:
            continue
        if verb.lemma_.lower() == TARGET_VERB:  # in any tense; the frame reads named groups
            group = _fighters_group(subjects[0], context)
        elif _habitual(verb, context):
            group = _group(subjects[0], context) or _fighters_group(subjects[0], context)
        else:
            continue
        if group is None:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for item in (obj, *obj.conjuncts):
                target = target_text(item, context)
                if target:
                    yield sentence.claim(
                        group, "targets", verb, value=target, confidence=CONFIDENCE
                    )


def _habitual(verb: Token, context: DocContext) -> bool:
    """Present tense ('attacks'), present 'do' ('does not attack'), or denied ('has yet to
    attack'); a verb in the passive, or describing a noun, is no habit of its subject's."""
    if verb.dep_ in ("acl", "relcl", "amod") or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
    ):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return not any(c.dep_ == "aux" for c in verb.children)  # 'is attacking': now
    if verb.tag_ != "VB":
        return False
    does = any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in PRESENT_TAGS for c in verb.children
    )
    return does or is_negated(verb, context)


def _group(subject: Token, context: DocContext) -> EntityRef | None:
    group = context.org_ref(subject)
    return group if group is not None and group.type == "organization" else None


def _fighters_group(subject: Token, context: DocContext) -> EntityRef | None:
    """The group whose fighters the subject is: 'its fighters', 'X militants'."""
    if subject.lemma_.lower() not in FIGHTER_NOUNS:
        return None
    owners = [c for c in subject.children if c.dep_ in ("poss", "compound")]
    return _group(owners[0], context) if owners else None
