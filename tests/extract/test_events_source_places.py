"""Where a source of the report is ('a spokesman ... in the capital, Y') does not place
the event; a place the event's own phrase names still does."""

from __future__ import annotations

from tests.extract.conftest import Annotate


def test_the_city_of_a_spokeswoman_does_not_place_the_attack(annotate: Annotate) -> None:
    text = (
        "Rebels attacked three villages between Thursday and Saturday, killing 40 people, "
        "according to Ana Berg, a spokeswoman for the aid agency in the capital, Kinshasa."
    )
    [event] = annotate(text, published_at="2024-03-04").events
    assert event.city is None or event.city.name != "Kinshasa"


def test_the_attacks_own_town_places_it_beside_a_source_elsewhere(annotate: Annotate) -> None:
    text = "Gunmen killed 12 people in the town of Beni on Friday, according to police in Goma."
    [event] = annotate(text, published_at="2024-03-04").events
    assert event.city is not None and event.city.name == "Beni"


def test_a_spokesman_in_the_city_of_the_blast_leaves_it_placed(annotate: Annotate) -> None:
    text = "A bomb killed nine people in Kabul on Monday, a police spokesman in the city said."
    [event] = annotate(text, published_at="2024-03-04").events
    assert event.city is not None and event.city.name == "Kabul"
