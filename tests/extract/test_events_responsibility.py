"""Who did it: statements of responsibility go to the attack they name, never to a state's
arrest; an earlier incident told in passing is an event with its own doer."""

from __future__ import annotations

from datetime import date

from dossier.model import Event
from tests.extract.conftest import Annotate


def doers(event: Event) -> set[str]:
    return {ref.name for ref in event.perpetrators}


def test_a_suspicion_after_an_arrest_goes_to_the_bombing(annotate: Annotate) -> None:
    text = (
        "A car bomb exploded outside a bank in Mosul on Tuesday, killing nine people.\n"
        "Police later arrested three men near the bank.\n"
        "Investigators suspect that Islamic State was behind the attack.\n"
    )
    events = annotate(text, published_at="2023-05-04").events
    arrests = [event for event in events if event.type == "arrest"]
    bombings = [event for event in events if event.type != "arrest"]
    assert all(not doers(arrest) for arrest in arrests)
    assert any("Islamic State" in doers(bombing) for bombing in bombings)


def test_a_claim_keeps_the_attacker_named_before_it(annotate: Annotate) -> None:
    text = (
        "A suicide bomber killed twelve soldiers at a checkpoint in Kandahar on Monday.\n"
        "Officials said the bomber was Karim Haidari, who joined the Taliban in 2015.\n"
        "The Taliban claimed responsibility for the attack.\n"
    )
    [event] = annotate(text, published_at="2022-09-14").events
    assert {"Karim Haidari", "Taliban"} <= doers(event)


def test_an_earlier_strike_by_the_group_is_its_own_event(annotate: Annotate) -> None:
    text = (
        "Al-Shabaab claimed responsibility for a bombing at a market in Mogadishu on "
        "Friday that killed 15 people.\n"
        "The group struck the same market in 2017, killing 40 people.\n"
    )
    events = annotate(text, published_at="2021-03-07").events
    assert len(events) == 2
    latest, earlier = events
    assert earlier.date is not None and earlier.date.start == date(2017, 1, 1)
    assert "Al-Shabaab" in doers(earlier)
    assert latest.killed is not None and latest.killed.min == 15


def test_deaths_dated_earlier_with_no_group_are_no_event(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a bus in Peshawar on Friday, killing six passengers.\n"
        "Floods swept the same valley in 2019, killing ten people.\n"
    )
    events = annotate(text, published_at="2021-06-20").events
    assert len(events) == 1


def test_blame_goes_to_detentions_later_called_an_attack(annotate: Annotate) -> None:
    text = (
        "Armed men stopped buses on the highway near Kidal, Mali.\n"
        "Dozens of passengers were detained by the men.\n"
        "No group claimed responsibility for the attack, but officials blamed Ansar Dine.\n"
    )
    events = annotate(text, published_at="2021-04-02").events
    assert any("Ansar Dine" in doers(event) for event in events)
