"""The organisation a rival description is set off beside: 'Y, the rival party' names Y
even when the parse hangs the description elsewhere (a second object of the verb)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.model import EntityRef


def named_before(noun: Token, context: DocContext) -> EntityRef | None:
    """The organisation named just before a singular noun phrase set off by a comma."""
    if noun.tag_ != "NN":
        return None
    left = noun.left_edge.i
    if left < 2 or noun.doc[left - 1].text != ",":
        return None
    name = noun.doc[left - 2]
    if context.entity_at(name) is None:
        return None
    ref = context.org_ref(name)
    return ref if ref is not None and ref.type == "organization" else None
