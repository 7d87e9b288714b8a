"""Beginnings told by a body's first record, its opening or its first broadcast:

    X was first mentioned in 1612                 -> X, dated by the verb
    Its existence is first recorded in 1612       -> its owner (the page's body)
    The museum opened in 1902; X was opened in 1902 -> X
    X went on the air in 1975; X hit the airwaves in D -> X

Each function gives the verb that carries the date and the words that name the body, or
None where the shape is not there. A pronoun ('it was first mentioned in 1135') counts only
for the organisation the page opens with (``page_subject``): a town's or a book's page says
it too, and the most salient organisation is then someone else. A record needs a word of
firstness ('mentioned in 1526' alone may be any mention), an opening no object ('opened
fire', 'opened an office' are acts) and no raising verb ('was scheduled to open' has not
opened), and 'on the air' the preposition 'on' ('went off the air' is an end). The words
are data (``inception`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from dossier.extract.context import DocContext
from dossier.extract.sentences import opening_statement
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef

_LEXICON = lexicon("claims")["inception"]
RECORD_VERBS = words(_LEXICON, "record_verbs")
RECORD_ADVERBS = words(_LEXICON, "record_adverbs")
OPENING_VERBS = words(_LEXICON, "opening_verbs")
AIR_NOUNS = words(_LEXICON, "air_nouns")
AIR_VERBS = words(_LEXICON, "air_verbs")
ON = "on"
SUBJECTS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})

_PAGE_SUBJECT = "dossier_first_records_page_subject"

Found = tuple[Token, list[Token]]


def page_subject(doc: Doc, context: DocContext) -> EntityRef | None:
    """The organisation the page's opening statement names as its subject, if any (read
    once per document)."""
    if _PAGE_SUBJECT not in doc.user_data:
        first = opening_statement(doc)
        subjects = [c for c in first.root.children if c.dep_ == "nsubj"] if first else []
        ref = context.org_ref(subjects[0]) if subjects else None
        doc.user_data[_PAGE_SUBJECT] = (
            ref if ref is not None and ref.type == "organization" else None
        )
    kept: EntityRef | None = doc.user_data[_PAGE_SUBJECT]
    return kept


def first_record(verb: Token, existence_nouns: AbstractSet[str]) -> Found | None:
    """'X was first mentioned in 1526': the verb and X; for 'its existence was first
    recorded', the owner of the existence."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECORD_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return None  # 'P first mentioned the plan': someone's act, not a record of X
    if not any(c.dep_ == "advmod" and c.lower_ in RECORD_ADVERBS for c in children):
        return None
    holders: list[Token] = []
    for subject in (c for c in children if c.dep_ == "nsubjpass"):
        if subject.lemma_.lower() in existence_nouns:
            holders += [c for c in subject.children if c.dep_ == "poss"]
        else:
            holders.append(subject)
    return (verb, holders) if holders else None


def opening(verb: Token) -> Found | None:
    """'X opened in 1902', 'X was opened in 1902 by P': the verb and X."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OPENING_VERBS:
        return None
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "pcomp"):
        return None  # 'was scheduled to open in 2006', 'plans to open': not yet open
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "prt", "attr", "oprd", "ccomp", "xcomp") for c in children):
        return None  # 'opened fire', 'opened up': an act, not a beginning
    holders = _subjects(verb, SUBJECTS)
    return (verb, holders) if holders else None


def on_air(noun: Token) -> Found | None:
    """'X went on the air', 'X hit the airwaves': the verb and X."""
    if noun.lower_ not in AIR_NOUNS or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == ON:
        verb = noun.head.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in AIR_VERBS:
        return None
    holders = _subjects(verb, ("nsubj",))
    return (verb, holders) if holders else None


def _subjects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The verb's subjects; for 'X, which opened in 1921', X."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return [verb.head]
    return subjects
