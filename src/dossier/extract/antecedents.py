"""Antecedents within one article: whom 'he' and 'she' mean in a story that is not
about one person, and which organisations 'it' cannot mean.

A biography's 'he' is its page subject (``DocContext.person_topic``). News names many
people, so here a pronoun takes a person only when the nearest sentence that names
people makes one of them the clear choice: the only person it names, or the only one
it names as a subject. Anything less clear gives no antecedent; a wrong one would put
a fact on the wrong person. For 'it' and 'its', salience (``DocContext``) decides; this
module only says which names come too late in the pronoun's own sentence to count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef

if TYPE_CHECKING:
    from dossier.extract.context import DocContext

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOK_BACK = 2  # sentences before the pronoun's own
MAX_CHAIN = 3  # 'he' passed on from sentence to sentence at most this often
PRONOUNS = words(lexicon("entities"), "person_pronouns")


def recent_person(context: DocContext, pronoun: Token, depth: int = 0) -> EntityRef | None:
    """The person a 'he'/'she' stands for, from its own sentence before it or the last
    sentences before that (not across a paragraph break, except into the sentence just
    before), or None when no one or more than one person fits. A sentence whose subject
    is itself 'he' or 'she' passes on what that pronoun means: the story is still about
    the same person, whoever else it names ('He was close to X. He ...' is not X)."""
    sentence = pronoun.sent
    earlier = _subject_pronoun(sentence, before=pronoun.i)
    if earlier is not None:
        return _chained(context, earlier, depth)
    named = _people(context, sentence, before=pronoun.i)
    if named:
        subjects = {ref for ref, is_subject in named if is_subject}
        # 'X said he ...': the subject before it; a name in another role is no clear choice
        return next(iter(subjects)) if len(subjects) == 1 else None
    doc = pronoun.doc
    for step in range(LOOK_BACK):
        if sentence.start == 0:
            return None
        previous = doc[sentence.start - 1].sent
        if step > 0 and _line_break_between(context, previous, sentence):
            return None
        sentence = previous
        earlier = _subject_pronoun(sentence, before=sentence.end)
        if earlier is not None:
            return _chained(context, earlier, depth)
        named = _people(context, sentence, before=sentence.end)
        if not named:
            continue
        people = {ref for ref, _ in named}
        if len(people) == 1:
            return next(iter(people))
        subjects = {ref for ref, is_subject in named if is_subject}
        return next(iter(subjects)) if len(subjects) == 1 else None
    return None


def _chained(context: DocContext, earlier: Token, depth: int) -> EntityRef | None:
    return recent_person(context, earlier, depth + 1) if depth < MAX_CHAIN else None


def _subject_pronoun(sentence: Span, before: int) -> Token | None:
    """The 'he' or 'she' a sentence opens its main clause with, if it comes before a token."""
    root = sentence.root
    for child in root.children:
        if child.i >= before:
            break
        if child.dep_ in SUBJECT_DEPS and child.pos_ == "PRON" and child.lower_ in PRONOUNS:
            return child
    return None


def _people(context: DocContext, sentence: Span, before: int) -> list[tuple[EntityRef, bool]]:
    """The persons a sentence names before a token, each with whether it is a subject."""
    found: list[tuple[EntityRef, bool]] = []
    for ent in context.ents_in(sentence):
        if ent.end > before or ent.label_ != "PERSON":
            continue
        ref = context.ref(ent)
        if ref is not None and ref.type == "person":
            found.append((ref, _is_subject(ent.root)))
    return found


def _is_subject(root: Token) -> bool:
    """A subject, a name in apposition to one ('Its leader, X, was born ...') or joined to
    one ('X and Y met')."""
    if root.dep_ in SUBJECT_DEPS:
        return True
    head = root.head
    if root.dep_ not in ("appos", "compound", "conj") or head.dep_ not in SUBJECT_DEPS:
        return False
    # 'The daughter of politician X, she ...': the parse hangs X on 'daughter', past 'of'
    return not any(c.dep_ == "prep" and head.i < c.i < root.i for c in head.children)


def named_after(context: DocContext, pronoun: Token) -> set[EntityRef]:
    """Organisations the pronoun's sentence names only after it, which it cannot mean:
    in 'It began as a splinter of X (which ...)', X came too late to be 'it'. The one
    exception is the subject of the main clause when the pronoun is not that clause's
    own subject: 'Since its founding in 2009, X has ...'."""
    sentence = pronoun.sent
    before: set[EntityRef] = set()
    after: set[EntityRef] = set()
    for ent in context.ents_in(sentence):
        ref = context.ref(ent)
        if ref is None or ref.type != "organization":
            continue
        if ent.start < pronoun.i or _names_the_reader(ent, pronoun):
            before.add(ref)
        elif not (_is_main_subject(ent.root) and not _is_main_subject(pronoun)):
            after.add(ref)
    return after - before


def _names_the_reader(ent: Span, reader: Token) -> bool:
    """'the group New IRA', 'the group, X, ...': a name right after the noun or in
    apposition to it is that noun's own, even where the parse makes it a second subject."""
    root = ent.root
    return ent.start == reader.i + 1 or (root.head == reader and root.dep_ == "appos")


def _is_main_subject(token: Token) -> bool:
    """The subject of the sentence's main verb (or a name in apposition to it)."""
    if token.dep_ in ("appos", "compound", "conj"):
        token = token.head
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"


def _line_break_between(context: DocContext, earlier: Span, later: Span) -> bool:
    """Whether a line break separates two sentences (spaCy hangs the break on either)."""
    end = max((t.idx + len(t) for t in earlier if not t.is_space), default=earlier.end_char)
    start = min((t.idx for t in later if not t.is_space), default=later.start_char)
    return "\n" in context.text[end:start]
