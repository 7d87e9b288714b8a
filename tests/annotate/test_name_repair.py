"""Names the model cuts or mistypes, mended: an institution's name ending in a capitalised
body noun, a person glued to an institution over a preposition, a person's name cut in
two, and a person after a member's role or with a regnal number. Invented names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def _labelled(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_a_place_before_an_institution_noun_is_part_of_its_name(nlp: Language) -> None:
    ents = _labelled(nlp, "He taught physics at Varnell State University for ten years.")
    assert ("Varnell State University", "ORG") in ents


def test_a_school_opening_a_sentence_is_one_organisation(nlp: Language) -> None:
    ents = _labelled(nlp, "Kestwick Valley High School opened in 1952 with ninety pupils.")
    assert ("Kestwick Valley High School", "ORG") in ents


def _with_ents(nlp: Language, text: str, ents: list[tuple[str, str, str]]) -> Doc:
    """The text through the model, its entities set by hand as (first word, last word,
    label), then cleaned by the hygiene component alone."""
    with nlp.select_pipes(disable=["dossier_entity_hygiene", "dossier_extractor"]):
        doc = nlp(text)
    words = [token.text for token in doc]
    spans = []
    for first, last, label in ents:
        start = words.index(first)
        spans.append(Span(doc, start, words.index(last, start) + 1, label=label))
    doc.ents = spans
    return nlp.get_pipe("dossier_entity_hygiene")(doc)


def test_a_body_noun_the_model_left_out_joins_the_name(nlp: Language) -> None:
    doc = _with_ents(
        nlp,
        "Since 1802 the Grand Harbour Orchestra has played in the old hall.",
        [("the", "Harbour", "ORG")],
    )
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Grand Harbour Orchestra", "ORG")]


def test_of_and_a_place_after_the_head_belong_to_the_name(nlp: Language) -> None:
    ents = _labelled(nlp, "The port and the Central Savings Bank of Northland are both there.")
    assert ("Central Savings Bank of Northland", "ORG") in ents


def test_a_person_glued_to_an_institution_is_split_off(nlp: Language) -> None:
    ents = _labelled(
        nlp, "She received her degree in 1961 under Ivo Petrak at Varnell State University."
    )
    assert ("Varnell State University", "ORG") in ents
    assert ("Ivo Petrak", "PERSON") in ents


def test_a_sentence_opening_word_is_no_part_of_an_institution(nlp: Language) -> None:
    ents = _labelled(nlp, "Later Varnell State University opened a new library.")
    assert ("Varnell State University", "ORG") in ents


def test_a_persons_name_cut_in_two_is_one_person(nlp: Language) -> None:
    ents = _labelled(nlp, "The first mayor was Halvard Osei Brandt, who left the party in 1971.")
    assert ("Halvard Osei Brandt", "PERSON") in ents


def test_a_member_role_opening_a_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    ents = _labelled(nlp, "Drummer Tobin Marlow said the album was their loudest.")
    assert ("Tobin Marlow", "PERSON") in ents
    assert not any(text.startswith("Drummer") for text, _ in ents)


def test_a_regnal_number_stays_with_the_name(nlp: Language) -> None:
    ents = _labelled(nlp, "The hymn was composed for Pope Gregory XIX in the winter of 1840.")
    assert ("Gregory XIX", "PERSON") in ents


def test_a_name_set_off_after_a_body_noun_is_that_body(nlp: Language) -> None:
    ents = _labelled(
        nlp,
        "The film showed support for the Varnese rebel organization, Casa Morena "
        "and its leader Ulo Perth.",
    )
    assert ("Casa Morena", "ORG") in ents


def test_a_name_set_off_after_a_leader_of_a_body_is_no_body(nlp: Language) -> None:
    ents = _labelled(
        nlp, "The leader of the Varnese rebel group, Ulo Perth, said the talks had failed."
    )
    assert ("Ulo Perth", "ORG") not in ents


def test_a_speaker_after_a_body_noun_is_no_body(nlp: Language) -> None:
    ents = _labelled(nlp, "He left the band, Tom Rook said in 2001.")
    assert ("Tom Rook", "ORG") not in ents


def test_words_before_a_head_role_name_the_body(nlp: Language) -> None:
    ents = _labelled(
        nlp, "Ramos claimed that Varlo chairperson Ben Ostrand had asked him to resign in 2017."
    )
    assert ("Varlo", "ORG") in ents
    assert ("Ben Ostrand", "PERSON") in ents
