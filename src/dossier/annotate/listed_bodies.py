"""Names listed after a plural noun for a kind of body, made organisations.

'the rock bands A and B', 'the parties A, B and C': each name of the list is a body of
that kind, whatever the model took it for (often people, or a work). Only a list right
after the noun counts, of capitalised proper nouns joined by commas and a last 'and' or
'or'; names the model reads as places or nationalities, or that are linked, stay as they
are. The nouns are ``org_appositions`` in lexicons/claims.yaml, in the plural.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.extract.token_scan import lower_positions
from dossier.knowledge.lexicons import lexicon, words

_SINGULARS = words(lexicon("claims"), "org_appositions")
# the list may take over these labels only; a place or a nationality is left alone
TAKEN_LABELS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "ORG"})
LAST_JOINS = frozenset({"and", "or"})
MAX_NAME_TOKENS = 4


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


PLURALS = frozenset(_plural(noun) for noun in _SINGULARS if not noun.endswith("s"))


def listed_bodies(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with each name of such a list an ORG; None when nothing changes."""
    nouns = lower_positions(doc, PLURALS)
    if not nouns:
        return None
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    added: list[Span] = []
    for at in nouns:
        if doc[at].tag_ != "NNS" or at in by_token:
            continue
        names = _listed_names(doc, at + 1)
        if names is None or not all(_may_take(name, by_token) for name in names):
            continue
        added.extend(name for name in names if not _is_org(name, by_token))
    if not added:
        return None
    kept = [ent for ent in ents if not any(_overlap(ent, name) for name in added)]
    return sorted([*kept, *added], key=lambda span: span.start)


def _listed_names(doc: Doc, start: int) -> list[Span] | None:
    """'A and B', 'A, B(,) and C' from start; None when no such list stands there."""
    names: list[Span] = []
    i = start
    while True:
        name = _name_at(doc, i)
        if name is None:
            return None
        names.append(name)
        end = name.end + (1 if name.end < len(doc) and doc[name.end].text == "," else 0)
        if end < len(doc) and doc[end].lower_ in LAST_JOINS:
            last = _name_at(doc, end + 1)
            return None if last is None else [*names, last]
        if end == name.end:
            return None  # neither a comma nor a join: not a list
        i = end


def _name_at(doc: Doc, i: int) -> Span | None:
    end = i
    while end < len(doc) and end - i < MAX_NAME_TOKENS and _is_name_word(doc[end]):
        end += 1
    if end == i or (end < len(doc) and _is_name_word(doc[end])):
        return None
    return Span(doc, i, end, label="ORG")


def _may_take(name: Span, by_token: dict[int, Span]) -> bool:
    for i in range(name.start, name.end):
        ent = by_token.get(i)
        if ent is None:
            continue
        if ent.kb_id_ or ent.label_ not in TAKEN_LABELS:
            return False
        if ent.start < name.start or ent.end > name.end:
            return False  # part of a longer name
    return True


def _is_org(name: Span, by_token: dict[int, Span]) -> bool:
    ent = by_token.get(name.start)
    return ent is not None and ent.label_ == "ORG" and ent.end == name.end


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.pos_ == "PROPN"


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end
