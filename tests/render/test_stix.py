"""The STIX 2.1 export: valid bundles, groups with their aliases, places with coordinates,
relationships graded by their verdicts, one report per article, stable ids."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import stix2

from dossier import KnowledgeBase
from dossier.model import Evidence
from dossier.model.records import ClaimRecord
from dossier.reconcile.relations import Relation
from dossier.reconcile.verdicts import VerdictKind
from dossier.render.stix import (
    relationship_confidence,
    relationship_type,
    stix_bundle,
    stix_id,
    stix_text,
)
from tests.render.conftest import FRONT


def bundle_of(db: Path) -> Any:
    """The exported bundle, read back by the stix2 library (no custom content allowed)."""
    with KnowledgeBase(db) as kb:
        text = stix_text(stix_bundle(kb))
    return stix2.parse(text)


def named(bundle: Any, name: str) -> Any:
    [found] = [o for o in bundle.objects if o.get("name") == name and o.type != "report"]
    return found


def relationships(bundle: Any) -> set[tuple[str, str, str]]:
    names = {o.id: o.get("name") for o in bundle.objects}
    return {
        (names[o.source_ref], o.relationship_type, names[o.target_ref])
        for o in bundle.objects
        if o.type == "relationship"
    }


def test_seed_bundle_holds_the_group_its_relations_places_and_articles(seeds_db: Path) -> None:
    bundle = bundle_of(seeds_db)
    group = named(bundle, "ISIS-K")
    assert group.type == "threat-actor"
    assert {"IS-K", "ISIS-Khorasan"} <= set(group.aliases)
    related = relationships(bundle)
    assert ("ISIS-K", "affiliate-of", "Islamic State") in related
    assert ("ISIS-K", "hostile-to", "Taliban") in related
    assert ("ISIS-K", "related-to", "Taliban") in related  # connected via a third party
    assert ("ISIS-K", "connected-via", "Haqqani network") in related
    assert ("ISIS-K", "located-at", "Nangarhar") in related
    assert ("Khalil Haqqani", "leader-of", "Haqqani network") in related
    for place in ("Nangarhar", "Kabul"):
        location = named(bundle, place)
        assert location.type == "location" and location.country == "AF"
        assert 29 < location.latitude < 39 and 60 < location.longitude < 75
    assert named(bundle, "Nangarhar").administrative_area == "Nangarhar"
    assert named(bundle, "Kabul").city == "Kabul"
    assert "latitude" not in named(bundle, "Afghanistan")  # a country is not its capital
    with KnowledgeBase(seeds_db) as kb:
        documents = {document.id for document in kb.documents()}
    reports = [o for o in bundle.objects if o.type == "report"]
    assert {r.external_references[0].external_id for r in reports} == documents
    ids = {o.id for o in bundle.objects}
    for report in reports:
        assert report.external_references[0].source_name == "dossier"  # the seeds name none
        assert set(report.object_refs) <= ids
        assert group.id in report.object_refs


def test_armed_groups_are_threat_actors_and_others_identities(seeds_db: Path) -> None:
    bundle = bundle_of(seeds_db)
    groups = ("ISIS-K", "Islamic State", "Taliban", "Haqqani network", "Pakistani Taliban")
    for group in (*groups, "al-Qaeda"):  # al-Qaeda is only mentioned, but the ontology knows it
        assert named(bundle, group).type == "threat-actor", group
    for name, kind in (
        ("NATO", "organization"),
        ("Center for Strategic and International Studies", "organization"),
    ):
        identity = named(bundle, name)
        assert (identity.type, identity.identity_class) == ("identity", kind)
    leader = named(bundle, "Khalil Haqqani")  # leads an armed group: OpenCTI's individual actor
    assert (leader.type, leader.resource_level, leader.roles) == (
        "threat-actor",
        "individual",
        ["director"],
    )
    for entity in bundle.objects:
        if entity.type in ("threat-actor", "identity", "location"):
            assert entity.external_references[0].source_name == "dossier"


def test_groups_are_known_perpetrators_or_lineage_but_not_rivals(
    sahel_db: Path, ties_db: Path
) -> None:
    sahel = bundle_of(sahel_db)
    assert named(sahel, "Sahel Liberation Front").type == "threat-actor"  # attacked a station
    assert named(sahel, "Ansar Dine").type == "threat-actor"  # its former members formed SLF
    assert named(sahel, "United Nations").type == "identity"
    ties = bundle_of(ties_db)
    assert named(ties, "Northern Front").type == "threat-actor"  # an affiliate of al-Qaeda
    assert named(ties, "Coastal Trading Company").type == "identity"  # only a rival


def test_confidence_follows_the_verdict_of_each_relation(seeds_db: Path, ties_db: Path) -> None:
    def confidence(bundle: Any, source: str, kind: str, target: str) -> int:
        names = {o.id: o.get("name") for o in bundle.objects}
        [found] = [
            o
            for o in bundle.objects
            if o.type == "relationship"
            and (names[o.source_ref], o.relationship_type, names[o.target_ref])
            == (source, kind, target)
        ]
        return int(found.confidence)

    seeds = bundle_of(seeds_db)
    assert confidence(seeds, "ISIS-K", "affiliate-of", "Islamic State") == 85  # corroborated
    assert confidence(seeds, "ISIS-K", "located-at", "Nangarhar") == 85
    assert confidence(seeds, "ISIS-K", "located-at", "Kunar") == 50  # one source says Kunar
    ties = bundle_of(ties_db)
    assert confidence(ties, "Northern Front", "ally-of", "Wagner Group") == 15  # denied too


def test_denials_never_become_relationships(ties_db: Path) -> None:
    bundle = bundle_of(ties_db)
    related = relationships(bundle)
    assert not any("Boko Haram" in (source, target) for source, _, target in related)
    names = {o.id: o.get("name") for o in bundle.objects}
    [ally] = [
        o for o in bundle.objects if o.type == "relationship" and o.relationship_type == "ally-of"
    ]
    assert names[ally.target_ref] == "Wagner Group"
    assert "Denied by 1 claim" in ally.description
    assert "“The Northern Front is not allied with the Wagner Group" in ally.description


def test_relationship_descriptions_quote_the_evidence(ties_db: Path) -> None:
    bundle = bundle_of(ties_db)
    [affiliate] = [o for o in bundle.objects if o.get("relationship_type") == "affiliate-of"]
    assert affiliate.description.startswith("Northern Front is an affiliate of al-Qaeda.")
    assert '“The Northern Front, which calls itself "the Shield, of the North"' in (
        affiliate.description
    )
    assert "document wire-1" in affiliate.description


def test_reports_carry_publisher_url_and_date(ties_db: Path) -> None:
    bundle = bundle_of(ties_db)
    reports = {
        o.external_references[0].external_id: o for o in bundle.objects if o.type == "report"
    }
    wire, post = reports["wire-1"], reports["post-2"]
    assert wire.name == "Front denies ties"
    assert wire.external_references[0].source_name == "Example Wire"
    assert wire.x_dossier_url == "https://wire.example/front"  # not a URL without a hash
    assert "url" not in wire.external_references[0]
    assert wire.published.isoformat() == "2024-03-05T00:00:00+00:00"
    assert post.published.isoformat() == "2024-03-07T08:30:00+00:00"  # in UTC
    assert "x_dossier_url" not in post
    group = named(bundle, "Northern Front")
    assert group.id == stix_id("threat-actor", FRONT)
    assert group.id in wire.object_refs and group.id in post.object_refs


def test_one_object_per_canonical_entity(sahel_db: Path) -> None:
    """Resolution folded the 'person' Ansar Dine into the organisation: one object."""
    bundle = bundle_of(sahel_db)
    ansar_dine = named(bundle, "Ansar Dine")
    assert ansar_dine.external_references[0].external_id == "organization:ansar-dine"
    assert ("Sahel Liberation Front", "formed-from", "Ansar Dine") in relationships(bundle)
    assert named(bundle, "Mopti").city == "Mopti"


def test_exporting_twice_gives_the_same_bundle(seeds_db: Path) -> None:
    with KnowledgeBase(seeds_db) as kb:
        first, second = stix_text(stix_bundle(kb)), stix_text(stix_bundle(kb))
    assert first == second


def claim(document_id: str, hedged: bool) -> ClaimRecord:
    evidence = Evidence(document_id, 0, 0, 20, "ISIS-K is believed...")
    return ClaimRecord(
        "c:1", "organization:isis-k", "ally_of", "organization:taliban", None, None, None,
        None, None, hedged, None, False, 0.5, evidence,
    )  # fmt: skip


def relation(verdict: VerdictKind, *claims: ClaimRecord) -> Relation:
    return Relation(
        "organization:isis-k", "ally_of", "organization:taliban", "object", claims, (),
        verdict, ("a",),
    )  # fmt: skip


def test_hedged_relations_are_one_step_less_confident() -> None:
    assert relationship_confidence(relation("corroborated", claim("a", False))) == 85
    assert relationship_confidence(relation("corroborated", claim("a", True))) == 50
    assert relationship_confidence(relation("single-source", claim("a", True))) == 15
    mixed = relation("single-source", claim("a", True), claim("b", False))
    assert relationship_confidence(mixed) == 50


def test_relationship_types_prefer_stix_names() -> None:
    assert relationship_type("based_in", "object") == "located-at"
    assert relationship_type("hostile_to", "object") == "hostile-to"
    assert relationship_type("connected_via", "via") == "connected-via"


def test_ids_are_deterministic_and_v4_shaped() -> None:
    first = stix_id("threat-actor", "organization:isis-k")
    assert first == stix_id("threat-actor", "organization:isis-k")
    assert uuid.UUID(first.split("--")[1]).version == 4


def test_events_are_incidents_with_their_fields(seeds_db: Path) -> None:
    bundle = bundle_of(seeds_db)
    names = {o.id: o.get("name") for o in bundle.objects}
    [kabul] = [o for o in bundle.objects if o.type == "incident" and "Kabul" in o.name]
    assert kabul.x_dossier_event_type == "bombing/explosion"
    assert kabul.x_dossier_date["start"] == "2021-08-27"
    assert kabul.x_dossier_verdict == "corroborated" and kabul.confidence == 85
    assert named(bundle, "Kabul").id in kabul.x_dossier_place_refs
    located = {
        (o.relationship_type, names[o.target_ref])
        for o in bundle.objects
        if o.type == "relationship" and o.source_ref == kabul.id
    }
    assert ("located-at", "Kabul") in located
    [strike] = [o for o in bundle.objects if o.type == "incident" and o.name.startswith("Strike")]
    assert strike.x_dossier_killed["min"] == 1
    # who did it, by the STIX id of the object exported for it, and how the report tells it
    [stance] = strike.x_dossier_stances
    assert stance["stance"] == "named"
    assert stance["perpetrator"] in strike.x_dossier_perpetrator_refs
    [grouping] = [o for o in bundle.objects if o.type == "grouping" and o.name == kabul.name]
    assert kabul.id in grouping.object_refs


def test_value_verdicts_are_notes_with_confidence(seeds_db: Path) -> None:
    bundle = bundle_of(seeds_db)
    group = named(bundle, "ISIS-K")
    notes = {o.x_dossier_predicate: o for o in bundle.objects if o.type == "note"}
    founded, size = notes["founded"], notes["member_count"]
    assert group.id in founded.object_refs
    assert (founded.x_dossier_verdict, founded.confidence) == ("corroborated", 85)
    assert founded.abstract.startswith("ISIS-K was founded in")
    assert (size.x_dossier_verdict, size.confidence) == ("conflicting", 15)
    assert "around 2,500" in size.content and "1,500 to 2,200" in size.content
    quotes = [ref.description for ref in size.external_references]
    assert any("1,500 to 2,200" in quote for quote in quotes)
    assert {claim["predicate"] for claim in size.x_dossier_claims} == {"member_count"}


def test_every_object_names_its_sources(seeds_db: Path) -> None:
    bundle = bundle_of(seeds_db)
    with KnowledgeBase(seeds_db) as kb:
        documents = {document.id for document in kb.documents()}
    for obj in bundle.objects:
        if obj.type in ("identity", "extension-definition") and obj.get("identity_class") in (
            "system",
            None,
        ):
            continue  # Dossier itself
        assert obj.get("external_references"), obj.id
        if obj.type in ("relationship", "incident", "note", "grouping"):
            cited = {ref.get("external_id") for ref in obj.external_references}
            assert cited & documents, obj.id
            assert all("url" not in ref for ref in obj.external_references)
