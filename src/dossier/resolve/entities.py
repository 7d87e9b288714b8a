"""One entity per real-world thing across documents, with the reason for every merge.

Within a document, names are already tied to entities: the ontology's aliases,
the gazetteer's ids, the aliases an article defines ('Name (ACRONYM)'). Across
documents, entities are linked when:

- **a name is another's alias**: one article writes 'FSS' for the Free Syrian
  Sentinels, another uses 'FSS' alone;
- **an acronym has one expansion**: 'NUM' and 'National Uprising Movement', when
  no other entity's initials spell 'NUM', 'NUM' is not a country's name ('UK') and an
  article defines it ('the National Uprising Movement (NUM)'): letters that happen to
  spell a name in an unrelated article ('AFP' and the Armed Forces of the Philippines
  in a news agency's dateline) are no link;
- **a spelling differs**: 'Al Shabab' and 'al-Shabab' (same letters, or nearly
  the same with the same number of words);
- **a transliteration differs**: 'Nouhad Machnouk' and 'Nohad Machnouk', 'Abed Rabbo'
  and 'Abdrabbuh': every word the same once the spelling equivalences of
  ``model/data/transliteration.yaml`` are folded away (``names.variant_key``), or
  but for one vowel in long words ('Mohammad' and 'Mohammed', not 'Hamid' and 'Hamad');
- **a middle name is left out**: 'Isnilon Hapilon' and 'Isnilon Totoni Hapilon', 'Hafez
  Saeed' and 'Hafiz Muhammad Saeed' (people only), when the knowledge base holds no other
  fuller name with the same first and last words ('Ahmed Ali' beside 'Ahmed Hassan Ali'
  and 'Ahmed Omar Ali' could be either, and stays apart);
- **a name carries its country**: 'National Liberation Army of Colombia' and 'National
  Liberation Army', when no other 'National Liberation Army of/in <place>' exists (a
  branch 'X in Yemen' beside 'X in Somalia' says X has several) and the ontology does not
  know X as a group of its own;
- **a group was taken for a person**: 'Ansar Dine' tagged as a person in one
  sentence and as an organisation in another is the organisation.

Two groups the ontology knows as different are never linked by these rules:
the Islamic State and ISIS-K are related, not the same. An acronym whose expansions are
spellings of one name ('Jemaah Islamiah', 'Jemaah Islamiyah') has one expansion. The
user's decisions win: a merge links two entities whatever the rules say, and a split
keeps them apart however many rules would join them. Both are stored, so they survive
re-ingesting.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.ontology import Ontology
from dossier.model.names import (
    consonants,
    end_words,
    initials,
    letters,
    middle_names_dropped,
    name_key,
    place_qualified,
    variant_key,
    vowel_variants,
)
from dossier.model.records import EntityRecord
from dossier.store.entity_keys import (
    BLOCK_LETTERS,
    LINKED_TYPES,
    MIDDLE_NAMED_TYPES,
    acronym_key,
    ends_key,
    has_initials,
    is_linked_acronym,
)

# Whether the ontology knows two records as different entities (never linked).
DistinctKnown = Callable[[EntityRecord, EntityRecord], bool]

SPELLING_SIMILARITY = 94  # rapidfuzz ratio of the letters, out of 100
MIN_FUZZY_LENGTH = 8


@dataclass(frozen=True, slots=True)
class Link:
    first: str
    second: str
    reason: str
    origin: str = "rule"  # "rule" | "user"


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str  # "merge" | "split"
    first: str
    second: str


def entity_links(
    entities: Iterable[EntityRecord],
    ontology: Ontology,
    expansions: Mapping[str, int] | None = None,
    namesakes: Mapping[str, int] | None = None,
) -> list[Link]:
    """The links the rules make between entities of different documents.

    ``expansions`` counts, for initials, the organisations of the whole knowledge base
    they spell, when ``entities`` are only some of them (resolving a region): an acronym
    is linked only when it has one expansion in all of it. ``namesakes`` counts, likewise,
    the people of the whole knowledge base under each first and last words
    (``names.end_words``): a name without its middle names is linked only when every
    fuller form is among ``entities``. Links come in an order that
    does not depend on which other entities are given, so a region resolves exactly as
    it does among all entities."""
    # in one order on every backend and in every region (not the database's collation)
    candidates = sorted(
        (e for e in entities if e.type in LINKED_TYPES), key=lambda e: (e.type, e.name, e.id)
    )
    known = {e.id: ontology.entity(unicodedata.normalize("NFKC", e.name)) for e in candidates}

    def distinct_known(a: EntityRecord, b: EntityRecord) -> bool:
        first, second = known[a.id], known[b.id]
        return first is not None and second is not None and first.name != second.name

    links: list[Link] = []
    by_name: dict[tuple[str, str], list[EntityRecord]] = {}
    for entity in candidates:
        by_name.setdefault((entity.type, name_key(entity.name)), []).append(entity)
    for entity in candidates:
        for alias in sorted(entity.aliases):
            for other in by_name.get((entity.type, name_key(alias)), []):
                if other.id != entity.id and not distinct_known(entity, other):
                    reason = f"'{other.name}' is written for {entity.name} in another article"
                    links.append(Link(entity.id, other.id, reason))
    links.extend(_mistyped_links(candidates, distinct_known))
    links.extend(_acronym_links(candidates, distinct_known, expansions))
    links.extend(_spelling_links(candidates, distinct_known))
    links.extend(_variant_links(candidates, distinct_known))
    links.extend(_vowel_links(candidates, distinct_known))
    links.extend(_middle_name_links(candidates, distinct_known, namesakes))
    links.extend(_qualifier_links(candidates, known, distinct_known))
    return links


def _mistyped_links(candidates: list[EntityRecord], distinct_known: DistinctKnown) -> list[Link]:
    """A 'person' named exactly as an organisation is that organisation: the NER model
    often calls groups people ('Ansar Dine', 'Boko Haram')."""
    organisations = {letters(e.name): e for e in candidates if e.type == "organization"}
    organisations.pop("", None)  # a name of symbols only says nothing
    links = []
    for entity in candidates:
        match = organisations.get(letters(entity.name)) if entity.type == "person" else None
        if match is not None and not distinct_known(entity, match):
            reason = f"'{entity.name}' is named as an organisation in other sentences"
            links.append(Link(match.id, entity.id, reason))
    return links


def _acronym_links(
    candidates: list[EntityRecord],
    distinct_known: DistinctKnown,
    expansions_in_all: Mapping[str, int] | None,
) -> list[Link]:
    organisations = [e for e in candidates if e.type == "organization"]
    by_initials: dict[str, list[EntityRecord]] = {}
    for entity in organisations:
        if has_initials(entity.type, entity.name):
            by_initials.setdefault(initials(entity.name), []).append(entity)
    links = []
    for entity in organisations:
        if not is_linked_acronym(entity.type, entity.name) or _is_country(entity.name):
            continue  # 'UK' written alone is the country, whatever group it spells
        key = acronym_key(entity.name)
        expansions = by_initials.get(key, [])
        if expansions_in_all is not None and expansions_in_all.get(key, 0) > len(expansions):
            continue  # expansions outside the entities given: their spellings are unknown
        if len({_spelling(e.name) for e in expansions}) != 1:
            continue  # no expansion, or several names (spellings of one name are one)
        if not any(_defines(expansion, key) for expansion in expansions):
            continue  # initials alone are a coincidence across unrelated articles
        for expansion in expansions:
            if not distinct_known(entity, expansion):
                name = expansion.name
                reason = f"'{entity.name}' is the initials of {name}, and of no other name"
                links.append(Link(expansion.id, entity.id, reason))
    return links


def _defines(expansion: EntityRecord, key: str) -> bool:
    """Whether some article wrote the acronym for this expansion ('the Armed Forces of
    the Philippines (AFP)'): within one article the annotator already ties an undefined
    acronym to the one name its letters spell, so across articles only a definition
    makes the link."""
    return any(
        is_linked_acronym(expansion.type, a) and acronym_key(a) == key for a in expansion.aliases
    )


def _spelling(name: str) -> str:
    """What tells two names apart, once transliteration is folded away."""
    return variant_key(name) or letters(name)


def _spelling_links(candidates: list[EntityRecord], distinct_known: DistinctKnown) -> list[Link]:
    """Same letters, or nearly: compared only within blocks of the same first letters."""
    blocks: dict[tuple[str, str], list[tuple[EntityRecord, str]]] = {}
    for entity in candidates:
        key = letters(entity.name)
        if key:
            blocks.setdefault((entity.type, key[:BLOCK_LETTERS]), []).append((entity, key))
    links = []
    for _key, block in sorted(blocks.items()):  # by key: the same order in any region
        for index, (first, first_key) in enumerate(block):
            for second, second_key in block[index + 1 :]:
                if distinct_known(first, second):
                    continue
                if first_key == second_key:
                    reason = f"'{first.name}' and '{second.name}' differ only in spelling marks"
                    links.append(Link(first.id, second.id, reason))
                elif _nearly_same(first, second, first_key, second_key):
                    score = fuzz.ratio(first_key, second_key)
                    reason = f"'{first.name}' and '{second.name}' are spelled {score:.0f}% alike"
                    links.append(Link(first.id, second.id, reason))
    return links


def _variant_links(candidates: list[EntityRecord], distinct_known: DistinctKnown) -> list[Link]:
    """Every word the same once transliteration is folded away; names of the same
    letters are the spelling rule's already."""
    links = []
    for group in _grouped(candidates, variant_key):
        first = group[0]
        for second in group[1:]:
            if _spelling_rule_links(first, second):
                continue
            if distinct_known(first, second):
                continue
            reason = f"'{first.name}' and '{second.name}' are transliterations of one name"
            links.append(Link(first.id, second.id, reason))
    return links


def _vowel_links(candidates: list[EntityRecord], distinct_known: DistinctKnown) -> list[Link]:
    """Word for word the same but for a vowel in long words: compared only among names
    of the same consonants."""
    links = []
    for group in _grouped(candidates, consonants):
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                if not vowel_variants(first.name, second.name):
                    continue
                if _spelling_rule_links(first, second):
                    continue
                if distinct_known(first, second):
                    continue
                reason = f"'{first.name}' and '{second.name}' differ in one vowel"
                links.append(Link(first.id, second.id, reason))
    return links


def _middle_name_links(
    candidates: list[EntityRecord],
    distinct_known: DistinctKnown,
    namesakes_in_all: Mapping[str, int] | None,
) -> list[Link]:
    """A person named without a middle name is the one fuller name with the same first
    and last words; two fuller names ('Ahmed Hassan Ali', 'Ahmed Omar Ali') could each be
    meant, so neither is linked."""
    people = [e for e in candidates if e.type in MIDDLE_NAMED_TYPES]
    links = []
    for group in _grouped(people, end_words):
        key = ends_key(group[0].type, group[0].name)
        if namesakes_in_all is not None and namesakes_in_all.get(key, 0) > len(group):
            continue  # namesakes outside the entities given: their names are unknown
        for short in group:
            fuller = [e for e in group if middle_names_dropped(short.name, e.name)]
            if len({variant_key(e.name) for e in fuller}) != 1:
                continue  # no fuller name, or several that it could be
            for full in fuller:
                if _spelling_rule_links(short, full) or distinct_known(short, full):
                    continue
                reason = f"'{short.name}' is {full.name} without a middle name"
                links.append(Link(full.id, short.id, reason))
    return links


def _grouped(
    candidates: list[EntityRecord], key_of: Callable[[str], str]
) -> list[list[EntityRecord]]:
    """The candidates of one type whose names give the same non-empty key, in key order."""
    groups: dict[tuple[str, str], list[EntityRecord]] = {}
    for entity in candidates:
        key = key_of(entity.name)
        if key:
            groups.setdefault((entity.type, key), []).append(entity)
    return [groups[key] for key in sorted(groups)]


def _spelling_rule_links(first: EntityRecord, second: EntityRecord) -> bool:
    """Whether ``_spelling_links`` links the two already (one reason per link)."""
    a, b = letters(first.name), letters(second.name)
    if a[:BLOCK_LETTERS] != b[:BLOCK_LETTERS]:
        return False
    return a == b or _nearly_same(first, second, a, b)


def _qualifier_links(
    candidates: list[EntityRecord], known: Mapping[str, object], distinct_known: DistinctKnown
) -> list[Link]:
    """'X of <country>' is X when it is the only X qualified by a place."""
    organisations = [e for e in candidates if e.type == "organization"]
    by_name: dict[str, list[EntityRecord]] = {}
    for entity in organisations:
        by_name.setdefault(name_key(entity.name), []).append(entity)
    qualified: dict[str, list[tuple[EntityRecord, str, str]]] = {}
    for entity in organisations:
        parts = place_qualified(entity.name)
        if parts is not None:
            base, word, place = parts
            qualified.setdefault(name_key(base), []).append((entity, word, place))
    links = []
    for base_key, forms in sorted(qualified.items(), key=lambda item: item[0]):
        if len({name_key(place) for _e, _w, place in forms}) != 1:
            continue  # X in two places: X has branches, each its own entity
        for entity, word, place in forms:
            if word != "of" or not _is_country(place):
                continue
            for bare in by_name.get(base_key, []):
                if distinct_known(entity, bare):
                    continue
                if known[bare.id] is not None and known[entity.id] is None:
                    continue  # the ontology knows X itself, not this X of a country
                reason = f"'{entity.name}' is {bare.name} named with its country"
                links.append(Link(entity.id, bare.id, reason))
    return links


def _is_country(name: str) -> bool:
    place = get_gazetteer().lookup(name, kinds=("country",))
    return place is not None and place.kind == "country"


def _nearly_same(first: EntityRecord, second: EntityRecord, a: str, b: str) -> bool:
    return (
        min(len(a), len(b)) >= MIN_FUZZY_LENGTH
        and len(first.name.split()) == len(second.name.split())
        and fuzz.ratio(a, b) >= SPELLING_SIMILARITY
    )


class UnionFind:
    """Groups of entity ids, with pairs that must stay apart."""

    def __init__(self, ids: Iterable[str], apart: Iterable[tuple[str, str]] = ()) -> None:
        self.parent = {entity_id: entity_id for entity_id in ids}
        self.apart = list(apart)

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: str, second: str, force: bool = False) -> bool:
        root_a, root_b = self.find(first), self.find(second)
        if root_a == root_b:
            return True
        if not force:
            for a, b in self.apart:
                pair = {self.find(a), self.find(b)}
                if pair == {root_a, root_b}:
                    return False
        self.parent[root_b] = root_a
        return True


