"""Transliteration variants, acronyms of variant expansions and names carrying their
country: one entity per real-world entity, never two entities made one."""

from __future__ import annotations

from dossier.knowledge.ontology import load_ontology
from dossier.model import AnnotatedDocument, EntityRef, Mention
from dossier.model.names import place_qualified, variant_key
from dossier.model.records import EntityRecord
from dossier.read.documents import make_document
from dossier.resolve.entities import entity_links
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from dossier.store.entity_keys import name_keys, wanted_keys


def org(name: str) -> EntityRecord:
    return EntityRecord(f"organization:{name}", "organization", name, (), None)


def person(name: str) -> EntityRecord:
    return EntityRecord(f"person:{name}", "person", name, (), None)


def linked(entities: list[EntityRecord]) -> set[frozenset[str]]:
    links = entity_links(entities, load_ontology())
    return {frozenset((link.first, link.second)) for link in links}


def pair(a: EntityRecord, b: EntityRecord) -> frozenset[str]:
    return frozenset((a.id, b.id))


def test_transliterations_of_a_name_share_a_key() -> None:
    assert variant_key("Youssef Haddour") == variant_key("Yusef Hadour")
    assert variant_key("Karim ag Mossa") == variant_key("Karim Ag Mussa")
    assert variant_key("Zakariyah Benny") == variant_key("Zakaria Benni")
    assert variant_key("Abdel Samir el-Kurdi") == variant_key("Abd al-Samir al-Kurdi")
    assert variant_key("Abdulwahid Noor") == variant_key("Abdul Wahid Nur")


def test_different_names_keep_different_keys() -> None:
    assert variant_key("Hassan Tamer") != variant_key("Hussein Tamer")
    assert variant_key("Omar Sadek") != variant_key("Amr Sadek")
    assert variant_key("Ali") == ""  # too short to tell a spelling from another name


def test_two_spellings_of_one_person_are_one_entity() -> None:
    first, second = person("Youssef Haddour"), person("Yusef Hadour")
    assert pair(first, second) in linked([first, second])


def test_people_sharing_a_surname_stay_apart() -> None:
    people = [person("Hassan Tamer"), person("Hussein Tamer"), person("Khaled Tamer")]
    assert not linked(people)


def test_one_vowel_apart_in_a_long_word_is_one_name() -> None:
    first, second = org("Brigade of Ahmadullah"), org("Brigade of Ahmedullah")
    assert pair(first, second) in linked([first, second])
    connective = org("Sipah-i-Watan")  # the Urdu connective written either way
    assert pair(connective, org("Sipah-e-Watan")) in linked([connective, org("Sipah-e-Watan")])


def test_short_words_a_vowel_apart_are_different_names() -> None:
    assert not linked([person("Hamid Tamer"), person("Hamad Tamer")])
    assert not linked([person("Nadia Hmoud"), person("Nadi Ahmad")])


def test_an_acronym_of_two_spellings_of_one_name_links_to_both() -> None:
    one, two, acronym = org("Harakat Nasiriyah"), org("Harakat Nasiriah"), org("HN")
    links = linked([one, two, acronym])
    assert pair(one, acronym) in links and pair(two, acronym) in links
    other = org("Hilltop Network")  # a second name spelling HN: ambiguous again
    assert not any(acronym.id in p for p in linked([one, two, acronym, other]))


def test_a_name_with_its_country_is_the_bare_name() -> None:
    bare, qualified = (
        org("Popular Revolutionary Vanguard"),
        org("Popular Revolutionary Vanguard of Peru"),
    )
    assert pair(bare, qualified) in linked([bare, qualified])


def test_a_name_qualified_by_two_places_has_branches() -> None:
    bare = org("Popular Revolutionary Vanguard")
    peru = org("Popular Revolutionary Vanguard of Peru")
    chile = org("Popular Revolutionary Vanguard in Chile")
    assert not linked([bare, peru, chile])


def test_only_a_country_qualifies_and_branches_are_not_qualifiers() -> None:
    assert place_qualified("Islamic State in Yemen") is None  # too short a base
    assert not linked([org("Northern Farmers Union"), org("Northern Farmers Union of Tomorrow")])
    assert not linked([org("Sahel Liberation Front"), org("Sahel Liberation Front in Mali")])


def test_the_keys_find_every_candidate_of_the_new_rules() -> None:
    one, two = name_keys("person", "Yusef Hadour"), wanted_keys("person", "Youssef Haddour", ())
    assert one & two & {("variant", "person|yusefhadur")}
    vowel = name_keys("person", "Mohammad Tamer") & wanted_keys("person", "Mohammed Tamer", ())
    assert ("consonants", "person|mhmdtmr") in vowel
    qualified = name_keys("organization", "Popular Revolutionary Vanguard of Peru")
    bare = wanted_keys("organization", "Popular Revolutionary Vanguard", ())
    assert qualified & bare
    wanted = wanted_keys("organization", "Popular Revolutionary Vanguard of Peru", ())
    assert name_keys("organization", "Popular Revolutionary Vanguard") & wanted


def annotated(document_id: str, kind: str, name: str) -> AnnotatedDocument:
    """A hand-made annotation naming one entity."""
    text = f"{name} spoke on Monday."
    document = make_document(text, origin="test", id=document_id)
    label = "ORG" if kind == "organization" else "PERSON"
    mention = Mention(0, len(name), label, 0, name, EntityRef(kind, name))
    return AnnotatedDocument(document, mentions=[mention])


def test_documents_added_one_by_one_resolve_as_all_at_once(kb: KnowledgeBase) -> None:
    named = [
        ("person", "Youssef Haddour"),
        ("organization", "Popular Revolutionary Vanguard of Peru"),
        ("person", "Yusef Hadour"),
        ("organization", "Popular Revolutionary Vanguard"),
        ("organization", "Brigade of Ahmadullah"),
        ("organization", "Brigade of Ahmedullah"),
    ]
    for number, (kind, name) in enumerate(named):
        kb.write_document(annotated(f"d{number}", kind, name))
        refresh(kb)
    added = kb.canonical_ids()
    assert len(set(added.values())) == 3
    refresh(kb, full=True)
    assert kb.canonical_ids() == added
    kb.write_document(annotated("d9", "organization", "Popular Revolutionary Vanguard in Chile"))
    refresh(kb)  # a second place: the bare name and the Peruvian one come apart
    split = kb.canonical_ids()
    assert len(set(split.values())) == 5
    refresh(kb, full=True)
    assert kb.canonical_ids() == split
