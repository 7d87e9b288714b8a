"""Timeline entries: a line that opens on a date and a colon or a dash lists one incident.

Chronologies tell one incident a line, often in a few words with no actor or toll in view
('October 28, 2005: Attack on the X campus.', '2019 – bombing of the Y hotel'). Such a
line is its own event, dated by its opening date; the list it stands in is what says an
'attack' there was one. A line that merely starts with a date ('In 2019, the group
said ...') is no entry: only a date and then a colon or a dash is.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.attrs import IS_SPACE
from spacy.tokens import Span

from dossier.model import TimeSpan
from dossier.model.dates import parse_time

SEPARATORS = frozenset({":", "-", "–", "—"})
MAX_OPENING = 8  # tokens: a date, not a clause
DATED = frozenset({"day", "month", "season", "year"})


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """The line a sentence stands on, when it is a dated entry of a list."""

    line_start: int  # character offset: the entry's identity
    when: TimeSpan


def timeline_entry(sentence: Span, published: date | None) -> TimelineEntry | None:
    """The timeline entry the sentence belongs to, if its line opens on a date and a colon
    or a dash."""
    doc = sentence.doc
    first = _line_start(sentence)
    opening = []
    for token in doc[first : first + MAX_OPENING + 1]:
        if token.text in SEPARATORS:
            break
        if "\n" in token.text or (token.ent_type_ != "DATE" and not token.is_punct):
            return None
        opening.append(token)
    else:
        return None
    if not opening:
        return None
    when = parse_time(doc[opening[0].i : opening[-1].i + 1].text, published)
    if when is None or when.start is None or when.precision not in DATED:
        return None
    return TimelineEntry(doc[first].idx, when)


_LINE_STARTS = "dossier_line_starts"


def _line_start(sentence: Span) -> int:
    """The index of the first token on the sentence's line. The doc's line starts are
    found once and kept on it: every sentence asks, and a search of the text per
    sentence would cost the square of a long document's length."""
    doc = sentence.doc
    starts = doc.user_data.get(_LINE_STARTS)
    if starts is None:
        spaces = doc.to_array(IS_SPACE).nonzero()[0]  # newlines are space tokens
        starts = [0, *(int(i) + 1 for i in spaces if "\n" in doc[int(i)].text)]
        doc.user_data[_LINE_STARTS] = starts
    return starts[bisect_right(starts, sentence.start) - 1]


__all__ = ["TimelineEntry", "timeline_entry"]
