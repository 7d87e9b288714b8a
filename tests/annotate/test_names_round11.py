"""Round 11 name repairs, on invented sentences: a name the model mistypes becomes an
organisation where its frame says it is a body ('X, a subsidiary of Y', 'a member of
X', 'X is a shipping company'); places the gazetteer knows, nationalities and names in
other frames keep their label. A person's name with a particle set off after a role is
a person; runs ending in 'Opera' or 'Fund' are one organisation; a description the model
read into a name ('the Varnish party KDV') is trimmed off."""

from __future__ import annotations

from spacy.language import Language

from dossier.annotate.described_names import described_names
from dossier.annotate.framed_bodies import framed_bodies
from dossier.annotate.headed_names import headed_names
from dossier.annotate.hygiene import _is_belief_or_nation, _is_gazetteer_place
from tests.annotate.conftest import typed


def _labels(nlp: Language, text: str, ents: list[tuple[str, str]]) -> dict[str, str]:
    doc = typed(nlp, text, ents)
    found = framed_bodies(
        doc, list(doc.ents), is_place=_is_gazetteer_place, is_people=_is_belief_or_nation
    )
    return {ent.text: ent.label_ for ent in (found if found is not None else doc.ents)}


def test_a_name_with_a_subsidiary_in_apposition_is_an_organisation(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "The software is now maintained by Korvex, a subsidiary of Halden Systems.",
        [("Korvex", "GPE"), ("Halden Systems", "ORG")],
    )
    assert labels["Korvex"] == "ORG"


def test_the_object_of_a_member_of_is_an_organisation(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "Marta Viel was a member of Dustmoor between 2001 and 2004.",
        [("Marta Viel", "PERSON"), ("Dustmoor", "GPE")],
    )
    assert labels == {"Marta Viel": "PERSON", "Dustmoor": "ORG"}


def test_the_subject_of_a_copula_with_a_kind_of_body_is_an_organisation(
    nlp: Language,
) -> None:
    labels = _labels(
        nlp,
        "Brannoch is a Danish maker and distributor of marine pumps.",
        [("Brannoch", "PERSON"), ("Danish", "NORP")],
    )
    assert labels == {"Brannoch": "ORG", "Danish": "NORP"}


def test_a_band_read_as_a_work_is_an_organisation(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "Velvet Harrow, a rock band from the coast, released two albums.",
        [("Velvet Harrow", "WORK_OF_ART")],
    )
    assert labels["Velvet Harrow"] == "ORG"


def test_a_known_place_keeps_its_label(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "Tomas Ek was a member of Norway's delegation. Oslo is a city of parks.",
        [("Tomas Ek", "PERSON"), ("Norway", "GPE"), ("Oslo", "GPE")],
    )
    assert labels == {"Tomas Ek": "PERSON", "Norway": "GPE", "Oslo": "GPE"}


def test_a_person_in_other_frames_stays_a_person(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "Petra Lunn is a singer and a member of the choir. She met Ivo Brask, a founder.",
        [("Petra Lunn", "PERSON"), ("Ivo Brask", "PERSON")],
    )
    assert labels == {"Petra Lunn": "PERSON", "Ivo Brask": "PERSON"}


def test_nothing_framed_changes_nothing(nlp: Language) -> None:
    doc = typed(nlp, "Dr. Orla Fenn visited Quillby in May.", [("Orla Fenn", "PERSON")])
    assert (
        framed_bodies(
            doc, list(doc.ents), is_place=_is_gazetteer_place, is_people=_is_belief_or_nation
        )
        is None
    )


def test_a_name_with_a_particle_set_off_after_a_role_is_a_person(nlp: Language) -> None:
    doc = typed(
        nlp,
        "In the vote its candidate, Tiago de Barrosa, won easily. Later Barrosa resigned.",
        [("Tiago de Barrosa", "ORG"), ("Barrosa", "ORG")],
    )
    doc = nlp.get_pipe("dossier_entity_hygiene")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Tiago de Barrosa", "PERSON"),
        ("Barrosa", "PERSON"),
    ]


def test_a_run_ending_in_an_opera_or_a_fund_is_one_organisation(nlp: Language) -> None:
    doc = typed(
        nlp,
        "In 1801 the Royal Danish Opera was founded. She ran the Halvard Family Fund.",
        [("Danish", "NORP"), ("Halvard", "PERSON")],
    )
    found = headed_names(doc, list(doc.ents))
    assert found is not None
    assert {(ent.text, ent.label_) for ent in found} >= {
        ("Royal Danish Opera", "ORG"),
        ("Halvard Family Fund", "ORG"),
    }


def test_what_is_formed_or_founded_is_an_organisation(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "Grelwyn was formed in 1994. In 2001 she founded Tessaly with two friends.",
        [("Grelwyn", "WORK_OF_ART"), ("Tessaly", "GPE")],
    )
    assert labels == {"Grelwyn": "ORG", "Tessaly": "ORG"}


def test_a_joined_person_stays_a_person(nlp: Language) -> None:
    labels = _labels(
        nlp,
        "In May Anton Weir joined Clara Moss on the campaign trail.",
        [("Anton Weir", "PERSON"), ("Clara Moss", "PERSON")],
    )
    assert labels == {"Anton Weir": "PERSON", "Clara Moss": "PERSON"}


def test_a_description_read_into_a_name_is_trimmed(nlp: Language) -> None:
    doc = typed(
        nlp,
        "He co-founded a branch of the Varnish party KDV in 1975.",
        [("Varnish party KDV", "ORG")],
    )
    found = described_names(doc, list(doc.ents))
    assert found is not None
    assert [(ent.text, ent.label_) for ent in found] == [("KDV", "ORG")]


def test_a_name_with_a_lower_case_word_of_its_own_stays_whole(nlp: Language) -> None:
    doc = typed(
        nlp,
        "They toured with Rage against the Machine and the Bank of Tolvar Group.",
        [("Rage against the Machine", "ORG"), ("Bank of Tolvar Group", "ORG")],
    )
    assert described_names(doc, list(doc.ents)) is None
