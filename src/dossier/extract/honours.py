"""An honour is conferred, not joined nor chaired:

    P was made a Knight Commander of the Royal Vessmark Order   -> no member_of, no leader_of
    P was appointed a Member of the Order of Tesland in 1990   -> no member_of
    P, a Knight Commander of the Order of X (KCMG), ...          -> no member_of

A grade of an order of chivalry or merit ('Knight', 'Commander', 'Member', written with a
capital) names an award the person received (Wikidata's P166), not a body they belong to
(P463) nor one they head (P488), though the clause analysis reads 'Commander of' as a role
and 'Member of' as a membership. This step drops the sentence's member_of and leader_of
claims for an honour's name, and for a grade NER took for a name of its own ('Knight').
Lower-case roles ('a member of the Varnell Order') are memberships and stay. The words are
data (lexicons/honours.yaml).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("honours")
GRADES = words(_LEXICON, "honour_grades")
BODIES = words(_LEXICON, "honour_bodies")
PREDICATES = frozenset({"member_of", "leader_of"})
LINKS = frozenset({"of", "the"})


def honours(claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]) -> list[Claim]:
    """The claims without a membership or a chair of an honour; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if BODIES.isdisjoint(words_) or not any(c.predicate in PREDICATES for c in claims):
        return claims
    conferred = _conferred(sentence)
    if not conferred:
        return claims
    return [c for c in claims if c.predicate not in PREDICATES or c.object not in conferred]


def _conferred(sentence: Sentence) -> frozenset[EntityRef]:
    """The names that make up an honour in the sentence: its grade and its order."""
    context = sentence.context
    found: set[EntityRef] = set()
    for ent in context.ents_in(sentence.span):
        if not any(_capitalised(word, BODIES) for word in ent):
            continue
        start = _grade_start(ent, sentence.span)
        if start is None:
            continue
        for name in context.ents_in(ent.doc[start : ent.end]):
            ref = context.ref(name)
            if ref is not None:
                found.add(ref)
    return frozenset(found)


def _grade_start(ent: Span, sentence: Span) -> int | None:
    """Where the honour's grade begins: the name's own first word ('Knight Commander of the
    Order of X' as one name), else the grades just before 'of the' and the name."""
    if _capitalised(ent[0], GRADES):
        return ent.start
    i = ent.start - 1
    while i > sentence.start and ent.doc[i].lower_ in LINKS:
        i -= 1
    if i == ent.start - 1 or ent.doc[i + 1].lower_ != "of":
        return None  # no 'of' between: 'Member Order X' is no honour
    start = None
    while i >= sentence.start and _capitalised(ent.doc[i], GRADES):
        start, i = i, i - 1
    return start


def _capitalised(word: Token, kinds: frozenset[str]) -> bool:
    return word.lower_ in kinds and word.text[:1].isupper()
