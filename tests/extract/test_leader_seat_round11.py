"""Seats and leaders, round 11: a town's part listed before the town ('from A, B'), the
name 'known as' gives a body with headquarters, the names listed after 'the Y-based firms',
a copula's complement based somewhere, schools as sites with no seat
(extract/seats.py, extract/hyphen_bases.py, extract/set_off_bases.py), and the one replaced
'as president' (extract/succession.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_place_listed_before_its_town_is_the_seat_too(annotate: Annotate) -> None:
    annotated = annotate(
        "Kestrel Rovers was a Norwegian football club from Langdalen, Bergen, Hordaland."
    )
    seats = pairs(annotated.claims, "based_in")
    assert ("Kestrel Rovers", "Langdalen") in seats
    assert ("Kestrel Rovers", "Bergen") in seats


def test_the_name_known_as_has_the_headquarters(annotate: Annotate) -> None:
    annotated = annotate("Abroad the firm is known as Varnox Systems with headquarters in Lyon.")
    assert ("Varnox Systems", "Lyon") in pairs(annotated.claims, "based_in")


def test_every_firm_listed_after_a_based_modifier_is_based_there(annotate: Annotate) -> None:
    annotated = annotate(
        "The town hosts the Oslo-based shipping firms Harrow Lines, Tarvik Freight and Ondrel"
        " Maritime."
    )
    seats = pairs(annotated.claims, "based_in")
    assert {
        ("Harrow Lines", "Oslo"),
        ("Tarvik Freight", "Oslo"),
        ("Ondrel Maritime", "Oslo"),
    } <= seats


def test_a_based_modifier_on_one_firm_lists_nobody_else(annotate: Annotate) -> None:
    annotated = annotate("Harrow Lines, an Oslo-based shipping firm, bought Tarvik Freight.")
    assert ("Tarvik Freight", "Oslo") not in pairs(annotated.claims, "based_in")


def test_a_startup_company_based_in_a_town(annotate: Annotate) -> None:
    annotated = annotate(
        "Zelvo Labs is a startup company based in Leeds that builds soil sensors and"
        " weather stations for farms."
    )
    assert ("Zelvo Labs", "Leeds") in pairs(annotated.claims, "based_in")


def test_a_high_school_in_a_town_is_no_seat(annotate: Annotate) -> None:
    annotated = annotate("Brent Hollow taught history at the Marlowe High School in Leeds.")
    assert not pairs(annotated.claims, "based_in")


def test_a_boarding_school_in_a_town_is_no_seat(annotate: Annotate) -> None:
    annotated = annotate("Ardmore Preparatory School is a small private school for girls in Leeds.")
    assert not pairs(annotated.claims, "based_in")


def test_a_university_in_a_town_keeps_its_seat(annotate: Annotate) -> None:
    annotated = annotate("She studied law at Harwick University in Leeds.")
    assert ("Harwick University", "Leeds") in pairs(annotated.claims, "based_in")


def test_the_one_replaced_as_president_led_the_party_that_chose(annotate: Annotate) -> None:
    annotated = annotate(
        "In 2004 the Vorlan Congress chose deputy leader Ketso Marandi to replace Obuya Telfer"
        " as president until at least May 2005."
    )
    leaders = pairs(annotated.claims, "leader_of")
    assert ("Ketso Marandi", "Vorlan Congress") in leaders
    assert ("Obuya Telfer", "Vorlan Congress") in leaders


def test_a_town_replaced_as_host_leads_nothing(annotate: Annotate) -> None:
    annotated = annotate("The Vorlan League chose Oslo to replace Bergen as host of the final.")
    assert not pairs(annotated.claims, "leader_of")


def test_every_name_of_a_list_all_based_in_a_town(annotate: Annotate) -> None:
    annotated = annotate("Harrow Lines and Tarvik Freight are both based in Bergen.")
    seats = pairs(annotated.claims, "based_in")
    assert {("Harrow Lines", "Bergen"), ("Tarvik Freight", "Bergen")} <= seats


def test_a_list_headquartered_in_a_town(annotate: Annotate) -> None:
    annotated = annotate("Harrow Lines and Tarvik Freight are headquartered in Bergen.")
    assert ("Tarvik Freight", "Bergen") in pairs(annotated.claims, "based_in")


def test_a_base_set_off_after_one_name_is_not_its_objects(annotate: Annotate) -> None:
    annotated = annotate(
        "Harrow Lines, based in Bergen, bought Tarvik Freight and Ondrel Maritime."
    )
    seats = pairs(annotated.claims, "based_in")
    assert ("Harrow Lines", "Bergen") in seats
    assert ("Tarvik Freight", "Bergen") not in seats


def test_a_firm_set_off_as_something_in_a_town_sits_there(annotate: Annotate) -> None:
    annotated = annotate("Harrow Lines, a shipping firm in Bergen, was sold in 1990.")
    assert ("Harrow Lines", "Bergen") in pairs(annotated.claims, "based_in")


def test_a_school_set_off_as_something_in_a_town_has_no_seat(annotate: Annotate) -> None:
    annotated = annotate("Ardmore Academy, a boarding school in Leeds, closed in 1990.")
    assert not pairs(annotated.claims, "based_in")


def test_succeeded_as_leader_by_names_the_successor(annotate: Annotate) -> None:
    annotated = annotate(
        "Peter Granger was succeeded as leader of the Ostric Union by Susan Hale in 1995."
    )
    leaders = pairs(annotated.claims, "leader_of")
    assert {("Peter Granger", "Ostric Union"), ("Susan Hale", "Ostric Union")} <= leaders


def test_replaced_as_coach_by_someone_leads_nothing(annotate: Annotate) -> None:
    annotated = annotate("Peter Granger was replaced as coach by Susan Hale.")
    assert not pairs(annotated.claims, "leader_of")
