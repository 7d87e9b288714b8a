"""A person taking the lead of a group, said with a verb of taking over:

    P took power after the previous leader, Q, was killed in 2009   P leader_of the passage's
                                                                    group, from 2009
    P took over the Kestrel Front in 2010                           P leader_of Kestrel Front
    P succeeded Q in 2011                                           P leader_of the group Q led,
                                                                    or the passage's group
    P succeeded Q as leader of X in 2011                            both lead X: Q until 2011
    Q was succeeded as leader of X by P                             both lead X ('by' may hang
                                                                    on the role)
    X chose P to replace Q as president                             P (and Q) leader_of X
    P replaced Q, the leader of X                                  P leader_of X
    P replaced Q in X; P replaced Q of X; P replaced Q, X's coach  nothing: a place among
                                                                    members, not the lead

The taking verbs and their objects are data (``succession`` in lexicons/claims.yaml). The
time is the clause's own, else that of its 'after ...' clause (the taking follows it). With no
group named, the passage's group counts only when the sentence speaks of leading it (a
leader_of role noun: 'the previous leader') or of succeeding a person; 'the army took power'
is no person, and 'P took control of the town' names a place, not a group. The one replaced
'as' a role is a person, even where NER took the name for a place the gazetteer lacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.extract.qualities import time_scope
from dossier.extract.sentences import of_objects, preposition_objects
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, TimeSpan
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["succession"]
TAKING_VERBS: dict[str, frozenset[str]] = {
    verb: frozenset(objects) for verb, objects in _LEXICON["taking_verbs"].items()
}
SUCCEEDING_VERBS = words(_LEXICON, "succeeding_verbs")
TIME_PREPOSITIONS = words(_LEXICON, "time_prepositions")
SECOND_MODIFIERS = words(lexicon("claims"), "second_modifiers")
CUE_WORDS = frozenset(TAKING_VERBS) | SUCCEEDING_VERBS
PREDICATE = "leader_of"
CONFIDENCE = 0.6


def successions(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """leader_of claims for a person who took over a group; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if not CUE_WORDS & words_:
        return
    spec = context.ontology.predicates[PREDICATE]
    roles = spec.cue("role_nouns")
    holders = spec.cue("holder_nouns")
    speaks_of_leading = bool(roles & words_)
    for verb in sentence.span:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        successor = _successor(verb, context) if lemma in SUCCEEDING_VERBS else None
        succeeding = successor is not None
        if not succeeding and not _takes_lead(verb):
            continue
        leader = successor or _person(verb, context)
        if leader is None:
            continue
        roles_as = preposition_objects(verb, "as")
        stated = _stated_group(verb, [r for r in roles_as if r.lemma_.lower() in holders], context)
        if stated is None and any(role.lemma_.lower() not in roles for role in roles_as):
            continue  # 'succeeded Q as prime minister': an office, read elsewhere
        if succeeding:
            # the one followed may be named with his group ('replaced Q of X', 'replaced Q
            # in X'): a member's place, not the lead, unless a leading role says so
            group = _role_group(verb, holders, context) or stated
        else:
            group = _named_group(verb, context) or stated
        if group is None and (speaks_of_leading or succeeding):
            # 'P was replaced by Q' alone may be a coach or a drummer: then only a group the
            # ontology knows as armed
            group = _passage_group(context, armed_only=not speaks_of_leading)
        if group is None:
            continue
        time = time_scope(verb, context) or _time_after(verb, context)
        if time is None and verb.dep_ == "conj":
            # 'Q died in 1998 and was replaced by P': the taking over follows at once
            time = time_scope(verb.head, context)
        yield sentence.claim(
            leader, PREDICATE, verb, object=group, time=time, confidence=CONFIDENCE
        )
        predecessor = _predecessor(verb, context) if succeeding and stated else None
        if predecessor is not None and predecessor != leader:
            # 'P succeeded Q as leader of X': Q led X until then
            yield sentence.claim(
                predecessor,
                PREDICATE,
                verb,
                object=group,
                time=time and time.until_end(),
                confidence=CONFIDENCE,
            )


def _takes_lead(verb: Token) -> bool:
    """'took power', 'took over', 'assumed command': a verb with the object or particle of
    taking the lead."""
    objects = TAKING_VERBS.get(verb.lemma_.lower())
    if not objects:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in objects:
            return not any(c.dep_ == "prep" for c in child.children)  # 'control of the town'
        if child.dep_ == "prt" and f"prt:{child.lower_}" in objects:
            return True
    return False


def _successor(verb: Token, context: DocContext) -> EntityRef | None:
    """Who follows a person by name: P of 'P succeeded Q', 'P replaced Q'; in the passive,
    the agent of 'Q was replaced by P' (Q, a person, the subject of its clause)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        predecessors = clause_subjects(verb)
        if not predecessors or _named_person(predecessors[0], context) is None:
            return None
        # 'replaced by his cousin, P': the name may stand beside the noun; in 'Q was
        # succeeded as leader by P' the parse may hang 'by' on the role
        objects = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        objects += [o for role in preposition_objects(verb, "as") for o in _by_objects(role)]
        agents = [
            named
            for obj in objects
            if obj.dep_ == "pobj"
            for named in (obj, *(c for c in obj.children if c.dep_ == "appos"))
        ]
        return next((ref for a in agents if (ref := _person_name(a, context))), None)
    if any(c.dep_ == "dobj" and _followed(c, context) for c in verb.children):
        return _person(verb, context)
    return None


def _by_objects(role: Token) -> list[Token]:
    """The words after a 'by' hung on a role or on its 'of' phrase's object."""
    owners = [o for prep in role.children if prep.lower_ == "of" for o in prep.children]
    return [
        o
        for word in (role, *owners)
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for o in prep.children
    ]


