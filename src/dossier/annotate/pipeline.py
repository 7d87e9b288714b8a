"""Run the spaCy pipeline over documents and keep what later stages need.

English documents get sentences and named entities from ``en_core_web_sm``
plus Dossier's components; documents in other languages are split into
sentences for search only, with a note, so nothing is mis-extracted from them.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache, partial

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dossier.annotate.chunks import MAX_CHUNK_CHARS, split_into_chunks
from dossier.annotate.collector import fewer_collections
from dossier.annotate.components import (
    ACRONYMS,
    ALIAS_RULER,
    DOCUMENT_ID,
    ENTITY_HYGIENE,
    EXTRACTOR,
    LINE_BREAKS,
    PUBLISHED_AT,
    TITLE,
    register_components,
)
from dossier.annotate.indexed_rules import use_indexed_rules
from dossier.annotate.settings import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_ANNOTATED_CHARS,
    MODEL_NAME,
)
from dossier.annotate.text_view import model_view
from dossier.errors import ModelError
from dossier.extract.sentences import content_sentences
from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model import AnnotatedDocument, Document, Evidence, Mention, Sentence
from dossier.read.fingerprint import minhash_setup, minhash_signature

ANNOTATED_LANGUAGES = frozenset({"en"})

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def load_pipeline(ontology_path: str | None = None) -> Language:
    """The English model with Dossier's components added. Loads from disk, never the network."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as error:
        raise ModelError(
            f"the spaCy model {MODEL_NAME!r} is not installed ({error}); "
            "install the project with ./run.sh"
        ) from error
    register_components()
    use_indexed_rules(nlp)  # the same tag rules and lemmas, looked up: a fifth of the model's time
    minhash_setup()  # the fingerprint's permutations, once per process, with the model
    split_alias_full_stops(nlp, load_ontology(ontology_path))
    config = {"ontology_path": ontology_path}
    nlp.add_pipe(LINE_BREAKS[0], name=LINE_BREAKS[1], before="parser")
    nlp.add_pipe(ALIAS_RULER[0], name=ALIAS_RULER[1], before="ner", config=config)
    nlp.add_pipe(ACRONYMS[0], name=ACRONYMS[1], after="ner")
    nlp.add_pipe(ENTITY_HYGIENE[0], name=ENTITY_HYGIENE[1], after=ACRONYMS[1], config=config)
    nlp.add_pipe(EXTRACTOR[0], name=EXTRACTOR[1], last=True, config=config)
    # The model, ontology and gazetteer live as long as the process: kept out of the cyclic
    # collector's reach, its full passes no longer walk their half a million objects.
    gc.collect()
    gc.freeze()
    return nlp


def split_alias_full_stops(nlp: Language, ontology: Ontology) -> None:
    """Keep 'IS-K.' as 'IS-K' + '.': spaCy reads a final capital and full stop as an initial
    ('K.'), which hides the alias and the sentence end after it."""
    for spec in ontology.entities:
        for alias in (spec.name, *spec.aliases):
            tokens = [token.text for token in nlp.make_doc(alias)]
            if len(tokens) > 1 and len(tokens[-1]) == 1 and tokens[-1].isupper():
                nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                    alias + ".", [{"ORTH": text} for text in (*tokens, ".")]
                )


def shared_pipeline(ontology_path: str | None = None) -> Language:
    """One pipeline per process and ontology, loaded on first use (never at import)."""
    return _pipeline_for(ontology_path)  # one cache key for 'shared_pipeline()' and '(None)'


@cache
def _pipeline_for(ontology_path: str | None) -> Language:
    return load_pipeline(ontology_path)


def is_annotated_language(document: Document) -> bool:
    # An undetermined language (very short text) is given the benefit of the doubt.
    return document.lang is None or document.lang in ANNOTATED_LANGUAGES


