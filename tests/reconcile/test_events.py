"""Events told by several articles become one event with every article's evidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dossier import KnowledgeBase
from dossier.model import Range
from dossier.model.records import ReportedToll
from dossier.reconcile.events import merged_events, merged_victims, toll_across
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
    # each report's stance is kept: one says the group attacked, the other that it claimed it
    assert set(attack.stances) == {(GROUP, "named"), (GROUP, "claimed")}
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


def _report(document: str, count: Range, published_at: str) -> ReportedToll:
    return ReportedToll("killed", document, f"Publisher {document}", count, published_at)


def test_rival_tolls_make_a_range_and_a_conflict_never_a_sum() -> None:
    toll, verdict = toll_across(
        [
            _report("a", Range(12, None, bound="at least", text="at least 12"), "2024-03-05"),
            _report("b", Range(9, 9, text="nine"), "2024-03-05"),
        ]
    )
    assert verdict == "conflicting"
    assert toll is not None and (toll.min, toll.max) == (9, 12)


def test_a_count_that_rises_from_one_day_to_the_next_is_a_rising_count() -> None:
    toll, verdict = toll_across(
        [
            _report("a", Range(30, 30), "2024-03-05"),
            _report("b", Range(41, None, bound="at least"), "2024-03-06"),
        ]
    )
    assert verdict == "rising count"
    assert toll is not None and (toll.min, toll.max) == (30, 41)


def test_one_report_keeps_its_figure_and_bound() -> None:
    figure = Range(17, None, bound="at least", text="not fewer than 17")
    assert toll_across([_report("a", figure, "2024-03-05")]) == (figure, None)
    agreed = toll_across([_report("a", figure, "2024-03-05"), _report("b", figure, "2024-03-06")])
    assert agreed == (figure, "agreed")


def test_figures_that_can_all_hold_are_compatible_and_the_narrowest_stands() -> None:
    toll, verdict = toll_across(
        [
            _report("a", Range(5, None, bound="at least", text="at least five"), "2024-03-05"),
            _report("b", Range(13, 13, text="13"), "2024-03-05"),
        ]
    )
    assert verdict == "compatible"
    assert toll is not None and (toll.min, toll.max) == (13, 13)


def test_an_upper_bound_allows_a_lower_figure() -> None:
    toll, verdict = toll_across(
        [
            _report("a", Range(None, 600, bound="up to", text="up to 600"), "2024-09-01"),
            _report("b", Range(200, 200, approx=True, text="around 200"), "2024-09-01"),
        ]
    )
    assert verdict == "compatible"
    assert toll is not None and toll.min == 200


def test_different_figures_on_one_day_conflict_even_in_rising_order() -> None:
    _, verdict = toll_across(
        [
            _report("a", Range(16, 16), "2024-03-05"),
            _report("b", Range(5, 5), "2024-03-05"),
            _report("c", Range(10, 10), "2024-03-06"),
        ]
    )
    assert verdict == "conflicting"


def test_a_lower_figure_reported_later_is_a_conflict_not_a_rise() -> None:
    toll, verdict = toll_across(
        [_report("a", Range(44, 44), "2024-03-05"), _report("b", Range(40, 40), "2024-03-07")]
    )
    assert verdict == "conflicting"
    assert toll is not None and (toll.min, toll.max) == (40, 44)  # a range, never 84
