"""The STIX export through the platforms' own tools: the OASIS validator finds no error
and no warning but the documented one, and MISP's converter (misp-stix) imports the
groups, the incidents, the verdict notes and the relationships."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from stix2validator import ValidationOptions, validate_string

from dossier import KnowledgeBase
from dossier.render.stix import stix_bundle, stix_text

# misp-stix runs in its own interpreter: importing it installs six's meta-path importer,
# which makes later imports warn (and this suite turns warnings into errors)
MISP_IMPORT = """
import json, sys
import stix2
from misp_stix_converter import ExternalSTIX2toMISPParser
parser = ExternalSTIX2toMISPParser()
parser.load_stix_bundle(stix2.parse(open(sys.argv[1], encoding="utf-8").read(), allow_custom=True))
parser.parse_stix_bundle()
print(json.dumps({
    "errors": [m for ms in parser.errors.values() for m in ms],
    "warnings": [m for ms in parser.warnings.values() for m in ms],
    "events": [json.loads(event.to_json()) for event in parser.misp_events],
    "relationships": sorted(
        kind for refs in getattr(parser, "_relationship", {}).values() for _, kind in refs
    ),
}))
"""

# {202} relationship-types: Dossier's own relationship types (affiliate-of, hostile-to...)
# and relationships from incidents, which STIX 2.1 suggests none for (docs/export.md).
ACCEPTED_WARNINGS = {"202"}


def export(db: Path) -> str:
    with KnowledgeBase(db) as kb:
        return stix_text(stix_bundle(kb))


def validate(text: str) -> tuple[list[str], Counter[str]]:
    """The validator's errors, and its warnings counted by check code."""
    results = validate_string(text, ValidationOptions(version="2.1"))
    errors = [str(error) for error in results.errors]
    codes = Counter(
        match.group(1) if (match := re.search(r"\{(\d+)\}", str(w))) else str(w)
        for w in results.warnings
    )
    assert results.is_valid == (not errors)
    return errors, codes


def test_the_validator_finds_no_error_and_only_the_documented_warning(
    seeds_db: Path, sahel_db: Path
) -> None:
    for db in (seeds_db, sahel_db):
        errors, codes = validate(export(db))
        assert errors == []
        assert set(codes) <= ACCEPTED_WARNINGS, codes


def misp_import(text: str, folder: Path) -> dict[str, Any]:
    """What misp-stix's import of an external STIX 2.1 bundle holds."""
    path = folder / "bundle.json"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", MISP_IMPORT, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_misp_imports_groups_incidents_notes_and_relationships(
    seeds_db: Path, tmp_path: Path
) -> None:
    text = export(seeds_db)
    bundle = json.loads(text)
    imported = misp_import(text, tmp_path)
    events, errors = imported["events"], imported["errors"]
    assert imported["warnings"] == []
    # misp-stix has no incident loader: its only complaint; the groupings carry them
    assert {re.sub(r": \w+$", "", e) for e in errors} <= {
        "Unable to load STIX object type",
        "Unknown STIX object type",
    }, errors
    assert all(e.endswith("incident") for e in errors)
    infos = {event["info"] for event in events}
    reports = {o["name"] for o in bundle["objects"] if o["type"] == "report"}
    incidents = {o["name"] for o in bundle["objects"] if o["type"] == "incident"}
    assert reports | incidents == infos  # one MISP event per article and per incident

    def clusters(event: dict[str, Any]) -> set[str]:
        return {c["value"] for g in event.get("Galaxy", []) for c in g["GalaxyCluster"]}

    [article] = [e for e in events if e["info"] == "Who are ISIS-K and where are they based?"]
    assert {"ISIS-K", "Islamic State", "Taliban"} <= clusters(article)
    [kabul] = [e for e in events if e["info"].startswith("Bombing/explosion in Kabul")]
    assert any(o["name"] == "geolocation" for o in kabul.get("Object", []))
    assert "Corroborated" in kabul["EventReport"][0]["content"]  # the incident's description
    notes = [note["note"] for event in events for note in event.get("Note", [])]
    assert any(note.startswith("ISIS-K was founded in") for note in notes)
    assert any("Conflicting" in note for note in notes)  # the size estimates
    # relationships: loaded and kept by source (misp-stix links them to clusters only
    # when it keys both by one uuid, which its external import does not: docs/export.md)
    relationships = {o["id"] for o in bundle["objects"] if o["type"] == "relationship"}
    loaded = imported["relationships"]
    assert {"affiliate-of", "located-at", "attributed-to", "hostile-to"} <= set(loaded)
    assert len(relationships) == len(loaded)
