"""Recompute resolution across documents, explain it, and take the user's decisions."""

from __future__ import annotations

import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from dossier.errors import NotFoundError
from dossier.knowledge.ontology import load_ontology
from dossier.model.names import clean_name, name_key
from dossier.model.records import EntityRecord, EventRecord, Snapshot
from dossier.resolve.entities import Decision, Link, entity_links, resolve
from dossier.resolve.event_kin import perpetrator_kin
from dossier.resolve.events import Kin, event_links, resolve_events
from dossier.resolve.incremental import removal_region, resolve_added
from dossier.store import KnowledgeBase
from dossier.store.resolution import Pending, Resolution

EventLinking = Callable[[list[EventRecord], Kin], list[Link]]


@dataclass(frozen=True, slots=True)
class ResolutionSummary:
    """Counts of what a resolution computed: everything, or the region it updated."""

    entities: int
    groups: int  # entities after merging
    events: int
    event_groups: int
    full: bool = True


def refresh(
    kb: KnowledgeBase,
    ontology: str | None = None,
    *,
    full: bool = False,
    link_events: EventLinking = event_links,
) -> ResolutionSummary:
    """Bring resolution up to date with what was written, honouring the user's decisions,
    and store it with the reason for every link.

    Documents only added since the last run are resolved incrementally: their entities
    and events are linked against indexed keys and only the groups they touch are
    rewritten (see ``dossier.resolve.incremental``). So are a removal through
    ``remove_document`` and the user's decisions (the groups of the two entities). A
    replaced document, a removal without its region, or ``full`` resolves everything
    again (``resolve_all``)."""
    pending = kb.pending()
    if not (full or pending.full) and pending.empty and kb.resolution_pending():
        # a removal that named nothing and told no event: nothing to resolve again
        kb.save_partial_resolution(set(), set(), Resolution([], {}, [], {}), pending)
        return ResolutionSummary(entities=0, groups=0, events=0, event_groups=0, full=False)
    if full or pending.full or pending.empty:
        return resolve_all(kb, ontology, pending=pending, link_events=link_events)
    region = resolve_added(kb, pending, load_ontology(ontology))
    kb.save_partial_resolution(region.entity_ids, region.event_ids, region.resolution, pending)
    computed = region.resolution
    return ResolutionSummary(
        entities=len(computed.canonical),
        groups=len(set(computed.canonical.values())),
        events=len(computed.event_clusters),
        event_groups=len(set(computed.event_clusters.values())),
        full=False,
    )


def remove_document(kb: KnowledgeBase, document_id: str, ontology: str | None = None) -> None:
    """Remove a stored document (``KnowledgeBase.remove_document``) so that the next
    refresh resolves again only what it can change (``incremental.removal_region``)."""
    resolved = kb.resolve_document_id(document_id)
    entity_ids, documents = removal_region(kb, resolved, load_ontology(ontology))
    kb.remove_document(resolved, requeue_entities=entity_ids, requeue_documents=documents)


def resolve_all(
    kb: KnowledgeBase,
    ontology: str | None = None,
    *,
    pending: Pending | None = None,
    link_events: EventLinking = event_links,
) -> ResolutionSummary:
    """Resolve entities and events across all stored documents (``dossier resolve --all``).

    Saving marks resolution up to date as of the changes counted before reading, so a
    document written meanwhile leaves it pending for the next run. ``link_events`` links
    the events (``dossier.ingest.cluster_resolution`` does it on a Dask cluster)."""
    pending = pending or kb.pending()
    entities = kb.entities()
    decisions = [Decision(kind, first, second) for kind, first, second in kb.decisions()]
    known = load_ontology(ontology)
    canonical, used = resolve(entities, entity_links(entities, known), decisions, known)
    events = kb.events()
    as_resolved = [
        replace(event, perpetrator_ids=tuple(canonical.get(p, p) for p in event.perpetrator_ids))
        for event in events
    ]
    members: dict[str, set[str]] = defaultdict(set)
    for entity_id, head in canonical.items():
        members[head].add(entity_id)
    kin = perpetrator_kin(
        kb, as_resolved, members, lambda ids: {i: canonical.get(i, i) for i in ids}
    )
    linked_events = link_events(as_resolved, kin)
    clusters = resolve_events(as_resolved, linked_events)
    kb.save_resolution(
        [(link.first, link.second, link.reason, link.origin) for link in used],
        canonical,
        [(link.first, link.second, link.reason, link.origin) for link in linked_events],
        clusters,
        as_of=pending.changes,
        pending=pending,
    )
    return ResolutionSummary(
        entities=len(entities),
        groups=len(set(canonical.values())),
        events=len(events),
        event_groups=len(set(clusters.values())),
    )


def find_entity(kb: KnowledgeBase, name: str) -> EntityRecord:
    """The entity a user means by a name, id or alias (its resolved group's head)."""
    # names and resolution only: document summaries (a snapshot's largest part) are not read
    names = Snapshot((), tuple(kb.entities()), kb.canonical_ids(), documents=())
    return pick_entity(name, names)


