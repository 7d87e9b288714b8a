"""A military unit is commanded, not chaired, and served in, not joined:

    he was commander of the 4th Infantry Regiment      -> no leader_of, no member_of
    its first commander was P (of the X Naval Forces)   -> no member_of
    leading the Kessel Cavalry at the Battle of Varna   -> no leader_of
    held the bridge in the Battle of Y, leading the Z Guard -> no leader_of

``leader_of`` is the chair or head of an organisation (Wikidata's chairperson); the officer
over a regiment or a fleet holds a command. ``member_of`` is membership of a body one joins
(Wikidata's P463); a soldier or officer of a regiment or a fleet serves in a military unit,
which is another relation. This step drops the sentence's leader_of claims, and people's
member_of claims, for a body whose name has a word of a unit (``unit_name_words`` in
lexicons/seat_kinds.yaml; 'Army', 'Forces', 'Brigade' and 'Guards' are not such words, as
they name armed movements too), and leader_of for a body a verb of command ('lead') takes
as its object in a sentence about a battle. The grades of an order ('a Knight Commander of
the X Order') are titles of the same look that hold neither (``extract/honours.py``).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

_LEXICON = lexicon("seat_kinds")
_UNIT_WORDS = words(_LEXICON, "unit_name_words")
COMMAND_VERBS = words(_LEXICON, "command_verbs")
BATTLE_NOUNS = words(_LEXICON, "battle_nouns")
PREDICATE = "leader_of"
MEMBERSHIP = "member_of"
_WORD = re.compile(r"[\w']+")


def unit_commands(claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]) -> list[Claim]:
    """The claims without leader_of for a military unit or a body led in a battle, nor a
    person's member_of a unit; ``words_`` are the sentence's words, to skip it at a glance."""
    if not any(c.predicate in (PREDICATE, MEMBERSHIP) for c in claims):
        return claims
    in_battle = _led_in_battle(sentence) if BATTLE_NOUNS & words_ else frozenset()
    return [c for c in claims if not _commanded(c, in_battle)]


def _commanded(claim: Claim, in_battle: frozenset[EntityRef]) -> bool:
    """Whether the claim reads a command or service in a unit as a chair or a membership."""
    if claim.predicate == PREDICATE:
        return _is_unit(claim) or claim.object in in_battle
    return claim.predicate == MEMBERSHIP and claim.subject.type == "person" and _is_unit(claim)


def _is_unit(claim: Claim) -> bool:
    name = claim.object.name if claim.object is not None else ""
    return any(word in _UNIT_WORDS for word in _WORD.findall(name.lower()))


def _led_in_battle(sentence: Sentence) -> frozenset[EntityRef]:
    """The bodies a verb of command takes as its object in a sentence about a battle:
    'at the siege of Y, commanding the Z Lancers'."""
    context = sentence.context
    led: set[EntityRef] = set()
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COMMAND_VERBS:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for word in (obj, *obj.conjuncts):
                ref = context.org_ref(word)
                if ref is not None:
                    led.add(ref)
    return frozenset(led)
