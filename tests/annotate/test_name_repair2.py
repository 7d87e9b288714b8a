"""A defined acronym's long form the model half read as a person, mended: the bracketed
organisation, spelled by the capitalised run before it, makes the run one organisation,
and the run written again later is that organisation too. Names listed after a plural
noun for a body ('the bands A and B') are organisations. Invented names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.annotate.listed_bodies import listed_bodies


def _defined(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """The text through the model with its entities set by hand as (word, label), one
    word each, then read by the acronym component alone."""
    with nlp.select_pipes(
        disable=["dossier_acronyms", "dossier_entity_hygiene", "dossier_extractor"]
    ):
        doc = nlp(text)
    words = [token.text for token in doc]
    spans, taken = [], 0
    for word, label in ents:
        at = words.index(word, taken)
        spans.append(Span(doc, at, at + 1, label=label))
        taken = at + 1
    doc.ents = spans
    return nlp.get_pipe("dossier_acronyms")(doc)


def _labelled(doc: Doc) -> list[tuple[str, str, str]]:
    return [(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents]


def test_a_foreign_word_read_as_a_person_joins_the_spelled_organisation(nlp: Language) -> None:
    doc = _defined(
        nlp,
        "She ran Hordvik Kraftlinjer (HKL) for a decade. In 2004 Hordvik Kraftlinjer was sold.",
        [("Kraftlinjer", "PERSON"), ("HKL", "ORG"), ("Kraftlinjer", "PERSON")],
    )
    ents = _labelled(doc)
    assert [(text, label) for text, label, _ in ents].count(("Hordvik Kraftlinjer", "ORG")) == 2
    assert ("Hordvik Kraftlinjer", "ORG", "Hordvik Kraftlinjer") in ents  # the later use
    assert ("HKL", "ORG", "Hordvik Kraftlinjer") in ents


def test_a_person_before_the_organisation_stays_a_person(nlp: Language) -> None:
    doc = _defined(
        nlp,
        "The report by Edric Valsen Union Workers (EVUW) was read aloud.",
        [("Edric", "PERSON"), ("Workers", "PERSON"), ("EVUW", "ORG")],
    )
    assert not any(ent.label_ == "ORG" and ent.text.startswith("Edric") for ent in doc.ents)


def test_an_acronym_the_model_does_not_read_as_an_organisation_changes_nothing(
    nlp: Language,
) -> None:
    doc = _defined(
        nlp,
        "The letter came from Marta Kellsund (MK) last spring.",
        [("Kellsund", "PERSON"), ("MK", "PERSON")],
    )
    assert not any(ent.text == "Marta Kellsund" and ent.label_ == "ORG" for ent in doc.ents)


def _entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_names_listed_after_a_plural_body_noun_are_organisations(nlp: Language) -> None:
    ents = _entities(
        nlp, "He later played with the rock bands Velvet Harrow and Tamsin Lode before going solo."
    )
    assert ("Velvet Harrow", "ORG") in ents
    assert ("Tamsin Lode", "ORG") in ents


def test_places_after_a_plural_body_noun_stay_places(nlp: Language) -> None:
    ents = _entities(nlp, "The bands toured Norway and Sweden that summer.")
    assert ("Norway", "GPE") in ents
    assert ("Sweden", "GPE") in ents


def test_a_single_name_after_a_plural_body_noun_is_not_a_list(nlp: Language) -> None:
    doc = _defined(
        nlp,
        "The clubs Arvel Denscombe met in the spring.",
        [("Arvel", "PERSON")],
    )
    assert listed_bodies(doc, list(doc.ents)) is None
