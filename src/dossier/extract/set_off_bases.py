"""A base said in an apposition the parse hung on the wrong noun: 'The gunmen, loyal to
Y (YZ), a Qaeda affiliate based in Mali, ...' -> YZ based_in Mali. The apposition
describes the organisation named just before its comma, not the clause's subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from dossier.extract.context import DocContext
from dossier.extract.presence import places_after_in
from dossier.model import Claim

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

BASED = "based"
CONFIDENCE = 0.6


def set_off_bases(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """based_in claims for 'Y, a <noun> based in Z' hung on another noun; ``words_`` are
    the sentence's words, to skip it at a glance."""
    if BASED not in words_:
        return
    for based in sentence.span:
        noun = based.head
        if based.lower_ != BASED or based.dep_ != "acl" or noun.dep_ != "appos":
            continue
        if context.entity_at(noun.head) is not None or context.org_ref(noun.head) is not None:
            continue  # hung on a name or a group: the base frame reads it
        group = context.named_before(noun)
        if group is None:
            continue
        for place in places_after_in(based, context):
            yield sentence.claim(group, "based_in", based, object=place, confidence=CONFIDENCE)
