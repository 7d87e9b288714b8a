"""Events told by several articles become one event with every article's evidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dossier import KnowledgeBase
from dossier.reconcile.events import merged_events, merged_victims
from dossier.resolve.refresh import why_merged
from tests.corpus import COURIER, GROUP, HARBOR


def test_an_attack_told_by_two_publishers_is_one_corroborated_event(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        events = merged_events(kb)
        [attack] = [e for e in events if e.date and e.date.start == date(2023, 6, 8)]
        reasons = why_merged(kb, *attack.reports)
    assert {item.document_id for item in attack.evidence} == {COURIER["id"], HARBOR["id"]}
    assert len(attack.reports) == 2
    assert (attack.verdict, sorted(attack.sources)) == (
        "corroborated",
        ["Coast Courier", "Harbor Times"],
    )
    assert attack.perpetrator_ids == (GROUP,)
    assert attack.city_id == "place:geonames:2453348"  # Mopti
    assert attack.killed is not None and attack.killed.min == 4
    assert attack.victims == ("four police officers",)
    assert reasons and "Mopti" in " ".join(reasons)


def test_a_different_attack_by_the_same_group_stays_apart(sahel_db: Path) -> None:
    with KnowledgeBase(sahel_db) as kb:
        events = merged_events(kb)
    [bombing] = [e for e in events if e.type == "bombing/explosion"]
    assert bombing.date is not None and bombing.date.precision == "year"
    assert (bombing.verdict, bombing.reports) == ("single-source", bombing.reports[:1])
    assert bombing.perpetrator_ids == (GROUP,)  # 'the group' the article is about
    assert events.index(bombing) < len(events) - 1  # date order: 2021 before 2023


def test_victims_from_several_tellings_are_listed_once() -> None:
    assert merged_victims(["Four police officers", "four officers", "two civilians"]) == (
        "four police officers",
        "two civilians",
    )
    assert merged_victims(["a planner", "an ISIS-K planner"]) == ("an ISIS-K planner",)
