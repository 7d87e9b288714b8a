"""What the pages and the JSON API show, assembled from the library API once for both.

Every function takes a `View` (one revision of the knowledge base, with its
`Answerer`) and returns plain dataclasses; the templates and the API only lay them
out. Article text is never marked up here: highlights are segments of plain text
with a flag, and the templates escape them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import quote

from dossier.errors import NotFoundError
from dossier.model import Place
from dossier.reconcile.events import MergedEvent
from dossier.reconcile.values import describe_value
from dossier.reconcile.verdicts import Verdict
from dossier.render.profile import Profile, build_profile
from dossier.resolve.gazetteer import get_gazetteer
from dossier.store.results import ClaimRecord, DocumentSummary, EntityRecord, SearchHit
from dossier.web.charts import (
    GraphLayout,
    MapLayout,
    PlaceInput,
    RelationInput,
    SizeChart,
    SizeInput,
    place_map,
    relation_graph,
    size_chart,
)
from dossier.web.library import View

T = TypeVar("T")

# predicate -> the kind of line the graph draws (css class)
RELATION_KINDS = {
    "ally_of": "ally",
    "hostile_to": "rival",
    "affiliate_of": "affiliate",
    "splinter_of": "affiliate",
    "merged_with": "affiliate",
    "connected_via": "intermediary",
    "formed_from": "origin",
    "funded_by": "support",
    "trained_by": "support",
    "armed_by": "support",
    "leader_of": "leader",
}
PLACE_PREDICATES = {"based_in": "based in", "operates_in": "operates in", "headquarters": "HQ"}


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


# ---- the entity page ----------------------------------------------------------------------


@dataclass(slots=True)
class EntityPage:
    entity: EntitySummary
    profile: Profile
    sizes: SizeChart | None
    map: MapLayout | None
    graph: GraphLayout | None
    conflicts: int


def entity_page(view: View, key: str) -> EntityPage:
    entity = view.answerer.entity_named(key)
    answerer = view.answerer
    profile = build_profile(view.kb, entity.id, answerer)
    verdicts = answerer.reconciler.verdicts(entity.id)
    return EntityPage(
        entity=entity_summary(view, entity),
        profile=profile,
        sizes=size_chart(_size_inputs(profile)),
        map=place_map(_place_inputs(view, entity, verdicts)),
        graph=relation_graph(entity.id, entity.name, entity.type, relations(view, entity)),
        conflicts=sum(verdict.verdict == "conflicting" for verdict in verdicts),
    )


def _size_inputs(profile: Profile) -> list[SizeInput]:
    """The profile's size estimates that give a figure, oldest first (undated last)."""
    sizes = [size for size in profile.sizes if size.low is not None]
    sizes.sort(key=lambda size: (size.since is None, size.since or ""))
    return [
        SizeInput(
            low=size.low or 0,
            high=size.high,
            label=size.estimate or str(size.low),
            scope=size.scope,
            when=size.when,
            source=size.source,
            href=claim_href(size.claim_id),
            footnotes=tuple(size.footnotes[:1]),
        )
        for size in sizes
    ]


