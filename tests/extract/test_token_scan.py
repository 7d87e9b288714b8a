"""Finding tokens by their words from arrays gives what a walk over the tokens gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dossier.extract.sentences import content_sentences
from dossier.extract.token_scan import (
    dep_positions,
    lower_positions,
    space_positions,
    text_positions,
)

_VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], **kwargs: object) -> Doc:
    return Doc(_VOCAB, words=words, **kwargs)  # type: ignore[arg-type]


def test_lower_positions_match_any_case_and_nothing_else() -> None:
    doc = _doc(["The", "Band", "met", "the", "band", "'s", "BAND", "bandit"])
    assert lower_positions(doc, frozenset({"band"})) == [1, 4, 6]
    assert lower_positions(doc, frozenset({"band"})) == [
        token.i for token in doc if token.lower_ == "band"
    ]


def test_text_positions_match_the_written_form_only() -> None:
    doc = _doc(["A", "(", "B", ")", "and", "(", "c", "("])
    assert text_positions(doc, frozenset({"("})) == [1, 5, 7]
    assert text_positions(doc, frozenset({"B", "c"})) == [2, 6]


def test_space_positions_are_the_whitespace_tokens() -> None:
    doc = _doc(["Title", "\n\n", "Body", "text", "\n"], spaces=[False, False, True, False, False])
    assert space_positions(doc) == [1, 4]


def test_dep_positions_read_the_parse_labels() -> None:
    doc = _doc(
        ["Rebels", "were", "seen", "and", "troops", "left"],
        heads=[2, 2, 2, 2, 5, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj"],
    )
    assert dep_positions(doc, frozenset({"nsubj", "nsubjpass"})) == [0, 4]


def test_an_empty_document_has_no_positions() -> None:
    doc = _doc([])
    assert lower_positions(doc, frozenset({"group"})) == []
    assert space_positions(doc) == []


def test_sentences_are_trimmed_of_their_whitespace_tokens() -> None:
    words = ["\n", "Floods", "hit", "towns", ".", "\n\n", "Roads", "closed", " \n"]
    spaces = [False, True, True, False, False, False, True, False, False]
    starts = [True, False, False, False, False, False, True, False, False]
    doc = _doc(words, spaces=spaces, sent_starts=starts)
    text = doc.text
    bounds = [(start, end) for _, _, start, end in content_sentences(doc)]
    assert [text[start:end] for start, end in bounds] == ["Floods hit towns.", "Roads closed"]
