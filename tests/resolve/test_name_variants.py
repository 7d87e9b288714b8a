"""Transliteration variants, acronyms of variant expansions and names carrying their
country: one entity per real-world entity, never two entities made one."""

from __future__ import annotations

from dossier.knowledge.ontology import load_ontology
from dossier.model import AnnotatedDocument, EntityRef, Mention
from dossier.model.names import (
    end_words,
    initials,
    middle_names_dropped,
    place_qualified,
    variant_key,
)
from dossier.model.records import EntityRecord
from dossier.model.types import EntityType
from dossier.read.documents import make_document
from dossier.resolve.entities import entity_links
from dossier.resolve.refresh import refresh
from dossier.store import KnowledgeBase
from dossier.store.entity_keys import name_keys, wanted_keys


def org(name: str, *aliases: str) -> EntityRecord:
    return EntityRecord(f"organization:{name}", "organization", name, aliases, None)


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


def test_the_vowel_of_a_closing_syllable_is_written_e_or_i() -> None:
    assert variant_key("Rashed Tamer") == variant_key("Rashid Tamir")
    assert variant_key("Nader Qurashi") == variant_key("Nadir Qurashi")
    assert variant_key("Hamid Tamer") != variant_key("Hamad Tamer")  # a, not e: two names


def test_a_bracket_after_a_name_is_no_part_of_its_spelling() -> None:
    full = "Harakat Nasr al-Watan"
    assert variant_key(f"{full} (HNW)") == variant_key(full)
    assert variant_key(f"{full} (HNW") == variant_key(full)  # cut before it closes
    bracketed, bare = org(f"{full} (HNW"), org("Harakat Nasr al-Watan")
    assert pair(bracketed, bare) in linked([bracketed, bare])


def test_a_name_without_its_middle_name_is_the_fuller_name() -> None:
    assert middle_names_dropped("Taufiq Rahmani", "Taufiq Bakri Rahmani")
    assert middle_names_dropped("Taufiq Rahmani", "Taufiq Bakry Rahmany")  # and spelled apart
    assert not middle_names_dropped("Taufiq Rahmani", "Bakri Taufiq Rahmani")
    assert not middle_names_dropped("Taufiq Bakri Rahmani", "Taufiq Rahmani")
    short, full = person("Taufiq Rahmani"), person("Taufiq Bakri Rahmani")
    assert pair(short, full) in linked([short, full])


def test_a_name_two_fuller_names_could_mean_stays_apart() -> None:
    people = [
        person("Taufiq Rahmani"),
        person("Taufiq Bakri Rahmani"),
        person("Taufiq Salim Rahmani"),
    ]
    assert not linked(people)


def test_a_shared_first_or_last_name_alone_links_nobody() -> None:
    assert not linked([person("Salim Rahmani"), person("Taufiq Bakri Rahmani")])
    assert not linked([person("Taufiq Rahmani"), person("Taufiq Bakri Haddad")])
    assert not linked([org("Rahmani Front"), org("Rahmani Liberation Front")])  # people only
    assert end_words("Rahmani") == ""


def test_an_acronym_leaves_out_the_arabic_small_words() -> None:
    long_form, acronym = org("Majlis ash-Shura wal-Tahrir", "MST"), org("MST")
    assert pair(long_form, acronym) in linked([long_form, acronym])
    assert initials(long_form.name) == "MST"
    assert initials("Friends as Allies Network") == "FAAN"  # 'as' alone counts


def test_an_acronym_that_names_a_country_is_no_groups_initials() -> None:
    assert not linked([org("Ulster Kestrels"), org("UK")])
    long_form, acronym = org("Ulster Kestrel Union", "UKU"), org("UKU")
    assert pair(long_form, acronym) in linked([long_form, acronym])


def test_an_acronym_of_two_spellings_of_one_name_links_to_both() -> None:
    one, two, acronym = org("Harakat Nasiriyah", "HN"), org("Harakat Nasiriah"), org("HN")
    links = linked([one, two, acronym])
    assert pair(one, acronym) in links and pair(two, acronym) in links
    other = org("Hilltop Network")  # a second name spelling HN: only the definition holds
    links = linked([one, two, acronym, other])
    assert {p for p in links if acronym.id in p} == {pair(one, acronym)}


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
    assert one & two & {("variant", "person|yusifhadur")}
    vowel = name_keys("person", "Mohammad Tamer") & wanted_keys("person", "Mohammed Tamer", ())
    assert ("consonants", "person|mhmdtmr") in vowel
    qualified = name_keys("organization", "Popular Revolutionary Vanguard of Peru")
    bare = wanted_keys("organization", "Popular Revolutionary Vanguard", ())
    assert qualified & bare
    wanted = wanted_keys("organization", "Popular Revolutionary Vanguard of Peru", ())
    assert name_keys("organization", "Popular Revolutionary Vanguard") & wanted
    short = name_keys("person", "Taufiq Rahmani")
    assert ("ends", "person|taufiq|rahmani") in short & wanted_keys(
        "person", "Taufiq Bakri Rahmani", ()
    )


def annotated(document_id: str, kind: str, name: str) -> AnnotatedDocument:
    """A hand-made annotation naming one entity."""
    text = f"{name} spoke on Monday."
    document = make_document(text, origin="test", id=document_id)
    label = "ORG" if kind == "organization" else "PERSON"
    entity_type: EntityType = "organization" if kind == "organization" else "person"
    mention = Mention(0, len(name), label, 0, name, EntityRef(entity_type, name))
    return AnnotatedDocument(document, mentions=[mention])


def test_documents_added_one_by_one_resolve_as_all_at_once(kb: KnowledgeBase) -> None:
    named = [
        ("person", "Youssef Haddour"),
        ("organization", "Popular Revolutionary Vanguard of Peru"),
        ("person", "Yusef Hadour"),
        ("organization", "Popular Revolutionary Vanguard"),
        ("organization", "Brigade of Ahmadullah"),
        ("organization", "Brigade of Ahmedullah"),
        ("person", "Taufiq Rahmani"),
        ("person", "Taufiq Bakri Rahmani"),
    ]
    for number, (kind, name) in enumerate(named):
        kb.write_document(annotated(f"d{number}", kind, name))
        refresh(kb)
    added = kb.canonical_ids()
    assert len(set(added.values())) == 4
    refresh(kb, full=True)
    assert kb.canonical_ids() == added
    kb.write_document(annotated("d9", "organization", "Popular Revolutionary Vanguard in Chile"))
    refresh(kb)  # a second place: the bare name and the Peruvian one come apart
    split = kb.canonical_ids()
    assert len(set(split.values())) == 6
    refresh(kb, full=True)
    assert kb.canonical_ids() == split
    kb.write_document(annotated("d10", "person", "Taufiq Salim Rahmani"))
    refresh(kb)  # a second fuller name: the short one could be either
    ambiguous = kb.canonical_ids()
    assert len(set(ambiguous.values())) == 8
    refresh(kb, full=True)
    assert kb.canonical_ids() == ambiguous
