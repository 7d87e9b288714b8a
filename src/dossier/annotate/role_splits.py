"""A body, its member's or head's role and the person, read by the model as one name.

The small model sometimes takes 'Varlo chairperson Ben Ostrand' or 'Quillon bassist Ana
Reyes' for one person. A lower-case role word inside a name cannot be part of it: the
capitalised words before it name the body, those after it the person. The role words
are data (``member_roles`` and ``head_roles`` in lexicons/entities.yaml).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dossier.knowledge.lexicons import lexicon, words

_ENTITIES = lexicon("entities")
ROLES = words(_ENTITIES, "member_roles") | words(_ENTITIES, "head_roles")
SPLIT_LABELS = frozenset({"PERSON", "ORG"})


def split_at_roles(
    ents: list[Span], is_place_or_people: Callable[[Span], bool]
) -> list[Span] | None:
    """The entities with every such name split in two; None when none is.
    ``is_place_or_people`` tells a place or nationality before the role ('Chilean singer
    A'), which names where the person is from and is left out."""
    split: list[Span] = []
    changed = False
    for ent in ents:
        parts = _parts(ent, is_place_or_people)
        if parts is None:
            split.append(ent)
            continue
        split.extend(parts)
        changed = True
    return split if changed else None


def _parts(ent: Span, is_place_or_people: Callable[[Span], bool]) -> list[Span] | None:
    if ent.label_ not in SPLIT_LABELS or ent.kb_id_ or len(ent) < 4:
        return None
    role = next((t for t in ent[1:-2] if t.is_lower and t.lower_ in ROLES), None)
    if role is None:
        return None
    doc = ent.doc
    body = doc[ent.start : role.i]
    if body[0].lower_ in ("the", "a", "an"):
        body = body[1:]
    person = doc[role.i + 1 : ent.end]
    if not body or not all(_is_name_word(t) for t in (*body, *person)):
        return None
    parts = [Span(doc, person.start, person.end, label="PERSON")]
    if not is_place_or_people(body):
        parts.insert(0, Span(doc, body.start, body.end, label="ORG"))
    return parts


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)
