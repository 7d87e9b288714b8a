"""The indexed attribute ruler and caching lemmatizer give exactly what spaCy's give."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dossier.annotate.indexed_rules import (
    CachedLemmatizer,
    IndexedAttributeRuler,
    WordList,
)
from dossier.annotate.settings import MODEL_NAME

ATTRIBUTES = [ORTH, TAG, POS, MORPH, LEMMA, DEP]

# Fresh text with the constructions the English rules single out: auxiliaries, "there"
# clauses, pronouns as subject and object, "but" as an adverb, spoken contractions,
# determiners standing alone, several spaces and line breaks.
TEXTS = [
    "There were three boats at the quay, but only one of them had sails.\n\n"
    "I gave it to you.  You gave it back to me, and it was gone by noon.",
    "Let's go, y'all: we're gonna miss the ferry, and I ain't got nothin' to eat.\n"
    "C'mon, the bakers have sold all that they baked; this is all that's left.",
    "The council has been meeting since Tuesday. Did it decide? It did not, "
    "though its members had hoped to; they do what they can, but that was too little.",
    "Neither of those ships was insured.   These are the ones which the harbour "
    "master flagged, and he got ta say so himself.",
]


@pytest.fixture(scope="module")
def stock() -> Iterator[Language]:
    yield spacy.load(MODEL_NAME)


def _indexed_components(stock: Language) -> tuple[IndexedAttributeRuler, CachedLemmatizer]:
    ruler = IndexedAttributeRuler(stock.vocab)
    ruler.add_patterns(stock.get_pipe("attribute_ruler").patterns)  # type: ignore[attr-defined]
    lemmatizer = CachedLemmatizer(stock.vocab, None, mode="rule")
    source = stock.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    lemmatizer.initialize(lookups=Lookups().from_bytes(source.to_bytes()))
    return ruler, lemmatizer


def test_the_model_rules_give_spacys_part_of_speech_morphology_and_lemma(
    stock: Language,
) -> None:
    ruler, lemmatizer = _indexed_components(stock)
    for text in TEXTS:
        expected = stock(text)
        for _round in range(2):  # the second time from the lemmatizer's memory
            doc = stock(text, disable=["attribute_ruler", "lemmatizer"])
            lemmatizer(ruler(doc))
            assert doc.to_array(ATTRIBUTES).tolist() == expected.to_array(ATTRIBUTES).tolist()
            assert [t.lemma_ for t in doc] == [t.lemma_ for t in expected]


def test_the_dossier_pipeline_uses_the_indexed_rules(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert len(nlp.get_pipe("attribute_ruler").patterns) > 100  # type: ignore[attr-defined]
    doc = nlp("The ferries were cancelled.")
    assert [t.lemma_ for t in doc] == ["the", "ferry", "be", "cancel", "."]
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "AUX", "VERB", "PUNCT"]


# Every kind of pattern: looked up by word, by tag, by dependency, by a flag; with lists,
# exclusions and regular expressions; two tokens with either one changed; and patterns the
# index leaves to spaCy's Matcher (an operator, a part of speech).
PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "barge", "TAG": "NN"}]], "attrs": {"LEMMA": "boat"}},
    {"patterns": [[{"LOWER": {"IN": ["moored", "docked"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"DEP": "nsubj", "TAG": {"NOT_IN": ["PRP"]}}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"REGEX": "^qu[a-z]+$"}}]], "attrs": {"LEMMA": "wharf"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"IS_PUNCT": True, "ORTH": "."}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"MORPH": "Definite=Def"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "thing"}, "index": -1},
    {"patterns": [[{"DEP": "det"}, {"LOWER": "quay"}]], "attrs": {"POS": "PROPN"}, "index": 1},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Plur"}},  # later wins
    {"patterns": [[{"LOWER": "at"}, {"TAG": "DT", "OP": "?"}]], "attrs": {"POS": "ADP"}},
    {"patterns": [[{"POS": "VERB"}]], "attrs": {"LEMMA": "moor"}},
    {"patterns": [[{"TAG": "NN"}], [{"LOWER": "barge"}]], "attrs": {"LEMMA": "vessel"}},
]


def _hand_made(vocab: spacy.vocab.Vocab) -> Doc:
    words = ["The", "barge", "moored", "at", "the", "quay", ".", "\n", "Quiet", "barge", "."]
    spaces = [True, True, True, True, True, False, False, False, True, False, False]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", ".", "_SP", "JJ", "NN", "."]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "dep", "amod", "ROOT", "punct"]
    heads = [1, 2, 2, 2, 5, 3, 2, 6, 9, 9, 9]
    poses = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "SPACE", "ADJ", "NOUN", "PUNCT"]
    return Doc(vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads, pos=poses)


def test_every_kind_of_pattern_matches_as_spacys_ruler_matches() -> None:
    vocab = spacy.blank("en").vocab
    spacys, indexed = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    spacys.add_patterns(PATTERNS)
    indexed.add_patterns(PATTERNS)
    expected, doc = spacys(_hand_made(vocab)), indexed(_hand_made(vocab))
    assert indexed.match(_hand_made(vocab)) == spacys.match(_hand_made(vocab))
    assert doc.to_array(ATTRIBUTES).tolist() == expected.to_array(ATTRIBUTES).tolist()
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in expected]
    assert [t.lemma_ for t in doc][1] == "vessel"  # the last rule to match wins
    assert indexed.patterns == spacys.patterns  # saved as spaCy's would be


def test_a_cleared_ruler_forgets_its_index() -> None:
    vocab = spacy.blank("en").vocab
    ruler = IndexedAttributeRuler(vocab)
    ruler.add_patterns(PATTERNS)
    ruler.clear()
    assert ruler.match(_hand_made(vocab)) == []


def test_a_word_list_answers_in_from_its_set_and_stays_a_list() -> None:
    words = WordList(["harbour", "quay"])
    assert "quay" in words and "pier" not in words
    assert list(words) == ["harbour", "quay"] and isinstance(words, list)
