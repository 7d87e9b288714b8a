"""Claims from infobox-like lines: 'Leaders: P', 'Headquarters X, Y', 'Strength ~3,000'.

Encyclopedia pages and profiles open with a table of labelled fields that the parse
cannot read as sentences. A field is a line starting with a known label (followed by a
space, '|', ':' or, where the page lost its layout, glued to the value:
'HeadquartersJolo'); its value runs on over the next short lines until a blank line or
the next label. The page's main group is the subject of every field; a person field
('Leaders') makes each person the subject instead. Labels, what each one states, and the
shape of its items are data (the ``infobox`` section of the claims lexicon).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from dossier.extract.context import DocContext
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Claim, EntityRef, Evidence, TimeSpan
from dossier.model.dates import parse_time
from dossier.model.names import clean_name
from dossier.model.quantities import parse_quantity

_LEXICON = lexicon("claims")["infobox"]
# label -> (predicate, item kind); longest labels first so 'area of operations' wins
FIELDS: dict[str, tuple[str, str]] = dict(
    sorted(
        ((label, (spec[0], spec[1])) for label, spec in _LEXICON["fields"].items()),
        key=lambda item: -len(item[0]),
    )
)
OTHER_LABELS = tuple(sorted(words(_LEXICON, "other_labels"), key=len, reverse=True))
NAME_PARTICLES = words(_LEXICON, "name_particles")
NAME_FINAL_WORDS = words(_LEXICON, "name_final_words")
MAX_ITEM_WORDS = 8  # a longer item is prose, not a name
MAX_LINE_WORDS = 16
MAX_LINE_CHARS = 120
MAX_VALUE_LINES = 8
MAX_PLACE_WORDS = 5
_NOTES = re.compile(r"\[[^\]]*\]|\([^)]*\)|[#|•·*]")
_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+and\s+(?!the\s)")
_BULLETS = "•·*-–~≈ "


@dataclass(frozen=True, slots=True)
class FieldLine:
    """One line of a field's value, where it sits in the text."""

    predicate: str
    kind: str
    value: str  # the line without its label
    start: int
    end: int
    quote: str


def field_lines(text: str) -> list[FieldLine]:
    """Every value line of every known field in a text, in order."""
    found: list[FieldLine] = []
    current: tuple[str, str] | None = None
    run = 0
    offset = 0
    for raw in text.split("\n"):
        start = offset + len(raw) - len(raw.lstrip())
        offset += len(raw) + 1
        line = raw.strip()
        labelled = _label_of(line) if line else None
        if labelled is not None:
            label, value = labelled
            current, run = FIELDS.get(label), 0
            if not value:
                continue  # the value follows on the next lines
        elif line and current is not None and run < MAX_VALUE_LINES:
            value, run = line, run + 1
        else:
            current = None  # a blank line or prose ends a field
            continue
        if current is None or not _is_short(value):
            current = None
            continue
        found.append(FieldLine(current[0], current[1], value, start, start + len(line), line))
    return found


def _label_of(line: str) -> tuple[str, str] | None:
    """(label, value) when a line opens with a known label, else None."""
    lower = line.lower()
    for label in (*FIELDS, *OTHER_LABELS):
        if not lower.startswith(label):
            continue
        rest = line[len(label) :]
        if not rest or rest[0] in " \t|:~" or rest[0].isupper() or rest[0].isdigit():
            return label, rest.strip(" \t|:")
        if label.split()[-1] in ("of", "by", "as", "in"):  # 'Merger ofal-Qaeda'
            return label, rest.strip(" \t|:")
    return None


def _is_short(line: str) -> bool:
    """A field's line, not a sentence of prose."""
    short = len(line) <= MAX_LINE_CHARS and len(line.split()) <= MAX_LINE_WORDS
    return short and not line.endswith((".", "!", "?"))


def _items(value: str) -> list[tuple[str, TimeSpan | None]]:
    """The names a value lists, each with the time its brackets give ('P (2009–2015)')."""
    items = []
    for part in _SEPARATORS.split(value):
        time = None
        for bracket in re.findall(r"\(([^)]*)\)", part):
            time = time or parse_time(bracket)
        name = clean_name(_NOTES.sub(" ", part)).strip(" -–")
        if name:
            items.append((name, time))
    return items


_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _bracket_time(value: str) -> TimeSpan | None:
    """The time a figure's brackets give: '(2019)', '(2019 estimate)', '(est. March 2020)'."""
    for bracket in re.findall(r"\(([^)]*)\)", value):
        for text in (bracket, *_YEARS.findall(bracket)):
            when = parse_time(text.strip())
            if when is not None and when.precision != "unknown":
                return when
    return None


def _looks_like_name(text: str) -> bool:
    """Capitalised words, with the particles and joining words names have: not prose."""
    words_ = text.split()
    if len(words_) > MAX_ITEM_WORDS or not (words_[0][0].isupper() or _is_particle(words_[0])):
        return False
    return all(w[0].isupper() or w[0].isdigit() or _is_particle(w) for w in words_)


def _is_particle(word: str) -> bool:
    return word.split("-")[0].lower() in NAME_PARTICLES


