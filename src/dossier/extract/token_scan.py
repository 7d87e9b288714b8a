"""Find tokens by their words without walking the document token by token.

Iterating a ``Doc`` makes a ``Token`` object per word, and reading ``token.text`` or
``token.lower_`` decodes a string from the vocabulary: a microsecond or more a token,
paid on every word of every article by a component that looks for a handful of words.
These helpers compare the attribute's hashes from one ``Doc.to_array`` call instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> np.ndarray:
    return np.array(sorted({get_string_id(word) for word in words if word}), dtype=np.uint64)


def lower_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form (``token.lower_``) is one of the words."""
    return _positions(doc, LOWER, words)


def text_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens written exactly as one of the words (``token.text``)."""
    return _positions(doc, ORTH, words)


def dep_positions(doc: Doc, labels: frozenset[str]) -> list[int]:
    """Indices of the tokens whose dependency label (``token.dep_``) is one of the labels."""
    return _positions(doc, DEP, labels)


def space_positions(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens (``token.is_space``)."""
    return [int(i) for i in np.flatnonzero(doc.to_array(IS_SPACE))]


def orth_hashes(doc: Doc) -> list[int]:
    """Each token's text as its vocabulary hash, in token order."""
    return list(doc.to_array(ORTH).tolist())


def word_hash(word: str) -> int:
    """The vocabulary hash of a word, as ``orth_hashes`` gives it for a token so written."""
    return get_string_id(word)


def _positions(doc: Doc, attr: int, words: Iterable[str]) -> list[int]:
    wanted = _hashes(frozenset(words))
    if len(doc) == 0 or not len(wanted):
        return []
    # compared as arrays: a Python int per token costs more than the scan itself; a binary
    # search in the sorted hashes costs less than ``np.isin`` on a few hundred tokens
    values = doc.to_array(attr)
    at = np.searchsorted(wanted, values)
    at[at == len(wanted)] = 0
    return np.flatnonzero(wanted[at] == values).tolist()
