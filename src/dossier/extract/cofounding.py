"""Founders of a body told with a 'co-' verb, read from the order of the words:

    P and Q co-founded X in 2004          -> founded_by(X, P), founded_by(X, Q)
    She co-founded X with P               -> founded_by(X, she), founded_by(X, P)
    X was co-founded by P and Q           -> founded_by(X, P), founded_by(X, Q)
    X was co-founded in 2004 by P         -> founded_by(X, P)
    X, co-founded by P in 2004, ...       -> founded_by(X, P)
    In 1979, P co-founded X               -> founded_by(X, P), founded(X, 1979)

The tokenizer splits 'co-founded' into 'co', '-', 'founded', and the parser then reads
'co' as the verb or a subject, so the dependency arcs are no guide: the founders are the
people named just before 'co' (or after the 'by' that follows the verb) and those the
verb gives 'with'; the body is the verb's object, else the name just after the verb (the
parse may make 'founded' a modifier of it), or the name just before 'was' or the comma.
Only people count, as with 'form': a 'co-' founder is someone, not a merger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.extract.context import DocContext
from dossier.model import EntityRef

PREFIX = "co"
HYPHEN = "-"
PERSON_LABEL = "PERSON"
AGENT = "by"
COMPANION = "with"
LIST_WORDS = frozenset({",", "and"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"})
MAX_AGENT_GAP = 6  # 'co-founded in early May 2004 by P'
PASSIVE_MARKS = frozenset({"was", "were", "is", "are", "been", "being", "be", ","})


def co_prefix(verb: Token) -> Token | None:
    """The 'co' a split 'co-founded' left before the verb, if there is one."""
    if verb.i - 2 < verb.sent.start:
        return None
    hyphen, prefix = verb.nbor(-1), verb.nbor(-2)
    if hyphen.text != HYPHEN or prefix.lower_ != PREFIX or hyphen.whitespace_:
        return None
    return prefix


def cofounded_body(verb: Token, prefix: Token, context: DocContext) -> EntityRef | None:
    """The body a passive or participle 'co-founded' describes: the name ending just before
    'was' or the comma ('X was co-founded by', 'X, co-founded by')."""
    if prefix.i - 2 < prefix.sent.start or prefix.nbor(-1).lower_ not in PASSIVE_MARKS:
        return None
    name = context.entity_at(prefix.nbor(-2))
    if name is None or name.end != prefix.i - 1:
        return None
    return context.organisation_named_at(name.root)


def cofounded_object(verb: Token, context: DocContext) -> EntityRef | None:
    """The body an active 'co-' verb founds, by word order: the name just after the verb
    ('P co-founded the X Institute'), where the parse hangs it on 'co' or '-' instead."""
    start = verb.i + 1
    if start < verb.sent.end and verb.doc[start].dep_ == "det":
        start += 1
    if start >= verb.sent.end:
        return None
    name = context.entity_at(verb.doc[start])
    if name is None or name.start not in (verb.i + 1, start):
        return None
    return context.organisation_named_at(name.root)


def is_passive_prefix(prefix: Token) -> bool:
    """'was co-founded', ', co-founded by': the body comes first and the founders after."""
    return prefix.i > prefix.sent.start and prefix.nbor(-1).lower_ in PASSIVE_MARKS


def cofounders(verb: Token, prefix: Token, context: DocContext) -> list[EntityRef]:
    """The people who co-founded: named before 'co' (or after 'by' in the passive), and
    those the verb's clause gives 'with'."""
    doc = verb.doc
    if is_passive_prefix(prefix):
        agent = _agent_after(verb)
        if agent is None:
            return []
        names = _names_after(doc[agent + 1 :], context)
    else:
        names = _names_before(prefix, context)
        if not names and prefix.i > prefix.sent.start:
            person = context.person_reference(prefix.nbor(-1))  # 'she co-founded X'
            if person is not None:
                return [person, *_companions(verb, context)]
    people: list[EntityRef] = []
    for name in names:
        ref = context.ref(name)
        if ref is not None and ref.type == "person" and ref not in people:
            people.append(ref)
    if people:
        people += [p for p in _companions(verb, context) if p not in people]
    return people


def _agent_after(verb: Token) -> int | None:
    """Where the 'by' of a passive 'co-' verb is: just after it, or after a date or place
    between them ('was co-founded in 2004 by P'), never past a comma."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.sent.end, verb.i + 1 + MAX_AGENT_GAP)):
        if doc[i].lower_ == AGENT:
            return i
        if doc[i].text in CLAUSE_BREAKS:
            return None
    return None


def _names_before(prefix: Token, context: DocContext) -> list[Span]:
    """'P, Q and R' ending just before the prefix."""
    names: list[Span] = []
    i = prefix.i - 1
    while i >= prefix.sent.start:
        name = context.entity_at(prefix.doc[i])
        if name is None or name.label_ != PERSON_LABEL or name.end != i + 1:
            break
        names.append(name)
        i = name.start - 1
        while i >= prefix.sent.start and prefix.doc[i].lower_ in LIST_WORDS:
            i -= 1
    return names


def _names_after(words: Span, context: DocContext) -> list[Span]:
    """'P, Q and R' opening the words."""
    names: list[Span] = []
    i = words.start
    while i < words.sent.end:
        name = context.entity_at(words.doc[i])
        if name is None or name.label_ != PERSON_LABEL or name.start != i:
            break
        names.append(name)
        i = name.end
        while i < words.sent.end and words.doc[i].lower_ in LIST_WORDS:
            i += 1
    return names


def _companions(verb: Token, context: DocContext) -> list[EntityRef]:
    """'co-founded X with P': P, wherever the parse hangs the 'with'."""
    start = verb.i + 1
    end = min(verb.sent.end, start + 12)  # a 'with' past a long clause is another matter
    doc = verb.doc
    people: list[EntityRef] = []
    for i in range(start, end):
        if doc[i].lower_ != COMPANION:
            continue
        for name in _names_after(doc[i + 1 : verb.sent.end], context):
            ref = context.ref(name)
            if ref is not None and ref.type == "person":
                people.append(ref)
        break
    return people
