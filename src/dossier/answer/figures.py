"""The figures the quoted sentences give for what a 'how many' question counts, so that an
answer from passages still says when the sources give different numbers.

A figure counts only when it stands right before one of the words the question counts
('100,000 fighters', 'between 25 and 50,000 members', '28 people'): a year, a date or
another count in the same sentence is not read as an answer. Figures of one independent
source are one voice; two voices whose figures cannot both hold are reported side by
side, with the verdict 'conflicting'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dossier.knowledge.lexicons import lexicon
from dossier.model import Range
from dossier.model.quantities import parse_quantity
from dossier.reconcile.values import agree

WINDOW = 6  # words before the counted word in which a figure is looked for
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_TOKEN = re.compile(r"[\w,.$%-]+")


@dataclass(frozen=True, slots=True)
class Figure:
    count: Range
    phrase: str  # the figure with its counted word, as the sentence gives it
    document_id: str
    source: str  # the independent source's label
    source_key: str


@cache
def _counting() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    data = lexicon("questions").get("figures") or {}
    openers = frozenset(str(w).casefold() for w in data.get("openers") or ())
    counted = {str(k): frozenset(str(w).casefold() for w in v) for k, v in data.items()}
    counted.pop("openers", None)
    return openers, counted


def counted_words(question: str, predicates: Iterable[str] = ()) -> frozenset[str]:
    """The words a question counts: the noun after 'how many' ('how many fighters'), and
    the words of what it asks ('members', 'killed'); empty when it counts nothing."""
    openers, counted = _counting()
    text = " ".join(re.findall(r"[\w']+", question.casefold()))
    if not any(re.search(rf"(?<!\w){re.escape(o)}(?!\w)", text) for o in openers):
        return frozenset()
    words: set[str] = set()
    after = re.search(r"\bhow many (\w+)(?: (\w+))?", text)
    if after:
        filler = {str(w).casefold() for w in lexicon("questions").get("filler") or ()}
        words.update(w for w in after.groups() if w and w not in filler)
    tokens = set(text.split())
    for kind, cues in counted.items():
        if kind in predicates or tokens & cues:
            words |= cues
    return frozenset(words)


def figures_in(
    sentences: Iterable[tuple[str, str]],
    counted: frozenset[str],
    sources: dict[str, tuple[str, str]],
) -> list[Figure]:
    """Each figure in (document id, sentence) pairs that stands before a counted word."""
    found = []
    for document_id, sentence in sentences:
        tokens = _TOKEN.findall(sentence)
        for index, token in enumerate(tokens):
            if token.casefold().strip(".,") not in counted or index == 0:
                continue
            figure = _figure_before(tokens[max(0, index - WINDOW) : index])
            if figure is None:
                continue
            key, label = sources.get(document_id, (document_id, document_id))
            phrase = f"{figure.text} {token.strip('.,')}"
            found.append(Figure(figure, phrase, document_id, label, key))
    return found


def _figure_before(window: list[str]) -> Range | None:
    """The count that ends right before the counted word, widened leftwards while the
    words add to it ('50,000' -> '25 to 50,000' -> 'around 25 to 50,000'); never a year."""
    last = window[-1].strip(",.") if window else ""
    if not last or _YEAR.match(last):
        return None
    best = parse_quantity(last)
    if best is None or best.min is None:
        return None
    start = len(window) - 1
    for earlier in range(len(window) - 2, -1, -1):
        if _YEAR.match(window[earlier].strip(",.")):
            break
        count = parse_quantity(" ".join(window[earlier:]))
        if count is None or (best.min not in (count.min, count.max) and count.max != best.max):
            continue  # 'and 31,500' reads as another count until 'between 20,000' joins it
        if (count.min, count.max, count.approx, count.bound) != (
            best.min,
            best.max,
            best.approx,
            best.bound,
        ):
            best, start = count, earlier
    figure = best.min if best.min is not None else best.max  # "up to 600" has no minimum
    if figure is None or figure < 2:
        return None
    text = " ".join(window[start:]).strip(",.")
    return Range(best.min, best.max, best.approx, best.bound, text)


def disagreeing(figures: list[Figure]) -> bool:
    """Whether two independent sources give figures that cannot both hold."""
    return any(
        first.source_key != second.source_key and not agree(first.count, second.count)
        for index, first in enumerate(figures)
        for second in figures[index + 1 :]
    )


def differing(figures: list[Figure]) -> bool:
    """Whether two independent sources give different figures, even ones that could both
    hold ('at least 5' and '16'): how an incident's toll is told differently."""
    return any(
        first.source_key != second.source_key and first.count.min != second.count.min
        for index, first in enumerate(figures)
        for second in figures[index + 1 :]
    )


def side_by_side(figures: list[Figure]) -> str:
    """'100,000 fighters (Reuters); 25 to 50,000 fighters (the Times)', each figure once."""
    seen: dict[str, list[str]] = {}
    for figure in figures:
        sources = seen.setdefault(figure.phrase, [])
        if figure.source not in sources:
            sources.append(figure.source)
    return "; ".join(f"{phrase} ({', '.join(sources)})" for phrase, sources in seen.items())
