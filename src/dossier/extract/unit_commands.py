"""A military unit is commanded, not chaired:

    he was commander of the 4th Infantry Regiment      -> no leader_of
    leading the Kessel Cavalry at the Battle of Varna   -> no leader_of
    held the bridge in the Battle of Y, leading the Z Guard -> no leader_of

``leader_of`` is the chair or head of an organisation (Wikidata's chairperson); the officer
over a regiment or a fleet holds a command. This step drops the sentence's leader_of claims
for a body whose name has a word of a unit (``unit_name_words`` in lexicons/seat_kinds.yaml;
'Army', 'Forces', 'Brigade' and 'Guards' are not such words, as they name armed movements
too), and for a body a verb of command ('lead') takes as its object in a sentence about a
battle.
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
_WORD = re.compile(r"[\w']+")


def unit_commands(claims: list[Claim], sentence: Sentence, words_: AbstractSet[str]) -> list[Claim]:
    """The claims without leader_of for a military unit or a body led in a battle;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if not any(c.predicate == PREDICATE for c in claims):
        return claims
    in_battle = _led_in_battle(sentence) if BATTLE_NOUNS & words_ else frozenset()
    return [
        c for c in claims if c.predicate != PREDICATE or not (_is_unit(c) or c.object in in_battle)
    ]


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
