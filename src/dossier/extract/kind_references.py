"""'The band', 'the company', 'the label': a definite noun for a kind of body, which
reference prose uses for an organisation it has already said is one.

    Kestrel Audio is a British record label. ... The label was acquired by X in 2012.
    In 1990 she formed Glass Orchard, a folk band. ... The band split up in 1996.

The noun means the organisation the document described before it as that kind: by a
copula ('X is a record label'), an apposition ('X, a folk band'; 'the band X') or a
name headed by the noun ('Harwick Grammar School', 'the House of Y'). When two
organisations were so described, the noun means the page's own subject (its opening
statement's) if that is one of them, and is otherwise left unresolved: a wrong antecedent
would put a fact on the wrong body. The kinds are ``kind_nouns`` in lexicons/references.yaml:
bodies of reference prose, not the forces of news ('the army', 'the front' stay
unresolved); 'the group', 'the movement' go by salience (``DocContext.resolve_reference``).

On a page about a work ('X is the third album by Y'), 'it' and 'its' mean the work,
which is no organisation (``means_page_work``; the kinds are ``work_nouns``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.extract.sentences import opening_statement
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef

if TYPE_CHECKING:
    from dossier.extract.context import DocContext

KIND_NOUNS = words(lexicon("references"), "kind_nouns")
WORK_NOUNS = words(lexicon("references"), "work_nouns")
WORK_PRONOUNS = words(lexicon("references"), "work_pronouns")
DETERMINERS = frozenset({"the", "this", "that"})
# a modifier makes the noun another body: 'the new party', 'the youth team', 'its label'
OTHER_BODY_DEPS = frozenset({"amod", "compound", "poss", "nummod", "nmod"})
_DESCRIBED = "kind_references.described"
_WORK_PAGE = "kind_references.work_page"


def kind_reference(
    noun: Token, context: DocContext, excluding: frozenset[EntityRef] = frozenset()
) -> EntityRef | None:
    """The organisation 'the <kind>' stands for, or None (not such a noun, nothing
    described as that kind before it, or two bodies that were)."""
    kind = noun.lemma_.lower()
    if kind not in KIND_NOUNS or noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in noun.children):
        return None
    if any(c.dep_ in OTHER_BODY_DEPS for c in noun.children):
        return None
    page, described = context.remember(_DESCRIBED, lambda: _described(context))
    before = {ref for i, said, ref in described if said == kind and i < noun.i}
    before -= excluding
    if len(before) > 1 and page in before:
        return page  # the page's own subject over a body it mentions ('X IL, its parent club')
    return next(iter(before)) if len(before) == 1 else None


def means_page_work(pronoun: Token, context: DocContext) -> bool:
    """Whether 'it' or 'its' means the work a page is about ('X is a 1996 album by Y. It
    was released by Z'): a work is no organisation, so the pronoun means none."""
    if pronoun.lower_ not in WORK_PRONOUNS:
        return False
    return context.remember(_WORK_PAGE, lambda: page_about_work(context))


def page_about_work(context: DocContext) -> bool:
    """Whether the page's opening statement says its subject is a work: 'X is a 1958
    Danish film', 'X is the third album by Y' (a copula's complement, or the
    complement's conjunct, headed by a work noun, ``work_nouns`` in lexicons/references.yaml;
    'X is a film studio' is headed by 'studio'), of a subject written as a name."""
    first = opening_statement(context.doc)
    if first is None or first.root.lemma_.lower() != "be":
        return False
    # the subject is a title ('Load', '"Bombtrack"'), not 'it' nor 'the deal' of a news story
    subjects = [c for c in first.root.children if c.dep_ == "nsubj"]
    if not subjects or not all(_titled(subject) for subject in subjects):
        return False
    complements = [c for c in first.root.children if c.dep_ == "attr"]
    return any(w.lemma_.lower() in WORK_NOUNS for c in complements for w in (c, *c.conjuncts))


def _titled(word: Token) -> bool:
    return word.pos_ != "PRON" and word.text[:1].isupper()


def _described(context: DocContext) -> tuple[EntityRef | None, list[tuple[int, str, EntityRef]]]:
    """The organisation the page is about (its opening statement's subject), and where
    the document says which organisation is which kind: (token index, kind, organisation)."""
    first = opening_statement(context.doc)
    subjects = [c for c in first.root.children if c.dep_ == "nsubj"] if first else []
    named = [context.entity_at(word) for word in subjects]
    page = next((context.ref(ent) for ent in named if ent is not None), None)
    found: list[tuple[int, str, EntityRef]] = []
    for ent in context.ents:
        ref = context.ref(ent)
        if ref is None or ref.type != "organization":
            continue
        for word in _head_words(ent):
            if word.lemma_.lower() in KIND_NOUNS:  # 'Harwick Grammar School', 'House of Y'
                found.append((ent.start, word.lemma_.lower(), ref))
    for token in context.doc:
        kind = token.lemma_.lower()
        if kind not in KIND_NOUNS or token.pos_ != "NOUN":
            continue
        for word in _described_by(token):
            name = context.entity_at(word)
            said = context.ref(name) if name is not None else None
            if said is not None and said.type == "organization":
                found.append((token.i, kind, said))
    return (page if page is not None and page.type == "organization" else None), found


def _head_words(ent: Span) -> list[Token]:
    """The words that head a name: its last, and any before 'of' ('4th House of Y')."""
    return [ent[-1], *(word for word in ent[:-1] if word.nbor().lower_ == "of")]


def _described_by(noun: Token) -> list[Token]:
    """The names a kind noun describes: 'X is a band', 'X, a band', 'the band X'."""
    if noun.dep_ == "conj" and noun.head.dep_ == "attr":
        noun = noun.head  # 'X is a record label and publisher'
    if noun.dep_ == "attr":
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "appos" or (noun.dep_ == "compound" and noun.head.pos_ == "PROPN"):
        return [noun.head]  # 'X, a folk band'; 'the punk band X'
    return [c for c in noun.children if c.dep_ == "appos"]
