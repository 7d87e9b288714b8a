"""The JSON export: one object with documents, entities, claims, events and verdicts.

The shape is a public interface, documented in docs/export.md; entity
references are ids into ``entities``, each of which names its ``canonical``
entity (itself, unless resolution merged it into another).
"""

from __future__ import annotations

from typing import Any

from dossier.reconcile.events import MergedEvent, merged_events
from dossier.reconcile.verdicts import Reconciler, Verdict
from dossier.serialize import range_to_json, time_to_json, value_to_json
from dossier.store import KnowledgeBase
from dossier.store.results import ClaimRecord

EXPORT_VERSION = 2  # 2: verdicts; events merged across documents


def evidence_json(evidence: Any) -> dict[str, Any]:
    return {
        "document_id": evidence.document_id,
        "sentence": evidence.sentence_index,
        "start": evidence.start,
        "end": evidence.end,
        "quote": evidence.quote,
    }


def claim_json(claim: ClaimRecord) -> dict[str, Any]:
    return {
        "id": claim.id,
        "subject": claim.subject_id,
        "predicate": claim.predicate,
        "object": claim.object_id,
        "value": value_to_json(claim.value),
        "via": claim.via_id,
        "qualifier": claim.qualifier,
        "time_scope": time_to_json(claim.time_scope),
        "hedged": claim.hedged,
        "attributed_to": claim.attributed_to,
        "negated": claim.negated,
        "confidence": claim.confidence,
        "evidence": [evidence_json(claim.evidence)],
    }


def event_json(event: MergedEvent) -> dict[str, Any]:
    """One real-world event, with the evidence of every document that tells it."""
    return {
        "id": event.id,
        "type": event.type,
        "verdict": event.verdict,
        "sources": list(event.sources),
        "reports": list(event.reports),
        "date": time_to_json(event.date),
        "place": {
            "country": event.country_id,
            "province": event.province_id,
            "city": event.city_id,
            "as_written": event.places,
        },
        "perpetrators": list(event.perpetrator_ids),
        "claimed": event.claimed,
        "targets": list(event.targets),
        "killed": range_to_json(event.killed),
        "wounded": range_to_json(event.wounded),
        "count": range_to_json(event.count),
        "victims": list(event.victims),
        "evidence": [evidence_json(item) for item in event.evidence],
    }


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    estimate = verdict.best_estimate
    return {
        "subject": verdict.subject_id,
        "predicate": verdict.predicate,
        "verdict": verdict.verdict,
        "best_estimate": estimate if isinstance(estimate, str) else value_to_json(estimate),
        "independent_sources": verdict.independent_sources,
        "sources": sorted({label for p in verdict.positions for label in p.sources.values()}),
        "note": verdict.note,
        "claims": [claim.id for claim in verdict.claims],
    }


def export_json(kb: KnowledgeBase) -> dict[str, Any]:
    """Everything the knowledge base knows, as one JSON-ready object."""
    documents = [
        {
            "id": summary.id,
            "source": summary.publisher,
            "title": summary.title,
            "published_at": summary.published_at,
            "origin": summary.origin,
            "cluster": summary.cluster_id,
        }
        for summary in kb.documents()
    ]
    canonical = kb.canonical_ids()
    entities = [
        {
            "id": entity.id,
            "canonical": canonical.get(entity.id, entity.id),
            "type": entity.type,
            "name": entity.name,
            "aliases": list(entity.aliases),
            "gazetteer_id": entity.gazetteer_id,
        }
        for entity in kb.entities()
    ]
    return {
        "dossier_export": EXPORT_VERSION,
        "documents": documents,
        "entities": entities,
        "claims": [claim_json(claim) for claim in kb.claims()],
        "events": [event_json(event) for event in merged_events(kb)],
        "verdicts": [verdict_json(verdict) for verdict in Reconciler(kb).all_verdicts()],
    }
