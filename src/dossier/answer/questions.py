"""Plain questions to what they ask about: an entity, and a predicate or kind of question.

The forms are the ontology's: each predicate lists the questions that ask for it
('how many members does {subject} have'), and `questions` adds overviews ('who
are {subject}'), relations between two entities ('are {subject} friends with
{other}') and events on a date ('what happened on {date}'). A question that
fits no form is answered from the best-matching sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from dossier.knowledge.lexicons import lexicon
from dossier.knowledge.ontology import Ontology

IntentKind = Literal["predicate", "overview", "relation", "events_on", "search"]
_PLACEHOLDER = re.compile(r"\\\{(subject|other|date|letter)\\\}")
_PLACEHOLDER_TEXT = re.compile(r"\{(subject|other|date|letter)\}")


@dataclass(frozen=True, slots=True)
class Intent:
    kind: IntentKind
    subject: str | None = None
    other: str | None = None
    predicate: str | None = None
    date: str | None = None


def normalise_question(question: str) -> str:
    text = question.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).strip(" ?!.")


@cache
def _pattern(form: str) -> re.Pattern[str]:
    """'how many members does {subject} have' -> a regex capturing the subject."""
    escaped = re.escape(normalise_question(form))
    pattern = _PLACEHOLDER.sub(lambda m: f"(?P<{m.group(1)}>.+?)", escaped)
    return re.compile(pattern, re.IGNORECASE)


def _groups(match: re.Match[str]) -> dict[str, str]:
    return {key: value.strip(" '\"") for key, value in match.groupdict().items() if value}


def parse_question(question: str, ontology: Ontology) -> Intent:
    """What a question asks; the entity names are returned as written, for lookup.

    The most specific form wins: 'where is X active' over 'where is X'.
    """
    text = normalise_question(question)
    for kind, predicate, form in _forms(ontology):
        match = _pattern(form).fullmatch(text)
        if match is None:
            continue
        found = _groups(match)
        if kind == "events_on":
            return Intent(kind, date=found.get("date"))
        if "subject" not in found:
            continue
        return Intent(kind, found["subject"], found.get("other"), predicate)
    return Intent("search")


@cache
def _forms(ontology: Ontology) -> list[tuple[IntentKind, str | None, str]]:
    """Every question form with what it asks, longest literal text first."""
    forms: list[tuple[IntentKind, str | None, str]] = []
    for kind in ("relation", "events_on", "overview"):
        forms += [(kind, None, form) for form in ontology.questions.get(kind, ())]
    for spec in ontology.predicates.values():
        forms += [("predicate", spec.name, form) for form in spec.questions]
    return sorted(forms, key=lambda item: -len(_PLACEHOLDER_TEXT.sub("", item[2])))


def asked_predicates(question: str) -> tuple[str, ...]:
    """The predicates a question asks by its words (lexicons/questions.yaml `asks`), in
    the order they are listed there: 'Who founded X and when?' asks founded_by and
    founded. Used when no whole form fits."""
    text = " " + " ".join(re.findall(r"[\w']+", normalise_question(question).casefold())) + " "
    return tuple(
        predicate
        for predicate, wh, cues in _asks()
        if any(f" {w} " in text for w in wh) and any(f" {c} " in text for c in cues)
    )


def question_parts(question: str) -> list[str]:
    """The parts of a two-part question ('Who claimed the bombing, and how many died?' ->
    ['Who claimed the bombing', 'how many died']); one part for most questions. A cut
    falls before 'and' when a question opener (lexicons/questions.yaml `parts`) and one
    more word follow it, and the part before it is more than an opener."""
    text = normalise_question(question)
    openers = "|".join(re.escape(o) for o in sorted(_parts()[0], key=len, reverse=True))
    if not openers:
        return [text]
    pieces = re.split(rf",?\s+and\s+(?=(?:{openers})\s+\w)", text, flags=re.IGNORECASE)
    pieces = [piece.strip(" ,") for piece in pieces if piece.strip(" ,")]
    if pieces and re.fullmatch(rf"(?:{openers})", pieces[0], flags=re.IGNORECASE):
        # 'When and how was X formed?': a lone opener asks of what the rest asks
        return [text]
    return pieces


def with_name(part: str, name: str) -> str:
    """A later part of a question with its pronouns read as ``name`` ('how is it funded'
    -> 'how is ELN funded')."""
    pronouns = _parts()[1]

    def swap(match: re.Match[str]) -> str:
        return pronouns[match.group(0).casefold()].replace("{name}", name)

    if not pronouns:
        return part
    words = "|".join(re.escape(p) for p in pronouns)
    return re.sub(rf"(?<![\w'])(?:{words})(?![\w'])", swap, part, flags=re.IGNORECASE)


@cache
def _parts() -> tuple[tuple[str, ...], dict[str, str]]:
    data = lexicon("questions").get("parts") or {}
    openers = tuple(str(o).casefold() for o in data.get("openers") or ())
    pronouns = {str(k).casefold(): str(v) for k, v in (data.get("pronouns") or {}).items()}
    return openers, pronouns


@cache
def _asks() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    data = lexicon("questions").get("asks") or {}
    return tuple(
        (
            str(predicate),
            tuple(str(w).casefold() for w in spec.get("wh") or ()),
            tuple(str(c).casefold() for c in spec.get("cues") or ()),
        )
        for predicate, spec in data.items()
    )
