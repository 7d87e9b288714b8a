"""A person's name the model cut in two, made whole.

The small model sometimes ends a person at a given name it does not know and starts
another at the next word ('Halvard' + 'Osei Brandt'): two people's names side by side,
with nothing between them, are one person's. Prose never writes two people's names
back to back without a comma or a word between them.
"""

from __future__ import annotations

from spacy.tokens import Span

MAX_NAME_TOKENS = 5


def joined_people(ents: list[Span]) -> list[Span] | None:
    """The entities with people's names that touch made one; None when none touch."""
    joined: list[Span] = []
    changed = False
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and _cut_apart(previous, ent):
            joined[-1] = Span(ent.doc, previous.start, ent.end, label="PERSON")
            changed = True
            continue
        joined.append(ent)
    return joined if changed else None


def _cut_apart(first: Span, second: Span) -> bool:
    if first.label_ != "PERSON" or second.label_ != "PERSON" or first.end != second.start:
        return False
    if first.kb_id_ or second.kb_id_ or second[0].is_sent_start:
        return False
    if len(first) + len(second) > MAX_NAME_TOKENS:
        return False
    return all(token.is_alpha and token.is_title for token in (*first, *second))
