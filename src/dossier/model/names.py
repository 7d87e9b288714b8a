"""Names as articles write them, tidied for use as entity names and aliases."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dossier.model.lexicon import load_lexicon, words

# Small words left out of initials: "of", "the", "al"...
MINOR_WORDS = words(load_lexicon("dossier.model.data", "values"), "name_minor_words")


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", flags=re.IGNORECASE)
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@lru_cache(maxsize=50_000)
def clean_name(text: str) -> str:
    """'the Islamic State's' -> 'Islamic State': drop articles, possessives, quotes, spaces."""
    # cached: extraction cleans the same few names tens of thousands of times a corpus
    text = _LEADING_ARTICLE.sub("", text.strip())
    text = _TRAILING_POSSESSIVE.sub("", text)
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
    """'National Uprising Movement' -> 'NUM'; 'Markaz ad-Dawa wal-Irshad' -> 'MDI'."""
    words = [
        word
        for word in re.findall(r"[^\s\-]+-?", name)
        if not _left_out_of_initials(word.casefold())
    ]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def _left_out_of_initials(word: str) -> bool:
    """Whether a word (with the hyphen that joins it to the next, if any) is a small word."""
    bare = word.rstrip("-")
    return (
        bare in MINOR_WORDS
        or bare in _SKIPPED_IN_INITIALS
        or (word.endswith("-") and bare in _JOINED_ARTICLES)
    )


def spelled_part(name: str, acronym: str) -> str:
    """'52nd Brigade of the Popular Mobilization Forces' with '(PMF)' after it: an acronym
    that spells the initials of the part after 'of', and not the start of the whole,
    names that part (a unit's parent); otherwise the whole name."""
    whole, _, part = name.partition(" of ")
    part = part.removeprefix("the ").strip()
    bare = "".join(char for char in acronym if char.isalnum()).upper()
    if part and initials(part) == bare and not initials(whole).startswith(bare[:1]):
        return part
    return name


def is_acronym(text: str) -> bool:
    """'SLF', 'IS-K', 'JeM': short, capitalised, at least two capitals, no spaces."""
    bare = text.replace("-", "").replace(".", "")
    capitals = sum(char.isupper() for char in bare)
    return 2 <= len(bare) <= 8 and bare.isalnum() and text[0].isupper() and capitals >= 2


_TRANSLITERATION = load_lexicon("dossier.model.data", "transliteration")
_PARTICLES: dict[str, str] = {str(k): str(v) for k, v in _TRANSLITERATION["particles"].items()}
_REWRITES = tuple(
    (re.compile(str(pattern)), str(replacement))
    for pattern, replacement in _TRANSLITERATION["rewrites"]
)
_SKIPPED_IN_INITIALS = frozenset(str(w) for w in _TRANSLITERATION["initials_skipped"])
_JOINED_ARTICLES = frozenset(str(w) for w in _TRANSLITERATION["joined_articles"])
# A name folded to fewer letters than this is too short to tell spellings from names
MIN_VARIANT_LETTERS = 6


def _spelled(word: str) -> str:
    word = _PARTICLES.get(word, word)
    if not word.isascii():  # the equivalences are Latin ones: other scripts stay as written
        return word
    for pattern, replacement in _REWRITES:
        word = pattern.sub(replacement, word)
    return word


# A trailing bracket ('Jamat ud Dawah (JUD)', or cut before it closes) defines or
# glosses the name; it is no part of how the name is spelled
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)?\s*$")


@lru_cache(maxsize=65536)  # keyed, linked and compared for every entity named again
def variant_words(name: str) -> tuple[str, ...]:
    """'Abd al-Fattah' -> ('abdal', 'fata'): a name's words with transliteration folded away."""
    text = re.sub(r"^the\s+", "", folded(_TRAILING_BRACKET.sub("", name) or name))
    return tuple(_spelled(word) for word in re.split(r"[^\w]+|_", text) if word)


def variant_key(name: str) -> str:
    """'Nouhad Machnouk', 'Nohad Machnouk' -> 'nuhadmachnuk': a name with the spelling
    differences of transliteration folded away (model/data/transliteration.yaml), the
    words joined, so a particle written joined or apart ('Abdrabbuh', 'Abed Rabbo') spells
    the same. '' for a name too short for its spelling to tell it apart."""
    key = "".join(variant_words(name))
    return key if len(key) >= MIN_VARIANT_LETTERS else ""


VOWELS = str(_TRANSLITERATION["vowels"])
MIN_VOWEL_VARIANT_LETTERS = int(_TRANSLITERATION["min_vowel_variant_letters"])


def consonants(name: str) -> str:
    """'Jaish-e-Mohammad' -> 'jshmhmd': the consonants of ``variant_key``, where names
    spelled with other vowels meet; '' for a name too short."""
    return "".join(char for char in variant_key(name) if char not in VOWELS)


def vowel_variants(first: str, second: str) -> bool:
    """'Jaish-e-Mohammad' and 'Jaish-e-Mohammed': word for word the same but for one
    vowel in some words of at least MIN_VOWEL_VARIANT_LETTERS letters, and one word
    at least the same ('Hamid Tamer' and 'Hamad Tamer' are two people)."""
    one, two = variant_words(first), variant_words(second)
    if len(one) != len(two) or one == two or not set(one) & set(two):
        return False
    return all(a == b or _one_vowel_apart(a, b) for a, b in zip(one, two, strict=True))


def _one_vowel_apart(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < MIN_VOWEL_VARIANT_LETTERS:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and apart[0][0] in VOWELS and apart[0][1] in VOWELS


def end_words(name: str) -> str:
    """'Isnilon Totoni Hapilon' -> 'isnilun|hapilun': a person's first and last words with
    transliteration folded away, where a form without its middle names meets the full one;
    '' for a name of one word or too short."""
    words = variant_words(name)
    if len(words) < 2 or not variant_key(name):
        return ""
    return f"{words[0]}|{words[-1]}"


def middle_names_dropped(short: str, full: str) -> bool:
    """'Isnilon Hapilon' is 'Isnilon Totoni Hapilon' without a middle name: the same first
    and last words (transliteration folded away) and, between them, some of the full
    name's middle words in their order."""
    one, two = variant_words(short), variant_words(full)
    if len(one) < 2 or len(two) <= len(one) or not end_words(short):
        return False
    if one[0] != two[0] or one[-1] != two[-1]:
        return False
    middle = iter(two[1:-1])
    return all(word in middle for word in one[1:-1])  # a subsequence, in order


def place_qualified(name: str) -> tuple[str, str, str] | None:
    """'National Liberation Army of Colombia' -> ('National Liberation Army', 'of',
    'Colombia'): a name of three words or more followed by 'of' or 'in' and a capitalised
    tail (a place, if the gazetteer agrees). None for other names."""
    match = re.fullmatch(r"(.+?)\s+(of|in)\s+((?:the\s+)?[A-Z][\w\s'\-]*)", clean_name(name))
    if match is None:
        return None
    base, word, tail = match.groups()
    significant = [w for w in base.split() if w.casefold() not in MINOR_WORDS]
    if len(significant) < 3 or base.split()[-1].casefold() in MINOR_WORDS:
        return None
    return base, word, tail
