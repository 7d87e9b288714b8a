"""A wing set off beside its name, read from the words rather than the parse:

    X (ABC), the armed wing of Y, ...        -> affiliate_of(X, Y), has_branch(Y, X)
    ..., the political arm of the group, X,  -> the same, 'the group' being the passage's
                                                group other than X

The parser often hangs such a phrase on the wrong word (the verb of the sentence, a place
named before it), so the clause frames miss it; the commas, the article and 'of' are
enough to say which name the phrase describes. The nouns are the ``owner_nouns`` of
``has_branch`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

WING_PREDICATE = "has_branch"
PARENT_PREDICATE = "affiliate_of"
# words between 'the' and the wing noun ('the armed wing', 'the political and social arm')
MODIFIER_TAGS = frozenset({"JJ", "VBN", "CC", "HYPH", "NN"})
MAX_MODIFIERS = 3
MAX_NAME_WORDS = 8  # a name with its acronym after the owner: 'Jamat ud Dawah (JUD)'


def set_off_wings(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of and has_branch claims for 'X, the <kind of> wing of Y' set off by
    commas; ``words_`` are the sentence's words, to skip it at a glance."""
    nouns = context.ontology.predicates[WING_PREDICATE].cue("owner_nouns")
    if "of" not in words_ or not nouns & words_:
        return
    span = sentence.span
    for noun in span:
        if noun.lower_ not in nouns or noun.i + 2 >= span.end or noun.nbor().lower_ != "of":
            continue
        article = _article_before(noun, span.start)
        if article is None or article.i - 1 < span.start or article.nbor(-1).text != ",":
            continue
        owner_word, owner_end = _owner(noun.nbor().nbor(), context)
        if owner_word is None:
            continue
        wing = _name_before(article.nbor(-1), context) or _name_after(owner_end, span.end, context)
        if wing is None:
            continue
        owner = _owner_ref(owner_word, wing, context)
        if owner is None or owner == wing:
            continue
        yield sentence.claim(wing, PARENT_PREDICATE, noun, object=owner, confidence=0.5)
        yield sentence.claim(owner, WING_PREDICATE, noun, object=wing, confidence=0.5)


def _article_before(noun: Token, start: int) -> Token | None:
    """The 'the' opening the wing's phrase, over a few modifiers ('the armed wing')."""
    i = noun.i - 1
    while i >= start and noun.i - i <= MAX_MODIFIERS and noun.doc[i].tag_ in MODIFIER_TAGS:
        i -= 1
    word = noun.doc[i] if i >= start else None
    return word if word is not None and word.lower_ == "the" else None


def _owner(word: Token, context: DocContext) -> tuple[Token | None, int]:
    """The word naming whose wing it is after 'of' ('the group', a name), and where its
    phrase ends."""
    if word.lower_ == "the" and word.i + 1 < len(word.doc):
        word = word.nbor()
    ent = context.entity_at(word)
    if ent is not None:
        return word, ent.end
    if word.pos_ == "NOUN" and word.lemma_.lower() in context.ontology.group_nouns:
        return word, word.i + 1
    return None, word.i


def _owner_ref(word: Token, wing: EntityRef, context: DocContext) -> EntityRef | None:
    if context.entity_at(word) is not None:
        ref = context.org_ref(word)
    else:  # 'the group': the passage's group, never the wing itself
        ref = context.resolve_reference(word, excluding=frozenset({wing}))
    return ref if ref is not None and ref.type == "organization" else None


def _name_before(comma: Token, context: DocContext) -> EntityRef | None:
    """The organisation named just before the comma, over an acronym in brackets."""
    i = comma.i - 1
    doc = comma.doc
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3
    ent = context.entity_at(doc[i]) if i >= comma.sent.start else None
    if ent is None or ent.end != i + 1:
        return None
    return _organisation(ent.root, context)


def _name_after(end: int, limit: int, context: DocContext) -> EntityRef | None:
    """The organisation set off after the owner's phrase: ', X (ABC),'."""
    doc = context.doc
    if end + 1 >= limit or doc[end].text != ",":
        return None
    for i in range(end + 1, min(limit, end + 1 + MAX_NAME_WORDS)):
        word = doc[i]
        if word.text == "," or (word.pos_ not in ("PROPN", "PUNCT") and word.lower_ != "the"):
            return None
        if context.entity_at(word) is not None:
            return _organisation(word, context)
    return None


def _organisation(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None or context.is_group_noun(ent):
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "organization" else None
