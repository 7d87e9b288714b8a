"""The figures the quoted sentences give for what a 'how many' question counts, so that an
answer from passages still says when the sources give different numbers.

A figure counts only when it stands right before one of the words the question counts
('100,000 fighters', 'between 25 and 50,000 members', '28 people'): a year, a date or
another count in the same sentence is not read as an answer. Figures of one independent
source are one voice; two voices whose figures cannot both hold are reported side by
side, with the verdict 'conflicting'. A figure also counts where its word is understood
(lexicons/questions.yaml `figure_links`): a part of a counted whole ('fifty-three of the
girls'), an earlier figure of the same count ('400 members, down from 1,250 in 2000'), and,
once the article gave a counted figure, a figure restating it ('the more likely figure of
25 to 50,000').
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
_SPACED_THOUSANDS = re.compile(r"\b(\d{1,3})[ \u00a0\u202f](?=\d{3}\b)")  # '30 000' is 30,000


@dataclass(frozen=True, slots=True)
class Figure:
    count: Range
    phrase: str  # the figure with its counted word, as the sentence gives it
    document_id: str
    source: str  # the independent source's label
    source_key: str
    part: bool = False  # a part of what is counted ('fifty-three of the girls'): no total


@cache
def _counting() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    data = lexicon("questions").get("figures") or {}
    openers = frozenset(str(w).casefold() for w in data.get("openers") or ())
    counted = {str(k): frozenset(str(w).casefold() for w in v) for k, v in data.items()}
    counted.pop("openers", None)
    return openers, counted


@cache
def _links() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    data = lexicon("questions").get("figure_links") or {}

    def listed(key: str) -> list[str]:
        return [str(w).casefold() for w in data.get(key) or ()]

    compared = tuple(tuple(phrase.split()) for phrase in listed("compared"))
    return frozenset(listed("partitive")), compared, frozenset(listed("restating"))


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
    """Each figure in (document id, sentence) pairs that stands before a counted word, or
    whose counted word is understood (see the module's docstring)."""
    partitive, _compared, _restating = _links()
    found: list[Figure] = []
    nouns: dict[str, str] = {}  # document id -> the word its first counted figure counts
    unread: list[tuple[str, list[str]]] = []
    for document_id, sentence in sentences:
        tokens = _TOKEN.findall(_SPACED_THOUSANDS.sub(r"\1,", sentence))
        key, label = sources.get(document_id, (document_id, document_id))
        before = len(found)
        for index, token in enumerate(tokens):
            if token.casefold().strip(".,") not in counted or index == 0:
                continue
            end = index
            if index > 2 and tokens[index - 1].casefold() in partitive:
                end = index - 2 if tokens[index - 2].casefold() == "of" else index
            figure = _figure_before(tokens[max(0, end - WINDOW) : end])
            if figure is None:
                continue
            noun = token.strip(".,")
            nouns.setdefault(document_id, noun)
            phrase = f"{_in_digits(figure)} {noun}"
            found.append(Figure(figure, phrase, document_id, label, key, part=end < index))
            earlier = _compared_figure(tokens[index + 1 : index + 1 + WINDOW])
            if earlier is not None:
                found.append(Figure(earlier, f"{earlier.text} {noun}", document_id, label, key))
        if len(found) == before:
            unread.append((document_id, tokens))
    for document_id, tokens in unread:
        noun = nouns.get(document_id, "")
        figure = _restated_figure(tokens) if noun else None
        if figure is not None:
            key, label = sources.get(document_id, (document_id, document_id))
            found.append(Figure(figure, f"{figure.text} {noun}", document_id, label, key))
    return found


def _in_digits(figure: Range) -> str:
    """A figure as its sentence writes it, with its digits when it is spelt out
    ('Fifty-three (53)'): a reader, and a search, finds the number."""
    if re.search(r"\d", figure.text or "") or figure.min is None:
        return figure.text or ""
    return f"{figure.text} ({figure.min:,})"


def restates_figure(sentence: str) -> bool:
    """Whether a sentence restates a count with a figure ('the more likely figure of 25 to
    50,000'): the figure of a count its article gave just before."""
    return _restated_figure(_TOKEN.findall(sentence)) is not None


def claimed_figures(
    claims: Iterable[tuple[str, Range]], sources: dict[str, tuple[str, str]]
) -> list[Figure]:
    """The figures stored claims give, each as (document id, value): what a source says
    counts as much when its sentence words the count without a counted word."""
    found = []
    for document_id, value in claims:
        if value.min is None and value.max is None:
            continue
        key, label = sources.get(document_id, (document_id, document_id))
        found.append(Figure(value, value.text or str(value.min), document_id, label, key))
    return found


def _compared_figure(after: list[str]) -> Range | None:
    """'..., down from 1,250 in 2000': the figure a comparing phrase gives for the count
    just read, in the words after it; None when there is none."""
    _partitive, compared, _restating = _links()
    words = [token.casefold().strip(",.") for token in after]
    for phrase in compared:
        for start in range(len(words) - len(phrase)):
            if tuple(words[start : start + len(phrase)]) == phrase:
                return _figure_after(after[start + len(phrase) :])
    return None


def _restated_figure(tokens: list[str]) -> Range | None:
    """'an exaggeration of the more likely figure of between 25 to 50,000': the figure
    after a noun restating a count ('figure of', 'estimate of'); None when there is none."""
    _partitive, _compared, restating = _links()
    for index, token in enumerate(tokens[:-2]):
        if token.casefold() in restating and tokens[index + 1].casefold() == "of":
            figure = _figure_after(tokens[index + 2 : index + 2 + WINDOW])
            if figure is not None:
                return figure
    return None


def _figure_after(window: list[str]) -> Range | None:
    """The count that opens ``window``, widened rightwards while the words add to it
    ('between' -> 'between 25 to 50,000'); never a year, never below 2."""
    best: Range | None = None
    for end in range(1, len(window) + 1):
        if _YEAR.match(window[end - 1].strip(",.")):
            break
        text = " ".join(window[:end]).strip(",.")
        count = parse_quantity(text)
        if count is None or (count.min is None and count.max is None):
            continue
        if best is None or (count.min, count.max) != (best.min, best.max):
            best = Range(count.min, count.max, count.approx, count.bound, text)
    if best is None or (best.min if best.min is not None else best.max or 0) < 2:
        return None
    return best


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
    """Whether two independent sources give figures that cannot both hold (a part of what
    is counted is no figure for the whole)."""
    wholes = [figure for figure in figures if not figure.part]
    return any(
        first.source_key != second.source_key and not agree(first.count, second.count)
        for index, first in enumerate(wholes)
        for second in wholes[index + 1 :]
    )


def differing(figures: list[Figure]) -> bool:
    """Whether two independent sources give different figures, even ones that could both
    hold ('at least 5' and '16'): how an incident's toll is told differently."""
    wholes = [figure for figure in figures if not figure.part]
    return any(
        first.source_key != second.source_key and first.count.min != second.count.min
        for index, first in enumerate(wholes)
        for second in wholes[index + 1 :]
    )


def side_by_side(figures: list[Figure]) -> str:
    """'100,000 fighters (Reuters); 25 to 50,000 fighters (the Times)', each figure once."""
    seen: dict[str, list[str]] = {}
    for figure in figures:
        sources = seen.setdefault(figure.phrase, [])
        if figure.source not in sources:
            sources.append(figure.source)
    return "; ".join(f"{phrase} ({', '.join(sources)})" for phrase, sources in seen.items())


@dataclass(frozen=True, slots=True)
class Rival:
    """A figure one speaker of a sentence gives ('Arab media' -> 'at least 25')."""

    speaker: str
    count: Range


@cache
def _rival_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = lexicon("questions").get("rival_figures") or {}
    return (
        tuple(str(w).casefold() for w in data.get("connectors") or ()),
        tuple(str(w).casefold() for w in data.get("attribution") or ()),
    )


def rival_figures(sentence: str, cues: Iterable[str]) -> list[Rival]:
    """The figures one sentence gives, each by its own speaker ('A Houthi website gave a
    death toll of at least 10, while Arab media said it was at least 25'): empty unless
    the sentence holds one of ``cues`` (what is counted: 'toll', 'killed') and two of its
    parts, cut before a connector, each tell a figure by an attribution word."""
    folded = sentence.casefold()
    if not any(re.search(rf"(?<!\w){re.escape(cue)}", folded) for cue in cues):
        return []
    connectors, attribution = _rival_cues()
    if not connectors or not re.search(r"\d|\b(?:one|two|three|ten)\b", folded):
        return []
    pattern = "|".join(re.escape(word) for word in connectors)
    parts = re.split(rf"[,;]?\s+(?=(?:{pattern})\s)", sentence, flags=re.IGNORECASE)
    if len(parts) < 2:
        return []
    found: list[Rival] = []
    for part in parts:
        words = part.split()
        if words and words[0].casefold() in connectors:
            words = words[1:]
        rival = _told_figure(words, attribution)
        if rival is not None:
            found.append(rival)
    speakers = {rival.speaker.casefold() for rival in found}
    counts = {(rival.count.min, rival.count.max) for rival in found}
    return found if len(speakers) > 1 and len(counts) > 1 else []


def _told_figure(words: list[str], attribution: tuple[str, ...]) -> Rival | None:
    """'A Houthi website gave a death toll of at least 10' -> ('A Houthi website', at
    least 10): the words before the attribution word speak ('according to X': those
    after it); the figure is the first count after it."""
    folded = [word.casefold().strip(",.;:") for word in words]
    for index in range(len(folded)):
        for cue in attribution:
            size = len(cue.split())
            if " ".join(folded[index : index + size]) != cue:
                continue
            if size > 1:  # 'according to X, ...': X speaks, the figure is anywhere
                speaker = " ".join(words[index + size : index + size + 4]).split(",")[0]
                rest = words[:index] + words[index + size :]
            else:
                speaker = " ".join(words[max(0, index - 5) : index])
                rest = words[index + 1 :]
            count = _first_count(rest)
            speaker = speaker.strip(" ,.;:")
            if count is not None and speaker:
                return Rival(speaker, count)
    return None


def _first_count(words: list[str]) -> Range | None:
    """The first count in ``words``, widened leftwards ('at least 10'); never a year."""
    tokens = [word.strip(",.;:") for word in words]
    for index, token in enumerate(tokens):
        if not token or _YEAR.match(token) or parse_quantity(token) is None:
            continue
        figure = _figure_before(tokens[max(0, index - WINDOW) : index + 1])
        if figure is not None:
            return figure
    return None
