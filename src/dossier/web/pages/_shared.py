"""What several pages (and the JSON API) build alike: links, listings, entity summaries,
claim statements and highlighted text.

Article text is never marked up here: highlights are segments of plain text with a
flag, and the templates escape them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import quote

from dossier.model.records import ClaimRecord, DocumentSummary, EntityRecord, MergedEvent
from dossier.web.library import View

T = TypeVar("T")


def entity_href(entity_id: str) -> str:
    return f"/entity/{quote(entity_id, safe=':')}"


def document_href(document_id: str, start: int | None = None) -> str:
    anchor = f"#chars-{start}" if start is not None else ""
    return f"/document/{quote(document_id, safe='')}{anchor}"


def claim_href(claim_id: str) -> str:
    return f"/claim/{quote(claim_id, safe='')}"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a listing."""

    total: int
    limit: int
    offset: int
    items: list[T]


def paginate(items: Sequence[T], limit: int, offset: int) -> Page[T]:
    return Page(len(items), limit, offset, list(items[offset : offset + limit]))


# ---- entities -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntitySummary:
    id: str
    name: str
    type: str
    aliases: list[str]
    gazetteer_id: str | None
    href: str


def entity_summary(view: View, entity: EntityRecord) -> EntitySummary:
    members = view.answerer.reconciler.members(entity.id)
    names = {entity.name.casefold()}
    aliases: list[str] = []
    for member in members:
        record = view.answerer.entities.get(member)
        for name in (record.name, *record.aliases) if record else ():
            if name.casefold() not in names:
                names.add(name.casefold())
                aliases.append(name)
    return EntitySummary(
        entity.id, entity.name, entity.type, aliases, entity.gazetteer_id, entity_href(entity.id)
    )


def find_entities(view: View, text: str = "", entity_type: str | None = None) -> list[EntityRecord]:
    """Resolved entities (one per group) whose name or an alias contains `text`; exact
    names first, then the most mentioned-looking (shortest) names."""
    wanted = text.strip().casefold()
    answerer = view.answerer
    heads: dict[str, EntityRecord] = {}
    exact: set[str] = set()
    for entity in answerer.entities.values():
        if entity_type and entity.type != entity_type:
            continue
        names = [n.casefold() for n in (entity.name, *entity.aliases)]
        if wanted and not any(wanted in name for name in names):
            continue
        head_id = answerer.canonical.get(entity.id, entity.id)
        head = answerer.entities.get(head_id, entity)
        heads[head.id] = head
        if wanted in names:
            exact.add(head.id)
    return sorted(heads.values(), key=lambda e: (e.id not in exact, len(e.name), e.name))


# ---- claims, documents, events ------------------------------------------------------------


def claim_statement(view: View, claim: ClaimRecord) -> str:
    """'ISIS-K hostile to Taliban', 'ISIS-K member count around 2,500'."""
    answerer = view.answerer
    spec = answerer.ontology.predicates.get(claim.predicate)
    label = spec.label if spec else claim.predicate
    what = answerer.name(claim.object_id) if claim.object_id else (claim.value_text or "")
    via = f" via {answerer.name(claim.via_id)}" if claim.via_id else ""
    negation = "not " if claim.negated else ""
    return f"{answerer.name(claim.subject_id)} {negation}{label} {what}{via}".strip()


def document_title(document: DocumentSummary | None, document_id: str) -> str:
    if document is None:
        return document_id
    return document.title or (document.origin or document_id).rsplit("/", 1)[-1]


def events_list(view: View) -> list[MergedEvent]:
    return view.answerer.events


# a quoted article address, as a source label carries it: “https://www.site.org/path/”
ADDRESS = re.compile(r"[“\"]?https?://(?:www\.)?([^/”\"\s]+)[^”\"\s]*[”\"]?")


def short_addresses(text: str) -> str:
    """Article addresses cut to their site, so a summary or a source reads as a sentence."""
    return ADDRESS.sub(r"\1", text)


# ---- highlighted text ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text; `mark` says how it is highlighted ('' for plain)."""

    text: str
    mark: str = ""
    href: str = ""


def highlight(text: str, targets: Iterable[str]) -> list[Segment]:
    """`text` cut into segments, the first occurrence of each target marked."""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    for target in sorted({t for t in targets if t and len(t) > 1}, key=len, reverse=True):
        at = folded.find(target.casefold())
        if at < 0 or any(at < end and at + len(target) > start for start, end in spans):
            continue
        spans.append((at, at + len(target)))
    segments, cursor = [], 0
    for start, end in sorted(spans):
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], "hit"))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments
