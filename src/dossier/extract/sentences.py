"""Which of spaCy's sentences Dossier keeps, so every stage numbers them alike."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span


def content_sentences(doc: Doc) -> Iterator[tuple[int, Span, int, int]]:
    """(index, sentence, start, end) for every sentence with text, trimmed of whitespace."""
    text = doc.text  # spaCy rebuilds Doc.text from the tokens on every access
    index = 0
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield index, sentence, start, end
            index += 1
