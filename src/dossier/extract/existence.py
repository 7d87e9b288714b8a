"""When a group began, said through how long it has existed:

    X has been in existence since 2000      -> founded 2000
    X has existed since 1994                -> founded 1994

Only a 'since' phrase with a date counts: 'X existed in 2010' says nothing of its start.
The words are data (``existence_words`` of ``founded`` in ontology.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.sentences import preposition_objects
from dossier.model import TimeSpan


def existence_start(word: Token, context: DocContext) -> tuple[Token, TimeSpan] | None:
    """The clause verb and the start date an existence word gives, if it has both."""
    if word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.lower_ == "in":
        verb = word.head.head  # 'has been [in existence] since 2000'
    elif word.pos_ == "VERB":
        verb = word
    else:
        return None
    for obj in preposition_objects(verb, "since"):
        start = context.date_in(word.doc[obj.left_edge.i : obj.right_edge.i + 1])
        if start is not None:
            return verb, start
    return None
