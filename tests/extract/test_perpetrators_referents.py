"""Who did it, named by reference to the group the passage is about: "the group's bombing",
'its fighters stormed', 'it was responsible for', read through the real pipeline on
hand-written stories."""

from __future__ import annotations

from dossier.model import Event
from tests.extract.conftest import Annotate

GROWN = "Boko Haram has grown in strength. "


def _who(events: list[Event]) -> list[tuple[str, str]]:
    """Every perpetrator the events name, with its stance."""
    return [
        (p.name, stance)
        for event in events
        for p, stance in zip(event.perpetrators, event.stances, strict=True)
    ]


def test_the_groups_attack_and_its_fighters_name_the_group(annotate: Annotate) -> None:
    for second in (
        "The group's 2015 bombing of a bus station in Abuja killed 70 people.",
        "Its fighters stormed a military base in Monguno on Monday, killing 20 soldiers.",
    ):
        events = annotate(GROWN + second, published_at="2024-04-09").events
        assert _who(events) == [("Boko Haram", "named")], second


def test_it_was_responsible_blames_the_group(annotate: Annotate) -> None:
    text = GROWN + "It was responsible for the 2014 abduction of 276 schoolgirls from Chibok."
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Boko Haram", "blamed")]


def test_a_states_soldiers_or_their_fighters_name_no_group(annotate: Annotate) -> None:
    for text in (
        "The Nigerian army has grown in strength. Its soldiers stormed a camp in Monguno on "
        "Monday, killing 20 people.",
        GROWN + "Their fighters stormed a military base in Monguno on Monday, killing 20 soldiers.",
    ):
        events = annotate(text, published_at="2024-04-09").events
        assert _who(events) == [], text