def _place_inputs(view: View, entity: EntityRecord, verdicts: list[Verdict]) -> list[PlaceInput]:
    """Bases and areas of operation, then where the entity's events happened."""
    answerer = view.answerer
    found: dict[str, str] = {}  # place entity id -> why it is on the map
    for verdict in verdicts:
        why = PLACE_PREDICATES.get(verdict.predicate)
        if why is None:
            continue
        for position in verdict.positions:
            if position.object_id and not position.negated:
                found.setdefault(
                    answerer.canonical.get(position.object_id, position.object_id), why
                )
    involved = set(answerer.reconciler.members(entity.id))
    for event in answerer.events:
        if involved & {answerer.canonical.get(p, p) for p in event.perpetrator_ids}:
            where = event.city_id or event.province_id or event.country_id
            if where:
                found.setdefault(answerer.canonical.get(where, where), "event")
    gazetteer = get_gazetteer()
    located: list[tuple[EntityRecord, Place, str]] = []
    for place_id, why in found.items():
        record = answerer.entities.get(place_id)
        place = gazetteer.get(record.gazetteer_id) if record and record.gazetteer_id else None
        if record is not None and place is not None and place.latitude is not None:
            located.append((record, place, why))
    # a country's marker sits on its capital: shown only when nothing finer in it is
    finer = {place.country for _, place, _ in located if place.kind != "country"}
    return [
        PlaceInput(
            name=record.name,
            gazetteer_id=record.gazetteer_id or "",
            kind=place.kind,
            latitude=place.latitude or 0.0,
            longitude=place.longitude or 0.0,
            href=entity_href(record.id),
            why=why,
        )
        for record, place, why in located
        if place.kind != "country" or place.country not in finer
    ]


def relations(view: View, entity: EntityRecord) -> list[RelationInput]:
    """The entity's relations to other organisations and people, both ways; denials left
    out (a graph edge asserts)."""
    answerer = view.answerer
    reconciler = answerer.reconciler
    head = answerer.canonical.get(entity.id, entity.id)
    members = reconciler.members(entity.id)
    found: list[RelationInput] = []

    def add(other_id: str | None, label: str, predicate: str, verdict: str) -> None:
        if other_id is None:
            return
        other_head = answerer.canonical.get(other_id, other_id)
        other = answerer.entities.get(other_head)
        if other is None or other_head == head or other.type == "place":
            return
        kind = RELATION_KINDS.get(predicate, "other")
        found.append(
            RelationInput(
                other_head, other.name, other.type, label, kind, verdict, entity_href(other_head)
            )
        )

    ontology = answerer.ontology
    for verdict in reconciler.verdicts(entity.id):
        spec = ontology.predicates.get(verdict.predicate)
        if spec is None or spec.object not in ("organization", "person"):
            continue
        for position in verdict.positions:
            if position.negated:
                continue
            add(position.object_id, spec.label, verdict.predicate, verdict.verdict)
            for claim in position.claims:
                add(claim.via_id, "intermediary", verdict.predicate, verdict.verdict)
    for claim in view.kb.claims(object_ids=members):
        spec = ontology.predicates.get(claim.predicate)
        if spec is None or claim.negated:
            continue
        label = f"{answerer.name(claim.subject_id)} {spec.label}"  # 'ISIS-K hostile to'
        add(claim.subject_id, label, claim.predicate, "incoming")
    unique = {(r.other_id, r.label): r for r in found}
    return list(unique.values())


# ---- claims -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text; `mark` says how it is highlighted ('' for plain)."""

    text: str
    mark: str = ""
    href: str = ""


@dataclass(slots=True)
class ClaimEvidence:
    claim_id: str
    href: str
    document_id: str
    document_title: str
    document_href: str
    start: int
    end: int
    quote: str
    segments: list[Segment]
    hedged: bool
    negated: bool
    attributed_to: str | None
    qualifier: str | None
    source: str


@dataclass(slots=True)
class ClaimPage:
    id: str
    statement: str
    subject: EntitySummary | None
    predicate: str
    verdict: str
    summary: str
    best_estimate: str | None
    independent_sources: int
    note: str | None
    evidence: list[ClaimEvidence] = field(default_factory=list)


def claim_statement(view: View, claim: ClaimRecord) -> str:
    """'ISIS-K hostile to Taliban', 'ISIS-K member count around 2,500'."""
    answerer = view.answerer
    spec = answerer.ontology.predicates.get(claim.predicate)
    label = spec.label if spec else claim.predicate
    what = answerer.name(claim.object_id) if claim.object_id else (claim.value_text or "")
    via = f" via {answerer.name(claim.via_id)}" if claim.via_id else ""
    negation = "not " if claim.negated else ""
    return f"{answerer.name(claim.subject_id)} {negation}{label} {what}{via}".strip()


