"""A member named as a share of a group:

    A, formerly one half of the duo X         -> member_of(A, X)
    B is one third of the folk trio X and Y   -> member_of(B, X), member_of(B, Y)

A person cannot be half of a person or of a place, so the names after 'of' are groups
whatever NER made of them (a duo's name is often taken for a person's). The words are
``share_nouns`` and ``share_counts`` in lexicons/ensembles.yaml. Read along the words, not
the parse: the parse of such asides is often broken ('pop outfits' taken for a verb).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("ensembles")
SHARE_NOUNS = words(_LEXICON, "share_nouns")
SHARE_COUNTS = words(_LEXICON, "share_counts")
PREDICATE = "member_of"
OF = "of"
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "became", "becomes"})
PERSON_LABEL = "PERSON"
# labels a group's name may carry by mistake ('Climie Fisher' as a person)
BODY_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT"})
LIST_JOINERS = frozenset({",", "and", "&"})
# words between 'of' and the name: 'the 1980s pop duo'
MAX_LEAD_WORDS = 6
CONFIDENCE = 0.5


def fraction_members(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for a person named as a share of groups; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if OF not in words_ or not SHARE_NOUNS & words_:
        return
    span = sentence.span
    doc = span.doc
    for share in span:
        if share.lower_ not in SHARE_NOUNS or share.i + 1 >= span.end:
            continue
        if doc[share.i + 1].lower_ != OF or share.i == span.start:
            continue
        if doc[share.i - 1].lower_ not in SHARE_COUNTS:
            continue  # 'half of the votes'
        person = _holder(doc[share.i - 1], span, context)
        if person is None:
            continue
        for body in _bodies(doc[share.i + 1], span, context):
            yield sentence.claim(person, PREDICATE, share, object=body, confidence=CONFIDENCE)


def _holder(count: Token, span: Span, context: DocContext) -> EntityRef | None:
    """Who is the share: the name before ', (formerly) one half' or before 'is one half'."""
    doc = count.doc
    i = count.i - 1
    while i > span.start and doc[i].pos_ == "ADV":
        i -= 1
    if i <= span.start or (doc[i].text != "," and doc[i].lower_ not in COPULAS):
        return None
    word = doc[i - 1]
    if word.dep_ == "attr" and doc[i].text == ",":  # 'A is a British singer, one half of'
        word = next((c for c in word.head.children if c.dep_ == "nsubj"), word)
    ent = context.entity_at(word)
    if ent is None:
        return context.person_reference(word)
    if ent.label_ != PERSON_LABEL or (ent.end != i and word is doc[i - 1]):
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "person" else None


def _bodies(of: Token, span: Span, context: DocContext) -> list[EntityRef]:
    """The groups after 'of': past a few lower-case words ('the pop duo'), the names
    joined by commas and 'and'."""
    doc = of.doc
    i = of.i + 1
    while i < span.end and i - of.i <= MAX_LEAD_WORDS and context.entity_at(doc[i]) is None:
        if doc[i].pos_ in ("PROPN", "VERB", "PUNCT") and doc[i].tag_ != "VBZ":
            return []  # an unnamed thing, or the phrase ended
        i += 1
    found: list[EntityRef] = []
    while i < span.end:
        ent = context.entity_at(doc[i])
        if ent is None or ent.label_ not in BODY_LABELS or ent.start != i:
            break
        body = _body(ent, context)
        if body is not None:
            found.append(body)
        i = ent.end
        joiners = []
        while i < span.end and doc[i].lower_ in LIST_JOINERS:
            joiners.append(doc[i].text)
            i += 1
        if not joiners or ("," in joiners and not _named_body(doc[i], context)):
            break  # 'A, one third of X, and B': a comma ends the aside unless a group follows
    return found


def _named_body(word: Token, context: DocContext) -> bool:
    ent = context.entity_at(word)
    return ent is not None and ent.label_ == "ORG"


def _body(ent: Span, context: DocContext) -> EntityRef | None:
    ref = context.ref(ent)
    if ref is not None and ref.type == "organization":
        return ref
    if ref is not None and ref.type == "place":
        return None
    name = clean_name(ent.text)
    return EntityRef("organization", name) if len(name) > 2 else None