def resolve(
    entities: list[EntityRecord],
    links: list[Link],
    decisions: list[Decision],
    ontology: Ontology | None = None,
) -> tuple[dict[str, str], list[Link]]:
    """Map every entity id to its group's canonical id; return the links that were used.

    The user's decisions are applied in order, a later one overriding an earlier one
    about the same pair; splits hold against the rules, merges are always made. A group
    is named by the entity the ``ontology`` knows, when it holds one: a former name an
    article gives ('used to be known as X') never renames the group.
    """
    final: dict[frozenset[str], Decision] = {}
    for decision in decisions:
        final[frozenset((decision.first, decision.second))] = decision
    splits = [(d.first, d.second) for d in final.values() if d.kind == "split"]
    merges = [d for d in final.values() if d.kind == "merge"]
    groups = UnionFind((e.id for e in entities), splits)
    used = []
    for decision in merges:
        groups.union(decision.first, decision.second, force=True)
        used.append(Link(decision.first, decision.second, "merged by the user", "user"))
    for link in links:
        if groups.union(link.first, link.second):
            used.append(link)
    by_id = {entity.id: entity for entity in entities}
    members: dict[str, list[str]] = {}
    for entity_id in by_id:
        members.setdefault(groups.find(entity_id), []).append(entity_id)
    canonical = {}
    for group in members.values():
        head = max(group, key=lambda i: _preference(by_id[i], ontology))
        for entity_id in group:
            canonical[entity_id] = head
    return canonical, used


def _preference(
    entity: EntityRecord, ontology: Ontology | None
) -> tuple[int, int, int, int, int, int, str]:
    """The group's name: a gazetteer place, an organisation (over a mistyped person), a
    name the ontology knows, a whole name (over one cut inside its brackets), then the
    fullest name, then the most aliases."""
    return (
        int(entity.gazetteer_id is not None),
        int(entity.type == "organization"),
        int(ontology is not None and ontology.entity(entity.name) is not None),
        int(entity.name.count("(") == entity.name.count(")")),
        len(entity.name.split()),
        len(entity.aliases),
        entity.id,
    )
