"""spaCy's attribute ruler and rule lemmatizer with their rules looked up, not retried.

The English model's attribute ruler tries each of its 179 token patterns at every token,
and its lemmatizer remembers only the words it changes and scans word lists of up to
57,000 entries for each new one. Together they took a fifth of the model's time. These
two classes keep the same rules, tables and results (``tests/annotate/test_indexed_rules``
compares them with spaCy's) and answer most tokens from a dictionary:

- ``IndexedAttributeRuler``: a pattern is kept under one value its first token must have
  (a word, a tag, a dependency) and tried only where a token has it; a pattern with no
  such value is tried where its first test holds, and one testing what the index cannot
  (an operator, a part of speech) still goes through a spaCy ``Matcher``. Matches are
  applied in spaCy's order, later rules winning.
- ``CachedLemmatizer``: the lemma of every (word, part of speech, morphology) is kept,
  since the rules see nothing else of a token, and its word lists answer "in" from sets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

INDEXED_ATTRIBUTE_RULER = "dossier_indexed_attribute_ruler_v1"  # factory names
CACHED_LEMMATIZER = "dossier_cached_lemmatizer_v1"

# Attributes a pattern may test here: strings (by hash) and flags; any other pattern
# (an operator, a part of speech, an extension) is left to a spaCy Matcher.
STRING_ATTRIBUTES = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP"})
FLAG_ATTRIBUTES = frozenset(name for name in IDS if name.startswith(("IS_", "LIKE_")))
# Which of the first token's wanted attributes to look a pattern up by, the most telling first.
KEY_ORDER = ("LOWER", "ORTH", "NORM", "TAG", "DEP")

Match = tuple[int, int, int, int]  # (rule, match id, start, end), spaCy's sort order
Test = tuple[str, str, Any]  # (attribute, "in" | "not_in" | "regex" | "is", wanted)


@dataclass(frozen=True, slots=True)
class TablePattern:
    """One pattern of one rule, found by its first token's looked-up values; ``tests`` are
    what is left to check, per token of the pattern (none for most)."""

    rule: int
    match_id: int
    tests: tuple[tuple[Test, ...], ...]

    @property
    def plain(self) -> bool:
        return len(self.tests) == 1 and not self.tests[0]


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` that looks its patterns up by their first token's values."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **settings: Any) -> None:
        super().__init__(vocab, name, **settings)
        self._start_index()

    def clear(self) -> None:
        super().clear()
        self._start_index()

    def _start_index(self) -> None:
        # first token's keyed attribute ("" when none) -> {its value's hash -> patterns}
        self._tables: dict[str, dict[int, list[TablePattern]]] = {}
        self._keys: dict[str, np.ndarray] = {}  # the tables' keys, for finding candidates
        self._columns: set[str] = set()
        self._searched: dict[tuple[str, int], bool] = {}  # (regex, value) -> found
        self._others = Matcher(self.vocab, validate=self.validate)

    def add(self, patterns: Iterable[Any], attrs: dict[str, Any], index: int = 0) -> None:
        rule = len(self.attrs)
        patterns = list(patterns)
        super().add(patterns, attrs, index)  # spaCy's own matcher keeps them for saving
        match_id = self.vocab.strings.add(str(rule))
        others = []
        for pattern in patterns:
            compiled = _compile(pattern, self.vocab)
            if compiled is None:
                others.append(pattern)
                continue
            name, keys, tests = compiled
            table = self._tables.setdefault(name, {})
            for key in keys:
                table.setdefault(key, []).append(TablePattern(rule, match_id, tests))
            self._keys[name] = np.array(sorted(table), dtype=np.uint64)
            self._columns.update({name} - {""}, (test[0] for token in tests for test in token))
        if others:
            self._others.add(match_id, others)

    def match(self, doc: Doc) -> list[Match]:
        matches = list(set(self._table_matches(doc)))  # once per rule and span, as spaCy's
        if len(self._others):  # spaCy warns when asked to run an empty matcher
            strings = self.vocab.strings
            found = self._others(doc, allow_missing=True, as_spans=False)
            matches += [(int(strings[m]), m, start, end) for m, start, end in found]
        matches.sort()
        return matches

    def _table_matches(self, doc: Doc) -> Iterator[Match]:
        size = len(doc)
        if not self._tables or not size:
            return
        names = sorted(self._columns)
        array = doc.to_array([IDS[name] for name in names]).reshape(size, len(names))
        columns = {name: array[:, j] for j, name in enumerate(names)}
        values = {name: column.tolist() for name, column in columns.items()}
        starts: Iterable[tuple[int, list[TablePattern]]]
        for keyed, table in self._tables.items():
            if keyed:
                column = columns[keyed]
                at = np.flatnonzero(np.isin(column, self._keys[keyed]))
                starts = zip(at.tolist(), (table[key] for key in column[at].tolist()), strict=True)
            else:  # by the first test's column: each distinct value is tried once
                starts = (
                    (i, [pattern])
                    for pattern in table[0]
                    for i in self._first_held(pattern.tests[0][0], columns).tolist()
                )
            for i, patterns in starts:
                for pattern in patterns:
                    if pattern.plain or self._holds(pattern.tests, values, i, size):
                        yield pattern.rule, pattern.match_id, i, i + len(pattern.tests)

    def _first_held(self, test: Test, columns: dict[str, np.ndarray]) -> np.ndarray:
        name, kind, wanted = test
        column = columns[name]
        held = [value for value in np.unique(column).tolist() if self._test(kind, wanted, value)]
        return np.flatnonzero(np.isin(column, held))

    def _holds(
        self, tests: tuple[tuple[Test, ...], ...], values: dict[str, list[int]], at: int, size: int
    ) -> bool:
        if at + len(tests) > size:
            return False
        return all(
            self._test(kind, wanted, values[name][at + offset])
            for offset, token_tests in enumerate(tests)
            for name, kind, wanted in token_tests
        )

    def _test(self, kind: str, wanted: Any, value: int) -> bool:
        if kind == "in":
            return value in wanted
        if kind == "not_in":
            return value not in wanted
        if kind == "is":
            return bool(value == wanted)
        key = (wanted.pattern, value)  # a regex, searched once per string
        found = self._searched.get(key)
        if found is None:
            found = self._searched[key] = bool(wanted.search(self.vocab.strings[value]))
        return found


def _compile(
    pattern: list[dict[str, Any]], vocab: Vocab
) -> tuple[str, list[int], tuple[tuple[Test, ...], ...]] | None:
    """(the first token's keyed attribute, every value of it that may start a match, the
    tests left per token), or None for a pattern a Matcher must run. The key is one
    attribute the first token wants equal to a string or one of a list; a pattern with
    none is keyed on "" and tried at every token."""
    tests: list[list[Test]] = []
    for spec in pattern:
        token_tests = []
        for name, value in spec.items():
            test = _test(str(name).upper(), value, vocab)
            if test is None:
                return None
            token_tests.append(test)
        tests.append(token_tests)
    if not tests or not tests[0]:
        return None
    listed = {name: wanted for name, kind, wanted in tests[0] if kind == "in"}
    keyed = next((name for name in KEY_ORDER if name in listed), "")
    tests[0] = [test for test in tests[0] if not (test[0] == keyed and test[1] == "in")]
    keys = sorted(listed[keyed]) if keyed else [0]
    return keyed, keys, tuple(tuple(token) for token in tests)


def _test(name: str, value: Any, vocab: Vocab) -> Test | None:
    if name in FLAG_ATTRIBUTES:
        return (name, "is", int(value)) if isinstance(value, bool) else None
    if name not in STRING_ATTRIBUTES:
        return None
    if isinstance(value, str):
        return name, "in", frozenset({vocab.strings.add(value)})
    if not isinstance(value, Mapping) or len(value) != 1:
        return None
    ((operator, wanted),) = value.items()
    listed = isinstance(wanted, list) and all(isinstance(item, str) for item in wanted)
    if operator in ("IN", "NOT_IN") and listed:
        return name, operator.lower(), frozenset(vocab.strings.add(item) for item in wanted)
    if operator == "REGEX" and isinstance(wanted, str):
        return name, "regex", re.compile(wanted)
    return None


class CachedLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, remembering every lemma it gives, with its word lists
    answering "in" from a set (spaCy's scan them: a new word cost 150 microseconds)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        self._lemmas = {}
        index = self.lookups.get_table("lemma_index", {})
        for part_of_speech, known in list(index.items()):
            index[part_of_speech] = WordList(known)

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known, strings = self._lemmas, self.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


class WordList(list[str]):
    """A list of words that answers "in" from a set; still a list to whatever saves it."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def use_indexed_rules(nlp: Language) -> None:
    """Put the indexed ruler and the caching lemmatizer in the stock ones' places, with
    the stock ones' patterns and tables."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        patterns = ruler.patterns
        nlp.replace_pipe("attribute_ruler", INDEXED_ATTRIBUTE_RULER)
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)  # type: ignore[attr-defined]
    stock = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(stock, EnglishLemmatizer) and stock.mode == "rule":
        config = {"mode": "rule", "overwrite": stock.overwrite}
        nlp.replace_pipe("lemmatizer", CACHED_LEMMATIZER, config=config)
        lookups = Lookups().from_bytes(stock.lookups.to_bytes())  # a copy: its lists change
        nlp.get_pipe("lemmatizer").initialize(lookups=lookups)  # type: ignore[attr-defined]


def register_indexed_rules() -> None:
    """Register the two factories with spaCy; safe to call again."""
    if Language.has_factory(INDEXED_ATTRIBUTE_RULER):
        return
    Language.factory(
        INDEXED_ATTRIBUTE_RULER,
        assigns=["token.pos", "token.morph", "token.lemma"],
        func=make_indexed_attribute_ruler,
    )
    Language.factory(
        CACHED_LEMMATIZER,
        assigns=["token.lemma"],
        default_config={"mode": "rule", "overwrite": False},
        func=make_cached_lemmatizer,
    )


def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def make_cached_lemmatizer(
    nlp: Language, name: str, mode: str, overwrite: bool
) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)
