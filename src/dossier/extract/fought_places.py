"""Where a group fights or trains, said with a bare 'in': 'X has fought in Somalia and
Kenya', 'X first trained in the Sool region of Somalia', 'X fighters have
fought in Syria', 'the misery wrought by X in northeastern Y' -> operates_in.

The verbs are ``fought_places`` in lexicons/claims.yaml; the doer is a group, or the
fighters of one ('X fighters', "X's militants"). Places are read in the 'in' phrase and
its 'of' phrases ('the Sool region of Somalia'), not in clauses inside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.clauses import clause_subjects
from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("claims")["fought_places"]
ACTIVITY_VERBS = words(_LEXICON, "activity_verbs")
FIGHTER_NOUNS = words(_LEXICON, "fighter_nouns")
HARM_VERBS = words(_LEXICON, "harm_verbs")
# what the 'in' phrase may hold besides the place: 'the X province of Y', 'X and Y'
PLACE_PHRASE_DEPS = ("compound", "conj", "prep", "pobj", "appos", "det", "amod", "cc", "punct")
CONFIDENCE = 0.5


def fought_places(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """operates_in claims for 'X fought / trained in Y'; ``words_`` are the sentence's
    words, to skip it at a glance."""
    if ACTIVITY_VERBS.isdisjoint(words_) and HARM_VERBS.isdisjoint(words_):
        return
    for verb in sentence.span:
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in HARM_VERBS:
            yield from _harm_done(sentence, verb, context)
            continue
        if verb.lemma_.lower() not in ACTIVITY_VERBS:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            continue  # 'X trained recruits in Y', 'X was fought in Y': not where X acts
        places = [p for prep in _in_phrases(verb) for p in _places(prep, context)]
        if not places:
            continue
        group = _fighting_group(verb, context)
        if group is None:
            continue
        for place in dict.fromkeys(places):
            yield sentence.claim(group, "operates_in", verb, object=place, confidence=CONFIDENCE)


def _harm_done(sentence: Sentence, verb: Token, context: DocContext) -> Iterator[Claim]:
    """'the misery wrought by X in Y', 'violence perpetrated by X in Y': X acts in Y (the
    parse often hangs 'in Y' on X)."""
    doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    group = context.org_ref(doers[0]) if doers else None
    if group is None or group.type != "organization":
        return
    phrases = _in_phrases(verb) + _in_phrases(doers[0])
    places = [p for prep in phrases for p in _places(prep, context)]
    for place in dict.fromkeys(places):
        yield sentence.claim(group, "operates_in", verb, object=place, confidence=CONFIDENCE)


def _in_phrases(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]


def _places(prep: Token, context: DocContext) -> Iterator[EntityRef]:
    """The places an 'in' phrase names: its objects and their 'of' phrases."""
    stack = [c for c in prep.children if c.dep_ == "pobj"]
    while stack:
        word = stack.pop()
        ref = context.place_headed_by(word)
        if ref is not None:
            yield ref
        for child in word.children:
            if child.dep_ not in PLACE_PHRASE_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ != "of":
                continue  # 'in Y against Z', 'in Y with Z'
            stack.append(child)


def _fighting_group(verb: Token, context: DocContext) -> EntityRef | None:
    """The group the verb's subject is, or whose fighters it is ('X fighters')."""
    subjects = clause_subjects(verb)
    if not subjects:
        return None
    subject = subjects[0]
    group = context.org_ref(subject)
    if group is None and subject.lemma_.lower() in FIGHTER_NOUNS:
        owners = [c for c in subject.children if c.dep_ in ("compound", "poss")]
        group = context.org_ref(owners[0]) if owners else None
    return group if group is not None and group.type == "organization" else None
