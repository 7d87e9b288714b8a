"""Support stated as a gift: 'Y provided X with money and weapons', 'Y gave X training'.

The receiver is the verb's object (with 'with' + what was given) or its indirect object;
the giver is the clause's subject, through 'which'/'that' to what it stands for. What was
given decides the predicate, by the resource nouns of funded_by, armed_by and trained_by.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.sentences import preposition_objects
from dossier.model import EntityRef
from dossier.model.names import clean_name


def gifts(
    verb: Token, context: DocContext, resources: dict[str, frozenset[str]]
) -> Iterator[tuple[EntityRef, str, EntityRef]]:
    """(receiver, predicate, giver) for each resource a verb of giving gives."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the parse may hang 'with' on the receiver: 'Y provides [X with weapons]'
    given = preposition_objects(verb, "with") or [
        thing for receiver in objects for thing in preposition_objects(receiver, "with")
    ]
    receivers = objects if given else [c for c in verb.children if c.dep_ == "dative"]
    if not given:
        given = objects
    if not receivers or not given:
        return
    receiver = context.org_ref(receivers[0])
    if receiver is None:
        return
    things = {w.lemma_.lower() for g in given for w in (g, *g.conjuncts)}
    givers = [
        ref for s in clause_subjects(verb) for w in (s, *s.conjuncts) if (ref := _giver(w, context))
    ]
    for predicate, nouns in resources.items():
        if things & nouns:
            for giver in givers:
                if giver != receiver:
                    yield receiver, predicate, giver


def _giver(word: Token, context: DocContext) -> EntityRef | None:
    """An organisation, or a country named as one ('Iran provided ...')."""
    ref = context.org_ref(word)
    if ref is not None:
        return ref
    ent = context.entity_at(word)
    if ent is not None and ent.label_ == "GPE":
        place = context.place_ref(clean_name(ent.text))
        return place if place.gazetteer_id else None
    return context.state_ref(word)  # 'the Iranian government'
