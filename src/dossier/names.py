"""Names as articles write them, tidied for use as entity names and aliases."""

from __future__ import annotations

import re
import unicodedata

MINOR_WORDS = frozenset({"of", "the", "and", "for", "in", "al", "el", "de"})


def clean_name(text: str) -> str:
    """'the Islamic State's' -> 'Islamic State': drop articles, possessives, quotes, spaces."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return " ".join(text.strip("\"'‘’“”()[] ").split())


def letters(name: str) -> str:
    """'al-Shabab' -> 'alshabab': a name's letters, without accents, case or punctuation."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(char for char in folded if not unicodedata.combining(char)).casefold()
    folded = re.sub(r"^the\s+", "", folded)
    return re.sub(r"[^0-9a-z]+", "", folded)


def initials(name: str) -> str:
    """'National Uprising Movement' -> 'NUM'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in MINOR_WORDS]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def is_acronym(text: str) -> bool:
    """'SLF', 'IS-K', 'JeM': short, capitalised, at least two capitals, no spaces."""
    bare = text.replace("-", "").replace(".", "")
    capitals = sum(char.isupper() for char in bare)
    return 2 <= len(bare) <= 8 and bare.isalnum() and text[0].isupper() and capitals >= 2
