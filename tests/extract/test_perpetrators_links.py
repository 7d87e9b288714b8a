"""Who did it, told as a suspected link, as a person described between commas, or as the
members of a group, read through the real pipeline on hand-written stories."""

from __future__ import annotations

from dossier.model import Event
from tests.extract.conftest import Annotate

BLAST = "A bomb exploded at a bus station in Mombasa on Friday, killing four people. "
CAR_BOMB = "A car bomb killed nine soldiers in Mogadishu on Tuesday. "


def _who(events: list[Event]) -> list[tuple[str, str]]:
    """Every perpetrator the events name, with its stance."""
    return [
        (p.name, stance)
        for event in events
        for p, stance in zip(event.perpetrators, event.stances, strict=True)
    ]


def test_a_link_to_the_attack_not_ruled_out_or_probed_is_suspected(annotate: Annotate) -> None:
    for second in (
        "The governor is not ruling out Al-Shabaab ties to Friday's blast.",
        "Police are investigating possible al-Shabaab links to the bombing.",
    ):
        events = annotate(BLAST + second, published_at="2024-04-09").events
        assert _who(events) == [("Al-Shabaab", "suspected")], second


def test_a_link_ruled_out_denied_or_not_about_the_attack_names_nobody(
    annotate: Annotate,
) -> None:
    for second in (
        "Police ruled out al-Shabaab links to the attack.",
        "Investigators found no al-Shabaab links to the attack.",
        "Al-Shabaab has ties to the region's clans.",
    ):
        events = annotate(BLAST + second, published_at="2024-04-09").events
        assert _who(events) == [], second


def test_a_person_described_between_commas_believed_to_have_planned_it(
    annotate: Annotate,
) -> None:
    for second in (
        "Police were searching for Yusuf Bakari, the leader of the cell in the city, "
        "believed to have masterminded the attack.",
        "Police arrested Yusuf Bakari, the leader of the cell, believed to have "
        "masterminded the attack.",
    ):
        events = annotate(CAR_BOMB + second, published_at="2024-04-09").events
        assert [name for name, _ in _who(events)] == ["Yusuf Bakari"], second


def test_a_description_with_no_name_before_it_names_nobody(annotate: Annotate) -> None:
    second = "Police said the cell, believed to have masterminded the attack, was dismantled."
    text = CAR_BOMB + second
    assert _who(annotate(text, published_at="2024-04-09").events) == []


def test_capitalised_members_of_a_group_are_the_group(annotate: Annotate) -> None:
    text = (
        "SLF Members of the Sahel Liberation Front stormed a police post in Gao, Mali, on "
        "Monday, killing three officers."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert [name for name, _ in _who(events)] == ["Sahel Liberation Front"]
