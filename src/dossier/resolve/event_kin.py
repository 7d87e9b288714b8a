"""The groups each perpetrator is kin to, read from the knowledge base's claims.

A bombing the Islamic State claims and one that officials lay on the ADF, which it calls
its affiliate, can be one bombing: the linker treats kin as the same doer
(``events.compatible_doers``). Only claims about the perpetrators being linked are read,
through the index of claims by subject, so the cost follows the events, not the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from dossier.model.records import EventRecord
from dossier.resolve.events import Kin
from dossier.store import KnowledgeBase

# a group under, sworn to, or part of another (either may be named as the doer)
KIN_PREDICATES = ("affiliate_of", "pledged_allegiance_to", "has_branch", "member_of")


def perpetrator_kin(
    kb: KnowledgeBase,
    events: Iterable[EventRecord],
    members: Mapping[str, set[str]],
    heads_of: Callable[[set[str]], Mapping[str, str]],
) -> Kin:
    """Kin among the (resolved) perpetrators of the events, both ways. ``members`` gives
    the entities of each perpetrator's group; ``heads_of`` resolves claims' objects."""
    doers = {doer for event in events for doer in event.perpetrator_ids}
    subjects = {entity: doer for doer in doers for entity in members.get(doer, {doer})}
    kin: dict[str, set[str]] = defaultdict(set)
    pairs = kb.claim_pairs(set(subjects), KIN_PREDICATES) if subjects else set()
    heads = heads_of({target for _, target in pairs})
    for subject, target in pairs:
        doer, other = subjects[subject], heads.get(target, target)
        if other in doers and other != doer:
            kin[doer].add(other)
            kin[other].add(doer)
    return {doer: frozenset(others) for doer, others in kin.items()}
