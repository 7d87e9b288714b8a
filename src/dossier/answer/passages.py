"""The sentences that best answer a question when no claim or event does (or beside one
that does): full-text candidates, ordered by meaning, a few per document, each once.

Full-text search (BM25) finds candidates by their words; the sentence embeddings
(`embeddings.similarities`), with the words asked, order them by what they say. Without the
model (beside an answer from stored claims, where loading it would cost a second), the
words alone order them: each word of the question a sentence holds, the rarer among the
candidates the more it counts, and whether it holds the kind of thing asked (a year for
'when', a figure for 'how many'). A story re-published by several outlets is stored
several times: the same sentence is quoted once.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from dossier.answer.embeddings import similarities
from dossier.knowledge.lexicons import lexicon
from dossier.model.records import SearchHit

MAX_PER_DOCUMENT = 2  # so that a long article does not crowd out the other sources
MIN_WORDS = 4
MAX_ACRONYM = 6  # a short name with two capitals or more ('IS', 'LeT', 'AQAP')
WORD_WEIGHT = 0.5  # the words asked beside meaning: all of them held weighs 0.5
CUE_SHARE = 0.5  # a predicate's cue ('led' for 'who leads') counts half a word of the question
ANAPHOR_SHARE = 0.8  # a sentence naming the group by 'it' or 'the group' counts for less
KIND_BONUS = 0.3  # of the words' weight: the sentence holds the kind of thing asked
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_FIGURE = re.compile(r"\d")
_SUFFIX = re.compile(r"(?:ings?|ed|es|ers?|s)$")


def pick_passages(
    question: str,
    hits: Iterable[SearchHit],
    limit: int,
    *,
    names: Iterable[str] = (),
    words: Iterable[str] = (),
    skip: Iterable[tuple[str, int]] = (),
    by_meaning: bool = True,
) -> list[SearchHit]:
    """Up to ``limit`` hits, closest in meaning to ``question`` first. With ``names``,
    only sentences naming one of them; with ``words``, only sentences holding one of them
    (whole words, any case), or referring back to one ('its', 'the group': lexicons/
    questions.yaml `anaphors`) in an article where another candidate names one; never a
    sentence in ``skip`` (document id, start). Without ``by_meaning``, the words asked
    alone order them (no model to load)."""
    if limit <= 0:
        return []
    names = [name for name in names if name]
    wanted = {word.casefold() for word in words}
    seen_spans = set(skip)
    seen_texts: set[str] = set()
    candidates = []
    hits = list(hits)
    naming = {hit.document_id for hit in hits if names and names_any(hit.text, names)}
    referring: set[tuple[str, int]] = set()
    for hit in hits:
        key = _folded(hit.text)
        if (hit.document_id, hit.start) in seen_spans or key in seen_texts:
            continue
        if len(re.findall(r"\w+", hit.text)) < MIN_WORDS:
            continue
        if names and not names_any(hit.text, names):
            if hit.document_id not in naming or not names_any(hit.text, _anaphors()):
                continue
            referring.add((hit.document_id, hit.start))
        if wanted and not wanted & {w.casefold() for w in re.findall(r"\w+", hit.text)}:
            continue
        seen_spans.add((hit.document_id, hit.start))
        seen_texts.add(key)
        candidates.append(hit)
    if len(candidates) > 1:
        meaning = (
            similarities(question, [hit.text for hit in candidates])
            if by_meaning
            else [0.0] * len(candidates)
        )
        # MiniLM places a question near any sentence on its topic; the words asked (and
        # the predicate's cues) tell the one that answers from the one that only mentions
        # a name asked by ('the BLA') tells nothing when every candidate names the entity,
        # by that name or another ('Baloch Liberation Army'): it lets a sentence in, no more
        scored = wanted - {name.casefold() for name in names}
        lexical = word_scores(question, [hit.text for hit in candidates], scored)
        score = [
            (similarity + WORD_WEIGHT * words_held)
            * (ANAPHOR_SHARE if (hit.document_id, hit.start) in referring else 1.0)
            for similarity, words_held, hit in zip(meaning, lexical, candidates, strict=True)
        ]
        order = sorted(range(len(candidates)), key=lambda i: -score[i])
        candidates = [candidates[i] for i in order]
    chosen: list[SearchHit] = []
    per_document: Counter[str] = Counter()
    for hit in candidates:
        if per_document[hit.document_id] >= MAX_PER_DOCUMENT:
            continue
        chosen.append(hit)
        per_document[hit.document_id] += 1
        if len(chosen) == limit:
            return chosen
    # no other article had more to say: the best of the rest of one article's are heard
    rest = [hit for hit in candidates if hit not in chosen][: max(0, limit - len(chosen))]
    return [hit for hit in candidates if hit in chosen or hit in rest]


def names_any(text: str, names: Iterable[str]) -> bool:
    """Whether a sentence names the entity by any of its names (whole words; a curly
    apostrophe is a straight one: 'Kurdistan Workers’ Party')."""
    folded = _apostrophes(text.casefold())
    plain = _apostrophes(text)
    return any(
        re.search(rf"(?<!\w){re.escape(_apostrophes(name))}(?!\w)", plain)
        if _acronym(name)
        else re.search(rf"(?<!\w){re.escape(_apostrophes(name.casefold()))}(?!\w)", folded)
        for name in names
        if name
    )


def _acronym(name: str) -> bool:
    """Whether a name is an acronym, matched with its case: 'IS' is not 'is', nor 'LeT'
    'let'."""
    return len(name) <= MAX_ACRONYM and sum(c.isupper() for c in name) >= 2


def _apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def word_scores(question: str, texts: list[str], wanted: set[str]) -> list[float]:
    """How well each text answers by its words, about 0 to 1.3: the share of the question's
    words it holds (``wanted`` ones; each weighed by how rare it is among ``texts``), half a
    word for holding a cue of ``wanted`` the question does not use, and a bonus for the kind
    of thing asked. Words match by their stem ('founded', 'founder' and 'founding')."""
    bags = [{_stem(w) for w in re.findall(r"\w+", text.casefold())} for text in texts]
    wanted_stems = {_stem(w) for w in wanted}
    asked = {_stem(w) for w in re.findall(r"\w+", question.casefold())} & wanted_stems
    cues = wanted_stems - asked
    frequency = Counter(term for bag in bags for term in bag & wanted_stems)

    def weight(term: str) -> float:
        return math.log(1 + len(texts) / frequency[term]) if frequency[term] else 0.0

    most = sum(weight(term) for term in asked) or 1.0
    kind = answer_kind(question)
    scores = []
    for text, bag in zip(texts, bags, strict=True):
        held = sum(weight(term) for term in asked & bag)
        held += CUE_SHARE * max((weight(term) for term in cues & bag), default=0.0)
        score = held / most
        if kind is not None and holds_kind(text, kind):
            score += KIND_BONUS
        scores.append(score)
    return scores


def answer_kind(question: str) -> str | None:
    """'time' or 'figure' when the question asks for one (lexicons/questions.yaml
    `answer_kinds`), else None."""
    text = " " + " ".join(re.findall(r"[\w']+", question.casefold())) + " "
    for kind, openers in _answer_kinds():
        if any(f" {opener} " in text for opener in openers):
            return kind
    return None


def anaphors() -> tuple[str, ...]:
    """The words by which a sentence refers back to a group (lexicons/questions.yaml)."""
    return _anaphors()


@cache
def _anaphors() -> tuple[str, ...]:
    return tuple(str(word) for word in lexicon("questions").get("anaphors") or ())


@cache
def _answer_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = lexicon("questions").get("answer_kinds") or {}
    return tuple((str(k), tuple(str(w).casefold() for w in v)) for k, v in data.items())


def holds_kind(text: str, kind: str) -> bool:
    """Whether a text holds the kind of thing asked: a year ('time') or a figure."""
    if kind == "time":
        return _YEAR.search(text) is not None
    return _FIGURE.search(_YEAR.sub("", text)) is not None


def _stem(word: str) -> str:
    """A crude stem, enough to match a question's word to a sentence's: 'leads', 'leader'
    and 'leadership' share 'lead'; short words are kept whole."""
    word = word.casefold()
    return _SUFFIX.sub("", word)[:6] if len(word) > 4 else word


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
