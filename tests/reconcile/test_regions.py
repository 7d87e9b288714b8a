"""Parts of one country named by opposite compass points: the sources differ on where."""

from __future__ import annotations

import pytest

from dossier.model import TimeSpan
from dossier.model.records import ClaimRecord
from dossier.reconcile.regions import apart, direction, phrase_direction
from tests.reconcile.test_reconcile_claims import claim, verdict_on, year

COUNTRY = "place:RU"  # a made-up country id


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("southern", ("south", None)),
        ("North-Western", ("north", "west")),
        ("northeast", ("north", "east")),
        ("western", (None, "west")),
        ("southernmost", None),
        ("Westminster", None),
        ("central", None),
    ],
)
def test_compass_words_name_their_points(word: str, expected: object) -> None:
    assert direction(word) == expected


def test_a_phrase_has_a_direction_only_for_one_compass_word_before_a_name() -> None:
    assert phrase_direction("a string of villages in north-eastern Ruritania") == (
        "north",
        "east",
    )
    assert phrase_direction("Ruritania") is None
    assert phrase_direction("the border of southern Ruritania and northern Freedonia") is None
    assert phrase_direction("the south of the country") is None
    # a name holding a compass word is no part of a place
    assert phrase_direction("North Ruritania province") is None
    # the compass word narrows another place than the one the phrase ends with
    assert phrase_direction("towns in northern Ruritania near the border with Freedonia") is None


def test_overlapping_parts_are_not_apart() -> None:
    assert apart(("south", None), ("north", "west"))
    assert apart((None, "east"), (None, "west"))
    assert not apart(("north", None), ("north", "west"))
    assert not apart(("north", None), (None, "west"))


def placed(document: str, phrase: str | None, when: TimeSpan | None = None) -> ClaimRecord:
    return claim(document, "operates_in", target=COUNTRY, value=phrase, when=when)


def test_two_sources_placing_a_group_in_opposite_parts_conflict() -> None:
    found = verdict_on(
        [
            placed("d1", "several provinces in northwestern Ruritania"),
            placed("d2", "southern Ruritania"),
        ]
    )
    assert found.verdict == "conflicting"
    assert found.best_estimate is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("northern Ruritania", "northwestern Ruritania"),  # one part holds the other
        ("southern Ruritania", None),  # a country without a part says nothing against it
        ("eastern Ruritania", "southern Ruritania"),  # the south-east is both
    ],
)
def test_parts_that_can_meet_are_corroborated(first: str, second: str | None) -> None:
    found = verdict_on([placed("d1", first), placed("d2", second)])
    assert found.verdict == "corroborated"


def test_one_source_naming_two_parts_does_not_disagree_with_itself() -> None:
    # d1 and d4 are one publisher: one source telling of the north and of the south
    found = verdict_on([placed("d1", "northern Ruritania"), placed("d4", "southern Ruritania")])
    assert found.verdict == "single-source"


def test_parts_held_at_times_apart_tell_a_move() -> None:
    found = verdict_on(
        [
            placed("d1", "southern Ruritania", when=year(2011)),
            placed("d2", "northern Ruritania", when=year(2020)),
        ]
    )
    assert found.verdict == "corroborated"


def test_other_predicates_do_not_weigh_compass_words() -> None:
    found = verdict_on(
        [
            claim("d1", "targets", target=COUNTRY, value="southern Ruritania"),
            claim("d2", "targets", target=COUNTRY, value="northern Ruritania"),
        ]
    )
    assert found.verdict == "corroborated"
