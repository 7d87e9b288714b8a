"""Keys of the names an event's targets and victims give ('Superferry 14', 'Colonel James
N. Rowe'): two tellings that name one ship, building or person share a key even when
one adds a title or a middle name.

A name is the run of capitalised words (and numbers) that ends the phrase; each key pairs
one of its words with its last word ('james|rowe'), so 'James "Nick" Rowe' and 'U.S. Army
Colonel James N. Rowe' share 'james|rowe'. Initials and abbreviations ('N.', 'U.S.') make
no key; a phrase ending in a common noun ('the security convoy') gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_][\w.'’-]*")


def _name_words(phrase: str) -> list[str]:
    """The capitalised words and numbers that end the phrase."""
    words = _WORD.findall(phrase)
    run: list[str] = []
    for word in reversed(words):
        if not (word[0].isupper() or word.isdigit()):
            break
        run.append(word)
    return run[::-1]


def name_keys(phrases: Iterable[str]) -> set[str]:
    """The keys of the names these target and victim phrases give."""
    keys: set[str] = set()
    for phrase in phrases:
        words = _name_words(phrase)
        if len(words) < 2 or words[-1].endswith("."):
            continue
        last = words[-1].lower()
        keys |= {
            f"{word.lower()}|{last}"
            for word in words[:-1]
            if len(word) > 1 and not word.endswith(".") and not word.isdigit()
        }
    return keys


def event_name_rows(event_id: str, phrases: Iterable[str]) -> list[dict[str, str]]:
    """The ``event_names`` rows of one event."""
    return [{"event_id": event_id, "name_key": key} for key in sorted(name_keys(phrases))]
