"""When an event happened, as its cue's clause tells it: not when someone spoke of it.

'The minister said on Monday the attack was planned in Syria' dates the minister's
statement; the attack itself may have been on Sunday. A date whose clause is a speech
verb (say, announce, tell, ...) other than the cue's own clause dates the telling; so
does one standing between the speech verb and the clause it reports. Neither is taken
for the event's date: a report of a Sunday attack is often said on the Monday.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.qualities import clause_head, date_phrases, time_scope
from dossier.model import TimeSpan


def event_time(token: Token, context: DocContext) -> TimeSpan | None:
    """The date of the cue's clause (``time_scope``), unless it dates a statement about
    the event rather than the event."""
    when = time_scope(token, context)
    if when is None or when.text is None:
        return when
    head = clause_head(token)
    speech = context.ontology.attribution.get("verbs", frozenset())
    for text, root in date_phrases(token.sent):
        if text != when.text:
            continue
        if _dates_statement(root, head, speech):
            return None
    return when


def _dates_statement(root: Token, head: Token, speech: frozenset[str]) -> bool:
    """Whether a date phrase dates a speech verb: its own clause is one, or the phrase
    stands between the speech verb and the subject of the clause it reports ('said on
    Monday the attack was planned', which the parser often hangs on 'planned')."""
    verb = clause_head(root)
    if verb != head and verb.lemma_.lower() in speech:
        return True
    speaker = verb.head
    if verb.dep_ != "ccomp" or speaker.lemma_.lower() not in speech:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and speaker.i < root.i < subjects[0].left_edge.i


__all__ = ["event_time"]
