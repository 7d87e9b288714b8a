"""Which of spaCy's sentences Dossier keeps, so every stage numbers them alike; small
readings of the parse that several stages share."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Doc, Span, Token

# Where the boundaries are kept once found: extraction and storage both walk them, and
# `Doc.text` and `Doc.sents` are rebuilt from the tokens on every access.
_BOUNDS = "dossier_content_sentences"
OPENING_SENTENCES = 4  # a title, a heading or a byline may come before the first statement
# clauses inside a clause: what they say is not what their head clause says
NESTED_CLAUSES = ("relcl", "acl", "advcl", "ccomp")


def content_sentences(doc: Doc) -> Iterator[tuple[int, Span, int, int]]:
    """(index, sentence, start, end) for every sentence with text, trimmed of whitespace."""
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        bounds = doc.user_data[_BOUNDS] = list(_bounds(doc))
    for index, (first, last, start, end) in enumerate(bounds):
        yield index, doc[first:last], start, end


def _bounds(doc: Doc) -> Iterator[tuple[int, int, int, int]]:
    # Trimmed by tokens, not by characters of ``doc.text``: whitespace runs are tokens of
    # their own (a word carries at most one trailing space, outside its own text). Only
    # the tokens at a sentence's edges are read: an array of the whole document costs more.
    if len(doc) == 0:
        return
    for sentence in doc.sents:
        first, last = sentence.start, sentence.end - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first <= last:
            end = doc[last]
            yield sentence.start, sentence.end, doc[first].idx, end.idx + len(end)


def opening_statement(doc: Doc) -> Span | None:
    """The first sentence that states something (its root is a verb), among the first
    few: what a page says its subject is ('X is a Welsh rock band'), after any title."""
    for sentence in islice(doc.sents, OPENING_SENTENCES):
        if sentence.root.pos_ in ("VERB", "AUX"):
            return sentence
    return None


def of_objects(token: Token) -> list[Token]:
    """The objects of a word's 'of' phrases: 'the leader of X' -> [X]."""
    return preposition_objects(token, "of")


def preposition_objects(token: Token, preposition: str) -> list[Token]:
    """The objects of a word's phrases with this preposition: ('fought for X', 'for') -> [X];
    a repeated preposition counts too ('a member of X and of Y' -> [X, Y])."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for repeated in (prep, *repeated_prepositions(prep))
        for obj in repeated.children
        if obj.dep_ == "pobj"
    ]


def repeated_prepositions(prep: Token) -> list[Token]:
    """The same preposition coordinated after this one: 'of X and of Y' -> ['of' (Y)]."""
    return [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
