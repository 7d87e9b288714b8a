"""Tolls read from the clauses that tell them, on stories written for the test."""

from __future__ import annotations

from dossier.model import Event, Range
from tests.extract.conftest import Annotate


def figure(count: Range | None) -> tuple[int | None, int | None, str | None] | None:
    """A toll as a figure and its bound, whatever words told it."""
    return None if count is None else (count.min, count.max, count.bound)


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [event.type for event in events]
    return events[0]


def test_a_headline_gives_the_dead_and_the_injured_apart(annotate: Annotate) -> None:
    text = "31 people dead and 64 injured after a suicide bomber struck a market in Kano, Nigeria"
    event = only(annotate(text, published_at="2024-06-02").events)
    assert figure(event.killed) == (31, 31, None)
    assert figure(event.wounded) == (64, 64, None)


def test_a_count_told_with_with_is_read(annotate: Annotate) -> None:
    text = "Gunmen ambushed a convoy near Gao, Mali, on Monday, with at least eleven killed."
    event = only(annotate(text, published_at="2024-06-04").events)
    assert figure(event.killed) == (11, None, "at least")


def test_a_relative_clause_counts_the_people_it_describes(annotate: Annotate) -> None:
    text = (
        "A car bomb exploded near a bus depot in Kano, Nigeria, on Friday. The city buried "
        "the 14 people who died in the blast and cared for the 30 others who were wounded."
    )
    event = only(annotate(text, published_at="2024-06-09").events)
    assert figure(event.killed) == (14, 14, None)
    assert figure(event.wounded) == (30, 30, None)


def test_attackers_told_apart_are_not_counted_among_the_victims(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a hotel in Bamako, Mali, on Sunday, killing 12 guests. "
        "Police said the four gunmen had also died."
    )
    event = only(annotate(text, published_at="2024-06-10").events)
    assert figure(event.killed) == (12, 12, None)


def test_attackers_are_the_toll_when_nobody_else_died(annotate: Annotate) -> None:
    text = (
        "Two attackers tried to storm a police station in Mogadishu, Somalia, on Tuesday. "
        "One of the attackers blew himself up and another was killed by guards."
    )
    [event] = [e for e in annotate(text, published_at="2024-06-12").events if e.killed]
    assert figure(event.killed) == (2, 2, None)


def test_attackers_added_to_the_victims_are_counted(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a checkpoint in Gao, Mali, on Monday, killing two soldiers. "
        "In addition, three assailants were killed."
    )
    event = only(annotate(text, published_at="2024-06-11").events)
    assert figure(event.killed) == (5, 5, None)


def test_a_first_figure_for_people_is_broken_down_not_added_to(annotate: Annotate) -> None:
    text = (
        "Gunmen rampaged through a market in Maiduguri, Nigeria, on Saturday, killing 40 "
        "people. At the gate they killed three guards."
    )
    event = only(annotate(text, published_at="2024-06-16").events)
    assert figure(event.killed) == (40, 40, None)


def test_a_total_replaces_the_count_so_far(annotate: Annotate) -> None:
    text = (
        "A bomb exploded at a mosque in Kano, Nigeria, on Friday, killing five worshippers. "
        "A total of 12 bodies were later recovered from the rubble."
    )
    event = only(annotate(text, published_at="2024-06-15").events)
    assert event.killed is not None and event.killed.min == 12


def test_a_plural_without_a_number_after_a_figure_leaves_it_open(annotate: Annotate) -> None:
    text = (
        "Militants stormed a base in Mocimboa da Praia, Mozambique, on Monday. The raid "
        "resulted in the deaths of 30 soldiers and villagers."
    )
    event = only(annotate(text, published_at="2024-06-18").events)
    assert figure(event.killed) == (30, None, "at least")


def test_wounded_in_the_violence_of_the_day_are_its_toll(annotate: Annotate) -> None:
    text = (
        "A mob attacked a police station in Jos, Nigeria, on Monday, killing six officers. "
        "Some 40 people were also wounded in the violence."
    )
    event = only(annotate(text, published_at="2024-06-19").events)
    assert event.wounded is not None and event.wounded.min == 40


def test_the_toll_of_months_of_fighting_is_not_the_events(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a village in Jos, Nigeria, on Monday, killing six farmers. "
        "Hundreds of people have been killed in the fighting since 2021."
    )
    event = only(annotate(text, published_at="2024-06-19").events)
    assert figure(event.killed) == (6, 6, None)


def test_people_confirmed_dead_are_counted(annotate: Annotate) -> None:
    text = "Twelve pupils were confirmed dead after gunmen attacked a school in Kaduna, Nigeria."
    event = only(annotate(text, published_at="2024-06-21").events)
    assert figure(event.killed) == (12, 12, None)


def test_an_upper_bound_is_kept_as_written(annotate: Annotate) -> None:
    text = "Up to 90 villagers were killed when militants raided Djibo, Burkina Faso, on Sunday."
    event = only(annotate(text, published_at="2024-06-24").events)
    assert event.killed is not None and (event.killed.min, event.killed.max) == (None, 90)


def test_a_record_over_years_is_not_the_events_toll(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a church in Beni, Congo, on Sunday, killing four worshippers. The "
        "group has been accused of killing hundreds of farmers in raids over the past three years."
    )
    [event] = [e for e in annotate(text, published_at="2024-06-24").events if e.killed]
    assert figure(event.killed) == (4, 4, None)
