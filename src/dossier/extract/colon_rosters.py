"""Members listed after a colon, behind a noun that heads a list of members:

    The group's first line-up was a quartet: singer A, his cousin B and C
    Its founding members: A, B and C              -> member_of(A, X), member_of(B, X), ...

X is the owner of the noun ("Y's line-up" names Y), else the musical group the passage is
about (``passage_band``). A touring or session line-up is no list of members. The nouns are
``roster_nouns`` in lexicons/ensembles.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.band_parts import (
    GROUP_POSSESSIVES,
    OUTSIDER_WORDS,
    is_group_noun,
    passage_band,
)
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

ROSTER_NOUNS = words(lexicon("ensembles"), "roster_nouns")
COLON = ":"
LINE_UP = frozenset({"line", "up"})
PERSON_LABEL = "PERSON"
PREDICATE = "member_of"
# how near the colon the noun must be: 'a five-piece line-up:', 'its founding members:'
MAX_GAP = 4
CONFIDENCE = 0.5


def colon_rosters(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for people listed after a colon; ``words_`` are the sentence's
    words, to skip it at a glance."""
    listed = ROSTER_NOUNS & words_ or words_ >= LINE_UP  # 'line-up' is three words
    if COLON not in words_ or not listed or OUTSIDER_WORDS & words_:
        return
    span = sentence.span
    for colon in (w for w in span if w.text == COLON):
        noun = _roster_noun(colon)
        body = _owner(noun, context) if noun is not None else None
        if noun is None or body is None:
            continue
        for ent in context.ents_in(span[colon.i - span.start + 1 :]):
            if any(w.pos_ == "VERB" and w.tag_ != "VBN" for w in span.doc[colon.i : ent.start]):
                break  # the list ended: 'A, B and C joined later'
            person = context.ref(ent) if ent.label_ == PERSON_LABEL else None
            if person is not None and person.type == "person":
                yield sentence.claim(person, PREDICATE, noun, object=body, confidence=CONFIDENCE)


def _roster_noun(colon: Token) -> Token | None:
    """The noun heading the list, just before the colon ('line-up' is three words)."""
    doc = colon.doc
    for i in range(colon.i - 1, max(colon.sent.start, colon.i - MAX_GAP) - 1, -1):
        word = doc[i]
        if word.lower_ in ROSTER_NOUNS:
            return word
        if (
            word.lower_ == "up"
            and i >= 2
            and doc[i - 2].lower_ == "line"
            and doc[i - 1].text == "-"
        ):
            return word
    return None


def _owner(noun: Token, context: DocContext) -> EntityRef | None:
    """Whose members: "Y's", 'the band's', 'its' (the passage's group), none said (the
    same); a person's ('his line-up') is a backing band's, no claim."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for head in (noun.head,) if noun.dep_ in ("attr", "nsubj") else ():
        owners += [c for c in head.children if c.dep_ == "nsubj" and c is not noun]
    if not owners:
        return passage_band(context)
    owner = owners[0]
    if owner.lower_ in GROUP_POSSESSIVES or is_group_noun(owner):
        return passage_band(context)
    for child in owner.children:
        if child.dep_ == "poss" and (child.lower_ in GROUP_POSSESSIVES or is_group_noun(child)):
            return passage_band(context)  # "the band's early members formed"
    return context.organisation_named_at(owner)
