"""Companies taken over, said with a noun or a majority stake:

    Y's acquisition of X in 2016           -> X affiliate_of Y (time-scoped by the clause)
    the purchase of X by Y                 -> X affiliate_of Y
    Y bought a majority stake in X         -> X affiliate_of Y
    Y completed its acquisition of a 55% stake in X
    Y completed the acquisition of X             -> X affiliate_of Y
    Y's growth and its purchase of X             -> X affiliate_of Y ('its' is Y)

The verb forms ('Y acquired X', 'X was acquired by Y') are read by the clause frames. An
acquisition that did not happen ('its planned takeover of X') or a minority stake ('a 6%
stake') says nothing about a parent. The words are data (``acquisitions`` in
lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.sentences import of_objects, preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "affiliate_of"
_LEXICON = lexicon("claims")["acquisitions"]
ACQUISITION_NOUNS = words(_LEXICON, "acquisition_nouns")
UNFULFILLED_WORDS = words(_LEXICON, "unfulfilled_words")
STAKE_NOUNS = words(_LEXICON, "stake_nouns")
MAJORITY_WORDS = words(_LEXICON, "majority_words")
STAKE_VERBS = words(_LEXICON, "stake_verbs")
COMPLETING_VERBS = words(_LEXICON, "completing_verbs")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
PERCENT_WORDS = frozenset({"%", "percent", "per"})
MAJORITY_PERCENT = 50.0
CONFIDENCE = 0.5


def acquisitions(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """affiliate_of claims for companies a named buyer took over; ``words_`` are the
    sentence's words, to skip it at a glance."""
    if not (ACQUISITION_NOUNS | STAKE_NOUNS) & words_:
        return
    for noun in sentence.span:
        if noun.pos_ != "NOUN":
            continue
        base = noun.lemma_.lower()
        if base in ACQUISITION_NOUNS and not _unfulfilled(noun):
            buyer = _buyer(noun, context)
            bought = _bought(of_objects(noun), context) if buyer is not None else []
        elif base in STAKE_NOUNS and noun.dep_ == "dobj" and _bought_with_verb(noun.head):
            buyer = _named_organisation(clause_subjects(noun.head), context)
            bought = _bought([noun], context) if buyer is not None else []
        else:
            continue
        # the date in the acquisition's own phrase ('its acquisition of X in 2016'), not one
        # the clause around it opens ('After ..., the studio grew')
        phrase = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
        time = context.date_in(phrase)
        for company in bought:
            if buyer is not None and company != buyer:
                yield sentence.claim(
                    company, PREDICATE, noun, object=buyer, time=time, confidence=CONFIDENCE
                )


def _unfulfilled(noun: Token) -> bool:
    """'its planned takeover', 'a failed purchase': no acquisition took place."""
    return any(c.lower_ in UNFULFILLED_WORDS for c in noun.children if c.i < noun.i)


def _bought_with_verb(verb: Token) -> bool:
    """'bought a stake', not 'wants to buy a stake' (an aim, not a holding)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in STAKE_VERBS and verb.dep_ != "xcomp"


def _buyer(noun: Token, context: DocContext) -> EntityRef | None:
    """Who acquires: "Y's acquisition", 'its acquisition', 'the acquisition ... by Y', 'Y
    completed the acquisition'."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and owners[0].pos_ == "PRON":
        owners = _named_sibling_owner(noun) or owners
    verb = noun.head
    if (
        not owners
        and noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in COMPLETING_VERBS
    ):
        owners = clause_subjects(verb)
    return _named_organisation(owners + preposition_objects(noun, "by"), context)


def _named_sibling_owner(noun: Token) -> list[Token]:
    """The named owner of the phrase 'and its ...' is joined to: in "Y's growth and its
    purchase of X" 'its' is Y, whatever else the passage is about. Read from the words, as
    the parse often joins the second noun to the first one's last word; no finite verb
    may stand between them."""
    pronoun = next(c for c in noun.children if c.dep_ == "poss")
    doc = noun.doc
    if pronoun.i == 0 or doc[pronoun.i - 1].lower_ != "and":
        return []
    start = noun.sent.start
    for word in reversed(doc[start : pronoun.i - 1]):
        if word.tag_ in FINITE_TAGS:
            return []
        if word.dep_ == "poss" and word.pos_ == "PROPN":
            return [word]
    return []


def _bought(objects: list[Token], context: DocContext) -> list[EntityRef]:
    """The named companies acquired: 'of X and Z', or 'of a majority stake in X'."""
    found: list[EntityRef] = []
    for obj in objects:
        if obj.lemma_.lower() in STAKE_NOUNS:
            if _majority(obj):
                found += _bought(preposition_objects(obj, "in"), context)
            continue
        for word in (obj, *obj.conjuncts):
            ent = context.entity_at(word)
            ref = context.ref(ent) if ent is not None and ent.root == word else None
            if ref is not None and ref.type == "organization" and ref not in found:
                found.append(ref)
    return found


def _majority(stake: Token) -> bool:
    """'a majority stake', 'a controlling stake', 'a 55.75% stake'."""
    for word in stake.subtree:
        if word.i >= stake.i:
            break
        if word.lower_ in MAJORITY_WORDS:
            return True
        if word.like_num and word.i + 1 < len(word.doc):
            after = word.doc[word.i + 1].lower_
            if after in PERCENT_WORDS and _number(word.text) > MAJORITY_PERCENT:
                return True
    return False


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _named_organisation(words_: list[Token], context: DocContext) -> EntityRef | None:
    """The organisation a word names or means ('its', 'the company')."""
    for word in words_:
        ref = context.org_ref(word)
        if ref is not None and ref.type == "organization":
            return ref
    return None