def claim_page(view: View, claim_id: str) -> ClaimPage:
    found = view.kb.claims(ids=[claim_id])
    if not found:
        raise NotFoundError(f"no claim with id {claim_id!r}")
    claim = found[0]
    answerer = view.answerer
    verdict = next(
        (
            v
            for v in answerer.reconciler.verdicts(claim.subject_id, claim.predicate)
            if any(c.id == claim.id for c in v.claims)
        ),
        None,
    )
    subject = answerer.entities.get(answerer.canonical.get(claim.subject_id, claim.subject_id))
    spec = answerer.ontology.predicates.get(claim.predicate)
    group = verdict.claims if verdict else [claim]
    sources = {
        c.id: ", ".join(p.sources.values())
        for p in (verdict.positions if verdict else [])
        for c in p.claims
    }
    estimate = verdict.best_estimate if verdict else None
    return ClaimPage(
        id=claim.id,
        statement=claim_statement(view, claim),
        subject=entity_summary(view, subject) if subject else None,
        predicate=claim.predicate,
        verdict=verdict.verdict if verdict else "single-source",
        summary=answerer.say(verdict, spec) if verdict and spec else claim_statement(view, claim),
        best_estimate=_estimate_text(view, estimate),
        independent_sources=verdict.independent_sources if verdict else 1,
        note=verdict.note if verdict else None,
        evidence=[_evidence(view, c, sources.get(c.id, "")) for c in group],
    )


def _estimate_text(view: View, estimate: object) -> str | None:
    if estimate is None:
        return None
    if isinstance(estimate, str):
        return view.answerer.name(estimate)
    return describe_value(estimate)  # type: ignore[arg-type]


def _evidence(view: View, claim: ClaimRecord, source: str) -> ClaimEvidence:
    evidence = claim.evidence
    document = view.answerer.documents.get(evidence.document_id)
    answerer = view.answerer
    targets = [claim.value_text or ""]
    for entity_id in (claim.object_id, claim.subject_id, claim.via_id):
        record = answerer.entities.get(entity_id or "")
        if record is not None:
            targets += [record.name, *record.aliases]
    return ClaimEvidence(
        claim_id=claim.id,
        href=claim_href(claim.id),
        document_id=evidence.document_id,
        document_title=_title(document, evidence.document_id),
        document_href=document_href(evidence.document_id, evidence.start),
        start=evidence.start,
        end=evidence.end,
        quote=evidence.quote,
        segments=highlight(evidence.quote, targets),
        hedged=claim.hedged,
        negated=claim.negated,
        attributed_to=claim.attributed_to,
        qualifier=claim.qualifier,
        source=source,
    )


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


def _title(document: DocumentSummary | None, document_id: str) -> str:
    if document is None:
        return document_id
    return document.title or (document.origin or document_id).rsplit("/", 1)[-1]


# ---- contested facts ----------------------------------------------------------------------


@dataclass(slots=True)
class Conflict:
    subject: EntitySummary | None
    predicate: str
    label: str
    summary: str
    sides: list[ClaimEvidence]


def conflicts(view: View) -> list[Conflict]:
    answerer = view.answerer
    found = []
    for verdict in view.conflicts:
        spec = answerer.ontology.predicates.get(verdict.predicate)
        subject = answerer.entities.get(verdict.subject_id)
        sides = [
            _evidence(view, position.claims[0], answerer.side(position))
            for position in verdict.positions
        ]
        found.append(
            Conflict(
                subject=entity_summary(view, subject) if subject else None,
                predicate=verdict.predicate,
                label=spec.label if spec else verdict.predicate,
                summary=answerer.say(verdict, spec) if spec else verdict.predicate,
                sides=sides,
            )
        )
    return found


# ---- documents ----------------------------------------------------------------------------


