"""Names of organisations NER missed or mislabelled, where the phrase they stand in makes them one:
the parts of a merger ('a merger of the Real Front and the Sable Army') and what the
merger formed ('The New Front, a merger of ...'). A name here is a run of capitalised
words no entity covers, the head a proper noun: 'the Real IRA', 'Liwa al-Haqq'.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef
from dossier.model.names import clean_name

MAX_NAME_WORDS = 8
# labels NER gives a group's name by mistake ('Liwa al-Sunna' as a person)
MISTAKEN_LABELS = words(lexicon("claims"), "mistaken_group_labels")
NAME_PART_DEPS = frozenset({"compound", "amod", "nmod"})
# lower-case particles inside names: 'Liwa al-Haqq', 'Jamat ud Dawa'
NAME_JOINERS = words(lexicon("claims"), "name_joiners")


def unrecognised_name(token: Token, context: DocContext) -> EntityRef | None:
    """The organisation a proper noun names that no entity covers (or one NER took for a
    person or a work), with the capitalised words before it that belong to its name."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ in NAME_PART_DEPS:
        return None  # a word inside a longer name ('Ansar' of 'Ansar Dine') is not one
    start = token.i
    for child in token.children:
        if child.i < token.i and child.dep_ in NAME_PART_DEPS:
            start = min(start, child.left_edge.i)
    words = list(token.doc[start : token.i + 1])
    while words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    ents = {context.entity_at(word) for word in words} - {None}
    if any(ent is not None and ent.label_ not in MISTAKEN_LABELS for ent in ents):
        return None  # a name NER did recognise: the caller reads it
    if not all(w.text[:1].isupper() or w.lower_ in NAME_JOINERS for w in words):
        return None
    if not all(_is_word(w.text) for w in words):
        return None  # 'Movement.[8': a footnote glued on by the tokenizer
    name = clean_name(token.doc[words[0].i : words[-1].i + 1].text)
    return EntityRef("organization", name) if len(name) >= 2 else None


def _is_word(text: str) -> bool:
    return all(char.isalpha() or char in "-'’" for char in text)
