"""Names the model misses, read from how the article defines them: a name with its
acronym in brackets is one organisation, however many places are inside it, and every
later use of the acronym is that organisation; a surname the model read as a place is
the person the article names in full."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _labels(doc: Doc) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        found.setdefault(ent.text, set()).add(ent.label_)
    return found


def _links(doc: Doc, text: str) -> set[str]:
    return {ent.kb_id_ for ent in doc.ents if ent.text == text}


def test_a_defined_name_runs_over_the_place_inside_it(nlp: Language) -> None:
    doc = nlp(
        "The Front for Justice and Renewal in East Kordofan (FJREK) shelled the market. "
        "A week later FJREK fighters withdrew towards the hills."
    )
    assert "ORG" in _labels(doc).get("Front for Justice and Renewal in East Kordofan", set())
    assert _links(doc, "FJREK") == {"Front for Justice and Renewal in East Kordofan"}
    assert len([ent for ent in doc.ents if ent.text == "FJREK"]) == 2


def test_an_acronym_in_another_language_stands_for_the_name_before_it(nlp: Language) -> None:
    doc = nlp(
        "Villagers fled after the Patriotic Front for the Defence of Kivu (FPDK) burned "
        "their homes. FPDK commanders denied it."
    )
    assert _links(doc, "FPDK") == {"Patriotic Front for the Defence of Kivu"}


def test_a_dateline_agency_is_no_definition(nlp: Language) -> None:
    doc = nlp("NEW YORK (AP) — Police closed two stations on Monday. AP reporters saw it.")
    assert not _links(doc, "AP") - {""}


def test_a_surname_read_as_a_place_is_the_person(nlp: Language) -> None:
    doc = nlp(
        "Followers of the jailed rebel leader Kemal Arslanbey rallied in Izmir. "
        "Arslanbey urged them to keep calm."
    )
    assert _labels(doc).get("Arslanbey") == {"PERSON"}


def test_a_surname_spelled_like_a_country_is_the_person_who_speaks(nlp: Language) -> None:
    doc = nlp(
        "Defence chief Rafael Montenegro spoke on Sunday. Montenegro said the raid had ended."
    )
    assert _labels(doc).get("Montenegro") == {"PERSON"}


def test_a_known_country_stays_a_place_beside_a_namesake(nlp: Language) -> None:
    doc = nlp(
        "Customs officer Samir Jordan said the convoy was stopped at dawn. "
        "The lorries had crossed into Jordan from the north two days earlier."
    )
    assert "GPE" in _labels(doc).get("Jordan", set())
