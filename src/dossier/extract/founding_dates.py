"""The date a founding verb gives, and when it gives none:

    X was set up in early 2015                         -> early 2015
    On 4 May 2009, A was dissolved and X was formed    -> 4 May 2009 (fronted, shared)
    In 2004, P and Q co-founded X                      -> 2004 (fronted; 'co-' splits the parse)
    P, who co-founded X, died in 1950                  -> none: a 'co-' verb's date is read
                                                          by word order, not past a comma
    Since 1773, when X was founded by P, ...            -> 1773 (the time 'when' stands for)
    ... in 1893 when P created X                       -> 1893 (the same, without a comma)
    In May 2012, she made her debut, forming X          -> May 2012 (the same)
    X has been formed since 2001                       -> none: an open bound
    It was created in 1992 out of the old district Y   -> none: land carved from a place
    A, B and C were all founded in 1923                -> 1923 for each (conjoined_bodies)
    A founded X, and B founded Y in 1999               -> none for X: the date is Y's clause's

A date fronted before a clause belongs to every clause joined to it; one after the first
verb belongs to that verb only, and one inside a joined clause with a subject of its own
belongs to that clause ('X was set up and registered in 1999' shares it: no subject). What
is made 'out of' or 'from' a place is a territory (an electoral district, a province), not
an organisation. The prepositions are data (``carved_prepositions`` of ``inception`` in
lexicons/claims.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.clauses import stranded
from dossier.extract.cofounding import co_prefix
from dossier.extract.context import DocContext
from dossier.extract.qualities import OPEN_TIME_BOUNDS, date_phrases, governors, time_scope
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef, TimeSpan
from dossier.model.dates import parse_time

CARVED_PREPOSITIONS = words(lexicon("claims")["inception"], "carved_prepositions")
PLACE_LABELS = frozenset({"GPE", "LOC"})
WHEN = frozenset({"when"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"})
COPULA = "be"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OPENING_WORDS = 3  # 'In early 2004, ...': how far into the sentence a fronted date's head is


def founding_date(verb: Token, context: DocContext) -> TimeSpan | None:
    """The date on which the founding verb says its body began, if it says one."""
    if _carved_from_place(verb, context):
        return None
    prefix = co_prefix(verb)
    if prefix is not None:  # 'co-founded': the parse is no guide, the word order is
        return _usable(_co_date(verb, prefix, context))
    when = _own_clause_date(verb, context)
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if when is None and joined:  # '..., forming X': the time of the clause it goes with
        when = _fronted_date(verb.head, context)
    if when is None:
        when = _date_before_when(verb, context)  # 'in 1773, when X was founded'
    return _usable(when)


def _usable(when: TimeSpan | None) -> TimeSpan | None:
    """A date that says when: not an unknown one nor an open bound ('since 2001')."""
    if when is None or when.precision == "unknown":
        return None
    if when.text.split()[0].lower() in OPEN_TIME_BOUNDS:
        return None
    return when


def _own_clause_date(verb: Token, context: DocContext) -> TimeSpan | None:
    """The date of the verb's clause, unless it is one a later joined clause with its own
    subject carries: the parse hangs 'in 1999' of 'A founded X, and B founded Y in 1999'
    below both verbs."""
    when = time_scope(verb, context)
    if when is None:
        return None
    for text, root in date_phrases(verb.sent):
        if text == when.text and _in_joined_clause(root, verb):
            return None
    return when


def _in_joined_clause(word: Token, verb: Token) -> bool:
    """Whether a word below the verb sits in a clause joined to it that has a subject."""
    for governor in governors(word):
        if governor == verb:
            return False
        joined = governor.dep_ == "conj" and governor.pos_ in ("VERB", "AUX")
        if joined and any(c.dep_ in SUBJECT_DEPS for c in governor.children):
            return True
    return False


def _co_date(verb: Token, prefix: Token, context: DocContext) -> TimeSpan | None:
    """The date of a split 'co-' verb: one after it in its own stretch of words ('P
    co-founded X in 2004', 'X, co-founded by P in 2004,'), else one opening the sentence
    ('In 2004, P co-founded X'); never a date past the next comma, which the parse may
    give it ('P, who co-founded X, died in 1950')."""
    sent = verb.sent
    end = next((w.i for w in sent if w.i > verb.i and w.text in CLAUSE_BREAKS), sent.end)
    for text, root in date_phrases(sent):
        if verb.i < root.i < end:
            span = parse_time(text, context.published_at)
            return span if span is not None and span.precision != "unknown" else None
    return _opening_date(prefix, context)


def _fronted_date(head: Token, context: DocContext) -> TimeSpan | None:
    """A date opening the clause the verb is joined to: 'On D, A was ... and X was formed'."""
    for text, root in date_phrases(head.sent):
        if root.i < head.i and head in governors(root):
            span = parse_time(text, context.published_at)
            return span if span is not None and span.precision != "unknown" else None
    return None


def _opening_date(prefix: Token, context: DocContext) -> TimeSpan | None:
    """A date opening the sentence before a split 'co-' verb: 'In 2004, P co-founded X'."""
    for text, root in date_phrases(prefix.sent):
        if root.i < prefix.i and root.i - prefix.sent.start <= OPENING_WORDS:
            span = parse_time(text, context.published_at)
            return span if span is not None and span.precision != "unknown" else None
    return None


def _date_before_when(verb: Token, context: DocContext) -> TimeSpan | None:
    """The date a 'when' clause follows, 'D, when X was founded' or 'in D when P created X',
    however it is parsed (a relative clause of D, or a clause of the main verb)."""
    marker = next((c for c in verb.children if c.lower_ in WHEN and c.i < verb.i), None)
    if marker is None or marker.i - 1 <= marker.sent.start:
        return None
    before = marker.nbor(-1)
    if before.text == ",":
        before = before.nbor(-1)
    ent = context.entity_at(before)
    if ent is None or ent.label_ != "DATE":
        return None
    span = parse_time(ent.text, context.published_at)
    return span if span is not None and span.precision != "unknown" else None


def _carved_from_place(verb: Token, context: DocContext) -> bool:
    """'created in 1992 out of the old X', 'formed from parts of Y': made of a place."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in CARVED_PREPOSITIONS:
            continue
        for obj in (w for w in prep.subtree if w.dep_ == "pobj"):
            ent = context.entity_at(obj)
            if ent is not None and ent.label_ in PLACE_LABELS and obj.head.head in (prep, verb):
                return True
    return False


def conjoined_bodies(verb: Token, founded: EntityRef, context: DocContext) -> list[EntityRef]:
    """The other named bodies joined to the one the verb founds: 'A, B and C were founded in
    1923', 'P founded A and B in 1923'. Only names: a pronoun or a group noun is no list."""
    slots = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")][:1]
    others: list[EntityRef] = []
    for word in (w for slot in slots for w in slot.conjuncts if not stranded(w)):
        ref = context.organisation_named_at(word)
        if ref is not None and ref != founded and ref not in others:
            others.append(ref)
    return others


def copula_named_org(noun: Token, context: DocContext) -> EntityRef | None:
    """The named organisation a copula's complement describes: in 'X is a hub that
    launched in 2018' the hub is X."""
    if noun.dep_ != "attr" or noun.head.lemma_ != COPULA:
        return None
    for subject in (c for c in noun.head.children if c.dep_ == "nsubj"):
        # the name, or the acronym set beside a name NER missed: 'The Long Name (LN) is'
        for name in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            if context.entity_at(name) is not None:
                return context.org_ref(name)
    return None
