"""Organisations NER missed, named where the clause says a body stands, and 'the band',
'the school' for the organisation the text said was one.

The small model often leaves the subject of a reference text's first sentence
unnamed ('Velvet Spire High School was founded in 1938', 'Kestrel Audio is a
record label founded in 2004'). A proper-noun phrase that no entity covers is an
organisation when its clause says so: the subject of a founding verb in the passive,
the object of a founding or joining verb, or the subject of a copula whose
complement is a kind of body (the entity lexicon's ``organisation_nouns``).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from dossier.extract.context import DocContext, typed_by_its_clause
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef
from dossier.model.names import clean_name

_ENTITIES = lexicon("entities")
ORGANISATION_NOUNS = words(_ENTITIES, "organisation_nouns")
# labels NER gives a body's name by mistake: a school as a building, a band as a title
MISTAKEN_LABELS = words(lexicon("claims")["membership"], "mistaken_body_labels")
MAX_NAME_WORDS = 8
NAME_PART_DEPS = frozenset({"compound", "amod", "nmod"})
NAME_POS = frozenset({"PROPN", "ADJ", "NUM"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def unnamed_body(token: Token, context: DocContext) -> EntityRef | None:
    """The organisation an unrecognised proper-noun phrase names, if its clause makes it one."""
    if token.pos_ != "PROPN" or not typed_by_its_clause(token):
        return None
    ent = context.entity_at(token)
    if ent is not None:
        if ent.label_ not in MISTAKEN_LABELS:
            return None
        text = ent.text  # 'X High School' taken for a building
    else:
        words_ = _name_words(token)
        if not words_ or any(context.entity_at(word) is not None for word in words_):
            return None
        text = token.doc[words_[0].i : words_[-1].i + 1].text
    name = clean_name(text)
    if len(name) < 2 or not any(char.isupper() for char in name):
        return None
    return EntityRef("organization", name)


def _name_words(token: Token) -> list[Token]:
    """The proper-noun phrase a token heads: its compounds and flat name parts before it,
    and nothing past it (no 'of' phrase: that may be where it is)."""
    start = token.i
    for child in token.children:
        if child.i < token.i and child.dep_ in NAME_PART_DEPS and child.pos_ in NAME_POS:
            start = min(start, child.left_edge.i)
    found = list(token.doc[start : token.i + 1])
    if len(found) > MAX_NAME_WORDS or any(w.pos_ not in NAME_POS | {"PUNCT"} for w in found):
        return []
    return found


def body_reference(token: Token, context: DocContext) -> EntityRef | None:
    """'the school', 'this company': the organisation last said to be one before the
    token ('X is a school in Y', 'X, a record company'), or named as one ('X School')."""
    if token.pos_ != "NOUN" or context.entity_at(token) is not None:
        return None
    noun = token.lemma_.lower()
    if noun not in ORGANISATION_NOUNS or not any(
        child.dep_ == "det" and child.lower_ in DEFINITE for child in token.children
    ):
        return None
    if any(child.dep_ in ("amod", "compound") for child in token.children):
        return None  # 'the new party', 'the youth team': another body
    said = [(i, ref) for i, kind, ref in _described(token.doc, context) if kind == noun]
    before = [ref for i, ref in said if i < token.i]
    return before[-1] if before else None


# 'the band', 'this label'; not 'its label', which is another body, the group's
DEFINITE = frozenset({"the", "this"})
_DESCRIBED: list[tuple[Doc, list[tuple[int, str, EntityRef]]]] = []


def _described(doc: Doc, context: DocContext) -> list[tuple[int, str, EntityRef]]:
    """Where the document says which organisation is which kind of body: (token index,
    the kind, the organisation), in reading order. Kept for the last document read."""
    cached = _DESCRIBED[0] if _DESCRIBED else None  # one read: another thread may replace it
    if cached is not None and cached[0] is doc:
        return cached[1]
    found: list[tuple[int, str, EntityRef]] = []
    for ent in doc.ents:
        ref = context.ref(ent)
        if ref is None or ref.type != "organization":
            continue
        last = ent[-1].lemma_.lower()
        if last in ORGANISATION_NOUNS:  # 'Harwick Grammar School'
            found.append((ent.start, last, ref))
    for token in doc:
        noun = token.lemma_.lower()
        if noun not in ORGANISATION_NOUNS or token.pos_ != "NOUN":
            continue
        named: list[Token] = [c for c in token.children if c.dep_ == "appos"]  # 'the band X'
        if token.dep_ == "attr":
            named = [c for c in token.head.children if c.dep_ == "nsubj"]
        elif token.dep_ in ("appos", "compound"):  # 'X, a band'; 'the band X'
            named = [token.head]
        for word in named:
            name = context.entity_at(word)
            ref = context.ref(name) if name is not None else unnamed_body(word, context)
            if ref is not None and ref.type == "organization":
                found.append((token.i, noun, ref))
    found.sort(key=lambda item: item[0])
    _DESCRIBED[:] = [(doc, found)]
    return found


def described_words(noun: Token, beside: AbstractSet[str]) -> list[Token]:
    """The head words of the names a kind noun describes: set beside it by one of the
    ``beside`` dependencies ('the band X', 'X, a band') or the subject of the copula it
    completes ('X is a band')."""
    near = [c for c in noun.children if c.dep_ in beside]
    if noun.dep_ in beside:
        near.append(noun.head)
    if noun.dep_ == "attr":
        near.extend(c for c in noun.head.children if c.dep_ in SUBJECT_DEPS)
    return near


def kind_of_body(ref: EntityRef, context: DocContext) -> frozenset[str]:
    """The kinds of body the document says an organisation is ('band', 'company')."""
    return frozenset(kind for _, kind, said in _described(context.doc, context) if said == ref)
