"""Which kind of event a telling is: the one its lead says, not the last thing it mentions.

An article about a journalist's murder may go on to tell that cars were hijacked in the
riots that followed; the murder is still no hijacking. The type is the most precedent
(the ontology's GTD order) of the kinds the lead sentence names and those strong cues
name anywhere ('The gunmen abducted five workers' two sentences on makes a kidnapping);
when they only say 'attack', the kind the weak cues of later sentences name most often
(ties in GTD order).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set

from spacy.tokens import Token

from dossier.knowledge.ontology import GENERIC_EVENT


def lead_type(
    cues: Sequence[Token], types: Sequence[str], order: Sequence[str], strong: Set[int]
) -> str:
    """The event's type from its cues (in telling order) and their types, parallel lists;
    ``strong`` holds the token indices of the cues that name violence on their own."""
    if not cues or len(cues) != len(types):  # no cue positions to read: precedence alone
        return min(types, key=order.index)
    lead = cues[0].sent
    told_first = [
        kind for cue, kind in zip(cues, types, strict=True) if cue.sent == lead or cue.i in strong
    ]
    specific = [kind for kind in told_first if kind != GENERIC_EVENT]
    if specific:
        return min(specific, key=order.index)
    counts = Counter(kind for kind in types if kind != GENERIC_EVENT)
    if not counts:
        return types[0]
    return min(counts, key=lambda kind: (-counts[kind], order.index(kind)))


__all__ = ["lead_type"]
