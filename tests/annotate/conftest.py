"""Helpers for the entity-stage tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def typed(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """The text through the model with its entities set by hand as (words, label), so a
    repair step is tested on the mistake it mends whatever the model makes of the text."""
    with nlp.select_pipes(
        disable=["dossier_acronyms", "dossier_entity_hygiene", "dossier_extractor"]
    ):
        doc = nlp(text)
    words = [token.text for token in doc]
    spans, taken = [], 0
    for name, label in ents:
        parts = name.split()
        at = next(i for i in range(taken, len(words)) if words[i : i + len(parts)] == parts)
        spans.append(Span(doc, at, at + len(parts), label=label))
        taken = at + len(parts)
    doc.ents = spans
    return doc
