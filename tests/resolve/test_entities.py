"""Cross-document entity resolution: the rules, the guard, and the user's decisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dossier import KnowledgeBase, NotFoundError, ingest
from dossier.knowledge.ontology import load_ontology
from dossier.model.records import EntityRecord
from dossier.resolve.entities import Decision, Link, entity_links, resolve
from dossier.resolve.refresh import decide, find_entity, why_merged
from tests.corpus import write_jsonl


def org(name: str, *aliases: str) -> EntityRecord:
    return EntityRecord(f"organization:{name}", "organization", name, aliases, None)


def linked(entities: list[EntityRecord]) -> set[frozenset[str]]:
    links = entity_links(entities, load_ontology())
    return {frozenset((link.first, link.second)) for link in links}


def pair(a: EntityRecord, b: EntityRecord) -> frozenset[str]:
    return frozenset((a.id, b.id))


def test_a_name_written_as_another_entitys_alias_is_that_entity() -> None:
    sentinels, fss = org("Free Syrian Sentinels", "FSS"), org("FSS")
    assert pair(sentinels, fss) in linked([sentinels, fss])


def test_an_acronym_links_only_to_the_expansion_an_article_defines() -> None:
    movement, num = org("National Uprising Movement"), org("NUM")
    assert not linked([movement, num])  # the same initials in unrelated articles
    defined = org("National Uprising Movement", "NUM")
    assert pair(defined, num) in linked([defined, num])
    union = org("National Union of Miners")  # also spells NUM, but nobody wrote it so
    assert {pair(defined, num)} == {p for p in linked([defined, num, union]) if num.id in p}


def test_spellings_of_one_name_are_linked() -> None:
    shabab, al_shabab = org("Al Shabab"), org("al-Shabab")
    nangarhar_front, nangahar_front = org("Nangarhar Front"), org("Nangahar Front")
    assert pair(shabab, al_shabab) in linked([shabab, al_shabab])
    assert pair(nangarhar_front, nangahar_front) in linked([nangarhar_front, nangahar_front])
    assert not linked([org("Jaish al-Adl"), org("Jaish al-Islam")])


def test_groups_the_ontology_knows_as_different_are_never_linked() -> None:
    entities = [org("Islamic State", "IS"), org("ISIS-K", "IS-K"), org("Islamic State Khorasan")]
    islamic_state, isis_k, _ = entities
    assert pair(islamic_state, isis_k) not in linked(entities)
    assert all(islamic_state.id not in p for p in linked(entities))


def test_a_group_mistaken_for_a_person_joins_the_organisation() -> None:
    group = org("Ansar Dine")
    person = EntityRecord("person:ansar-dine", "person", "Ansar Dine", (), None)
    canonical, used = resolve([person, group], entity_links([person, group], load_ontology()), [])
    assert canonical[person.id] == group.id
    assert "organisation" in used[0].reason


def test_the_users_split_beats_the_rules_and_a_merge_is_always_made() -> None:
    shabab, al_shabab, other = org("Al Shabab"), org("al-Shabab"), org("Harakat Example")
    links = [Link(shabab.id, al_shabab.id, "spelling")]
    canonical, _ = resolve([shabab, al_shabab, other], links, [])
    assert canonical[shabab.id] == canonical[al_shabab.id]
    split = [Decision("split", shabab.id, al_shabab.id)]
    canonical, _ = resolve([shabab, al_shabab, other], links, split)
    assert canonical[shabab.id] != canonical[al_shabab.id]
    merge = [*split, Decision("merge", al_shabab.id, shabab.id)]  # a later decision wins
    canonical, used = resolve([shabab, al_shabab, other], links, merge)
    assert canonical[shabab.id] == canonical[al_shabab.id]
    assert used[0].origin == "user"


FIRST = {
    "id": "north-1",
    "source": "North Wire",
    "text": "The Coastal Defence League (CDL) was founded in 2019 and is based in Mombasa.",
}
SECOND = {
    "id": "south-2",
    "source": "South Post",
    "text": "The CDL is based in Mombasa. Kilifi Youth Front is allied with the CDL.",
}


def test_acronyms_link_across_articles_and_say_why(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    ingest(kb, [write_jsonl(tmp_path / "items.jsonl", FIRST, SECOND)])
    league = find_entity(kb, "CDL")
    assert league.name == "Coastal Defence League"
    assert find_entity(kb, "the Coastal Defence League").id == league.id
    [based] = [c for c in kb.claims(predicate="based_in")][:1]
    assert kb.canonical_ids()[based.subject_id] == league.id


def test_merge_and_split_are_kept_across_re_ingests(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    items = write_jsonl(tmp_path / "items.jsonl", FIRST, SECOND)
    ingest(kb, [items])
    youth = find_entity(kb, "Kilifi Youth Front")
    decide(kb, "merge", "Kilifi Youth Front", "Coastal Defence League")
    assert find_entity(kb, "Kilifi Youth Front").id == find_entity(kb, "CDL").id
    assert why_merged(kb, youth.id, find_entity(kb, "CDL").id) == ["merged by the user"]

    ingest(kb, [items], force=True)  # re-read every article: the decision stays
    assert find_entity(kb, "Kilifi Youth Front").id == find_entity(kb, "CDL").id

    decide(kb, "split", "Kilifi Youth Front", "Coastal Defence League")
    ingest(kb, [items], force=True)
    assert find_entity(kb, "Kilifi Youth Front").id != find_entity(kb, "CDL").id
    assert why_merged(kb, youth.id, find_entity(kb, "CDL").id) == []


def test_unknown_names_get_a_clear_error(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError, match="no entity named 'Nobody Front'"):
        find_entity(kb, "Nobody Front")


def test_a_group_is_named_by_its_whole_name_not_one_cut_inside_its_brackets() -> None:
    whole = org("Free Highland Union")
    cut = org("Free Highland Union (Union Libre des Hautes")
    canonical, _ = resolve([whole, cut], entity_links([whole, cut], load_ontology()), [])
    assert canonical[cut.id] == whole.id


def test_a_group_is_named_by_the_entity_the_ontology_knows() -> None:
    known = org("Islamic State")
    former = org("Mesopotamian Holy War Council", "Islamic State")  # its former name
    ontology = load_ontology()
    links = entity_links([known, former], ontology)
    assert resolve([known, former], links, [])[0][known.id] == former.id  # fullest name
    assert resolve([known, former], links, [], ontology)[0][former.id] == known.id
