"""Independent sources: which documents count as one voice.

Two documents are one source when they are copies of one story (the same
near-duplicate cluster) or come from the same publisher, and these chain: a
wire story republished by two outlets is one source however it is labelled.
A claim attributed to a named organisation or person ('according to CSIS') is
that source's, whichever document carries it; a vague one ('officials said')
stays with its document, since the officials of two articles need not be the same.
So does a claim its own subject is quoted for ('the PKK said it does not target
civilians', 'Interior Minister X said'): each article that reports what the subject
says of itself, or names the office of the person it quotes, is a voice of its own.
An article that credits a named source for something is that source's voice on it,
not a second one besides (``independent_sources``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from dossier.model.records import ClaimRecord, DocumentSummary, EntityRecord
from dossier.resolve.entities import UnionFind

Source = tuple[str, str]  # (key, label): equal keys are one independent source
_NAMED = "attributed:"  # the key prefix of a named source's claims


def document_sources(documents: Iterable[DocumentSummary]) -> dict[str, Source]:
    """Each document id -> its independent source."""
    summaries = list(documents)
    groups = UnionFind(summary.id for summary in summaries)
    for summary in summaries:
        groups.union(summary.id, f"story:{summary.cluster_id}")
        if summary.publisher:
            groups.union(summary.id, f"publisher:{summary.publisher.casefold()}")
    labels: dict[str, str] = {}
    oldest_named_first = sorted(
        summaries, key=lambda s: (s.publisher is None, s.published_at or "", s.id)
    )
    for summary in oldest_named_first:
        labels.setdefault(groups.find(summary.id), _label(summary))
    return {s.id: (f"source:{groups.find(s.id)}", labels[groups.find(s.id)]) for s in summaries}


def claim_source(
    claim: ClaimRecord,
    sources: dict[str, Source],
    named: Mapping[str, frozenset[str]] | None = None,
    canonical: Mapping[str, str] | None = None,
) -> Source:
    """Whom a claim rests on: a named source it is attributed to, else its document's source.

    ``named`` maps the casefolded names of the knowledge base's organisations and people
    to the ids of the entities that bear them (see ``source_names``); ``canonical`` maps
    entity ids to the ids resolution chose, in which ``named`` is given.
    """
    attributed = claim.attributed_to
    bearers = (named or {}).get(attributed.casefold(), frozenset()) if attributed else frozenset()
    subject = (canonical or {}).get(claim.subject_id, claim.subject_id)
    if attributed and bearers and subject not in bearers:
        # keyed by who bears the name, so 'UN' and 'United Nations' are one source
        return f"{_NAMED}{','.join(sorted(bearers))}", attributed
    document_id = claim.evidence.document_id
    key, label = sources.get(document_id, (f"document:{document_id}", document_id))
    return key, f"{attributed}, in {label}" if attributed else label


def independent_sources(
    claims: Iterable[ClaimRecord],
    sources: dict[str, Source],
    named: Mapping[str, frozenset[str]] | None = None,
    canonical: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The independent sources of claims that say one thing: key -> label, first come first.

    An article that credits a named source for it ('the CIA estimates 20,000') speaks
    through that source, so its own unattributed or vaguely attributed restatement of
    the same thing ('the new assessment') is not a second voice.
    """
    found = [(claim, claim_source(claim, sources, named, canonical)) for claim in claims]
    citing = {claim.evidence.document_id for claim, (key, _) in found if key.startswith(_NAMED)}
    voices: dict[str, str] = {}
    for claim, (key, label) in found:
        if key.startswith(_NAMED) or claim.evidence.document_id not in citing:
            voices.setdefault(key, label)
    return voices


def source_names(
    entities: Iterable[EntityRecord], canonical: Mapping[str, str] | None = None
) -> dict[str, frozenset[str]]:
    """The names (and aliases) an attribution must match to count as a named source,
    casefolded, each with the ids of the organisations and people that bear it (the
    ids resolution chose, when ``canonical`` is given)."""
    heads = canonical or {}
    bearers: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type in ("organization", "person"):
            for name in (entity.name, *entity.aliases):
                bearers[name.casefold()].add(heads.get(entity.id, entity.id))
    return {name: frozenset(ids) for name, ids in bearers.items()}


def _label(summary: DocumentSummary) -> str:
    if summary.publisher:
        return summary.publisher
    if summary.title:
        return f"“{summary.title}”"
    return Path(summary.origin or summary.id).name
