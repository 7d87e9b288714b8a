"""The days a multi-day incident spans when a telling dates only its end.

'Commandos killed the last gunmen Saturday, ending a 60-hour rampage' dates the end of
the rampage, not its start: the incident is the 60 hours before that Saturday. Read as a
span of days (start..end), it overlaps the telling that dates the rampage's first day,
where the bare Saturday would have named another day.
"""

from __future__ import annotations

from datetime import date, timedelta
from math import ceil

from spacy.tokens import Span, Token

from dossier.knowledge.lexicons import lexicon, words
from dossier.model import TimeSpan
from dossier.model.dates import parse_time
from dossier.model.quantities import parse_quantity

_LEXICON = lexicon("events")
ENDING_VERBS = words(_LEXICON, "ending_verbs")
DURATION_HOURS: dict[str, int] = {str(k): int(v) for k, v in _LEXICON["duration_hours"].items()}


def ended_span(sentence: Span, weekday: TimeSpan, published: date | None) -> TimeSpan | None:
    """The span of an incident whose end the sentence dates by a weekday ('ending a
    three-day siege' ... 'Sunday'), resolved against the report's date; None without an
    ending verb whose object states a length."""
    if published is None or not weekday.text:
        return None
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ENDING_VERBS:
            continue
        hours = next((h for obj in _objects(verb) if (h := _length_hours(obj))), None)
        if hours is None:
            continue
        end = parse_time(weekday.text, published)
        if end is None or end.start is None or end.start != end.end:
            return None
        start = end.start - timedelta(days=ceil(hours / 24))
        return TimeSpan(start, end.start, "day", weekday.text)
    return None


def _objects(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ == "dobj"]


def _length_hours(noun: Token) -> int | None:
    """'a 60-hour rampage' -> 60; 'a three-day siege' -> 72."""
    for unit in noun.children:
        hours = DURATION_HOURS.get(unit.lemma_.lower())
        if hours is None or unit.dep_ not in ("compound", "amod", "nmod"):
            continue
        for number in unit.children:
            if number.dep_ == "nummod":
                count = parse_quantity(number.text)
                if count is not None and count.min:
                    return int(count.min) * hours
    return None


__all__ = ["ended_span"]
