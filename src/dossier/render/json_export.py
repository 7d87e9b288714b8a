"""The JSON export: one object with documents, entities, claims, events and verdicts.

The shape is a public interface, documented in docs/export.md; entity
references are ids into ``entities``, each of which names its ``canonical``
entity (itself, unless resolution merged it into another).
"""

from __future__ import annotations

from typing import Any

from dossier.knowledge.lexicons import lexicon, phrases
from dossier.model.records import ClaimRecord, MergedEvent, Verdict
from dossier.model.serialize import range_to_json, time_to_json, value_to_json
from dossier.reconcile.events import merged_events
from dossier.reconcile.verdicts import Reconciler
from dossier.store import KnowledgeBase

EXPORT_VERSION = 2  # 2: verdicts; events merged across documents
# Field names of each part of the export, in the order written.
EXPORTS = lexicon("exports")
SECTIONS = phrases(EXPORTS, "json_sections")
DOCUMENT_FIELDS = phrases(EXPORTS, "json_documents")
ENTITY_FIELDS = phrases(EXPORTS, "json_entities")
CLAIM_FIELDS = phrases(EXPORTS, "json_claims")
EVENT_FIELDS = phrases(EXPORTS, "json_events")
VERDICT_FIELDS = phrases(EXPORTS, "json_verdicts")
EVIDENCE_FIELDS = phrases(EXPORTS, "json_evidence")


def fields(names: tuple[str, ...], *values: Any) -> dict[str, Any]:
    """The named fields with their values, given in the same order."""
    return dict(zip(names, values, strict=True))


def evidence_json(evidence: Any) -> dict[str, Any]:
    return fields(
        EVIDENCE_FIELDS,
        evidence.document_id,
        evidence.sentence_index,
        evidence.start,
        evidence.end,
        evidence.quote,
    )


def claim_json(claim: ClaimRecord) -> dict[str, Any]:
    return fields(
        CLAIM_FIELDS,
        claim.id,
        claim.subject_id,
        claim.predicate,
        claim.object_id,
        value_to_json(claim.value),
        claim.via_id,
        claim.qualifier,
        time_to_json(claim.time_scope),
        claim.hedged,
        claim.attributed_to,
        claim.negated,
        claim.confidence,
        [evidence_json(claim.evidence)],
    )


def event_json(event: MergedEvent) -> dict[str, Any]:
    """One real-world event, with the evidence of every document that tells it."""
    return fields(
        EVENT_FIELDS,
        event.id,
        event.type,
        event.verdict,
        list(event.sources),
        list(event.reports),
        time_to_json(event.date),
        {
            "country": event.country_id,
            "province": event.province_id,
            "city": event.city_id,
            "as_written": event.places,
        },
        list(event.perpetrator_ids),
        event.claimed,
        [stance_json(event, who, stance) for who, stance in event.stances],
        list(event.targets),
        range_to_json(event.killed),
        range_to_json(event.wounded),
        range_to_json(event.count),
        list(event.victims),
        [evidence_json(item) for item in event.evidence],
    )


def stance_json(event: MergedEvent, who: str, stance: str) -> dict[str, Any]:
    """A perpetrator's stance; a blame or suspicion says by whom where the text names them."""
    item: dict[str, Any] = {"perpetrator": who, "stance": stance}
    accusers = [accuser for named, accuser in event.accusers if named == who]
    if accusers and stance in ("blamed", "suspected"):
        item["accused_by"] = accusers
    return item


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    estimate = verdict.best_estimate
    return fields(
        VERDICT_FIELDS,
        verdict.subject_id,
        verdict.predicate,
        verdict.verdict,
        estimate if isinstance(estimate, str) else value_to_json(estimate),
        verdict.independent_sources,
        sorted({label for p in verdict.positions for label in p.sources.values()}),
        verdict.note,
        [claim.id for claim in verdict.claims],
    )


def export_json(kb: KnowledgeBase) -> dict[str, Any]:
    """Everything the knowledge base knows, as one JSON-ready object."""
    documents = [
        fields(
            DOCUMENT_FIELDS,
            summary.id,
            summary.publisher,
            summary.title,
            summary.published_at,
            summary.origin,
            summary.cluster_id,
        )
        for summary in kb.documents()
    ]
    canonical = kb.canonical_ids()
    entities = [
        fields(
            ENTITY_FIELDS,
            entity.id,
            canonical.get(entity.id, entity.id),
            entity.type,
            entity.name,
            list(entity.aliases),
            entity.gazetteer_id,
        )
        for entity in kb.entities()
    ]
    return {
        "dossier_export": EXPORT_VERSION,
        **fields(
            SECTIONS,
            documents,
            entities,
            [claim_json(claim) for claim in kb.claims()],
            [event_json(event) for event in merged_events(kb)],
            [verdict_json(verdict) for verdict in Reconciler(kb).all_verdicts()],
        ),
    }
