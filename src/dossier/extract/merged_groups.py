"""A merger told with a verb, read from the words: 'A merged with B (ABC), another X
offshoot, to form C' -> formed_from(C, A), formed_from(C, B).

Names in quotes or brackets between the parties ('B ("The Masked Men") Battalion') break
the parse, so the clause frames lose the parties; the words are enough: the name just
before the merging verb, the items after 'with' up to 'to <found verb>', and the first
organisation named after that verb. An item opened by another determiner ('another X
offshoot', 'three other groups') describes a party rather than naming one. The verbs are
the ``merger_verbs`` of ``formed_from`` and the ``verbs`` of ``founded`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "formed_from"
PARTNER_PREPOSITION = "with"
MAX_PARTNER_WORDS = 30
MAX_RESULT_WORDS = 35
OPENERS = frozenset({"(", "“", '"', "‘"})
CLOSERS = frozenset({")", "”", '"', "’"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
ITEM_BREAKS = frozenset({",", "and", ";"})


def merged_groups(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """formed_from claims for 'A merged with B to form C'; ``words_`` are the sentence's
    words, to skip it at a glance."""
    merging = context.ontology.predicates[PREDICATE].cue("merger_verbs")
    if PARTNER_PREPOSITION not in words_ or not merging & words_:
        return
    founding = {
        verb for verb in context.ontology.predicates["founded"].cue("verbs") if " " not in verb
    }
    span = sentence.span
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in merging or verb.i + 2 >= span.end:
            continue
        if verb.nbor().lower_ != PARTNER_PREPOSITION or verb.i - 1 < span.start:
            continue
        first = _name_ending_at(verb.nbor(-1), context)
        limit = _reading_end(span)
        end = _purpose(span.doc, verb.i + 2, limit, founding)
        if first is None or end is None:
            continue
        result = _first_organisation(end + 1, limit, context)
        if result is None:
            continue
        for party in [first, *_partners(verb.i + 2, end - 1, context)]:
            if party != result:
                yield sentence.claim(result, PREDICATE, verb, object=party, confidence=0.5)


def _reading_end(span: Span) -> int:
    """Where the merger's words may end: the parser often cuts a sentence after a name in
    brackets ('B ("The Masked Men") Battalion'), so a sentence ending without a full stop
    runs on into the next one."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end - 1].text in SENTENCE_ENDS:
        return span.end
    return doc[span.end].sent.end


def _purpose(doc: Doc, start: int, end: int, founding: set[str]) -> int | None:
    """Where the founding verb of 'to form C' is, a few words after the partners."""
    for i in range(start, min(end - 1, start + MAX_PARTNER_WORDS)):
        if doc[i].lower_ == "to" and doc[i + 1].lemma_.lower() in founding:
            return i + 1
    return None


def _name_ending_at(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None or ent.end != word.i + 1:
        return None
    return context.organisation_named_at(ent.root)


def _partners(start: int, end: int, context: DocContext) -> list[EntityRef]:
    """The parties named between 'with' and 'to': one a list item, brackets and quotes
    read with the item before them."""
    doc = context.doc
    items: list[list[Token]] = [[]]
    depth = 0
    for word in doc[start:end]:
        if word.text in OPENERS and not (word.text in CLOSERS and depth):
            depth += 1
        elif word.text in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and word.lower_ in ITEM_BREAKS:
            items.append([])
            continue
        items[-1].append(word)
    found: list[EntityRef] = []
    for item in items:
        ref = _item_party(item, context)
        if ref is not None and ref not in found:
            found.append(ref)
    return found


def _item_party(item: list[Token], context: DocContext) -> EntityRef | None:
    opening = next((w for w in item if not w.is_punct), None)
    if opening is None or (opening.tag_ in ("DT", "CD") and opening.lower_ != "the"):
        return None  # 'another X offshoot', 'three other groups': a description
    named = [w for w in item if context.entity_at(w) is not None]
    # a name NER knows as an organisation first ('al-Mulathamun Battalion (AMB)' -> AMB)
    named.sort(key=lambda w: context.entity_at(w).label_ != "ORG")  # type: ignore[union-attr]
    for word in named:
        ref = context.organisation_named_at(word)
        if ref is not None:
            return ref
    return None


def _first_organisation(start: int, end: int, context: DocContext) -> EntityRef | None:
    """The group formed: the first organisation named after the founding verb, in quotes
    or brackets too ('a new group called "The Group" (ABC)'), before another verb starts
    a clause of its own ('to form C'; not the D in 'to form a group that fought D')."""
    doc = context.doc
    naming = context.ontology.predicates[PREDICATE].cue("naming_verbs")
    depth = 0
    for word in doc[start : min(end, start + MAX_RESULT_WORDS)]:
        if word.text in OPENERS and not (word.text in CLOSERS and depth):
            depth += 1
        elif word.text in CLOSERS and depth:
            depth -= 1
        if context.entity_at(word) is not None:
            ref = context.organisation_named_at(word)
            if ref is not None:
                return ref
        elif depth == 0 and word.pos_ == "VERB" and word.lemma_.lower() not in naming:
            return None
    return None
