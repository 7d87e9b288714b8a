"""The parts a body is said to include in brackets after its name: 'the Kessel Front
(including the Ardan Brigade and the Hollow Watch)' -> each named organisation inside
affiliate_of the one named before the bracket.

Read off the words, not the parse (which often hangs the later items on the outer name):
an organisation's name, an opening bracket, one of ``part_openers`` (lexicons/claims.yaml),
then the organisations named before the bracket closes. A bracket after a class of things
('many lenders (including X)') or a place names examples, not parts, and is left.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
PART_OPENERS = words(lexicon("claims"), "part_openers")
OPENING = "("
CLOSING = ")"


def included_parts(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for the organisations a bracket after a name says it includes;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if OPENING not in words_ or not PART_OPENERS & words_:
        return
    span = sentence.span
    ents = context.ents_in(span)
    for index, whole in enumerate(ents):
        after = whole.end
        if after + 1 >= span.end or span.doc[after].text != OPENING:
            continue
        opener = span.doc[after + 1]
        if opener.lower_ not in PART_OPENERS:
            continue
        owner = _organisation(whole, context)
        if owner is None:
            continue
        for part in _bracketed(ents[index + 1 :], after + 2, span.end, span.doc):
            ref = _organisation(part, context)
            if ref is not None and ref != owner:
                yield sentence.claim(ref, PREDICATE, opener, object=owner, confidence=0.6)


def _bracketed(ents: list[Span], start: int, end: int, doc: Doc) -> list[Span]:
    """The entities after ``start`` that lie before the bracket closes."""
    close = next((i for i in range(start, end) if doc[i].text == CLOSING), None)
    if close is None:
        return []
    return [ent for ent in ents if ent.start >= start and ent.end <= close]


def _organisation(ent: Span, context: DocContext) -> EntityRef | None:
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "organization" else None