def pick_entity(name: str, snapshot: Snapshot) -> EntityRecord:
    """`find_entity` over entities already loaded.

    Names are compared NFKC-normalised and case folded (`name_key`), so a decomposed
    'é' finds the composed one and fullwidth letters find plain ones."""
    wanted = name_key(name.strip())
    entities = snapshot.entities
    canonical = snapshot.canonical
    by_id = {entity.id: entity for entity in entities}
    matches = [
        entity
        for entity in entities
        if name_key(entity.id) == wanted
        or wanted in {name_key(n) for n in (entity.name, *entity.aliases)}
    ]
    if not matches and name_key(clean_name(name)) != wanted:
        wanted = name_key(clean_name(name))  # 'the SLF'
        matches = [e for e in entities if wanted in {name_key(n) for n in (e.name, *e.aliases)}]
    if not matches:
        known = load_ontology().entity(unicodedata.normalize("NFKC", name))
        if known is not None:
            matches = [e for e in entities if e.name == known.name]
    heads = {canonical.get(entity.id, entity.id) for entity in matches}
    if not heads:
        raise NotFoundError(f"no entity named {name!r}; `dossier export` lists the entities")
    if len(heads) > 1:
        options = ", ".join(sorted(f"{by_id[h].name} ({h})" for h in heads if h in by_id))
        raise NotFoundError(f"{name!r} could mean several entities: {options}; give an id")
    head = heads.pop()
    return by_id[head]


def why_merged(kb: KnowledgeBase, first: str, second: str) -> list[str]:
    """The chain of reasons linking two entities (or two events); empty if they are apart."""
    links = kb.entity_links() + kb.event_links()
    graph: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b, reason, _origin in links:
        graph[a].append((b, reason))
        graph[b].append((a, reason))
    came_from: dict[str, tuple[str, str] | None] = {first: None}
    queue = deque([first])
    while queue:
        current = queue.popleft()
        if current == second:
            break
        for neighbour, reason in graph[current]:
            if neighbour not in came_from:
                came_from[neighbour] = (current, reason)
                queue.append(neighbour)
    if second not in came_from:
        return []
    reasons = []
    node = second
    while came_from[node] is not None:
        previous, reason = came_from[node]  # type: ignore[misc]
        reasons.append(reason)
        node = previous
    return list(reversed(reasons))


def explain_merge(kb: KnowledgeBase, first: str, second: str) -> list[str]:
    """Why two names (or event ids) mean one thing: the chain of reasons, empty if apart.

    Two names of one stored entity need no link: the reason is how the second
    name became its alias (the ontology, the gazetteer, or an article)."""
    if first.startswith("e:") or second.startswith("e:"):
        return why_merged(kb, first, second)
    a, b = own_id(kb, first), own_id(kb, second)
    if a != b:
        return why_merged(kb, a, b)
    entity = next(e for e in kb.entities() if e.id == a)
    names = dict.fromkeys(clean_name(name) for name in (first, second))
    reasons = [_alias_reason(entity, n) for n in names if name_key(n) != name_key(entity.name)]
    return reasons or [f"both name {entity.name} ({entity.id})"]


def _alias_reason(entity: EntityRecord, name: str) -> str:
    known = load_ontology().entity(name)
    if known is not None and known.name == entity.name:
        return f"the ontology lists {name!r} as a name of {entity.name}"
    if entity.gazetteer_id:
        return f"the gazetteer links {name!r} to {entity.name} ({entity.gazetteer_id})"
    return f"an article names {entity.name} {name!r}"


def decide(kb: KnowledgeBase, kind: str, first: str, second: str) -> ResolutionSummary:
    """Record the user's merge or split of two entities and resolve again."""
    if kind not in ("merge", "split"):
        raise ValueError(f"unknown decision {kind!r}")
    a, b = find_entity(kb, first), find_entity(kb, second)
    if kind == "merge" and a.id == b.id:
        raise NotFoundError(f"{first!r} and {second!r} are already one entity ({a.id})")
    first_id = a.id if kind == "merge" else own_id(kb, first)
    second_id = b.id if kind == "merge" else own_id(kb, second)
    kb.record_decision(kind, first_id, second_id)
    return refresh(kb)


def own_id(kb: KnowledgeBase, name: str) -> str:
    """The entity a name itself belongs to, not its group's head (for splits and why-merged).

    Tried in turn: the name as given, tidied ('the SLF'), and the ontology's canonical
    name for it (a known alias no article used)."""
    entities = kb.entities()
    known = load_ontology().entity(unicodedata.normalize("NFKC", name))
    for candidate in dict.fromkeys((name, clean_name(name), known.name if known else name)):
        wanted = name_key(candidate.strip())
        for entity in entities:
            if name_key(entity.id) == wanted or name_key(entity.name) == wanted:
                return entity.id
        for entity in entities:
            if wanted in (name_key(alias) for alias in entity.aliases):
                return entity.id
    raise NotFoundError(f"no entity named {name!r}; `dossier export` lists the entities")
