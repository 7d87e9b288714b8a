"""Leaders in two more shapes (extract/leadership.py): 'X, led by P' set off after a group's
name that the parse hangs elsewhere, and a party named by its political family's capitalised
word before a role ('the Liberal leader P')."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_led_by_after_a_name_the_parse_hangs_on_the_clause(annotate: Annotate) -> None:
    annotated = annotate(
        "The guild backed the strike in 2004, unlike the Brenmark Union, led by Tomas Verlan."
    )
    assert ("Tomas Verlan", "Brenmark Union") in pairs(annotated.claims, "leader_of")


def test_led_by_after_a_quoted_name_takes_the_quoted_part(annotate: Annotate) -> None:
    annotated = annotate(
        'Support fell in 1910, compared with the pro-Reform "Young Radicals", led by John Mercer.'
    )
    assert ("John Mercer", "Young Radicals") in pairs(annotated.claims, "leader_of")


def test_led_by_after_no_group_leads_nothing(annotate: Annotate) -> None:
    annotated = annotate("The delegates rejected the motion, led by Tomas Verlan.")
    assert not pairs(annotated.claims, "leader_of")


def test_a_party_word_before_a_role_names_the_party(annotate: Annotate) -> None:
    annotated = annotate(
        "The race was a tie between Conservative leader Anton Reyes and Liberal chief Pablo Ortiz."
    )
    found = pairs(annotated.claims, "leader_of")
    assert ("Anton Reyes", "Conservative") in found
    assert ("Pablo Ortiz", "Liberal") in found


def test_a_lower_case_stance_word_names_no_party(annotate: Annotate) -> None:
    annotated = annotate("He met the conservative leader Pietro Lanza in Rome.")
    assert not pairs(annotated.claims, "leader_of")
