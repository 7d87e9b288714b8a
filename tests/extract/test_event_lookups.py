"""The event reader's lookups made only when needed: the last date a sentence gave, read
for a sentence that opens 'As a result', and the countries an article names. Invented
sentences; the real pipeline."""

from __future__ import annotations

from dossier.model import Event

from .conftest import Annotate


def only(events: list[Event]) -> Event:
    assert len(events) == 1, events
    return events[0]


def test_a_connective_takes_the_latest_dated_sentence_before_it(annotate: Annotate) -> None:
    text = (
        "In March 2011, the police arrested two smugglers near the border. "
        "In late 2019, the army pushed the insurgents out of the northern hills. "
        "The insurgents had no food left. "
        "As a result, about 120 of their fighters surrendered to the authorities."
    )
    event = only(annotate(text).events)
    assert event.type == "surrender"
    assert event.date is not None and event.date.precision == "season"
    assert event.date.start is not None and event.date.start.year == 2019


def test_a_connective_after_undated_sentences_keeps_the_last_date(annotate: Annotate) -> None:
    text = (
        "In early 2016, the army cut the supply roads of the rebels. "
        "The rebels ran short of food. Their leaders argued among themselves. "
        "Consequently, about 40 of their fighters surrendered to the army."
    )
    event = only(annotate(text).events)
    assert event.date is not None and event.date.start is not None
    assert event.date.start.year == 2016


def test_an_attack_is_still_placed_in_the_country_the_article_names(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a police post in Tillaberi, Niger, on Sunday, killing four officers. "
        "Niger's government said the attackers fled on motorbikes."
    )
    event = only(annotate(text, published_at="2021-06-08").events)
    assert event.country is not None and event.country.gazetteer_id == "NE"


def test_articles_without_events_have_none(annotate: Annotate) -> None:
    text = "The French and Italian ministers met in Rome. Spain sent an observer."
    assert annotate(text).events == []


def test_sentences_before_any_event_still_date_a_connective(annotate: Annotate) -> None:
    # no event begun and no event word in the first three: the reader skips them, and
    # keeps them for the date 'As a result' takes
    text = (
        "The Varden Front was formed in 2008. "
        "In late 2019, the front moved its fighters into the northern hills. "
        "The fighters had no food left. "
        "As a result, about 120 of its fighters surrendered to the authorities."
    )
    event = only(annotate(text).events)
    assert event.type == "surrender"
    assert event.date is not None and event.date.start is not None
    assert event.date.start.year == 2019
