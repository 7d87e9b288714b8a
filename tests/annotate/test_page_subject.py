"""The page's subject from its first sentence's copula: an organisation the model missed,
cut or called a person, and a person's name the model cut. Invented names."""

from __future__ import annotations

from spacy.language import Language


def _labelled(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


def test_a_band_named_by_the_first_sentence_is_one_organisation(nlp: Language) -> None:
    ents = _labelled(
        nlp,
        "Smoke Over the River is a Welsh folk rock band from Cardiff. "
        "Smoke Over the River toured Japan in 2011.",
    )
    assert ents.count(("Smoke Over the River", "ORG")) == 2
    assert ("River", "LOC") not in ents


def test_a_company_taken_for_a_person_becomes_an_organisation(nlp: Language) -> None:
    ents = _labelled(nlp, "Tobias Lenz Freight is a Danish haulage company based in Odense.")
    assert ("Tobias Lenz Freight", "ORG") in ents
    assert ("Tobias Lenz Freight", "PERSON") not in ents


def test_a_persons_name_with_particles_is_mended(nlp: Language) -> None:
    ents = _labelled(
        nlp,
        "Karl Gustav Henrik Anton von der Aue (12 January 1931–11 March 2011) was a Swedish "
        "liberal politician.",
    )
    assert ("Karl Gustav Henrik Anton von der Aue", "PERSON") in ents


def test_a_common_noun_subject_is_no_name(nlp: Language) -> None:
    ents = _labelled(nlp, "The group is a small militia in the north of the country.")
    assert not [text for text, label in ents if label == "ORG"]


def test_a_person_of_an_organisation_keeps_the_organisation(nlp: Language) -> None:
    ents = _labelled(nlp, "Anna Keller of the Baltic Policy Institute is a Latvian economist.")
    assert ("Anna Keller of the Baltic Policy Institute", "PERSON") not in ents
