"""Names in any script get ids of their own (issue 15, defect 1).

Names without ASCII letters all used to get the id ``organization:unnamed``, so
unrelated groups merged; fullwidth letters and decomposed accents did not meet
their plain spellings.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from spacy.language import Language

from dossier import KnowledgeBase, ask, ingest
from dossier.knowledge.ontology import load_ontology
from dossier.model import EntityRef
from dossier.model.records import EntityRecord
from dossier.resolve.entities import entity_links
from dossier.resolve.refresh import find_entity
from dossier.store.facts import entity_id
from tests.corpus import write_jsonl


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def org_id(name: str) -> str:
    return entity_id(EntityRef("organization", name))


def test_names_in_any_script_get_ids_of_their_own() -> None:
    names = [
        "ЗАСЛОН",
        "ВЕКТОР",
        "الشباب",
        "الحشد",
        "東方",
        "西方",
        "कम",  # differs from the next only by a vowel sign
        "काम",
        "★",
        "☾",
    ]
    ids = [org_id(name) for name in names]
    assert len(set(ids)) == len(names)
    assert all(not i.endswith(":unnamed") and i.startswith("organization:") for i in ids)
    assert ids == [org_id(name) for name in names]  # stable


def test_ids_are_normalised_and_ascii_ids_do_not_change() -> None:
    assert org_id("ISIS-K") == "organization:isis-k"
    assert org_id("al-Shabab") == "organization:al-shabab"
    assert org_id("Ｔａｌｉｂａｎ") == org_id("Taliban") == "organization:taliban"
    liberation = "Frente Unido de Liberación"
    assert org_id(nfd(liberation)) == org_id(liberation)
    assert org_id(liberation) == "organization:frente-unido-de-liberacion"
    assert org_id("ЗАСЛОН") == org_id("Заслон") == "organization:заслон"
    assert org_id(nfd("ЙОТА")) == org_id("ЙОТА")


def test_a_person_and_a_group_in_another_script_are_not_taken_for_one() -> None:
    group = EntityRecord("organization:заслон", "organization", "ЗАСЛОН", (), None)
    person = EntityRecord("person:иван-петров", "person", "Иван Петров", (), None)
    other = EntityRecord("organization:вектор", "organization", "ВЕКТОР", (), None)
    assert entity_links([group, person, other], load_ontology()) == []


ZASLON = {
    "id": "zaslon",
    "source": "Reuters",
    "text": "The group ЗАСЛОН has 5,000 fighters, according to Reuters.",
}
VEKTOR = {
    "id": "vektor",
    "source": "BBC",
    "text": "The group ВЕКТОР has 20,000 fighters, according to the BBC.",
}
FULLWIDTH = {
    "id": "fullwidth",
    "source": "Reuters",
    "text": "The group Ｔａｌｉｂａｎ has 60,000 fighters, according to Reuters.",
}
YOTA = {
    "id": "yota",
    "source": "BBC",
    "text": "The group ЙОТА has 3,000 fighters, according to the BBC.",
}
FRENTE = {
    "id": "frente",
    "source": "Reuters",
    "text": "The Frente Unido de Liberación (FUL) has 7,000 fighters, according to Reuters.",
}


@pytest.fixture
def unicode_kb(kb: KnowledgeBase, tmp_path: Path, nlp: Language) -> KnowledgeBase:
    ingest(kb, [write_jsonl(tmp_path / "items.jsonl", ZASLON, VEKTOR, FULLWIDTH, YOTA, FRENTE)])
    return kb


def test_groups_named_in_cyrillic_stay_apart(unicode_kb: KnowledgeBase) -> None:
    answer = ask(unicode_kb, "How many members does ВЕКТОР have?")
    assert "20,000" in answer.answer
    assert "ЗАСЛОН" not in answer.answer and "5,000" not in answer.answer
    assert answer.verdict == "single-source"
    assert [c.document_id for c in answer.citations] == ["vektor"]
    zaslon, vektor = find_entity(unicode_kb, "ЗАСЛОН"), find_entity(unicode_kb, "ВЕКТОР")
    assert zaslon.id != vektor.id
    assert find_entity(unicode_kb, "ЙОТА").id not in (zaslon.id, vektor.id)


def test_fullwidth_letters_name_the_group_written_plainly(unicode_kb: KnowledgeBase) -> None:
    taliban = find_entity(unicode_kb, "Taliban")
    assert find_entity(unicode_kb, "Ｔａｌｉｂａｎ").id == taliban.id
    assert taliban.name == "Taliban"
    assert taliban.id != find_entity(unicode_kb, "ЗАСЛОН").id
    answer = ask(unicode_kb, "How many members does the Taliban have?")
    assert "60,000" in answer.answer and "5,000" not in answer.answer


def test_a_decomposed_name_finds_the_composed_one(unicode_kb: KnowledgeBase) -> None:
    frente = find_entity(unicode_kb, "Frente Unido de Liberación")
    assert find_entity(unicode_kb, nfd("Frente Unido de Liberación")).id == frente.id
    assert find_entity(unicode_kb, nfd("ЙОТА")).id == find_entity(unicode_kb, "ЙОТА").id
    answer = ask(unicode_kb, nfd("How many members does Frente Unido de Liberación have?"))
    assert "7,000" in answer.answer
    answer = ask(unicode_kb, nfd("How many members does ЙОТА have?"))
    assert "3,000" in answer.answer