def plain_sentences(text: str, offset: int = 0, first_index: int = 0) -> list[Sentence]:
    """Sentences by punctuation and line breaks, for text the model does not read."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            sentences.append(
                Sentence(first_index + len(sentences), offset + start, offset + match.start())
            )
        start = match.end()
    if text[start:].strip():
        sentences.append(Sentence(first_index + len(sentences), offset + start, offset + len(text)))
    return sentences


def _annotated_length(document: Document, max_chars: int) -> int:
    """How much of the document the model reads: all of it, or up to a paragraph break."""
    if not is_annotated_language(document):
        return 0
    if len(document.text) <= max_chars:
        return len(document.text)
    offset, piece = next(split_into_chunks(document.text, max_chars))
    return offset + len(piece)


def _pipe_inputs(
    nlp: Language, documents: Iterable[Document], max_chars: int, piece_chars: int
) -> Iterator[tuple[Doc, tuple[Document, int, bool]]]:
    """(doc, (document, offset, is_last_piece)) for every piece the model must read; each
    doc carries its document's id, date and title for the extractor."""
    for document in documents:
        length = _annotated_length(document, max_chars)
        if length == 0:
            yield nlp.make_doc(""), (document, 0, True)  # passes through untouched, keeps order
            continue
        pieces = list(split_into_chunks(document.text[:length], piece_chars))
        for number, (offset, piece) in enumerate(pieces):
            doc = nlp.make_doc(model_view(piece))  # same length: offsets hold
            doc.user_data[DOCUMENT_ID] = document.id
            doc.user_data[PUBLISHED_AT] = document.published_at
            doc.user_data[TITLE] = document.title
            yield doc, (document, offset, number == len(pieces) - 1)


def annotate_documents(
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_chars: int = DEFAULT_MAX_ANNOTATED_CHARS,
    piece_chars: int = MAX_CHUNK_CHARS,
) -> Iterator[AnnotatedDocument]:
    """Annotate documents lazily, in input order, with ``nlp.pipe`` in batches.

    Long documents go through the model in pieces of at most ``piece_chars``
    whose offsets are shifted back to the whole text; text past ``max_chars``
    is only split into sentences.
    """
    annotated = AnnotatedDocument(document=Document("", "", ""))
    with fewer_collections():
        for doc, (document, offset, is_last) in nlp.pipe(
            _pipe_inputs(nlp, documents, max_chars, piece_chars),
            as_tuples=True,
            batch_size=batch_size,
        ):
            if is_annotated_language(document):
                _collect(doc, offset, annotated)
            if not is_last:
                continue
            annotated.document = _finish(document, annotated.sentences, max_chars)
            annotated.fingerprint = minhash_signature(document.text)
            yield annotated
            annotated = AnnotatedDocument(document=Document("", "", ""))


def _finish(document: Document, sentences: list[Sentence], max_chars: int) -> Document:
    """Split what the model did not read into sentences, and say so in a note."""
    length = _annotated_length(document, max_chars)
    if length == len(document.text):
        return document
    sentences.extend(plain_sentences(document.text[length:], length, len(sentences)))
    if length == 0:
        note = f"language {document.lang!r}: stored for search; no entities or claims extracted"
    else:
        note = (
            f"{len(document.text):,} characters: the first {length:,} were annotated, "
            "the rest stored for search only (raise --max-annotated-chars to annotate more)"
        )
    return replace(document, notes=(*document.notes, note))


def _collect(doc: Doc, offset: int, annotated: AnnotatedDocument) -> None:
    """Append a piece's sentences, mentions, claims and events, shifted to document offsets."""
    sentences = annotated.sentences
    first_index = len(sentences)
    starts = []
    for index, _sentence, start, end in content_sentences(doc):
        sentences.append(Sentence(first_index + index, offset + start, offset + end))
        starts.append(start)
    refs = doc._.entity_refs or {}
    for ent in doc.ents:
        local = max(0, bisect_right(starts, ent.start_char) - 1)
        annotated.mentions.append(
            Mention(
                start=offset + ent.start_char,
                end=offset + ent.end_char,
                label=ent.label_,
                sentence_index=first_index + local,
                text=ent.text,
                entity=refs.get(ent.start_char),
            )
        )
    if offset == 0 and first_index == 0:  # the first piece: nothing to shift
        annotated.claims.extend(doc._.claims or ())
        annotated.events.extend(doc._.events or ())
        return
    shift = partial(_shift_evidence, offset=offset, first_index=first_index)
    annotated.claims.extend(
        replace(claim, evidence=shift(claim.evidence)) for claim in doc._.claims or ()
    )
    annotated.events.extend(
        replace(event, evidence=tuple(shift(e) for e in event.evidence))
        for event in doc._.events or ()
    )


def _shift_evidence(evidence: Evidence, offset: int, first_index: int) -> Evidence:
    if offset == 0 and first_index == 0:
        return evidence
    return replace(
        evidence,
        sentence_index=evidence.sentence_index + first_index,
        start=evidence.start + offset,
        end=evidence.end + offset,
    )
