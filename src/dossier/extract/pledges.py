"""A leader's pledge of allegiance, read as the pledge of the group they lead.

Jihadist groups join a franchise through their leader's oath: 'X's emir P pledged
allegiance to Y' says that X pledged allegiance to Y. The sentence must say both that P
leads X and that P pledged, so the group's pledge rests on the same words.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.knowledge.lexicons import lexicon
from dossier.model import Claim

_LEXICON = lexicon("claims")
# predicates a group's leader states for the group: "P pledged allegiance to Y" -> X did
LEADERS_SPEAK_FOR: tuple[str, ...] = tuple(_LEXICON["leaders_speak_for"])


def groups_pledges(claims: list[Claim]) -> list[Claim]:
    """For each claim of one sentence by which a person commits to another party, the same
    claim for every organisation the sentence says that person leads."""
    led: dict[object, list[Claim]] = {}
    for claim in claims:
        if claim.predicate == "leader_of" and claim.object is not None and not claim.negated:
            led.setdefault(claim.subject, []).append(claim)
    added: list[Claim] = []
    for claim in claims:
        if claim.predicate not in LEADERS_SPEAK_FOR:
            continue
        for leadership in led.get(claim.subject, []):
            group = leadership.object
            if group is not None and group != claim.object:
                added.append(replace(claim, subject=group, confidence=0.6))
    return added
