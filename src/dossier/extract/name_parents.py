"""A part named by its parent's name and more, where the text names the parent too:

    the BBC ... aired on BBC Two                 -> BBC Two affiliate_of BBC
    Sony ... threatened Sony Pictures employees  -> Sony Pictures affiliate_of Sony

The longer name must begin with the whole of another organisation's name in the document,
and the words it adds must name a part (``part_name_words`` of lexicons/claims.yaml: a
medium, a channel's number, a branch; or a place, or 'in <place>'), not a product ('Samsung
Galaxy Note'), a fuller name of the same body, a holding above it or a predecessor
(``not_part_words``: 'Barton Group', 'Kessel Front', 'Northern Crescent of Veldora').
Where NER cut the part's last word off ('on BBC Two' read as 'BBC'), that word is read too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
_LEXICON = lexicon("claims")["name_parents"]
NOT_PART_WORDS = words(_LEXICON, "not_part_words")
PART_NAME_WORDS = words(_LEXICON, "part_name_words")
BRANCH_OPENER = str(_LEXICON["branch_opener"])
ORG_LABEL = "ORG"
# a region or a country names a branch ('X Europe'); a town names a club or a bank after
# its seat ('Borussia Dortmund', 'Mitsubishi Tokyo'), and many words name some town
PART_PLACE_KINDS = ("country", "region")
CONFIDENCE = 0.4
# a word after a name that is in a name of its own of these kinds is no part of the first
TAKEN_LABELS = ("ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW")


def name_parents(sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """affiliate_of claims for organisations named by another's name and a part's words."""
    for ent in context.ents_in(sentence.span):
        if ent.label_ == ORG_LABEL:
            yield from _cut_name(ent, sentence, context)
        if ent.label_ != ORG_LABEL or len(ent) < 2:
            continue
        key = _name_key(ent)
        if len(key) < 2:
            continue
        names = context.remember("name_parents.names", lambda: _names(context))
        for length in range(len(key) - 1, 0, -1):
            parent = names.get(key[:length])
            if parent is None:
                continue
            if not _names_a_part(key[length:]):
                break
            part = context.ref(ent)
            if part is None or part.type != "organization" or part == parent:
                break
            if not _letters(part.name).startswith(_letters(" ".join(key[:length]))):
                break  # the name stands for another ('Red Hand in Veldora', later renamed)
            claim = sentence.claim(part, PREDICATE, ent.root, object=parent, confidence=CONFIDENCE)
            # a name says what a body is, whatever its clause denies or dates
            yield replace(claim, negated=False, time_scope=None)
            break


def _cut_name(ent: Span, sentence: Sentence, context: DocContext) -> Iterator[Claim]:
    """A part's name NER cut after its parent's ('BBC' of 'on BBC Two', 'Square Enix' of
    'Square Enix Europe'): the one capitalised word after the parent's name that names a
    part, where the document names the parent alone elsewhere too."""
    after = _added_word(ent, sentence.span)
    if after is None or not _names_a_part((after.lower_,)):
        return
    parent = context.ref(ent)
    if parent is None or parent.type != "organization":
        return
    counts = context.remember("name_parents.counts", lambda: _name_counts(context))
    if counts.get(_name_key(ent), 0) < 2:
        return  # the only time the text writes the parent's name is inside the part's
    part = context.ref(Span(ent.doc, ent.start, after.i + 1, label=ORG_LABEL))
    if part is not None and part.type == "organization" and part != parent:
        claim = sentence.claim(part, PREDICATE, ent.root, object=parent, confidence=CONFIDENCE)
        yield replace(claim, negated=False, time_scope=None)


def _added_word(ent: Span, span: Span) -> Token | None:
    """The capitalised word right after a name that NER left out of it, unless a name or a
    noun it qualifies goes on after it ('the UN Syria envoy')."""
    if ent.end + 1 >= span.end:
        return None
    word, following = ent.doc[ent.end], ent.doc[ent.end + 1]
    if not (word.is_title or word.is_upper) or word.ent_type_ in TAKEN_LABELS:
        return None
    if len(word) < 2:
        return None
    if following.pos_ == "PROPN" or (following.pos_ == "NOUN" and not word.like_num):
        return None
    return word


def _name_counts(context: DocContext) -> dict[tuple[str, ...], int]:
    """How often the document writes each organisation's name."""
    counts: dict[tuple[str, ...], int] = {}
    for ent in context.ents:
        if ent.label_ == ORG_LABEL:
            key = _name_key(ent)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _names_a_part(added: tuple[str, ...]) -> bool:
    """Whether the words after a parent's name name a part of it: a medium, a number, a
    branch, a place ('Europe', 'in Yemen'), and no fuller name ('Group', 'of Iraq')."""
    if NOT_PART_WORDS & set(added):
        return False
    if added[0] == BRANCH_OPENER or added[-1] in PART_NAME_WORDS:
        return True
    place = get_gazetteer().lookup(" ".join(added), kinds=PART_PLACE_KINDS)
    return place is not None and place.name.casefold() == " ".join(added)


def _name_key(ent: Span) -> tuple[str, ...]:
    """A name's words, lower-cased, without its article."""
    return tuple(t.lower_ for t in ent if t.dep_ != "det" and not (t.i == ent.start and t.is_punct))


def _letters(name: str) -> str:
    """A name's letters and digits only, to compare names however they were cut into words."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _names(context: DocContext) -> dict[tuple[str, ...], EntityRef]:
    """The organisations the document names, by their words."""
    names: dict[tuple[str, ...], EntityRef] = {}
    for ent in context.ents:
        if ent.label_ != ORG_LABEL:
            continue
        ref = context.ref(ent)
        if ref is not None and ref.type == "organization":
            names.setdefault(_name_key(ent), ref)
    return names
