"""A parent group named with its acronym in brackets before a relation word:

    X is an al-Qaeda (AQ) affiliate in Mali         -> affiliate_of(X, AQ)
    ..., a former Islamic State (IS) aligned group, X  -> affiliate_of(X, IS)
    X (XY), an Islamic State (IS)-linked faction, ...  -> affiliate_of(X, IS)

The bracket breaks the parse: the model makes the acronym an object of the name and the
relation word an object of something else, so the clause frames find neither side. The
words are enough: the acronym (or the name before its bracket) is the parent; the group
is the name set beside the phrase by a comma, or the subject of the copula before it.
The relation words are the ``relation_nouns`` and, as participles, the ``patient_verbs``
of ``affiliate_of`` (and the ``relation_nouns`` of ``splinter_of``) in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATES = ("affiliate_of", "splinter_of")
PARTICIPLE_SUFFIX = "ed"
HYPHENS = frozenset({"-", "–"})
COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "became", "becomes"})
OPENERS = frozenset({"(", "“", '"', "‘"})
CLOSERS = frozenset({")", "”", '"', "’"})
JOINERS = frozenset({"in", "of", "the"})  # inside a name: "al Qaida in the Maghreb"
MAX_GROUP_WORDS = 3  # words from the participle to its noun: 'aligned jihadist group'
MAX_BRACKET_WORDS = 8  # a bracket skipped on the way to the group's name


def bracketed_parents(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of (splinter_of) claims for 'an X (ABC) affiliate'; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if "(" not in words_:
        return
    nouns = _relation_nouns(context)
    participles = _participles(context)
    if not (nouns.keys() | participles) & words_:
        return
    span = sentence.span
    doc = span.doc
    for close in span:
        if close.text != ")" or close.i + 1 >= span.end or close.i - 3 < span.start:
            continue
        after = close.i + 1
        if doc[after].text in HYPHENS and after + 1 < span.end:
            after += 1
        word = doc[after]
        predicate = nouns.get(word.lemma_.lower())
        noun: Token | None = word
        if predicate is None and word.lower_ in participles:
            predicate, noun = "affiliate_of", _group_noun(doc, after + 1, span.end, context)
        if predicate is None or noun is None or doc[close.i - 2].text != "(":
            continue
        parent = _parent(doc, close.i - 1, context)
        group = _group_after(doc, noun, span.end, context) or _group_before(
            doc, _phrase_start(doc, close.i - 2, span.start), span.start, context
        )
        if parent is not None and group is not None and parent != group:
            yield sentence.claim(group, predicate, word, object=parent, confidence=0.5)


def _relation_nouns(context: DocContext) -> dict[str, str]:
    """Relation noun -> the predicate it says (affiliate_of for a word both list)."""
    predicates = context.ontology.predicates
    return _nouns_of(tuple(predicates[p].cue("relation_nouns") for p in PREDICATES))


@cache  # one table per ontology in use: built once, not for every sentence
def _nouns_of(cues: tuple[frozenset[str], ...]) -> dict[str, str]:
    nouns: dict[str, str] = {}
    for predicate, words_ in reversed(list(zip(PREDICATES, cues, strict=True))):
        nouns.update({noun: predicate for noun in words_ if " " not in noun})
    return nouns


def _participles(context: DocContext) -> frozenset[str]:
    return _participles_of(context.ontology.predicates["affiliate_of"].cue("patient_verbs"))


@cache
def _participles_of(verbs: frozenset[str]) -> frozenset[str]:
    return frozenset(v + ("d" if v.endswith("e") else PARTICIPLE_SUFFIX) for v in verbs)


def _group_noun(doc: Doc, start: int, end: int, context: DocContext) -> Token | None:
    """The group noun a participle describes: 'aligned group', 'linked jihadist faction'."""
    for word in doc[start : min(end, start + MAX_GROUP_WORDS)]:
        if word.lemma_.lower() in context.ontology.group_nouns:
            return word
    return None


def _parent(doc: Doc, acronym: int, context: DocContext) -> EntityRef | None:
    """The acronym in the bracket, else the name just before the bracket."""
    for i in (acronym, acronym - 2):
        if context.entity_at(doc[i]) is not None:
            ref = context.organisation_named_at(doc[i])
            if ref is not None:
                return ref
    return None


def _phrase_start(doc: Doc, opener: int, start: int) -> int:
    """The first word of the phrase holding the parent's name: back over the name and its
    modifiers to an indefinite article ('a former Red Hand (RH)', 'the X in Y (ABC)')."""
    i = opener
    while i - 1 >= start:
        word = doc[i - 1]
        if word.pos_ == "DET" and word.lower_ != "the":
            return i - 1
        if not (word.pos_ in ("PROPN", "ADJ") or word.text in HYPHENS or word.lower_ in JOINERS):
            break
        i -= 1
    return i


def _group_after(doc: Doc, noun: Token, end: int, context: DocContext) -> EntityRef | None:
    """'..., a former X (AQ) aligned group, Y': the name after the comma."""
    i = noun.i + 1
    if i + 1 >= end or doc[i].text != ",":
        return None
    for j in (i + 1, i + 2):
        if j < end and context.entity_at(doc[j]) is not None:
            return context.organisation_named_at(doc[j])
        if j < end and doc[j].lower_ != "the":
            return None
    return None


def _group_before(doc: Doc, first: int, start: int, context: DocContext) -> EntityRef | None:
    """'Y, an X (ABC) affiliate', 'Y (AM) ("The Sentinels"), an ...', 'Y is an ...': the
    name before the comma or the copula, over brackets set after it."""
    i = first - 1
    if i < start or (doc[i].text != "," and doc[i].lower_ not in COPULAS):
        return None
    i -= 1
    while i >= start and doc[i].text in CLOSERS:
        opened = _opening(doc, i, start)
        if opened is None:
            return None
        i = opened - 1
    if i < start or context.entity_at(doc[i]) is None:
        return None
    return context.organisation_named_at(doc[i])


def _opening(doc: Doc, close: int, start: int) -> int | None:
    """Where the bracket or quote that ends at ``close`` opens: the matching '(' (quotes
    inside it are skipped), or the quote before a closing quote."""
    low = max(start - 1, close - MAX_BRACKET_WORDS)
    if doc[close].text != ")":
        return next((j for j in range(close - 1, low, -1) if doc[j].text in OPENERS), None)
    depth = 0
    for j in range(close - 1, low, -1):
        if doc[j].text == ")":
            depth += 1
        elif doc[j].text == "(":
            if depth == 0:
                return j
            depth -= 1
    return None
