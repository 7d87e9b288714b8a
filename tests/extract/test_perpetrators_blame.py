"""Who did it, told as who is behind the attack, who is blamed for it, held responsible or
suspected, and a group claiming "it" or saying it carried the attack out, read through the
real pipeline on hand-written stories."""

from __future__ import annotations

from dossier.model import Event
from tests.extract.conftest import Annotate

MARKET = "A bomb exploded at a market in Kano, Nigeria, on Friday, killing twelve people. "


def _who(events: list[Event]) -> list[tuple[str, str]]:
    """Every perpetrator the events name, with its stance."""
    return [
        (p.name, stance)
        for event in events
        for p, stance in zip(event.perpetrators, event.stances, strict=True)
    ]


def test_who_is_behind_the_attack_is_blamed(annotate: Annotate) -> None:
    for second in (
        "Boko Haram was behind the attack, police said.",
        "Police said the group behind the attack was Boko Haram.",
        "Officials said Boko Haram is believed to be behind it.",
    ):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [("Boko Haram", "blamed")], second


def test_a_person_by_name_behind_the_attack_is_named(annotate: Annotate) -> None:
    text = MARKET + "Police said Musa Bello was behind the attack."
    events = annotate(text, published_at="2024-04-09").events
    assert [name for name, _ in _who(events)] == ["Musa Bello"]


def test_nobody_in_particular_or_not_behind_or_behind_many_attacks_is_no_doer(
    annotate: Annotate,
) -> None:
    for second in (
        "Police said a teenager was behind the attack.",
        "Boko Haram was not behind the attack, police said.",
        "Police believe Boko Haram is behind a string of attacks in the city.",
    ):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [], second


def test_blamed_for_or_believed_responsible_for_the_attack(annotate: Annotate) -> None:
    for second in (
        "Boko Haram was blamed for the attack.",
        "Boko Haram is believed to be responsible for the attack.",
    ):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [("Boko Haram", "blamed")], second


def test_not_blamed_names_nobody(annotate: Annotate) -> None:
    text = MARKET + "Boko Haram was not blamed for the attack."
    assert _who(annotate(text, published_at="2024-04-09").events) == []


def test_a_group_saying_it_carried_out_the_attack_claims_it(annotate: Annotate) -> None:
    text = MARKET + "Boko Haram said it carried out the attack."
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Boko Haram", "claimed")]


def test_a_group_claiming_it_or_telling_its_men_planted_the_bomb_claims_it(
    annotate: Annotate,
) -> None:
    for second in (
        "Boko Haram claimed it in a statement on Saturday.",
        "Boko Haram said its fighters planted the bomb.",
    ):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [("Boko Haram", "claimed")], second


def test_a_place_claimed_as_its_own_is_no_claim_of_the_attack(annotate: Annotate) -> None:
    text = (
        "Ansaru fighters seized the town of Dutsin on Monday. "
        "Boko Haram claimed it as its own on Tuesday."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert ("Boko Haram", "claimed") not in _who(events)


def test_suspicion_falling_on_a_group_or_the_prime_suspect_is_suspected(
    annotate: Annotate,
) -> None:
    for second in (
        "No group has claimed the attack, but suspicion fell on Boko Haram.",
        "Boko Haram is the prime suspect.",
    ):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [("Boko Haram", "suspected")], second


def test_not_a_suspect_and_not_claimed_name_nobody(annotate: Annotate) -> None:
    for second in ("Boko Haram is not a suspect.", "Boko Haram has not claimed it."):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [], second


def test_a_group_saying_it_was_responsible_or_behind_it_claims_it(annotate: Annotate) -> None:
    for second in (
        "Boko Haram later said on social media that it was responsible for the attack.",
        "Boko Haram said it was behind the attack.",
    ):
        events = annotate(MARKET + second, published_at="2024-04-09").events
        assert _who(events) == [("Boko Haram", "claimed")], second
