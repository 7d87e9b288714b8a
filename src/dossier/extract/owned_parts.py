"""Parts an organisation owns, named beside the noun for them:

    Y's channels A, B and C              -> A, B and C affiliate_of Y
    Y's Z division released a film       -> Z affiliate_of Y
    the Z unit of Y                      -> Z affiliate_of Y

A part noun (``part_nouns`` of lexicons/claims.yaml) with a named owner ("Y's", 'of Y')
and organisations named right before it or listed right after it. The list is read off the
words: the parse often hangs 'A, B and C' on the verb instead of on the noun.

A list of parts said with a verb takes 'its' too, as it names the clause's own body:

    its subsidiaries include A and B             -> A and B affiliate_of the one 'its' means
    Y has several labels, including A and B      -> A and B affiliate_of Y
    Y operates the channels A, B and C           -> A, B and C affiliate_of Y
    it has a subsidiary, A                       -> A affiliate_of the one 'it' means
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.sentences import of_objects, preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
_LEXICON = lexicon("claims")["owned_parts"]
PART_NOUNS = words(_LEXICON, "part_nouns")
NAME_OPENERS = words(_LEXICON, "name_openers")
LIST_JOINERS = words(_LEXICON, "list_joiners")
LISTING_VERBS = words(_LEXICON, "listing_verbs")
HOLDING_VERBS = words(_LEXICON, "holding_verbs")
EXAMPLE_OPENERS = words(_LEXICON, "example_openers")
# a name after the noun that opens a clause of its own is no part: "its wing, Reuters said"
CLAUSE_DEPS = ("nsubj", "nsubjpass")
CONFIDENCE = 0.5
ORG_LABEL = "ORG"
MAX_SKIPPED = 3
HYPHENS = ("-", "–")
MODIFIER_DEPS = ("compound", "amod", "nmod")


def owned_parts(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for organisations named as an owner's parts; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if not PART_NOUNS & words_:
        return
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PART_NOUNS:
            continue
        yield from _listed_parts(noun, sentence, context)
        owners = _owners(noun, context) or _holder(noun, context)
        if not owners:
            continue
        for part in _parts(noun, sentence.span, context):
            for owner in owners:
                if owner != part:
                    yield sentence.claim(part, PREDICATE, noun, object=owner, confidence=CONFIDENCE)


def _listed_parts(noun: Token, sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """Parts a verb lists: "its (Y's) subsidiaries include A and B" (the noun's owner), or
    'Y has several labels, including A and B' (the clause's subject)."""
    verb = noun.head
    if verb.pos_ != "VERB":
        return
    base = verb.lemma_.lower()
    if noun.dep_ == "nsubj" and base in LISTING_VERBS:
        owners = [c for c in noun.children if c.dep_ == "poss"]
        heads = [c for c in verb.children if c.dep_ == "dobj"]
    elif noun.dep_ == "dobj" and base in HOLDING_VERBS:
        owners = clause_subjects(verb)
        heads = [w for opener in EXAMPLE_OPENERS for w in preposition_objects(noun, opener)]
    else:
        return
    owner = next((ref for word in owners if (ref := context.org_ref(word)) is not None), None)
    if owner is None:
        return
    for head in heads:
        for word in (head, *head.conjuncts):
            ent = context.entity_at(word)
            part = _organisation(ent, context) if ent is not None and ent.root == word else None
            if part is not None and part != owner:
                yield sentence.claim(part, PREDICATE, noun, object=owner, confidence=CONFIDENCE)


def _holder(noun: Token, context: DocContext) -> list[EntityRef]:
    """The subject of a verb of holding whose object the part noun is ('Y operates the
    channels A and B'): the verb, not a possessive, says whose the parts are, so 'it' is
    its clause's own body."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_VERBS:
        return []
    owner = next((r for w in clause_subjects(verb) if (r := context.org_ref(w)) is not None), None)
    return [owner] if owner is not None and owner.type == "organization" else []


def _owners(noun: Token, context: DocContext) -> list[EntityRef]:
    """The named organisations that own a part noun: "Y's", 'of Y'. Not 'its': in 'X sued
    Y, its unit Z' or "Y valued its demerged unit" the group it means is too often not the
    one the passage is about."""
    found: list[EntityRef] = []
    for word in noun.children:
        if word.dep_ == "poss":
            ref = _organisation(context.entity_at(word), context)
            if ref is not None:
                found.append(ref)
    for word in of_objects(noun):
        ref = _organisation(context.entity_at(word), context)
        if ref is not None:
            found.append(ref)
    return found


def _parts(noun: Token, span: Span, context: DocContext) -> list[EntityRef]:
    """The organisations named as the noun's parts: the name right before it ('the Z
    division'), or the names listed right after it ('channels A, B and C'; one name after
    a singular noun)."""
    doc = noun.doc
    found: list[EntityRef] = []
    before = context.entity_at(doc[noun.i - 1]) if noun.i > span.start else None
    if before is not None and before.end == noun.i and not _is_owner(before, noun):
        ref = _organisation(before, context)
        if ref is not None:
            found.append(ref)
    plural = noun.tag_ in ("NNS", "NNPS")
    i = _skip(noun.i + 1, span.end, NAME_OPENERS, doc)
    while i < span.end:
        ent = context.entity_at(doc[i])
        if ent is None or ent.start != i or ent.root.dep_ in CLAUSE_DEPS or _modifies(ent, context):
            break
        ref = _organisation(ent, context)
        if ref is None:
            break
        found.append(ref)
        if not plural:
            break
        i = _skip(ent.end, span.end, LIST_JOINERS | NAME_OPENERS, doc)
        if i == ent.end:
            break
    return found


def _skip(i: int, end: int, skipped: AbstractSet[str], doc: Doc) -> int:
    """The first word from ``i`` that is not one of the skipped words (', and the')."""
    for _ in range(MAX_SKIPPED):
        if i < end and doc[i].lower_ in skipped:
            i += 1
    return i


def _modifies(ent: Span, context: DocContext) -> bool:
    """Whether a name only qualifies a later common noun ('the Quechua-led group', 'the Red
    Wing fighters'): no part's name. (A list's names often hang on one another.)"""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text in HYPHENS:
        return True
    head = ent.root.head
    return ent.root.dep_ in MODIFIER_DEPS and head.i >= ent.end and context.entity_at(head) is None


def _is_owner(ent: Span, noun: Token) -> bool:
    """Whether the name before the noun is its owner ("Y's division")."""
    return any(word.dep_ == "poss" and word.head == noun for word in ent)


def _organisation(ent: Span | None, context: DocContext) -> EntityRef | None:
    """The organisation a name is ('Sicilian' of 'the Sicilian branch' names none)."""
    if ent is None or ent.label_ != ORG_LABEL:
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "organization" else None