def _person(verb: Token, context: DocContext) -> EntityRef | None:
    """The person who takes over: a name, or 'he'/'she' as the passage means it."""
    subjects = clause_subjects(verb)
    return _named_person(subjects[0], context) if subjects else None


def _named_person(word: Token, context: DocContext) -> EntityRef | None:
    """A person by name, or 'he'/'she' as the passage means it."""
    if word.pos_ == "PRON":
        return context.person_reference(word)
    return _person_name(word, context)


def _person_name(word: Token, context: DocContext) -> EntityRef | None:
    ent = context.entity_at(word)
    if ent is None or ent.label_ != "PERSON":
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "person" else None


def _named_group(verb: Token, context: DocContext) -> EntityRef | None:
    """The group taken over, by name: 'took over the Kestrel Front', 'took over X's
    command'; a place or anything else is no group."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for word in child.subtree:
            if context.entity_at(word) is not None:
                ref = context.org_ref(word)
                if ref is not None and ref.type == "organization":
                    return ref
    return None


def _role_group(verb: Token, holders: AbstractSet[str], context: DocContext) -> EntityRef | None:
    """The group of a leading role set beside the one followed: 'replaced Q, the leader
    of X' (not 'Q, the deputy leader of X', nor 'Q, X's coach')."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for role in child.subtree:
            if role.pos_ != "NOUN" or role.lemma_.lower() not in holders:
                continue
            if any(w.lower_ in SECOND_MODIFIERS for w in role.lefts):
                continue
            owners = [c for c in role.children if c.dep_ == "poss"] + of_objects(role)
            for owner in owners:
                ref = context.org_ref(owner)
                if ref is not None and ref.type == "organization":
                    return ref
    return None


def _stated_group(verb: Token, roles_as: list[Token], context: DocContext) -> EntityRef | None:
    """The group whose leader the 'as' phrase makes the successor: 'as leader of X', or,
    with no 'of', the organisation that chose him ('X chose P to replace Q as
    president')."""
    if not roles_as:
        return None
    for role in roles_as:
        for group in _groups_of(role, context):
            return group
    if verb.dep_ != "xcomp":
        return None
    for subject in (c for c in verb.head.children if c.dep_ == "nsubj"):
        chooser = context.org_ref(subject)
        if chooser is not None and chooser.type == "organization":
            return chooser
    return None


def _predecessor(verb: Token, context: DocContext) -> EntityRef | None:
    """Who is followed: Q of 'P succeeded Q', 'Q was replaced by P'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        subjects = clause_subjects(verb)
        return _named_person(subjects[0], context) if subjects else None
    return next(
        (ref for c in verb.children if c.dep_ == "dobj" and (ref := _followed(c, context))),
        None,
    )


def _followed(word: Token, context: DocContext) -> EntityRef | None:
    """The person 'succeeded' or 'replaced' names: Q of 'replace Q'. With a role after 'as'
    ('to replace Q as president') the object holds a role, so a name NER took for a place
    the gazetteer does not know is a person's."""
    person = _person_name(word, context)
    if person is not None:
        return person
    ent = context.entity_at(word)
    if ent is None or ent.label_ != "GPE" or not preposition_objects(word.head, "as"):
        return None
    words_ = [w for w in ent if not w.is_punct]
    if len(words_) < 2 or not all(w.is_title for w in words_):
        return None  # 'Kenya', 'the United States': a place
    if get_gazetteer().lookup(ent.text) is not None:
        return None
    return EntityRef("person", clean_name(ent.text))


def _groups_of(role: Token, context: DocContext) -> list[EntityRef]:
    """The group of 'as leader of X'."""
    return [
        ref
        for owner in preposition_objects(role, "of")
        if (ref := context.org_ref(owner)) is not None and ref.type == "organization"
    ]


def _passage_group(context: DocContext, armed_only: bool) -> EntityRef | None:
    """The organisation the passage is about, unless the ontology knows it as no armed
    group (a state body or a party has offices, read elsewhere); with ``armed_only``, only
    one it knows as armed."""
    focus = context.focus
    if focus is None or focus.type != "organization":
        return None
    known = context.ontology.entity(focus.name)
    if known is None:
        return None if armed_only else focus
    return focus if known.is_armed_group else None


def _time_after(verb: Token, context: DocContext) -> TimeSpan | None:
    """The time of an 'after ...' clause or phrase: taking over follows it."""
    for child in verb.children:
        if child.lower_ in TIME_PREPOSITIONS:
            later = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            for word in later:
                when = time_scope(word, context)
                if when is not None:
                    return when
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_PREPOSITIONS for c in child.children
        ):
            when = time_scope(child, context)
            if when is not None:
                return when
    return None
