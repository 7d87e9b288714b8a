"""Goals said as demands or commitments: 'X calls for the establishment of Y', 'X demands
the withdrawal of Z', 'X is committed to establishing Y'; a ransom or calm demanded is no
goal. Sentences and names are invented."""

from __future__ import annotations

from tests.extract.conftest import Annotate, values

INTRO = "The Crescent Vanguard is an armed group in Somalia. "


def test_an_end_a_group_calls_for(annotate: Annotate) -> None:
    text = INTRO + "The group calls for the establishment of a caliphate in East Africa."
    assert ("Crescent Vanguard", "establishment of a caliphate in East Africa") in values(
        annotate(text).claims, "goal"
    )


def test_an_end_a_group_demands(annotate: Annotate) -> None:
    text = INTRO + "The group demands the withdrawal of Kenyan troops."
    assert ("Crescent Vanguard", "withdrawal of Kenyan troops") in values(
        annotate(text).claims, "goal"
    )


def test_an_end_a_group_is_committed_to(annotate: Annotate) -> None:
    text = INTRO + "The group is committed to establishing an Islamic state."
    assert ("Crescent Vanguard", "establishing an Islamic state") in values(
        annotate(text).claims, "goal"
    )


def test_a_ransom_or_calm_demanded_is_no_goal(annotate: Annotate) -> None:
    text = INTRO + "The group demanded a large ransom and later called for calm."
    assert not values(annotate(text).claims, "goal")
