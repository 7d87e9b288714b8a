"""The other party of a relation given as a description, not a name:

    A and B launched raids on villages in X strongholds as part of its war with the
    Chadian rebel group                          -> the group is X

A definite group noun ('the Chadian rebel group', 'the militia') across a relation from
one side means, when the sentence names exactly one organisation before it outside that
side's own phrase, that organisation: a writer describes a group just named instead of
naming it again. Salience alone would pick the side's own partner ('B'), which the
sentence lists as acting with it, not against it. The relations read so are
``described_party_predicates`` in lexicons/claims.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef

PREDICATES = words(lexicon("claims"), "described_party_predicates")
# a name inside the phrase says which group it is: 'the Hamas militant group', 'the group X'
NAMING_DEPS = frozenset({"compound", "nmod", "appos", "poss"})


def described_party(
    word: Token,
    sides: Iterable[Token],
    span: Span,
    context: DocContext,
    excluding: AbstractSet[EntityRef] = frozenset(),
) -> EntityRef | None:
    """The organisation a definite group noun means as the other party of a relation whose
    first side is named by the words ``sides`` (their phrases never hold the party), if
    exactly one fits."""
    if not _is_description(word, context):
        return None
    inside = {w.i for side in sides for w in side.subtree}
    found: list[EntityRef] = []
    for ent in context.ents_in(span):
        if ent.start >= word.i or ent.root.i in inside or context.is_group_noun(ent):
            continue
        ref = context.organisation_named_at(ent.root)
        if ref is not None and ref not in excluding and ref not in found:
            found.append(ref)
    return found[0] if len(found) == 1 else None


def described_objects(
    predicate: str,
    object_words: list[Token],
    side_words: list[Token],
    objects: list[EntityRef],
    subjects: list[EntityRef],
    span: Span,
    context: DocContext,
    refs: Callable[[Token], list[EntityRef]],
) -> list[EntityRef]:
    """A relation's objects with each described party read as the group it describes; the
    others as ``refs`` reads them."""
    if predicate not in PREDICATES:
        return objects
    excluding = frozenset(subjects)
    meant = {
        w.i: party
        for w in object_words
        if (party := described_party(w, side_words, span, context, excluding)) is not None
    }
    if not meant:
        return objects
    found: list[EntityRef] = []
    for word in object_words:
        for ref in [meant[word.i]] if word.i in meant else refs(word):
            if ref not in found:
                found.append(ref)
    return found


def _is_description(word: Token, context: DocContext) -> bool:
    """'the Lebanese militant group': a definite group noun naming no group of its own."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in context.ontology.group_nouns:
        return False
    if context.entity_at(word) is not None:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return False
    for child in word.children:
        ent = context.entity_at(child)
        if child.dep_ in NAMING_DEPS and ent is not None and ent.label_ != "NORP":
            return False
    return True
