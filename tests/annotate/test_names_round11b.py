"""Round 11 (second pass) name repairs, on invented sentences: a one-word acronym the
model calls a person is an organisation before a body noun or after a role in a body; a
person's name with 'the' is a band where the text speaks of 'the band'; two
all-capitals words side by side are one organisation, except in capitals headlines."""

from __future__ import annotations

from spacy.language import Language

from dossier.annotate.capital_names import capital_names
from tests.annotate.conftest import typed


def _names(nlp: Language, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = typed(nlp, text, ents)
    found = capital_names(doc, list(doc.ents))
    return [(ent.text, ent.label_) for ent in (found if found is not None else doc.ents)]


def test_acronym_before_a_body_noun_is_an_organisation(nlp: Language) -> None:
    text = "In 2019 she was elected to parliament for the KOVEL party in the north."
    assert ("KOVEL", "ORG") in _names(nlp, text, [("KOVEL", "PERSON")])


def test_acronym_after_a_role_is_an_organisation_everywhere(nlp: Language) -> None:
    text = "Marta Linde praised DRASK. She is the national coordinator of DRASK."
    names = _names(nlp, text, [("Marta Linde", "PERSON"), ("DRASK", "PERSON"), ("DRASK", "PERSON")])
    assert names.count(("DRASK", "ORG")) == 2
    assert ("Marta Linde", "PERSON") in names


def test_acronym_in_no_frame_keeps_its_label(nlp: Language) -> None:
    text = "Yesterday TOMAS said the harvest was late."
    assert _names(nlp, text, [("TOMAS", "PERSON")]) == [("TOMAS", "PERSON")]


def test_name_with_the_is_a_band_where_the_text_says_the_band(nlp: Language) -> None:
    text = (
        "Sorrel is the second album by the Copper Herons. "
        "Tension grew in the band when Lio Farr left."
    )
    names = _names(nlp, text, [("the Copper Herons", "PERSON"), ("Lio Farr", "PERSON")])
    assert ("the Copper Herons", "ORG") in names
    assert ("Lio Farr", "PERSON") in names


def test_name_with_the_stays_without_a_band_noun(nlp: Language) -> None:
    text = "The album was produced by the Copper Herons in Leeds."
    assert _names(nlp, text, [("the Copper Herons", "PERSON")]) == [("the Copper Herons", "PERSON")]


def test_two_capitals_words_are_one_name(nlp: Language) -> None:
    text = "From 2001 to 2006, he ran the state grid operator VELK ZNT in the east."
    assert ("VELK ZNT", "ORG") in _names(nlp, text, [("VELK", "ORG")])


def test_capitals_headline_is_not_joined(nlp: Language) -> None:
    text = "VELK ZNT SHARES FALL AGAIN after the vote."
    assert ("VELK", "ORG") in _names(nlp, text, [("VELK", "ORG")])


def test_role_with_the_stays_a_person(nlp: Language) -> None:
    text = "The Dean opened the new wing, and the band played afterwards."
    assert _names(nlp, text, [("The Dean", "PERSON")]) == [("The Dean", "PERSON")]


def test_two_letter_role_after_an_acronym_is_not_joined(nlp: Language) -> None:
    text = "The VELK DG visited the camp on Monday."
    assert ("VELK", "ORG") in _names(nlp, text, [("VELK", "ORG")])
