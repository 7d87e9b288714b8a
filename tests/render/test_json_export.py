"""The JSON export's shape is a public interface (docs/export.md)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dossier import KnowledgeBase, ingest
from dossier.render.json_export import export_json
from tests.helpers import write

STORY = (
    "Al-Shabaab is an affiliate of al-Qaeda. The group is believed to have about 7,000 "
    "fighters. A car bomb exploded in Beledweyne, Hiiraan, Somalia, killing five people. "
    "Al-Shabaab claimed responsibility for the attack."
)


def test_export_holds_documents_entities_claims_and_events(
    kb: KnowledgeBase, tmp_path: Path, nlp: Language
) -> None:
    ingest(kb, [write(tmp_path / "story.txt", STORY)], options=None)
    data = export_json(kb)
    assert set(data) == {
        "dossier_export", "documents", "entities", "claims", "events", "verdicts"
    }  # fmt: skip
    assert data["dossier_export"] == 2
    entity_ids = {entity["id"] for entity in data["entities"]}
    assert all(entity["canonical"] in entity_ids for entity in data["entities"])
    assert "organization:al-shabaab" in entity_ids
    [document] = data["documents"]
    for claim in data["claims"]:
        assert claim["subject"] in entity_ids
        assert claim["object"] is None or claim["object"] in entity_ids
        [evidence] = claim["evidence"]
        assert evidence["document_id"] == document["id"]
        assert STORY[evidence["start"] : evidence["end"]] == evidence["quote"]
    size = next(c for c in data["claims"] if c["predicate"] == "member_count")
    assert size["value"] == {
        "kind": "quantity",
        "min": 7000,
        "max": 7000,
        "approx": True,
        "bound": None,
        "text": "about 7,000",
    }
    assert size["hedged"] is True
    [event] = data["events"]
    assert event["type"] == "bombing/explosion"
    assert event["place"]["country"] == "place:SO"
    assert event["killed"]["min"] == 5
    assert event["perpetrators"] == ["organization:al-shabaab"] and event["claimed"] is True
    assert event["stances"] == [{"perpetrator": "organization:al-shabaab", "stance": "claimed"}]
    assert {e["document_id"] for e in event["evidence"]} == {document["id"]}
    assert (event["verdict"], event["sources"]) == ("single-source", ["story.txt"])
    claim_ids = {claim["id"] for claim in data["claims"]}
    verdicts = {(v["subject"], v["predicate"]): v for v in data["verdicts"]}
    size_verdict = verdicts[("organization:al-shabaab", "member_count")]
    assert size_verdict["verdict"] == "single-source"
    assert size_verdict["independent_sources"] == 1
    assert size_verdict["best_estimate"] == size["value"]
    assert size_verdict["claims"] == [size["id"]]
    assert all(set(v["claims"]) <= claim_ids for v in data["verdicts"])
