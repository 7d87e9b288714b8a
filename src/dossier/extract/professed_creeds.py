"""A creed professed with a verb the tagger took for a noun: 'The Houthis ascribe to the
Zaidi sect of Shia Islam', 'X adheres to Salafism' (parsed as a noun 'ascribe' with the
group as its compound) -> ideology. The ideologies frame of extract/claims.py reads the
same verbs when they are parsed as verbs; the verbs are the ``ideology`` cues of
ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext, is_creed
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

MAX_CREED_WORDS = 12
SUBJECT_DEPS = ("compound", "nsubj", "nmod", "amod")


def professed_creeds(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """ideology claims for 'X ascribe(s) to <creed>' parsed as a noun phrase; ``words_``
    are the sentence's words, to skip it at a glance."""
    verbs = context.ontology.cue("ideology", "verbs")
    if not verbs & words_:
        return
    for token in sentence.span:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in verbs:
            continue
        group = _professor(token, context)
        if group is None:
            continue
        for creed in _creeds_after_to(token):
            yield sentence.claim(group, "ideology", token, value=creed, confidence=0.6)


def _professor(verb: Token, context: DocContext) -> EntityRef | None:
    """The group named just before the mis-tagged verb ('The Houthis ascribe')."""
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.i > verb.i:
            continue
        if context.entity_at(child) is None:
            continue
        ref = context.group_ref(child)
        if ref is not None and ref.type == "organization":
            return ref
    return None


def _creeds_after_to(verb: Token) -> Iterator[str]:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words_ = [w for w in obj.subtree if not w.is_punct]
            if len(words_) > MAX_CREED_WORDS or not any(is_creed(w.text) for w in words_):
                continue
            while words_ and words_[0].dep_ in ("det", "poss"):
                words_ = words_[1:]
            if words_:
                text = clean_name(verb.doc[words_[0].i : words_[-1].i + 1].text)
                if text:
                    yield text
