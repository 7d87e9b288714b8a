"""The JSON export: one object with documents, entities, claims and events.

The shape is a public interface, documented in docs/export.md; entity
references are ids into ``entities``.
"""

from __future__ import annotations

from typing import Any

from dossier.serialize import range_to_json, time_to_json, value_to_json
from dossier.store import KnowledgeBase
from dossier.store.results import ClaimRecord, EventRecord

EXPORT_VERSION = 1


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


def event_json(event: EventRecord) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
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
        "evidence": [evidence_json(item) for item in event.evidence],
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
    entities = [
        {
            "id": entity.id,
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
        "events": [event_json(event) for event in kb.events()],
    }
