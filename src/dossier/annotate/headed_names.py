"""Institutions' names that end in a capitalised word for a body, made whole.

The small model splits a name like 'Moscow State University', 'South Wigston High
School' or 'Royal Swedish Opera Orchestra' into a place or a nationality and leaves the
rest untagged, or stops a body's name a word short ('Royal Court' + 'Orchestra'). A run
of capitalised words inside a sentence that ends in a capitalised head noun of a body's
name (``name_heads`` in lexicons/entities.yaml: 'University', 'School', 'Bank') is one
organisation; 'of (the) <capitalised words>' right after the head belongs to it too
('Bank of Northland'). Starts only at the head nouns, read off one array.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.extract.token_scan import lower_positions
from dossier.knowledge.lexicons import lexicon, words

NAME_HEADS = words(lexicon("entities"), "name_heads")
# labels of the model's pieces the whole name may take over; a date, a work or a linked
# name stays as it is
PIECE_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
ARTICLES = frozenset({"the", "a", "an"})
# words a sentence opens with that begin no name ('Former', 'In', 'Both')
OPENING_TAGS = frozenset({"ADJ", "ADV", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "VERB", "AUX"})
MAX_NAME_TOKENS = 8
# prepositions the model glues a person to an institution over ('X at Y University');
# 'of' and 'for' are inside bodies' names
GLUING_PREPOSITIONS = frozenset({"at", "from"})


def headed_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with every such institution's name made one ORG entity; None when
    nothing changes."""
    heads = lower_positions(doc, NAME_HEADS)
    if not heads:
        return None
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    added: list[Span] = []
    for at in heads:
        if added and at < added[-1].end:
            continue
        name = _name_at_head(doc, at)
        if name is None:
            continue
        glued = _glued_before(name, by_token)
        if glued is not None:
            added.extend(glued)
        elif _takes_over(name, by_token):
            added.append(name)
    if not added:
        return None
    kept = [ent for ent in ents if not any(_overlap(ent, name) for name in added)]
    return sorted([*kept, *added], key=lambda span: span.start)


def _name_at_head(doc: Doc, at: int) -> Span | None:
    """The capitalised words ending at the head, with 'of (the) X' after it."""
    head = doc[at]
    if not head.is_title or head.is_sent_start:
        return None
    if at + 1 < len(doc) and _is_name_word(doc[at + 1]):
        return None  # 'Naval Service Unit': the name goes on past the noun
    sentence_start = head.sent.start
    start = at
    while start > sentence_start and _is_name_word(doc[start - 1]) and at - start < 6:
        start -= 1
    while start < at and (
        doc[start].lower_ in ARTICLES or (doc[start].is_sent_start and _opens_as_word(doc[start]))
    ):
        start += 1
    end = at + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        after = end + 1
        if doc[after].lower_ == "the" and after + 1 < len(doc):
            after += 1
        stop = after
        while stop < len(doc) and _is_name_word(doc[stop]) and stop - after < 4:
            stop += 1
        if stop > after:
            end = stop
    if end - start < 2 or end - start > MAX_NAME_TOKENS:
        return None
    return Span(doc, start, end, label="ORG")


def _glued_before(name: Span, by_token: dict[int, Span]) -> list[Span] | None:
    """'Ivo Petrak at Varnell State University' read as one entity: the model glued a
    person to the institution over a lower-case preposition. The name is the
    institution's; two or three capitalised proper nouns before the preposition are the
    person's."""
    doc = name.doc
    ent = by_token.get(name.start)
    joint = name.start - 1
    if ent is None or ent.kb_id_ or ent.end != name.end or ent.start >= joint:
        return None
    if doc[joint].text not in GLUING_PREPOSITIONS:
        return None
    left = doc[ent.start : joint]
    parts = [name]
    if 2 <= len(left) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in left):
        parts.insert(0, Span(doc, left.start, left.end, label="PERSON"))
    return parts


def _takes_over(name: Span, by_token: dict[int, Span]) -> bool:
    """Whether the name may replace the model's entities over it: none is linked or of
    another kind, none runs past it, and it is not already one organisation."""
    covering = {by_token[i] for i in range(name.start, name.end) if i in by_token}
    for ent in covering:
        if ent.kb_id_ or ent.label_ not in PIECE_LABELS:
            return False
        body_start = ent.start + (1 if ent[0].lower_ in ARTICLES else 0)
        whole = body_start == name.start and ent.end >= name.end
        if whole and ent.label_ in PLACE_LABELS:
            return False  # 'the Soviet Union': the model read the whole name as a place
        if ent.start < name.start or ent.end > name.end:
            if ent.label_ == "ORG" and whole:
                return False  # the model's organisation holds it already
            opener = _opener_before(ent, name)
            if ent.end > name.end or (body_start < name.start and not opener):
                return False  # part of a longer name: left as the model read it
    return not any(
        ent.label_ == "ORG" and ent.start == name.start and ent.end == name.end for ent in covering
    )


def _opener_before(ent: Span, name: Span) -> bool:
    """'Later Varnell State University' read as one name: what the model's entity holds
    before the name is only the sentence's opening word."""
    extra = ent.doc[ent.start : name.start]
    return len(extra) == 1 and bool(extra[0].is_sent_start) and _opens_as_word(extra[0])


def _is_name_word(token: Token) -> bool:
    """A capitalised word of a name: not a stop word ('In', 'The') unless it is written in
    capitals."""
    if not token.is_alpha or not (token.is_title or token.is_upper):
        return False
    return not token.is_stop or token.is_upper


def _opens_as_word(token: Token) -> bool:
    """A sentence's first word that is a common word, not the start of a name."""
    return token.pos_ in OPENING_TAGS


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end
