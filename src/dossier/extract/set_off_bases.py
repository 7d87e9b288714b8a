"""A base said in an apposition the parse hung on the wrong noun: 'The gunmen, loyal to
Y (YZ), a Qaeda affiliate based in Mali, ...' -> YZ based_in Mali. The apposition
describes the organisation named just before its comma, not the clause's subject.

Also a copula's complement the parse cut loose from its verb: in 'X is a startup company
based in Y specialised in Z' the model may make 'company' the subject of 'specialised';
the noun phrase right after 'X is' is still what X is, so X is based in Y.

And a copula whose unnamed subject carries the base set off between commas, which the
parse hangs on the subject's 'of' object: 'The owner of the club, based in Y, is X (, Z)'
-> X (and Z) based in Y; the commas close the phrase on the whole subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.presence import places_after_in
from dossier.model import Claim

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

BASED = "based"
COPULA = "be"
CONFIDENCE = 0.6


def set_off_bases(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for 'Y, a <noun> based in Z' hung on another noun; ``words_`` are
    the sentence's words, to skip it at a glance."""
    if BASED not in words_:
        return
    for based in sentence.span:
        noun = based.head
        if based.lower_ != BASED or based.dep_ != "acl":
            continue
        if noun.dep_ not in ("appos", "attr"):
            yield from _loose_complement(sentence, context, based)
            yield from _copula_complement(sentence, context, based)
        if noun.dep_ != "appos":
            continue
        if context.entity_at(noun.head) is not None or context.org_ref(noun.head) is not None:
            continue  # hung on a name or a group: the base frame reads it
        group = context.named_before(noun)
        if group is None:
            continue
        for place in places_after_in(based, context):
            yield sentence.claim(group, "based_in", based, object=place, confidence=CONFIDENCE)


def _loose_complement(sentence: Sentence, context: DocContext, based: Token) -> Iterator[Claim]:
    """'X is a startup company based in Y ...' with 'company' hung elsewhere: the named
    subject of the copula just before the noun phrase."""
    start = based.head.left_edge.i
    if start <= sentence.span.start:
        return
    verb = based.doc[start - 1]
    if verb.lemma_.lower() != COPULA or verb.dep_ != "ROOT":
        return
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        group = context.org_ref(subject) if context.entity_at(subject) is not None else None
        if group is None or group.type != "organization":
            continue
        for place in places_after_in(based, context):
            yield sentence.claim(group, "based_in", based, object=place, confidence=CONFIDENCE)


def _copula_complement(sentence: Sentence, context: DocContext, based: Token) -> Iterator[Claim]:
    """'The owner of the club, based in Y, is X, Z': the named complements of the copula
    whose unnamed subject the set-off phrase closes."""
    doc = based.doc
    close = based.right_edge.i + 1
    if doc[based.i - 1].text != "," or close + 1 >= sentence.span.end:
        return
    verb = doc[close + 1]
    if doc[close].text != "," or verb.lemma_.lower() != COPULA:
        return
    subject = _subject_owning(based.head)
    if subject is None or subject.head != verb or context.entity_at(subject) is not None:
        return
    places = places_after_in(based, context)
    for complement in verb.children:
        if complement.i <= verb.i or complement.dep_ not in ("attr", "nsubj"):
            continue
        for name in (complement, *(c for c in complement.children if c.dep_ == "appos")):
            group = context.organisation_named_at(name)
            if group is None:
                continue
            for place in places:
                yield sentence.claim(group, "based_in", based, object=place, confidence=CONFIDENCE)


def _subject_owning(noun: Token) -> Token | None:
    """The subject the noun belongs to: itself, or the subject whose 'of' object it is."""
    if noun.dep_ == "nsubj":
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        return noun.head.head
    return None
