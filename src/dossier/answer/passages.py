"""The sentences that best answer a question when no claim or event does (or beside one
that does): full-text candidates, ordered by meaning, a few per document, each once.

Full-text search (BM25) finds candidates by their words; the sentence embeddings
(`embeddings.similarities`), with the words asked, order them by what they say. A story
re-published by several outlets is stored several times: the same sentence is quoted once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from dossier.answer.embeddings import similarities
from dossier.model.records import SearchHit

MAX_PER_DOCUMENT = 2  # so that a long article does not crowd out the other sources
MIN_WORDS = 4
WORD_WEIGHT = 0.05  # per word asked that a sentence holds, up to MAX_SHARED
MAX_SHARED = 3  # a heading or table label ("Part of al-Qaeda") is no answer on its own


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
    (whole words, any case); never a sentence in ``skip`` (document id, start). Without
    ``by_meaning``, the words asked alone order them (no model to load)."""
    if limit <= 0:
        return []
    names = [name for name in names if name]
    wanted = {word.casefold() for word in words}
    seen_spans = set(skip)
    seen_texts: set[str] = set()
    candidates = []
    for hit in hits:
        key = _folded(hit.text)
        if (hit.document_id, hit.start) in seen_spans or key in seen_texts:
            continue
        if len(re.findall(r"\w+", hit.text)) < MIN_WORDS:
            continue
        if names and not names_any(hit.text, names):
            continue
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
        score = [
            similarity + WORD_WEIGHT * _shared(hit.text, wanted)
            for similarity, hit in zip(meaning, candidates, strict=True)
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
            break
    return chosen


def names_any(text: str, names: Iterable[str]) -> bool:
    """Whether a sentence names the entity by any of its names (whole words)."""
    folded = text.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded) for name in names if name
    )


def _shared(text: str, wanted: set[str]) -> int:
    """How many of the words asked a sentence holds (up to MAX_SHARED)."""
    return min(MAX_SHARED, len(wanted & {w.casefold() for w in re.findall(r"\w+", text)}))


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
