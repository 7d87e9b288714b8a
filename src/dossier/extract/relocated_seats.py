"""A seat moved to a place:

    X moved its headquarters to Leeds in 2010       -> X based_in Leeds (from the clause's date)
    X's base was relocated to Y                     -> X based_in Y

A verb of moving (``relocation_verbs`` of lexicons/claims.yaml) whose object (or passive
subject) is a noun for a seat (based_in's ``nouns`` in ontology.yaml) owned by the group, and
a place after 'to'.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "based_in"
_LEXICON = lexicon("claims")["relocated_seats"]
RELOCATION_VERBS = words(_LEXICON, "relocation_verbs")
DESTINATION = str(_LEXICON["destination"])
CONFIDENCE = 0.6
UNDONE_AUXILIARIES = words(_LEXICON, "undone_auxiliaries")  # a move not made


def relocated_seats(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for seats moved to a place; ``words_`` are the sentence's words, to
    skip it at a glance."""
    seat_nouns = context.ontology.predicates[PREDICATE].cue("nouns")
    if DESTINATION not in words_ or not RELOCATION_VERBS & words_ or not seat_nouns & words_:
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELOCATION_VERBS:
            continue
        if any(c.dep_ == "aux" and c.lower_ in UNDONE_AUXILIARIES for c in verb.children):
            continue  # 'a promise to move its headquarters', 'it would move
        seats = [
            c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in seat_nouns
        ]
        if not seats:
            continue
        group = _owner(seats[0], verb, context)
        if group is None:
            continue
        for place in _destinations(verb, context):
            yield sentence.claim(group, PREDICATE, verb, object=place, confidence=CONFIDENCE)


def _owner(seat: Token, verb: Token, context: DocContext) -> EntityRef | None:
    """Whose seat moved: "X's base", else the subject of the verb ('X moved its
    headquarters'); not what 'its' alone may mean."""
    for word in (c for c in seat.children if c.dep_ == "poss"):
        ent = context.entity_at(word)
        ref = context.ref(ent) if ent is not None else None
        if ref is not None and ref.type == "organization":
            return ref
    for word in clause_subjects(verb) if seat.dep_ == "dobj" else []:
        ref = context.org_ref(word)
        if ref is not None and ref.type == "organization":
            return ref
    return None


def _destinations(verb: Token, context: DocContext) -> list[EntityRef]:
    """The places after 'to': 'moved its base to Y and Z'."""
    found: list[EntityRef] = []
    for obj in preposition_objects(verb, DESTINATION):
        for word in (obj, *obj.conjuncts):
            ref = context.place_headed_by(word)
            if ref is not None and ref not in found:
                found.append(ref)
    return found
