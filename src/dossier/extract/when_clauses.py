"""The date of a 'when' clause is its main clause's: in 'the war ended when the government
signed a peace deal in 2016' the parser hangs 'in 2016' on 'ended', but the signing is
dated by it too. The clause words are ``when_markers`` in lexicons/claims.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.qualities import clause_head, time_scope
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import TimeSpan

WHEN_MARKERS = words(lexicon("claims"), "when_markers")
ADVERBIAL_DEPS = frozenset({"advcl"})
MARKER_DEPS = frozenset({"advmod", "mark"})


def when_clause_time(cue: Token, context: DocContext) -> TimeSpan | None:
    """The main clause's date, when the cue's clause is its 'when' clause."""
    verb = clause_head(cue)
    if verb.dep_ not in ADVERBIAL_DEPS:
        return None
    if not any(c.dep_ in MARKER_DEPS and c.lower_ in WHEN_MARKERS for c in verb.children):
        return None
    return time_scope(verb.head, context)
