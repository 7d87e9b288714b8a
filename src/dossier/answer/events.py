"""Questions about one incident: "Who carried out the 2022 bombing in Istanbul?", "How many
people died in the attack on the hotel?". The incident is found among the merged events by
the words the question shares with each event (its places, perpetrators, targets, date
and the sentences that tell it); the answer gives what was asked, each source's own
figure, and says when the sources disagree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from dossier.answer.questions import question_parts
from dossier.knowledge.lexicons import lexicon, phrases, words
from dossier.knowledge.ontology import Ontology
from dossier.model import Evidence, TimeSpan
from dossier.model.dates import format_span, parse_time
from dossier.model.records import MergedEvent, ReportedToll
from dossier.reconcile.values import describe_value

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"'s$")  # "the LRA's attacks" asks about the LRA
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MIN_SCORE = 2.0  # at least one name of the event, or two of its words, must be asked about


@dataclass(frozen=True, slots=True)
class EventQuestion:
    """What a question asks of an incident, and the words that say which incident."""

    focus: str  # perpetrator | victims | killed | wounded | date | place | overview
    terms: tuple[str, ...]
    year: int | None
    foci: tuple[str, ...] = ()  # every part's focus, in the question's order: focus first
    month: TimeSpan | None = None  # the month asked ('the March 2015 bombings'), if any
    before: TimeSpan | None = None  # 'before November 2015': incidents ended by its start


@cache
def _lexicon() -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...], frozenset[str]]:
    data = lexicon("questions")
    focus = tuple((name, phrases(data["focus"], name)) for name in data["focus"])
    return words(data, "incident_nouns"), focus, words(data, "filler")


def incident_nouns(ontology: Ontology) -> frozenset[str]:
    nouns, _focus, _filler = _lexicon()
    cues = {
        cue
        for spec in ontology.events.values()
        for cue in (*spec.strong, *spec.cues)
        if " " not in cue
    }
    return nouns | {cue.casefold() for cue in cues}


def read_event_question(
    question: str, ontology: Ontology, *, unnamed: bool = False
) -> EventQuestion | None:
    """The event question a text asks, or None when it names no incident; ``unnamed``
    reads it even so ('What happened in X, and who was responsible?')."""
    text = " ".join(question.casefold().replace("’", "'").split())
    tokens = _WORD.findall(text)
    nouns, focuses, filler = _lexicon()
    told = incident_nouns(ontology) | words(lexicon("questions"), "incident_verbs")
    if not unnamed and not set(tokens) & told:
        return None
    foci = tuple(dict.fromkeys(_focus(part.casefold(), focuses) for part in question_parts(text)))
    terms = tuple(
        token
        for token in dict.fromkeys(_POSSESSIVE.sub("", token) for token in tokens)
        if token not in filler and token not in nouns and not _YEAR.fullmatch(token)
    )
    before = _before_asked(text)
    if before is not None:  # the date bounds the incidents asked; it is none of theirs
        cues = " ".join(phrases(lexicon("questions"), "earlier_than"))
        bound = set(_WORD.findall(f"{before.text} {cues}"))
        unbound = tuple(term for term in terms if term not in bound)
        return EventQuestion(foci[0], unbound, None, foci, None, before)
    year = _YEAR.search(text)
    return EventQuestion(
        foci[0], terms, int(year.group()) if year else None, foci, _month_asked(text)
    )


def _before_asked(text: str) -> TimeSpan | None:
    """The date a question asks of incidents before ('before November 2015', 'prior to
    2010'; lexicons/questions.yaml `earlier_than`), or None."""
    for cue in phrases(lexicon("questions"), "earlier_than"):
        match = re.search(
            rf"\b{re.escape(cue)}\s+((?:[a-z]+\s+)?(?:\d{{1,2}},?\s+)?(?:1[89]\d\d|20\d\d))\b", text
        )
        if match is None:
            continue
        span = parse_time(match.group(1))
        if span is not None and span.start is not None:
            return span
    return None


def _month_asked(text: str) -> TimeSpan | None:
    """The month a question dates an incident by ('in March 2015', 'of 12 November 2015'),
    as a span of that whole month; None when it gives a year alone or nothing."""
    for match in re.finditer(r"([a-z]+)\s+(?:\d{1,2},?\s+)?(1[89]\d\d|20\d\d)\b", text):
        span = parse_time(f"{match.group(1)} {match.group(2)}")
        if span is not None and span.precision == "month" and span.start and span.end:
            return span
    return None


def _focus(text: str, focuses: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The first focus a phrase of which the question holds; else, for a question opening
    with a word asking for a person ('Who was the car bomber?'), who did it."""
    found = next(
        (name for name, cues in focuses if any(_has_phrase(text, cue) for cue in cues)), None
    )
    if found is not None:
        return found
    opener = _WORD.match(text)
    asks_who = words(lexicon("questions"), "asks_who")
    return "perpetrator" if opener and opener.group() in asks_who else "overview"


def answering_first(
    evidence: Iterable[Evidence], foci: Iterable[str], names: Iterable[str] = ()
) -> list[Evidence]:
    """An incident's evidence, the sentences that answer what is asked first: those with
    the most cues of the foci asked (lexicons/questions.yaml `focus_cues`) and of
    ``names`` (the perpetrators'), the shorter first among equals."""
    cues = tuple(cue for focus in foci for cue in _focus_cues().get(focus, ()))
    folded = tuple(name.casefold() for name in names if name)

    def held(item: Evidence) -> int:
        text = item.quote.casefold()
        words = _WORD.findall(text)
        by_cue = {cue for cue in cues for word in words if word.startswith(cue)}
        return len(by_cue) + any(_has_phrase(text, name) for name in folded)

    # of two sentences as telling, the shorter says it more plainly
    return sorted(evidence, key=lambda item: (-held(item), len(item.quote)))


def focus_cues_of(focus: str) -> tuple[str, ...]:
    """The words by which a sentence tells what ``focus`` asks ('killed': 'toll', 'dead')."""
    return _focus_cues().get(focus, ())


@cache
def _focus_cues() -> dict[str, tuple[str, ...]]:
    data = lexicon("questions").get("focus_cues") or {}
    return {str(k): tuple(str(c).casefold() for c in v or ()) for k, v in data.items()}


def names_incident(question: str, ontology: Ontology) -> bool:
    """Whether a question names one incident ('the bombing in X', 'the 2019 attack'), not
    a kind of act ('whom does X attack'): an incident noun after an article or a year."""
    tokens = _WORD.findall(" ".join(question.casefold().replace("’", "'").split()))
    nouns = incident_nouns(ontology)
    data = lexicon("questions")
    determiners, auxiliaries = words(data, "determiners"), words(data, "auxiliaries")
    if tokens and tokens[-1] in nouns and auxiliaries & set(tokens):
        return False  # 'whom does the group attack': the verb, at the end
    return any(
        token in nouns and any(t in determiners or _YEAR.fullmatch(t) for t in tokens[:index])
        for index, token in enumerate(tokens)
    )


def asks_group_acts(question: str, name_words: Iterable[str]) -> bool:
    """Whether a question asks which incidents a group did ('What other X attacks are
    mentioned?', 'Has X attacked schools?', 'What did X do in May 2020?'): one of the
    `group_acts` openers, then within two words, past the group's name (``name_words``)
    and a determiner, one of its acts (lexicons/questions.yaml)."""
    data = lexicon("questions")
    asked = data["group_acts"]
    skipped = {w.casefold() for w in name_words} | words(data, "determiners")
    tokens = [
        token
        for token in _WORD.findall(question.casefold().replace("’", "'"))
        if token not in skipped
    ]
    return (
        bool(tokens)
        and tokens[0] in words(asked, "openers")
        and any(token in words(asked, "acts") for token in tokens[1:3])
    )


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


@dataclass(frozen=True, slots=True)
class EventMatch:
    event: MergedEvent
    score: float


def find_events(
    asked: EventQuestion,
    events: list[MergedEvent],
    describe: Callable[[MergedEvent], Iterable[str]],
) -> list[EventMatch]:
    """Events ranked by the question's words they share, rare words counting more; an event
    of another year than the one asked is never a match. ``describe`` gives an event's
    names (places, perpetrators, targets) and sentences."""
    bags = [_bag(describe(event)) for event in events]
    frequency: Counter[str] = Counter(term for bag in bags for term in set(bag))
    found = []
    for event, bag in zip(events, bags, strict=True):
        if asked.year is not None and event.date is not None and not _in_year(event, asked.year):
            continue  # an undated telling may still be of the year asked
        if (
            asked.month is not None
            and event.date is not None
            and not event.date.overlaps(asked.month)
        ):
            continue  # another month than the one asked
        if asked.before is not None and (
            event.date is None
            or event.date.end is None
            or asked.before.start is None
            or event.date.end >= asked.before.start
        ):
            continue  # not told as ended before the date asked
        score = sum(
            bag[term] * math.log(1 + len(events) / frequency[term])
            for term in asked.terms
            if term in bag
        )
        if asked.year is not None and event.date is not None:
            score += 1.0
        if score >= MIN_SCORE:
            found.append(EventMatch(event, score))
    return sorted(found, key=lambda match: -match.score)


def _bag(texts: Iterable[str]) -> Counter[str]:
    """Each word once per text it appears in (a name counts once however often quoted)."""
    bag: Counter[str] = Counter()
    for text in texts:
        bag.update(set(_WORD.findall(text.casefold().replace("’", "'"))))
    return bag


def _in_year(event: MergedEvent, year: int) -> bool:
    if event.date is None or event.date.start is None or event.date.end is None:
        return False
    return event.date.start.year <= year <= event.date.end.year


def toll_phrase(kind: str, tolls: Iterable[ReportedToll]) -> tuple[str, bool]:
    """'at least 17 (Reuters), 20 (AP)' and whether the sources give different figures."""
    figures: dict[str, list[str]] = {}
    for toll in tolls:
        if toll.kind != kind or (toll.count.min is None and toll.count.max is None):
            continue
        figure = describe_value(toll.count)
        figures.setdefault(figure, [])
        if toll.source not in figures[figure]:
            figures[figure].append(toll.source)
    rising = toll_timeline(kind, tolls)
    if rising:
        return rising, True
    parts = [f"{figure} ({', '.join(sources)})" for figure, sources in figures.items()]
    return "; ".join(parts), len(figures) > 1


def toll_timeline(kind: str, tolls: Iterable[ReportedToll]) -> str:
    """'149 (Irish Times, 4 July 2016), rising to 292 (AP, 6 July 2016)': a toll that
    rose as later reports came in, in the order they were published; empty unless every
    report is dated, a later one gives more and no two of one day differ."""
    dated: dict[str, tuple[int, str, list[str]]] = {}  # day -> (figure, as written, sources)
    for toll in tolls:
        if toll.kind != kind or toll.count.min is None or not toll.published_at:
            if toll.kind == kind:
                return ""
            continue
        day = toll.published_at[:10]
        figure = describe_value(toll.count)
        if day in dated and dated[day][0] != toll.count.min:
            return ""
        sources = dated.setdefault(day, (toll.count.min, figure, []))[2]
        if toll.source not in sources:
            sources.append(toll.source)
    days = sorted(dated)
    figures = [dated[day][0] for day in days]
    if len(set(figures)) < 2 or any(b < a for a, b in pairwise(figures)):
        return ""
    parts: list[str] = []
    last: int | None = None
    for day in days:
        count, written, sources = dated[day]
        if count == last:
            continue
        span = parse_time(day)
        when = format_span(span) if span is not None else day
        parts.append(f"{written} ({', '.join(sources)}, {when})")
        last = count
    return "rising as later reports came in: " + ", then ".join(parts)


def when_phrase(event: MergedEvent, reported: str = "") -> str:
    """'on 3 July 2016'; undated, when it was first reported (``reported``), if known."""
    if event.date is None:
        first = f" (first reported {reported})" if reported else ""
        return f"at a date the sources do not give{first}"
    if event.date.precision == "day":
        return f"on {format_span(event.date)}"
    return f"in {format_span(event.date)}"


def answering_sentences(
    sentences: Iterable[tuple[int, int, str]],
    foci: Iterable[str],
    names: Iterable[str],
    terms: Iterable[str],
) -> list[tuple[int, int, str]]:
    """The sentences of one article telling an incident that answer what is asked of it
    ('ISIS claimed responsibility for the attack'): those holding a cue of a focus asked
    (lexicons/questions.yaml `focus_cues`) and naming a perpetrator, the incident or a word
    the question gives it; most cues first. A question asking for a
    figure takes only sentences that give one."""
    foci = tuple(foci)
    cues = tuple(cue for focus in foci for cue in _focus_cues().get(focus, ()))
    if not cues:
        return []
    counting = any(focus in ("killed", "wounded") for focus in foci)
    folded_names = tuple(name.casefold() for name in names if len(name) > 1)
    wanted = {term.casefold() for term in terms} | set(_lexicon()[0])
    ranked = []
    for start, end, text in sentences:
        folded = text.casefold()
        tokens = _WORD.findall(folded)
        held = {cue for cue in cues for token in tokens if token.startswith(cue)}
        if not held or (counting and not re.search(r"\d", _YEAR.sub("", text))):
            continue
        named = sum(_has_phrase(folded, name) for name in folded_names)
        told = len(wanted & set(tokens))
        if not (named or told):
            continue
        ranked.append((-(len(held) + named + told), len(text), start, end, text))
    return [(start, end, text) for *_key, start, end, text in sorted(ranked)]


CULPRIT_WINDOW = 6  # words between a group's name and the word of claim or blame


def culprits_named(
    sentence: str, foci: Iterable[str], entities_in: Callable[[str], list[Any]]
) -> list[Any]:
    """The entities a sentence names within a few words of a cue of what is asked of an
    incident ('The PKK denied responsibility', 'blamed the Hill Guard'): those it may
    name as having done it. ``entities_in`` finds the entities a text names."""
    cues = tuple(cue for focus in foci for cue in _focus_cues().get(focus, ()))
    tokens = _WORD.findall(sentence)
    at = [i for i, token in enumerate(tokens) if token.casefold().startswith(cues)]
    if not cues or not at:
        return []
    found = []
    for index in at:
        window = " ".join(tokens[max(0, index - CULPRIT_WINDOW) : index + CULPRIT_WINDOW + 1])
        found += [e for e in entities_in(window) if e not in found]
    return found
