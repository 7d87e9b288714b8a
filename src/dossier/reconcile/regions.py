"""Parts of one place that cannot be the same: 'southern Yemen' against 'northwestern
Yemen'.

Where a group operates or is based takes many places at once, so two places never
conflict. But two sources that put it in parts of one country named by opposite compass
points (south against north, east against west, and their combinations) disagree on where
it is. Parts that overlap do not: 'northern' and 'northwestern', 'northern' and 'western'.
A place without a compass word says nothing of the part, so it disagrees with none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dossier.knowledge.lexicons import lexicon
from dossier.model.records import ClaimRecord
from dossier.reconcile.values import ends_before

_COMPASS = lexicon("claims")["compass"]
NORTH_SOUTH: tuple[str, ...] = tuple(_COMPASS["north_south"])
EAST_WEST: tuple[str, ...] = tuple(_COMPASS["east_west"])
ENDINGS: tuple[str, ...] = tuple(_COMPASS["endings"])
_WORD = re.compile(r"[\w-]+")

Direction = tuple[str | None, str | None]  # (north or south, east or west)


def direction(word: str) -> Direction | None:
    """The compass point a word names: 'north-western' -> ('north', 'west'), 'southern' ->
    ('south', None); None for any other word ('southernmost' included)."""
    rest = word.casefold().replace("-", "")
    north_south = next((p for p in NORTH_SOUTH if rest.startswith(p)), None)
    if north_south:
        rest = rest[len(north_south) :]
    east_west = next((p for p in EAST_WEST if rest.startswith(p)), None)
    if east_west:
        rest = rest[len(east_west) :]
    if (north_south or east_west) and rest in ENDINGS:
        return north_south, east_west
    return None


def phrase_direction(phrase: str) -> Direction | None:
    """The compass word that narrows the name a place phrase ends with: 'several
    governorates in northwestern Yemen' -> ('north', 'west'). None for a name that holds
    a compass word ('North Kivu', 'South Sudan': capitalised), or a compass word before
    more than the name ('northern X near the border with Y' may be about Y)."""
    words = _WORD.findall(phrase)
    for index, word in enumerate(words[:-1]):
        if word[:1].islower() and (point := direction(word)) is not None:
            named = all(after[:1].isupper() for after in words[index + 1 :])
            return point if named else None
    return None


def apart(first: Direction, second: Direction) -> bool:
    """Whether two compass points name parts that do not meet: 'south' and 'north-west'."""
    pairs = zip(first, second, strict=True)
    return any(a is not None and b is not None and a != b for a, b in pairs)


def regions_apart(claims: Sequence[ClaimRecord], voice: Callable[[ClaimRecord], str]) -> bool:
    """Whether two independent sources (``voice`` gives a claim's source key) put the
    subject in parts of one place that do not meet, at times that may meet (a move from
    the south in 2011 to the north in 2020 is a change, not a disagreement)."""
    placed = [
        (claim, point, voice(claim))
        for claim in claims
        if not claim.negated
        and claim.object_id is not None
        and isinstance(claim.value, str)
        and (point := phrase_direction(claim.value)) is not None
    ]
    return any(
        a.object_id == b.object_id
        and source_a != source_b
        and apart(point_a, point_b)
        and not ends_before(a.time_scope, b.time_scope)
        and not ends_before(b.time_scope, a.time_scope)
        for index, (a, point_a, source_a) in enumerate(placed)
        for b, point_b, source_b in placed[index + 1 :]
    )
