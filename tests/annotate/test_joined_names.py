"""Names the model cuts at a comma or an 'and', or reads as nationalities, made whole:
a company with its legal form, a body's name with 'and' inside, a party named after its
members, and a name that lists its parts before its acronym."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def _organisations(doc: Doc) -> dict[str, str]:
    return {ent.text: ent.kb_id_ for ent in doc.ents if ent.label_ == "ORG"}


def _with_cut_ents(nlp: Language, text: str, cuts: list[tuple[str, str]]) -> Doc:
    """The text through the model, its entities set by hand to the cut parts given as
    (first word, last word), then cleaned by the hygiene component alone."""
    with nlp.select_pipes(disable=["dossier_entity_hygiene", "dossier_extractor"]):
        doc = nlp(text)
    words = [token.text for token in doc]
    spans = []
    for first, last in cuts:
        start = words.index(first)
        spans.append(Span(doc, start, words.index(last, start) + 1, label="ORG"))
    doc.ents = spans
    return nlp.get_pipe("dossier_entity_hygiene")(doc)


def test_a_legal_form_after_a_comma_belongs_to_the_company(nlp: Language) -> None:
    doc = nlp("Pellar Tooling, LLC was set up in March 2011 to sell drills in Canada.")
    organisations = _organisations(doc)
    assert "LLC" not in organisations
    assert organisations.get("Pellar Tooling, LLC") == "Pellar Tooling"


def test_two_legal_forms_stay_in_the_name(nlp: Language) -> None:
    doc = nlp("Acme Widgets, Inc. and Harbin Lamp Works Co., Ltd. signed the deal on Monday.")
    organisations = _organisations(doc)
    assert "Acme Widgets, Inc." in organisations
    assert "Harbin Lamp Works Co., Ltd." in organisations
    assert organisations["Harbin Lamp Works Co., Ltd."] == ""  # no comma before its form


def test_a_town_before_a_county_is_no_company(nlp: Language) -> None:
    doc = nlp("He lives in Belfast, Co. Down, with his two brothers.")
    assert not any("Belfast" in name for name in _organisations(doc))


def test_a_party_named_after_its_members_is_an_organisation(nlp: Language) -> None:
    doc = nlp("Before leaving politics she had joined the Christian Democrats in Malmo.")
    assert "Christian Democrats" in _organisations(doc)
    assert not any(ent.text == "Christian" for ent in doc.ents)


def test_a_sentence_opening_party_word_stays_alone(nlp: Language) -> None:
    doc = nlp("Democrats said the bill would fail in the upper house.")
    assert not any(len(ent) > 1 and ent.text.endswith("Democrats") for ent in doc.ents)


def test_a_body_cut_at_its_and_is_one_name(nlp: Language) -> None:
    doc = _with_cut_ents(
        nlp,
        "In 1990 she became a soloist of the Moravian Folk Song and Dance Ensemble in Brno.",
        [("Moravian", "Song"), ("Dance", "Ensemble")],
    )
    assert "Moravian Folk Song and Dance Ensemble" in _organisations(doc)


def test_a_field_of_study_after_and_continues_the_name(nlp: Language) -> None:
    doc = nlp("They met at the Institute for Tropical Medicine and Hygiene last spring.")
    assert any(name.endswith("Tropical Medicine and Hygiene") for name in _organisations(doc))


def test_two_groups_joined_by_and_stay_two(nlp: Language) -> None:
    doc = _with_cut_ents(
        nlp,
        "Fighting between the Northern Tigers and the Lake Brigade went on for a week.",
        [("Northern", "Tigers"), ("Lake", "Brigade")],
    )
    organisations = _organisations(doc)
    assert "Northern Tigers" in organisations
    assert not any("and" in name.split() for name in organisations)


def test_a_name_listing_its_parts_before_its_acronym_is_one_name(nlp: Language) -> None:
    doc = nlp(
        "The Farm, Garden and Road Workers Union (FGRWU) was formed by dock owners in 1950. "
        "Later the FGRWU split in two."
    )
    name = "Farm, Garden and Road Workers Union"
    assert name in _organisations(doc)
    assert {ent.kb_id_ for ent in doc.ents if ent.text == "FGRWU"} == {name}


def test_places_listed_before_a_defined_name_stay_out_of_it(nlp: Language) -> None:
    doc = nlp("Kenya, Uganda and the Joint Border Force (JBF) met in Kampala.")
    assert {ent.kb_id_ for ent in doc.ents if ent.text == "JBF"} == {"Joint Border Force"}


def test_two_bodies_glued_by_a_hyphen_are_two_names(nlp: Language) -> None:
    doc = nlp(
        "In 2019 Ana Tavares stood for the Alliance for Renewal Civic Movement-Green Party "
        "in the north."
    )
    organisations = _organisations(doc)
    assert "Alliance for Renewal Civic Movement" in organisations
    assert "Green Party" in organisations


def test_a_name_glued_over_a_particle_stays_whole(nlp: Language) -> None:
    doc = nlp("A commander of Hizb-ul-Fateh Movement was arrested in the capital.")
    assert not any(ent.text == "Movement" for ent in doc.ents)
