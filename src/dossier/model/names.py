"""Names as articles write them, tidied for use as entity names and aliases."""

from __future__ import annotations

import re
import unicodedata

from dossier.model.lexicon import load_lexicon, words

# Small words left out of initials: "of", "the", "al"...
MINOR_WORDS = words(load_lexicon("dossier.model.data", "values"), "name_minor_words")


def clean_name(text: str) -> str:
    """'the Islamic State's' -> 'Islamic State': drop articles, possessives, quotes, spaces."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return " ".join(text.strip("\"'‘’“”()[] ").split())


def name_key(name: str) -> str:
    """How names are compared when looked up: NFKC and case folded, so fullwidth
    'Ｔａｌｉｂａｎ' is 'taliban' and a decomposed 'é' is the composed one."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


def folded(name: str) -> str:
    """``name_key`` without the accents of Latin letters ('Liberación' -> 'liberacion').
    Other scripts keep their marks: a Devanagari vowel sign can tell two names apart."""
    decomposed = unicodedata.normalize("NFKD", name_key(name))
    kept, after_latin = [], False
    for char in decomposed:
        if unicodedata.category(char).startswith("M"):
            if after_latin:
                continue
        else:
            after_latin = char.isascii()
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def is_word_char(char: str) -> bool:
    """A letter, digit or mark of any script."""
    return unicodedata.category(char)[0] in "LNM"


def letters(name: str) -> str:
    """'al-Shabab' -> 'alshabab': a name's letters (any script), without Latin accents,
    case or punctuation."""
    text = re.sub(r"^the\s+", "", folded(name))
    return "".join(char for char in text if is_word_char(char))


def initials(name: str) -> str:
    """'National Uprising Movement' -> 'NUM'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in MINOR_WORDS]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def is_acronym(text: str) -> bool:
    """'SLF', 'IS-K', 'JeM': short, capitalised, at least two capitals, no spaces."""
    bare = text.replace("-", "").replace(".", "")
    capitals = sum(char.isupper() for char in bare)
    return 2 <= len(bare) <= 8 and bare.isalnum() and text[0].isupper() and capitals >= 2
