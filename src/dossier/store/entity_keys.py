"""The keys under which an entity can be linked to another across documents.

Each rule of ``dossier.resolve.entities`` only ever links two entities that share one of
these keys, so indexing them lets a new document's entities find their candidates
without reading every stored entity:

- ``name`` / ``alias``: a name, or an alias, with its type ('FSS' written for the
  Free Syrian Sentinels in one article, alone in another);
- ``letters``: a name's bare letters (a group tagged as a person);
- ``initials`` / ``acronym``: a multi-word organisation's initials, and an acronym
  spelled the same way;
- ``block``: type and first three letters, the block spelling variants are compared in;
- ``variant``: type and the name with transliteration folded away ('Nohad' and 'Nouhad');
- ``consonants``: type and that name's consonants ('Mohammad' and 'Mohammed');
- ``ends``: a person's type and first and last words, transliteration folded away
  ('Isnilon Hapilon' and 'Isnilon Totoni Hapilon');
- ``qualified``: for 'X of <place>' or 'X in <place>', X (which it may be, unless X is
  also qualified by another place).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from dossier.model.names import (
    consonants,
    end_words,
    initials,
    is_acronym,
    name_key,
    place_qualified,
    variant_key,
)
from dossier.model.names import letters as _letters

LINKED_TYPES = frozenset({"organization", "person"})
MIDDLE_NAMED_TYPES = frozenset({"person"})  # whose names can leave out a middle name
BLOCK_LETTERS = 3
_NAMES_CACHED = 1 << 16

# A name's keys are made when its entity is stored and the keys it wants when resolution
# looks for its candidates, right after: the costly parts are computed once for both.
letters = lru_cache(maxsize=_NAMES_CACHED)(_letters)

KeyRow = tuple[str, str]  # (kind, key)


def acronym_key(name: str) -> str:
    """'N.U.M.' -> 'NUM': an acronym as the initials of its expansion would spell it."""
    return name.replace("-", "").replace(".", "").upper()


@lru_cache(maxsize=_NAMES_CACHED)
def has_initials(entity_type: str, name: str) -> bool:
    """An organisation name of several words (or hyphen-joined parts: 'Lashkar-e-Taiba')
    whose initials an acronym can stand for."""
    return entity_type == "organization" and not is_acronym(name) and len(initials(name)) > 1


@lru_cache(maxsize=_NAMES_CACHED)
def is_linked_acronym(entity_type: str, name: str) -> bool:
    return entity_type == "organization" and is_acronym(name)


def name_keys(entity_type: str, name: str) -> set[KeyRow]:
    """The keys an entity's main name gives it."""
    if entity_type not in LINKED_TYPES:
        return set()
    keys = {("name", f"{entity_type}|{name_key(name)}")}
    bare = letters(name)
    if bare:
        keys.add(("letters", bare))
        keys.add(("block", f"{entity_type}|{bare[:BLOCK_LETTERS]}"))
    if has_initials(entity_type, name):
        keys.add(("initials", initials(name)))
    if is_linked_acronym(entity_type, name):
        keys.add(("acronym", acronym_key(name)))
    variant = variant_key(name)
    if variant:
        keys.add(("variant", f"{entity_type}|{variant}"))
        keys.add(("consonants", f"{entity_type}|{consonants(name)}"))
    keys |= _ends_keys(entity_type, name)
    base = _qualified_base(entity_type, name)
    if base:
        keys.add(("qualified", base))
    return keys


def ends_key(entity_type: str, name: str) -> str:
    """'person|isnilun|hapilun': the ``ends`` key of a person's name; '' for other names."""
    ends = end_words(name) if entity_type in MIDDLE_NAMED_TYPES else ""
    return f"{entity_type}|{ends}" if ends else ""


def _ends_keys(entity_type: str, name: str) -> set[KeyRow]:
    key = ends_key(entity_type, name)
    return {("ends", key)} if key else set()


def _qualified_base(entity_type: str, name: str) -> str:
    """'National Liberation Army of Colombia' -> 'national liberation army'."""
    parts = place_qualified(name) if entity_type == "organization" else None
    return name_key(parts[0]) if parts else ""


def alias_keys(entity_type: str, aliases: Iterable[str]) -> set[KeyRow]:
    if entity_type not in LINKED_TYPES:
        return set()
    return {("alias", f"{entity_type}|{name_key(alias)}") for alias in aliases}


def wanted_keys(entity_type: str, name: str, aliases: Iterable[str]) -> set[KeyRow]:
    """The keys to look up for an entity's candidates: the other side of every rule."""
    if entity_type not in LINKED_TYPES:
        return set()
    wanted = {("name", f"{entity_type}|{name_key(alias)}") for alias in aliases}
    wanted.add(("alias", f"{entity_type}|{name_key(name)}"))
    bare = letters(name)
    if bare:
        wanted.add(("letters", bare))  # a group taken for a person, either way round
        wanted.add(("block", f"{entity_type}|{bare[:BLOCK_LETTERS]}"))
    if has_initials(entity_type, name):
        wanted |= {("acronym", initials(name)), ("initials", initials(name))}
    if is_linked_acronym(entity_type, name):
        wanted |= {("initials", acronym_key(name)), ("acronym", acronym_key(name))}
    variant = variant_key(name)
    if variant:
        wanted.add(("variant", f"{entity_type}|{variant}"))
        wanted.add(("consonants", f"{entity_type}|{consonants(name)}"))
    wanted |= _ends_keys(entity_type, name)  # every namesake: one more makes it ambiguous
    if entity_type == "organization":
        wanted.add(("qualified", name_key(name)))  # X finds 'X of <place>'
    base = _qualified_base(entity_type, name)
    if base:  # 'X of <place>' finds X and every other X qualified by a place
        wanted |= {("name", f"{entity_type}|{base}"), ("qualified", base)}
    return wanted
