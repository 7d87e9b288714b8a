"""Membership of societies, academies, guilds and brotherhoods (extract/society_officers.py,
extract/body_seats.py) and legislatures left out of membership. Sentences, people and
bodies are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def members(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "member_of")


def test_an_officer_of_a_society_as_complement(annotate: Annotate) -> None:
    text = "Mara Quint is vice president of the Varland Beekeeping Society."
    assert ("Mara Quint", "Varland Beekeeping Society") in members(annotate(text).claims)


def test_an_officer_of_a_brotherhood_set_off(annotate: Annotate) -> None:
    text = "Ida Rowe, treasurer of the Quarry Brotherhood, spoke first."
    assert ("Ida Rowe", "Quarry Brotherhood") in members(annotate(text).claims)


def test_an_officer_after_as(annotate: Annotate) -> None:
    text = "Ida Rowe served as secretary of the Lantern Guild from 1901 to 1910."
    assert ("Ida Rowe", "Lantern Guild") in members(annotate(text).claims)


def test_elected_an_officer_of_an_academy(annotate: Annotate) -> None:
    text = "Ida Rowe was elected president of the Marsh Academy of Letters in 1931."
    assert ("Ida Rowe", "Marsh Academy of Letters") in members(annotate(text).claims)


def test_an_officer_of_a_company_is_no_member(annotate: Annotate) -> None:
    text = "Ida Rowe is vice president of Brantley Widgets Corporation."
    assert not members(annotate(text).claims)


def test_inducted_into_a_society(annotate: Annotate) -> None:
    text = "In 1988 Mara Quint was inducted into the Royal Society of Tanners."
    assert ("Mara Quint", "Royal Society of Tanners") in members(annotate(text).claims)


def test_a_hall_of_fame_is_no_membership(annotate: Annotate) -> None:
    text = "In 1988 Mara Quint was inducted into the Varland Tennis Hall of Fame."
    assert not members(annotate(text).claims)


def test_elected_a_society_by_its_name(annotate: Annotate) -> None:
    text = "At Brill College Tom Harlow was elected Pi Delta Epsilon, and he joined the Quill Club."
    found = members(annotate(text).claims)
    assert ("Tom Harlow", "Pi Delta Epsilon") in found
    assert ("Tom Harlow", "Quill Club") in found


def test_a_legislature_named_with_its_place_is_an_office(annotate: Annotate) -> None:
    text = "In 1921 Karl Vost became a nominated member of the Legislative Assembly of Varland."
    assert not members(annotate(text).claims)


def test_a_society_after_a_legislature_with_its_place(annotate: Annotate) -> None:
    text = (
        "Karl Vost was a member of the House of Commons of Varland and of the Royal Society"
        " of Tanners."
    )
    assert members(annotate(text).claims) == {("Karl Vost", "Royal Society of Tanners")}


def test_a_faculty_member_is_employed_not_a_member(annotate: Annotate) -> None:
    text = "Ida Rowe was a faculty member of the Brill Society of Engineers for ten years."
    assert not members(annotate(text).claims)


def test_a_member_station_of_a_network(annotate: Annotate) -> None:
    text = "KXLW is a member station of the Prairie Public Network."
    assert ("KXLW", "Prairie Public Network") in members(annotate(text).claims)


def test_a_member_institution_set_off(annotate: Annotate) -> None:
    text = (
        "Brill College, a member institution of the Northern Universities Association,"
        " was founded in 1901."
    )
    assert ("Brill College", "Northern Universities Association") in members(annotate(text).claims)


def test_a_member_state_is_no_organisation_member(annotate: Annotate) -> None:
    text = "Varland is a member state of the Northern Union."
    assert not members(annotate(text).claims)


def test_an_officer_named_after_the_society(annotate: Annotate) -> None:
    text = "The president of the Tanners' Association, Ida Rowe, resigned."
    assert ("Ida Rowe", "Tanners' Association") in members(annotate(text).claims)


def test_an_officer_of_a_society_named_before(annotate: Annotate) -> None:
    text = "The Lantern Guild was founded in 1890. Its first secretary was Ida Rowe."
    assert ("Ida Rowe", "Lantern Guild") in members(annotate(text).claims)


def test_the_president_of_a_company_named_before_is_no_member(annotate: Annotate) -> None:
    text = "Brantley Widgets Corporation was founded in 1890. Its first president was Ida Rowe."
    assert not members(annotate(text).claims)


def test_a_capitalised_office_of_a_society(annotate: Annotate) -> None:
    text = "Tom Vale was President of the Royal Society of Tanners from 1901."
    assert ("Tom Vale", "Royal Society of Tanners") in members(annotate(text).claims)


def test_an_academy_electing_a_member(annotate: Annotate) -> None:
    text = "The Varland Academy of Sciences elected Tom Vale a corresponding member in 1960."
    assert ("Tom Vale", "Varland Academy of Sciences") in members(annotate(text).claims)


def test_initiated_into_a_brotherhood(annotate: Annotate) -> None:
    text = "Tom Vale was initiated into the Quarry Brotherhood in 1915."
    assert ("Tom Vale", "Quarry Brotherhood") in members(annotate(text).claims)
