"""Helpers to run the real pipeline over a few hand-written sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.model import AnnotatedDocument
from dossier.read.documents import make_document

Annotate = Callable[..., AnnotatedDocument]


@pytest.fixture
def annotate(nlp: Language) -> Annotate:
    def run(text: str, published_at: str | None = None) -> AnnotatedDocument:
        document = make_document(text, origin="test", published_at=published_at)
        [annotated] = annotate_documents(nlp, [document])
        return annotated

    return run
