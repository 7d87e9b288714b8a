"""Questions for whoever holds an office ('Who was Turkey's interior minister?'), read
against the offices the sources give people ('interior minister of Turkey').

The office asked is the question's words after an opener ('who was'), cut before a word
that starts its time or context ('at the time of the bombing'): lexicons/questions.yaml
`office`. An office given matches when it holds every word asked, by the first letters
of each ('Turkey's' finds 'Turkey', 'Turkish' and 'Turkiye'), in the office or in the
sentence that gives it, and its head ('minister' in 'interior minister of Turkey') is
one of the words asked.
"""

from __future__ import annotations

import re
from functools import cache

from dossier.knowledge.lexicons import lexicon

PREFIX = 4  # letters that match a word to its forms: 'Turkey', 'Turkish', 'Turkiye'
MIN_WORDS = 2  # an office asked by one word ('leader') names no office
_WORD = re.compile(r"[\w-]+")
_FILLER = frozenset("the a an of for in on at to and".split())


def asked_offices(question: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The offices a question may ask for, longest first, each as its words
    ('turkey', 'interior', 'minister') with the words of the context that follows it
    ('karrada', 'bombing' in '... during the Karrada bombing'); none when it asks for no
    holder of an office."""
    openers, cuts = _lexicon()
    text = " ".join(question.casefold().replace("’", "'").split()).strip(" ?!.")
    opener = next((o for o in openers if text.startswith(o + " ")), None)
    if opener is None:
        return []
    words = [re.sub(r"'s?$", "", w) for w in text[len(opener) :].split()]
    ends = [i for i, word in enumerate(words) if word in cuts] + [len(words)]
    found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for end in sorted(set(ends), reverse=True):
        asked, context = _content(words[:end]), _content(words[end:])
        if len(asked) >= MIN_WORDS and asked not in [office for office, _ in found]:
            found.append((asked, context))
    return found


def _content(words: list[str]) -> tuple[str, ...]:
    return tuple(
        w for w in words if w not in _FILLER and w not in _lexicon()[1] and _WORD.fullmatch(w)
    )


def tells_of(context: tuple[str, ...], text: str) -> bool:
    """Whether a text holds every word of a question's context (by their first letters)."""
    held = {w[:PREFIX] for w in _WORD.findall(text.casefold())}
    return all(word[:PREFIX] in held for word in context)


def office_head(office: str) -> str:
    """The word an office is named by: 'minister' in 'interior minister of Turkey'."""
    before = re.split(r"\s+of\s+", office.casefold(), maxsplit=1)[0].split()
    return before[-1] if before else ""


def holds_office(asked: tuple[str, ...], office: str, sentence: str) -> bool:
    """Whether an office given (with the sentence that gives it) is the one asked."""
    if office_head(office) not in asked:
        return False
    held = {w[:PREFIX] for w in _WORD.findall(f"{office} {sentence}".casefold())}
    return all(word[:PREFIX] in held for word in asked)


@cache
def _lexicon() -> tuple[tuple[str, ...], frozenset[str]]:
    data = lexicon("questions").get("office") or {}
    openers = sorted((str(o).casefold() for o in data.get("openers") or ()), key=len)
    cuts = frozenset(str(w).casefold() for w in data.get("cut_before") or ())
    return tuple(reversed(openers)), cuts
