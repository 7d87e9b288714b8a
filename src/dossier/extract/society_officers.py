"""An officer of a body of members is one of its members:

    P is vice president of the Harbour Verse Society      -> member_of(P, Harbour Verse Society)
    P, secretary of the Quarry Brotherhood, ...           -> member_of(P, Quarry Brotherhood)
    P served as treasurer of the Lantern Guild            -> member_of(P, Lantern Guild)
    the president of the Tanners' Association, P          -> member_of(P, Tanners' Association)
    the Guild was founded in 1890. Its first secretary was P  -> member_of(P, the Guild)

Only bodies whose name is headed by a noun for a society of members count (a society, an
academy, a guild): the president of a company, a university or a country is no member of
it, and a legislature's speaker holds an office (``excluded_objects`` in claims.yaml).
Parties and clubs are left to their own readers. The words are data (``officer_nouns``
and ``officer_bodies`` in lexicons/memberships.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import EXCLUDED_OBJECTS, clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.party_membership import PREDICATE, people_named
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("memberships")
OFFICER_NOUNS = words(_LEXICON, "officer_nouns")
OFFICER_BODIES = words(_LEXICON, "officer_bodies")
LEGISLATURES = EXCLUDED_OBJECTS.get(PREDICATE, ())
ORG_LABEL = "ORG"
CONFIDENCE = 0.6


def society_officers(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """member_of claims for the officers of a named society; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not OFFICER_NOUNS & words_:
        return  # (no society word needed: 'its president' may mean one named before)
    for role in sentence.span:
        # ('President' is often written as a name: 'P was President of the X Society')
        if role.pos_ not in ("NOUN", "PROPN") or role.lemma_.lower() not in OFFICER_NOUNS:
            continue
        named = preposition_objects(role, "of")
        bodies = [body for obj in named if (body := society_named(obj, context)) is not None]
        bodies += [
            body
            for owner in role.children
            if owner.dep_ == "poss" and (body := _owning_society(owner, context)) is not None
        ]
        # 'the president of the X Society, P': the parse may set P off after the body
        holders = role_holders(role) + [
            c for obj in named for c in obj.children if c.dep_ == "appos"
        ]
        for person in people_named(holders, context) if bodies else []:
            for body in bodies:
                yield sentence.claim(person, PREDICATE, role, object=body, confidence=CONFIDENCE)


def society_named(word: Token, context: DocContext) -> EntityRef | None:
    """The organisation a word names when its name is headed by a noun for a society of
    members and is no legislature ('the Legislative Assembly of Y' is an office's seat)."""
    ent = context.entity_at(word)
    if ent is None or ent.label_ != ORG_LABEL or ent.root != word:
        return None
    if word.lemma_.lower() not in OFFICER_BODIES and word.lower_ not in OFFICER_BODIES:
        return None
    ref = context.ref(ent)
    if ref is None or ref.type != "organization" or is_legislature(ref.name):
        return None
    return ref


def _owning_society(owner: Token, context: DocContext) -> EntityRef | None:
    """The society a possessive names: "the Society's secretary", 'its president' where
    'its' is a society (its name headed by a society noun, 'the X Guild of Y')."""
    ent = context.entity_at(owner)
    if ent is not None:
        return society_named(owner, context)
    ref = context.org_ref(owner) if owner.pos_ == "PRON" else None
    if ref is None or is_legislature(ref.name):
        return None
    head = ref.name.lower().rpartition(" of ")[0] or ref.name.lower()
    return ref if head.split()[-1:] and head.split()[-1] in OFFICER_BODIES else None


def is_legislature(name: str) -> bool:
    """A legislature's name, also with the place it sits for: 'the Legislative Assembly of Y'."""
    lowered = name.lower()
    return lowered.endswith(LEGISLATURES) or lowered.rpartition(" of ")[0].endswith(LEGISLATURES)


def role_holders(role: Token) -> list[Token]:
    """Who holds the role: the copula's subject ('P is president of X'), the name it is set
    off with ('P, president of X'; 'the president of X, P'), or the subject of the verb an
    'as' or a complement hangs it on ('P served as president of X', 'P was elected
    president of X')."""
    named = [c for c in role.children if c.dep_ == "appos"]
    while role.dep_ == "conj":  # 'a poet and vice president of X'
        role = role.head
    if role.dep_ == "appos":
        return [role.head, *named]
    if role.dep_ == "pobj" and role.head.lower_ == "as":
        return named + clause_subjects(role.head.head)
    if role.dep_ in ("attr", "oprd", "xcomp"):
        return named + clause_subjects(role.head)
    if role.dep_ == "nsubj" and role.head.lemma_ == "be":  # 'its first president was P'
        return named + [c for c in role.head.children if c.dep_ == "attr"]
    return named
