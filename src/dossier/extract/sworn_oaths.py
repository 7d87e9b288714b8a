"""An oath of allegiance the parser reads as a noun phrase: in 'Boko Haram swore allegiance
to the Islamic State' the small English model often makes 'swore' a modifier of
'allegiance' and the name before it a compound, so the clause frames find no subject.

Read from the words instead: a pledging verb ('swore', 'pledged') hung on the oath noun
after it ('allegiance', 'loyalty'), the name just before the verb as who swore, and the
names after 'to' as whom to, with the person a role joined to them names ('to X and its
emir -- P'). The verbs and nouns are the ``prepositional_verbs`` of
``pledged_allegiance_to`` in ontology.yaml ('swear allegiance to').
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import ClauseAnalysis
from dossier.knowledge.lexicons import lexicon
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "pledged_allegiance_to"
PARTIES = {"organization", "person"}
# the verb made a modifier of the noun: the parse this module repairs
MODIFIER_DEPS = frozenset({"amod", "compound"})
# words the model may put between the verb and the oath noun ('swore their allegiance')
BETWEEN_TAGS = frozenset({"PRP$", "DT"})
VERB_FORMS: dict[str, str] = dict(lexicon("claims")["oath_verb_forms"])
SET_OFF_MARKS = frozenset({",", "--", "—", "–", ":"})
PERSON_LABEL = "PERSON"


def _oaths(clauses: ClauseAnalysis) -> dict[str, dict[str, str]]:
    """Verb lemma -> oath noun -> preposition, from each 'swear allegiance to' cue."""
    spec = clauses.context.ontology.predicates[PREDICATE]
    return _oaths_of(spec.cue("prepositional_verbs"))


@cache  # one cue set per ontology in use: built once, not for every sentence
def _oaths_of(cues: frozenset[str]) -> dict[str, dict[str, str]]:
    oaths: dict[str, dict[str, str]] = {}
    for cue in sorted(cues):
        parts = cue.split()
        if len(parts) == 3:
            oaths.setdefault(parts[0], {})[parts[1]] = parts[2]
    return oaths


def sworn_oaths(
    sentence: Sentence, clauses: ClauseAnalysis, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """pledged_allegiance_to claims where the parse hung the pledging verb on its oath noun;
    ``words_`` are the sentence's words, to skip it at a glance."""
    oaths = _oaths(clauses)
    if not (oaths.keys() | VERB_FORMS.keys()) & words_:
        return
    for verb in sentence.span:
        lemma = VERB_FORMS.get(verb.lower_, verb.lemma_.lower())
        if verb.dep_ not in MODIFIER_DEPS or lemma not in oaths:
            continue
        oath = verb.head
        preposition = oaths[lemma].get(oath.lemma_.lower())
        if preposition is None or oath.i <= verb.i:
            continue
        if any(w.tag_ not in BETWEEN_TAGS for w in verb.doc[verb.i + 1 : oath.i]):
            continue
        swearer = _swearer(verb, clauses)
        if swearer is None:
            continue
        for party in _parties(oath, preposition, clauses):
            if party != swearer:
                yield sentence.claim(swearer, PREDICATE, verb, object=party, confidence=0.6)


def _swearer(verb: Token, clauses: ClauseAnalysis) -> EntityRef | None:
    """Who swore: the name (or 'the group') ending just before the verb, or set off before
    it ("the group's leader, P, swore")."""
    start = verb.sent.start
    before = verb.nbor(-1) if verb.i > start else None
    if before is not None and before.text == "," and before.i > start:
        before = before.nbor(-1)
    if before is None:
        return None
    context = clauses.context
    ent = context.entity_at(before)
    if ent is not None and ent.end != before.i + 1:
        return None
    refs = clauses.refs(before, PARTIES)
    return refs[0] if refs else None


def _parties(oath: Token, preposition: str, clauses: ClauseAnalysis) -> list[EntityRef]:
    """The names after the oath's 'to', with their conjuncts ('to X and its emir, P')."""
    found: list[EntityRef] = []
    for prep in oath.children:
        if prep.dep_ != "prep" or prep.lower_ != preposition:
            continue
        words_ = [word for word in prep.children if word.dep_ == "pobj"]
        if not words_:  # the parse lost the object: the name right after 'to (the)'
            after = prep.i + 2 if prep.nbor().lower_ == "the" else prep.i + 1
            ent = clauses.context.entity_at(prep.doc[after]) if after < prep.sent.end else None
            words_ = [ent.root] if ent is not None else []
        for word in words_:
            found.extend(ref for ref in clauses.refs(word, PARTIES) if ref not in found)
    for role in oath.conjuncts:
        person = _named_role(role, clauses)
        if found and person is not None and person not in found:
            found.append(person)
    return found


def _named_role(role: Token, clauses: ClauseAnalysis) -> EntityRef | None:
    """'to X and its emir at the time -- P': the parse may join the role to the oath noun;
    its holder is the person named just after the role's phrase, set off by a dash or a
    comma."""
    if role.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in role.children):
        return None
    after = role.right_edge.i + 1
    if after + 1 >= role.sent.end or role.doc[after].text not in SET_OFF_MARKS:
        return None
    context = clauses.context
    ent = context.entity_at(role.doc[after + 1])
    if ent is None or ent.label_ != PERSON_LABEL or ent.start != after + 1:
        return None
    ref = context.ref(ent)
    return ref if ref is not None and ref.type == "person" else None
