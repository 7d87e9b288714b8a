"""When someone took an office in a group: 'When did X become leader of Y?'.

The question is read by the forms of lexicons/questions.yaml `taking_office`; it is
answered from the time scope of the claims that X held the office (leader_of, deputy_of)
in Y. A claim whose sentence dates it by the sentence before ('He died in police custody
in 2009. The following year, his deputy announced he was the new leader') is dated by
that sentence's last year and the phrase's offset (`relative_years`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dossier.answer.questions import normalise_question
from dossier.knowledge.lexicons import lexicon

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class TakingOffice:
    """Who took the office, in which group, and the predicate that holds it."""

    subject: str
    other: str
    predicate: str


@cache
def _forms() -> tuple[tuple[re.Pattern[str], ...], dict[str, str], str]:
    data = lexicon("questions").get("taking_office") or {}
    roles = {
        str(role).casefold(): str(predicate)
        for predicate, listed in (data.get("roles") or {}).items()
        for role in listed or ()
    }
    alternation = "|".join(re.escape(role) for role in sorted(roles, key=len, reverse=True))
    patterns = []
    for form in data.get("forms") or ():
        escaped = re.escape(normalise_question(str(form)))
        escaped = escaped.replace(r"\{subject\}", r"(?P<subject>.+?)")
        escaped = escaped.replace(r"\{other\}", r"(?P<other>.+?)")
        escaped = escaped.replace(r"\{role\}", rf"(?P<role>{alternation})")
        patterns.append(re.compile(escaped, re.IGNORECASE))
    # the longest form first: 'become the leader of' before 'become {role} of'
    patterns.sort(key=lambda pattern: -len(pattern.pattern))
    return tuple(patterns), roles, str(data.get("default") or "leader_of")


def read_taking_office(question: str) -> TakingOffice | None:
    """What a 'when did X become leader of Y' question asks; None for any other."""
    text = normalise_question(question).replace("’", "'")
    patterns, roles, default = _forms()
    for pattern in patterns:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        found = match.groupdict()
        role = (found.get("role") or "").casefold()
        subject, other = (found["subject"] or "").strip(" '\""), found["other"].strip(" '\"")
        if subject and other:
            return TakingOffice(subject, other, roles.get(role, default))
    return None


@cache
def _relative() -> tuple[tuple[str, int], ...]:
    data = lexicon("questions").get("relative_years") or {}
    return tuple((str(phrase).casefold(), int(offset)) for phrase, offset in data.items())


def year_told_before(sentence: str, before: str) -> int | None:
    """The year a sentence dates itself by the one ``before`` it ('The following year, ...'
    after '... in 2009.' -> 2010); None when it gives no such phrase or ``before`` no year."""
    folded = " ".join(sentence.casefold().split())
    for phrase, offset in _relative():
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            years = _YEAR.findall(before)
            return int(years[-1]) + offset if years else None
    return None
