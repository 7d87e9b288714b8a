"""A branch the text names only by what it is: "Islamic State's branch in Yemen said...",
"gunmen from the North African branch of al-Qaeda", "al-Qaeda's Yemeni affiliate claimed
the attack" -> an organisation named by those words, affiliate_of its parent.

The phrase must say which branch it is (a place after 'in', or a modifier naming a region
or people: 'North African', 'Yemeni'), name its parent, and stand where a doer stands (its
clause's subject, a passive's agent, where fighters come from); a phrase set beside a name
('X, the group's branch in Y') or predicated of one ('X is its branch in Y') describes that
name, which other frames read.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import PLACE_LABELS, DocContext
from dossier.extract.sentences import of_objects
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
# a branch becomes a party of its own where it acts: the subject of its clause, the agent of
# a passive, where fighters come from ('gunmen from the X branch of Y')
SUBJECT_DEPS = ("nsubj", "nsubjpass")
ACTING_PREPOSITIONS = ("by", "from")
# what makes a phrase describe a name rather than stand for one
DESCRIBING_DEPS = ("appos", "attr", "conj")
MODIFIER_DEPS = ("amod", "compound", "nmod")
MAX_WORDS = 10


def described_branches(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for branches named only by their parent and where they are;
    ``words_`` are the sentence's words, to skip it at a glance."""
    nouns = context.ontology.predicates[PREDICATE].cue("possessive_nouns")
    if not nouns & words_:
        return
    for noun in sentence.span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        if not _acts(noun) or _describes_a_name(noun, context):
            continue
        parent = _parent(noun, context)[0]
        branch = branch_named(noun, context)
        if parent is not None and branch is not None:
            yield sentence.claim(branch, PREDICATE, noun, object=parent, confidence=0.5)


def branch_named(noun: Token, context: DocContext) -> EntityRef | None:
    """The organisation a branch noun's phrase names ('the Sahara branch of X'), or None
    where the phrase does not say whose branch it is or which one."""
    parent, parent_words = _parent(noun, context)
    marks = _distinguishing(noun, context)
    if parent is None or not marks:
        return None
    words = [noun, *parent_words, *(w for mark in marks for w in mark.subtree)]
    first, last = min(w.i for w in words), max(w.i for w in words)
    if noun.doc[first].dep_ == "det":
        first += 1
    if last - first + 1 > MAX_WORDS:
        return None
    name = clean_name(noun.doc[first : last + 1].text)
    return EntityRef("organization", name) if name else None


def _acts(noun: Token) -> bool:
    """Whether a branch noun stands where a doer stands ('X's branch in Y said')."""
    if noun.dep_ in SUBJECT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ACTING_PREPOSITIONS


def _describes_a_name(noun: Token, context: DocContext) -> bool:
    """Whether the phrase is set beside or predicated of a name, or holds one of its own."""
    if any(c.dep_ in DESCRIBING_DEPS for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _parent(noun: Token, context: DocContext) -> tuple[EntityRef | None, list[Token]]:
    """The named organisation a branch noun belongs to ("X's", 'of X', 'the X branch'),
    with the words that name it (its whole 's phrase or 'of' phrase)."""
    candidates = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    candidates += of_objects(noun)
    for word in candidates:
        if context.entity_at(word) is None:
            continue
        ref = context.org_ref(word)
        if ref is not None and ref.type == "organization":
            words = list(word.subtree)
            if word.dep_ == "pobj":
                words.insert(0, word.head)
            return ref, words
    return None, []


def _distinguishing(noun: Token, context: DocContext) -> list[Token]:
    """What says which branch: a place after 'in' ('branch in Yemen'), or a modifier naming
    a region or a people ('North African', 'Yemeni')."""
    found = [
        prep
        for prep in noun.children
        if prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(_is_place(obj, context) for obj in prep.children if obj.dep_ == "pobj")
    ]
    for modifier in noun.children:
        if modifier.dep_ not in MODIFIER_DEPS or modifier.i > noun.i:
            continue
        ent = context.entity_at(modifier)
        if ent is not None and ent.label_ in PLACE_LABELS | {"NORP"}:
            found.append(modifier)
    return found


def _is_place(word: Token, context: DocContext) -> bool:
    ent = context.entity_at(word)
    return ent is not None and ent.label_ in PLACE_LABELS and ent.root == word
