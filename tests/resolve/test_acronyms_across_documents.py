"""An acronym joins a name of another article only where some article defines it: the
same letters in unrelated articles are a coincidence ('AFP' the news agency and the
Armed Forces of the Philippines). Names and articles are invented for the tests."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dossier import KnowledgeBase, ingest
from dossier.knowledge.ontology import load_ontology
from dossier.model.records import EntityRecord
from dossier.resolve.entities import entity_links
from dossier.resolve.refresh import resolve_all
from tests.corpus import write_jsonl


def org(name: str, *aliases: str) -> EntityRecord:
    return EntityRecord(f"organization:{name}", "organization", name, aliases, None)


def linked_to(acronym: EntityRecord, entities: list[EntityRecord]) -> set[str]:
    links = entity_links([acronym, *entities], load_ontology())
    return {link.first if link.second == acronym.id else link.second for link in links} - {
        acronym.id
    }


def test_initials_alone_link_nothing_across_articles() -> None:
    brigade, crb = org("Coastal Rangers Brigade"), org("CRB")
    assert linked_to(crb, [brigade]) == set()


def test_a_definition_links_the_acronym_to_its_name_and_its_spellings() -> None:
    defined, crb = org("Coastal Rangers Brigade", "CRB"), org("CRB")
    assert linked_to(crb, [defined]) == {defined.id}
    spelled = org("Coastal Rangers Brigades")  # another spelling of the defined name
    assert linked_to(crb, [defined, spelled]) == {defined.id, spelled.id}


def test_a_definition_in_one_article_links_the_acronym_in_another(
    kb: KnowledgeBase, nlp: Language, tmp_path: Path
) -> None:
    corpus = write_jsonl(
        tmp_path / "corpus.jsonl",
        {"id": "a", "text": "The Coastal Rangers Brigade patrolled the harbour at dawn."},
        {"id": "b", "text": "CRB said on Monday that it would boycott the vote."},
    )
    ingest(kb, [corpus])
    canonical = kb.canonical_ids()
    assert canonical["organization:crb"] == "organization:crb"
    defined = write_jsonl(
        tmp_path / "defined.jsonl",
        {"id": "c", "text": "The Coastal Rangers Brigade (CRB) raided a depot near Tarsk."},
    )
    ingest(kb, [defined])
    assert kb.canonical_ids()["organization:crb"] == "organization:coastal-rangers-brigade"
    before = kb.canonical_ids()
    resolve_all(kb)
    assert kb.canonical_ids() == before