def _split_names(name: str) -> list[str]:
    """Names run together where a list lost its breaks: 'A Front B Army' -> two names."""
    parts: list[list[str]] = [[]]
    for word in name.split():
        parts[-1].append(word)
        if word.lower() in NAME_FINAL_WORDS:
            parts.append([])
    return [" ".join(part) for part in parts if part]


def _places(name: str) -> list[str]:
    """Places a chunk names, splitting run-together ones: 'Pakistan Afghanistan India'."""
    gazetteer = get_gazetteer()
    if gazetteer.lookup(name) is not None:
        return [name]
    words_ = name.split()
    found = []
    i = 0
    while i < len(words_):
        for size in range(min(MAX_PLACE_WORDS, len(words_) - i), 0, -1):
            candidate = " ".join(words_[i : i + size])
            if candidate[0].isupper() and gazetteer.lookup(candidate) is not None:
                found.append(candidate)
                i += size
                break
        else:
            i += 1
    return found


class InfoboxReader:
    """The field claims of one document, handed out sentence by sentence."""

    def __init__(self, context: DocContext) -> None:
        self.context = context
        self.lines = field_lines(context.text) if context.topic is not None else []
        self._starts = [line.start for line in self.lines]
        self.group = self._page_group() if self.lines else None

    def _page_group(self) -> EntityRef | None:
        """Whose fields these are: the page's main group, or the longer name heading the
        page when that name holds it ('X in Y' heading a page NER reads as about X)."""
        topic = self.context.topic
        heading = clean_name(_NOTES.sub(" ", self.context.text.strip().split("\n")[0]))
        if topic is None or not heading or not _looks_like_name(heading):
            return topic
        known = self.context.learned.get(heading.casefold()) or _ontology_ref(self.context, heading)
        if known is not None and known.type == "organization":
            return known
        if topic.name.casefold() in heading.casefold():
            return EntityRef("organization", heading)
        return topic

    def claims_in(self, start: int, end: int, index: int, document_id: str) -> list[Claim]:
        """Claims of the field lines that start within text offsets [start, end)."""
        if not self.lines:
            return []
        found: list[Claim] = []
        i = bisect_left(self._starts, start)
        while i < len(self.lines) and self.lines[i].start < end:
            line = self.lines[i]
            evidence = Evidence(document_id, index, line.start, line.end, line.quote)
            found.extend(self._claims(line, evidence))
            i += 1
        return found

    def _claims(self, line: FieldLine, evidence: Evidence) -> list[Claim]:
        group = self.group
        if group is None:
            return []
        predicate, kind = line.predicate, line.kind
        if kind == "quantity":
            figure = line.value.split("(")[0].lstrip(_BULLETS)
            count = parse_quantity(_NOTES.sub(" ", figure).strip())
            if count is None or not figure[:1].isdigit():
                return []
            when = _bracket_time(line.value)  # 'Strength 3,000 (2019 estimate)': as of 2019
            return [Claim(group, predicate, evidence, value=count, time_scope=when, confidence=0.6)]
        if kind == "start":
            when = parse_time(_NOTES.sub(" ", line.value).strip())
            opening = line.value[:1]  # 'since 2010, the group...' is prose
            if when is None or when.precision == "unknown":
                return []
            if not (opening.isupper() or opening.isdigit()):
                return []
            return [Claim(group, predicate, evidence, value=when, time_scope=when, confidence=0.6)]
        claims = []
        items = _items(line.value)
        if kind == "first_place":
            items = items[:1]  # 'Idlib, Idlib Governorate, Syria': the rest says where
        for name, time in items:
            for ref in self._refs(name, kind):
                if ref == group:
                    continue
                if kind == "persons":  # 'Leaders | P (2009–2015)': P led the group then
                    claim = Claim(ref, predicate, evidence, object=group, time_scope=time)
                    claims.append(replace(claim, confidence=0.6))
                else:
                    claims.append(Claim(group, predicate, evidence, object=ref, confidence=0.6))
        return claims

    def _refs(self, name: str, kind: str) -> list[EntityRef]:
        context = self.context
        if kind in ("places", "first_place"):  # not 'Base camps were set up near X'
            return [context.place_ref(p) for p in _places(name)] if _looks_like_name(name) else []
        if kind == "persons":
            if not _looks_like_name(name):
                return []
            known = context.learned.get(name.casefold())
            if known is not None and known.type == "person":
                return [known]
            return [EntityRef("person", context.full_names.get(name.casefold(), name))]
        refs = []
        places = _places(name)
        if places and sum(len(p.split()) for p in places) == len(name.split()):
            return [context.place_ref(place) for place in places]  # 'Opponents | Pakistan'
        for part in _split_names(name):
            if not _looks_like_name(part):
                continue
            known = context.learned.get(part.casefold()) or _ontology_ref(context, part)
            if known is not None:
                refs.append(known)
            else:
                refs.append(EntityRef("organization", part))
        return refs


def _ontology_ref(context: DocContext, name: str) -> EntityRef | None:
    known = context.ontology.entity(name)
    if known is None or known.type != "organization":
        return None
    return EntityRef("organization", known.name)
