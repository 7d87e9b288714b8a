"""Evidence without what a sentence tells of another time.

A sentence that tells an event may close on a clause dated to another time ('..., an
old photo taken when the rebels seized the port in August 2020', '... militants who have
held the city for five months'): that clause tells something else, so the event's
evidence stops before it. Only the end of the quote moves: an event's id is read from
where its first evidence starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token

from dossier.extract.qualities import date_phrases
from dossier.model import Evidence, TimeSpan
from dossier.model.dates import parse_time

SUBORDINATE = frozenset({"advcl", "relcl", "acl"})
DURATION_WORDS = ("for ", "over the past ", "over the last ")  # a stretch, not a day
LONG_DAYS = 31  # a clause dated to a longer stretch tells a state, not a day's event


def without_other_times(
    evidence: Evidence, doc: Doc, cues: Sequence[Token], when: TimeSpan, published: date | None
) -> Evidence:
    """The evidence without a closing subordinate clause that holds none of the event's
    cues and carries a date apart from the event's ``when``."""
    if when.start is None or when.end is None:
        return evidence
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return evidence
    inside = {cue.i for cue in cues}
    for text, root in date_phrases(span[0].sent):
        if not span.start <= root.i < span.end:
            continue
        clause = next((g for g in root.ancestors if g.dep_ in SUBORDINATE), None)
        if clause is None or inside & {t.i for t in clause.subtree}:
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "for":
            text = f"for {text}"  # 'for nearly five months': a stretch of time
        if not _another_time(text, when, published):
            continue
        first, last = clause.left_edge, clause.right_edge
        after = doc[last.i + 1 : span.end]
        if all(t.is_punct or t.is_space for t in after) and first.i > span.start:
            cut = doc.text[evidence.start : first.idx].rstrip(" ,;:-—–")
            if cut.strip():
                return Evidence(
                    evidence.document_id,
                    evidence.sentence_index,
                    evidence.start,
                    evidence.start + len(cut),
                    cut,
                )
    return evidence


def _another_time(text: str, when: TimeSpan, published: date | None) -> bool:
    """Whether a clause's date is not the event's: apart from it, or a stretch of
    months ('for nearly five months', 'since 2015') around a day's event."""
    told = parse_time(text, published)
    if told is None or when.start is None or when.end is None:
        return False
    if told.start is None or told.end is None:
        return told.precision == "unknown" and text.lower().startswith(DURATION_WORDS)
    if not told.overlaps(when):
        return True
    return (told.end - told.start).days > LONG_DAYS >= (when.end - when.start).days


__all__ = ["without_other_times"]
