"""Independent sources: which documents count as one voice.

Two documents are one source when they are copies of one story (the same
near-duplicate cluster) or come from the same publisher, and these chain: a
wire story republished by two outlets is one source however it is labelled.
A claim attributed to a named organisation or person ('according to CSIS') is
that source's, whichever document carries it; a vague one ('officials said')
stays with its document, since the officials of two articles need not be the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dossier.model.records import ClaimRecord, DocumentSummary, EntityRecord
from dossier.resolve.entities import UnionFind

Source = tuple[str, str]  # (key, label): equal keys are one independent source


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
    claim: ClaimRecord, sources: dict[str, Source], named: frozenset[str] = frozenset()
) -> Source:
    """Whom a claim rests on: a named source it is attributed to, else its document's source.

    ``named`` holds the casefolded names of the knowledge base's organisations and people.
    """
    attributed = claim.attributed_to
    if attributed and attributed.casefold() in named:
        return f"attributed:{attributed.casefold()}", attributed
    document_id = claim.evidence.document_id
    key, label = sources.get(document_id, (f"document:{document_id}", document_id))
    return key, f"{attributed}, in {label}" if attributed else label


def source_names(entities: Iterable[EntityRecord]) -> frozenset[str]:
    """The names (and aliases) an attribution must match to count as a named source."""
    return frozenset(
        name.casefold()
        for entity in entities
        if entity.type in ("organization", "person")
        for name in (entity.name, *entity.aliases)
    )


def _label(summary: DocumentSummary) -> str:
    if summary.publisher:
        return summary.publisher
    if summary.title:
        return f"“{summary.title}”"
    return Path(summary.origin or summary.id).name
