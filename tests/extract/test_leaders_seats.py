"""Seats and chairs only bodies have: no based_in for a performing group
(extract/performer_seats.py), no leader_of for a military unit (extract/unit_commands.py),
no seat from being 'located' somewhere, and a town in a body's name known by another of its
names (extract/named_seats.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_pop_group_has_no_headquarters_in_its_country(annotate: Annotate) -> None:
    annotated = annotate(
        "Moonlit Tapes is an album by the Danish pop group Velvetrane, released in 1984."
    )
    assert not pairs(annotated.claims, "based_in")


def test_a_band_based_somewhere_has_no_seat_there(annotate: Annotate) -> None:
    annotated = annotate("Korvalen is a Lisbon-based rock band of six musicians.")
    assert ("Korvalen", "Lisbon") not in pairs(annotated.claims, "based_in")


def test_the_band_a_document_described_before_has_no_seat(annotate: Annotate) -> None:
    annotated = annotate(
        "Kalvex is a punk band founded by Ona Brandt. The band is based in Hamburg."
    )
    assert not pairs(annotated.claims, "based_in")


def test_the_company_a_document_described_before_keeps_its_seat(annotate: Annotate) -> None:
    annotated = annotate(
        "Norvik is a shipping company founded by Ola Brandt. The company is based in Bergen."
    )
    assert ("Norvik", "Bergen") in pairs(annotated.claims, "based_in")


def test_a_nationality_still_places_an_armed_group(annotate: Annotate) -> None:
    annotated = annotate("The Somali militant group Harakat Tarvan attacked a base on Monday.")
    assert ("Harakat Tarvan", "Somalia") in pairs(annotated.claims, "based_in")


def test_a_company_based_in_a_town_keeps_its_seat(annotate: Annotate) -> None:
    annotated = annotate("Brelloc is a software company based in Leeds, England.")
    assert ("Brelloc", "Leeds") in pairs(annotated.claims, "based_in")


def test_a_school_located_in_a_town_states_no_seat(annotate: Annotate) -> None:
    annotated = annotate(
        "The Harwick Academy is a private day school. It is located in Leeds, England."
    )
    assert not pairs(annotated.claims, "based_in")


def test_the_commander_of_a_regiment_chairs_nothing(annotate: Annotate) -> None:
    annotated = annotate(
        "Colonel Edvin Marsh was the commander of the Tarnby Infantry Regiment until 1910."
    )
    assert not pairs(annotated.claims, "leader_of")


def test_leading_cavalry_in_a_battle_chairs_nothing(annotate: Annotate) -> None:
    annotated = annotate(
        "General Tomas Orvel fought at the Battle of Lerida, leading the Marwick Light Cavalry "
        "against the rebels."
    )
    assert not pairs(annotated.claims, "leader_of")


def test_the_leader_of_an_armed_movement_still_leads_it(annotate: Annotate) -> None:
    annotated = annotate("Salim Qadar, the leader of the Kestrel Liberation Army, was arrested.")
    assert ("Salim Qadar", "Kestrel Liberation Army") in pairs(annotated.claims, "leader_of")


def test_the_chief_of_militia_guards_still_leads_them(annotate: Annotate) -> None:
    annotated = annotate("Omar Talik, the leader of the Christian militia Varden Guards, spoke.")
    assert ("Omar Talik", "Varden Guards") in pairs(annotated.claims, "leader_of")


def test_a_town_in_a_name_by_another_of_its_names(annotate: Annotate) -> None:
    annotated = annotate(
        "Many banks have offices in Kyiv. The Kiev Cotton Exchange was one of the busiest markets."
    )
    assert ("Kiev Cotton Exchange", "Kyiv") in pairs(annotated.claims, "based_in")


def test_a_town_that_also_names_its_province(annotate: Annotate) -> None:
    annotated = annotate(
        "Valga is a quiet town in the south. He studied at the University of Valga in 1990."
    )
    assert ("University of Valga", "Valga") in pairs(annotated.claims, "based_in")


def test_a_club_from_a_town(annotate: Annotate) -> None:
    annotated = annotate("Harnby Rovers was an English football club from Leeds.")
    assert ("Harnby Rovers", "Leeds") in pairs(annotated.claims, "based_in")


def test_a_club_from_a_district_of_a_town(annotate: Annotate) -> None:
    annotated = annotate("Tarvik Fotball was a Danish football club from Nordby, Aarhus, Jutland.")
    assert {claim.object.name for claim in annotated.claims if claim.predicate == "based_in"} & {
        "Aarhus",
        "Arhus",
    }


def test_a_company_known_by_a_name_with_headquarters_in_a_town(annotate: Annotate) -> None:
    annotated = annotate(
        "Since 2001 the firm has been known as Helmar Systems with headquarters in "
        "Rotterdam, Netherlands."
    )
    assert ("Helmar Systems", "Rotterdam") in pairs(annotated.claims, "based_in")


def test_with_its_head_office_in_a_town(annotate: Annotate) -> None:
    annotated = annotate("Kelvar Group, with its head office in Lyon, makes garden tools.")
    assert ("Kelvar Group", "Lyon") in pairs(annotated.claims, "based_in")


def test_offices_in_a_town_are_no_seat(annotate: Annotate) -> None:
    annotated = annotate("Kelvar Group, with offices in Lyon and Turin, makes garden tools.")
    assert not pairs(annotated.claims, "based_in")


def test_a_bank_of_a_town_the_text_names(annotate: Annotate) -> None:
    annotated = annotate(
        "Trade grew fast in Bristol. The Merchants Bank of Bristol opened in 1861."
    )
    assert ("Merchants Bank of Bristol", "Bristol") in pairs(annotated.claims, "based_in")


def test_guards_led_in_a_battle_are_commanded(annotate: Annotate) -> None:
    annotated = annotate(
        "General Tomas Orvel held the ford in the Battle of Lerida, leading the Varden Guards "
        "and the Marsh Guards."
    )
    assert not pairs(annotated.claims, "leader_of")


def test_leading_a_party_without_a_battle_is_leadership(annotate: Annotate) -> None:
    annotated = annotate("Tomas Orvel led the Varden Labour Party from 1990 to 1998.")
    assert ("Tomas Orvel", "Varden Labour Party") in pairs(annotated.claims, "leader_of")