@dataclass(slots=True)
class SentenceView:
    before: str  # the text between the previous sentence and this one (spaces, line breaks)
    index: int
    start: int
    end: int
    segments: list[Segment]
    claims: list[tuple[str, str]]  # (statement, href)


@dataclass(slots=True)
class DocumentPage:
    id: str
    title: str
    publisher: str | None
    published_at: str | None
    url: str | None
    cluster_id: str
    notes: list[str]
    sentences: list[SentenceView]
    entities: list[EntitySummary]
    claim_count: int


def document_page(view: View, document_id: str) -> DocumentPage:
    stored = view.kb.document(document_id)
    summary = stored.summary
    answerer = view.answerer
    claims_by_sentence: dict[int, list[tuple[str, str]]] = {}
    claims = view.kb.claims(document_id=summary.id)
    for claim in claims:
        claims_by_sentence.setdefault(claim.evidence.sentence_index, []).append(
            (claim_statement(view, claim), claim_href(claim.id))
        )
    entity_ids = stored.mention_entity_ids or [None] * len(stored.mentions)
    linked = list(zip(stored.mentions, entity_ids, strict=True))
    sentences = []
    seen_entities: dict[str, EntitySummary] = {}
    previous_end = 0
    for sentence in stored.sentences:
        inside = [(m, e) for m, e in linked if sentence.start <= m.start and m.end <= sentence.end]
        segments, cursor = [], sentence.start
        for mention, entity_id in inside:
            if mention.start < cursor:
                continue  # overlapping mentions: keep the first
            if mention.start > cursor:
                segments.append(Segment(stored.text[cursor : mention.start]))
            head = answerer.canonical.get(entity_id, entity_id) if entity_id else None
            record = answerer.entities.get(head) if head else None
            href = entity_href(record.id) if record else ""
            if record is not None and record.id not in seen_entities:
                seen_entities[record.id] = entity_summary(view, record)
            mark = f"entity {mention.label}"
            segments.append(Segment(stored.text[mention.start : mention.end], mark, href))
            cursor = mention.end
        if cursor < sentence.end:
            segments.append(Segment(stored.text[cursor : sentence.end]))
        before = stored.text[previous_end : sentence.start]
        previous_end = sentence.end
        sentences.append(
            SentenceView(
                before,
                sentence.index,
                sentence.start,
                sentence.end,
                segments,
                claims_by_sentence.get(sentence.index, []),
            )
        )
    return DocumentPage(
        id=summary.id,
        title=_title(summary, summary.id),
        publisher=summary.publisher,
        published_at=summary.published_at,
        url=stored.url if (stored.url or "").startswith(("http://", "https://")) else None,
        cluster_id=summary.cluster_id,
        notes=list(stored.notes),
        sentences=sentences,
        entities=list(seen_entities.values()),
        claim_count=len(claims),
    )


# ---- search -------------------------------------------------------------------------------


@dataclass(slots=True)
class SearchResults:
    query: str
    entities: list[EntitySummary]
    claims: list[tuple[str, str, str]]  # (statement, verdict-less href, document title)
    sentences: list[SearchHit]


def search(view: View, query: str, limit: int = 20) -> SearchResults:
    text = query.strip()
    if not text:
        return SearchResults(query, [], [], [])
    entities = find_entities(view, text)[:limit]
    members = [m for e in entities[:5] for m in view.answerer.reconciler.members(e.id)]
    claims = view.kb.claims(subject_ids=members)[:limit] if members else []
    hits = view.kb.search(text, limit=limit) or view.kb.search(text, limit=limit, any_word=True)
    return SearchResults(
        query,
        [entity_summary(view, e) for e in entities],
        [
            (
                claim_statement(view, c),
                claim_href(c.id),
                _title(view.answerer.documents.get(c.evidence.document_id), c.evidence.document_id),
            )
            for c in claims
        ],
        hits,
    )


def events_list(view: View) -> list[MergedEvent]:
    return view.answerer.events
