"""A page's own subject named again by a common noun:

    WUIS is a public radio station ... The station began broadcasting in 1975.
    The House of Orléans is a French dynasty ... The house was founded in 1661.

Reference prose, after its opening statement ('X is a ...'), calls its subject X by the
noun that statement gave it ('a ... station') or by a word of its name ('the house'), or
points at it with 'this' and a kind of body ('this company': the entity lexicon's
``organisation_nouns``). Such a noun, no name of its own, then means X when X is an
organisation; any other noun is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.extract.bodies import ORGANISATION_NOUNS
from dossier.extract.context import DocContext
from dossier.extract.sentences import opening_statement
from dossier.model import EntityRef

DETERMINERS = frozenset({"the", "this"})
DEMONSTRATIVE = "this"
COPULA = "be"
_OPENING = "dossier_opening_subject"


def topic_named_by(noun: Token, context: DocContext) -> EntityRef | None:
    """The page's organisation, when ``noun`` ('the station') is its kind or a word of its
    name; else None."""
    if noun.pos_ != "NOUN" or context.entity_at(noun) is not None:
        return None
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if not determiners & DETERMINERS:
        return None
    if any(c.dep_ in ("compound", "amod", "poss", "prep") for c in noun.children):
        return None  # 'the old company', 'the company of X': some other one
    subject, kinds = _opening(noun.doc)
    topic = context.org_ref(noun.doc[subject]) if subject is not None else None
    if topic is None or subject is None or subject >= noun.i:
        return None
    kind = noun.lemma_.lower()
    name_words = {word.lower() for word in topic.name.split()}
    if kind in name_words or kind in kinds:
        return topic
    if DEMONSTRATIVE in determiners and kind in ORGANISATION_NOUNS:
        return topic  # 'this company': the one the page is about, whatever it was called
    return None


def _opening(doc: Doc) -> tuple[int | None, frozenset[str]]:
    """Where the opening statement names its subject, and the nouns it calls it ('X is an
    American radio station' -> X, {station}), read once per document."""
    kept = doc.user_data.get(_OPENING)
    if kept is None:
        first = opening_statement(doc)
        subject: int | None = None
        kinds: set[str] = set()
        if first is not None and first.root.lemma_.lower() == COPULA:
            for attr in (c for c in first.root.children if c.dep_ == "attr"):
                kinds.update(w.lemma_.lower() for w in (attr, *attr.conjuncts))
            subject = next((c.i for c in first.root.children if c.dep_ == "nsubj"), None)
        kept = doc.user_data[_OPENING] = (subject, tuple(sorted(kinds)))
    return kept[0], frozenset(kept[1])
