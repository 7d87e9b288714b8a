"""Helpers to run the real pipeline over a few hand-written sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.model import AnnotatedDocument, Claim
from dossier.read.documents import make_document

Annotate = Callable[..., AnnotatedDocument]


@pytest.fixture
def annotate(nlp: Language) -> Annotate:
    def run(text: str, published_at: str | None = None) -> AnnotatedDocument:
        document = make_document(text, origin="test", published_at=published_at)
        [annotated] = annotate_documents(nlp, [document])
        return annotated

    return run


def pairs(claims: list[Claim], predicate: str) -> set[tuple[str, str | None]]:
    """(subject, object) of each claim of a predicate."""
    return {
        (claim.subject.name, claim.object.name if claim.object else None)
        for claim in claims
        if claim.predicate == predicate
    }


def values(claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    """(subject, value as written) of each claim of a predicate."""
    return {
        (claim.subject.name, str(getattr(claim.value, "text", claim.value)))
        for claim in claims
        if claim.predicate == predicate
    }
