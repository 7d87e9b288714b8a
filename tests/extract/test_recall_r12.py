"""Past membership told by leaving a body of members (extract/membership.py): verbs of
leaving with 'from', nouns of leaving owned by the member, the newcomer who replaces a
leaver, and the time each membership ends or begins. Sentences, bands, parties and people
are invented for the tests."""

from __future__ import annotations

from datetime import date

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def member_times(claims: list[Claim]) -> dict[str, tuple[date | None, date | None]]:
    """Member name -> (start, end) of its member_of claim's time scope."""
    return {
        claim.subject.name: (claim.time_scope.start, claim.time_scope.end)
        for claim in claims
        if claim.predicate == "member_of" and claim.time_scope is not None
    }


def test_defecting_from_a_party_says_one_was_its_member(annotate: Annotate) -> None:
    text = "Tomas Ferrell is a politician. Ferrell defected from the Radical Union Party in 1967."
    assert ("Tomas Ferrell", "Radical Union Party") in pairs(annotate(text).claims, "member_of")


def test_resigning_from_a_party_says_one_was_its_member(annotate: Annotate) -> None:
    text = "Halvor Dunne resigned from the Agrarian Party in 1988."
    assert ("Halvor Dunne", "Agrarian Party") in pairs(annotate(text).claims, "member_of")


def test_withdrawing_from_a_race_is_no_membership(annotate: Annotate) -> None:
    text = "Halvor Dunne withdrew from the race in 1988."
    assert pairs(annotate(text).claims, "member_of") == set()


def test_resigning_from_a_company_is_no_membership(annotate: Annotate) -> None:
    text = "Halvor Dunne resigned from Brisk Loaf Holdings in 1988."
    assert pairs(annotate(text).claims, "member_of") == set()


def test_a_departure_from_a_band_was_a_member_s(annotate: Annotate) -> None:
    text = (
        "Pale Harbour is a punk band. After Jonah Mirsky's departure from Pale Harbour "
        "in 1990, the group toured Japan."
    )
    claims = annotate(text).claims
    assert ("Jonah Mirsky", "Pale Harbour") in pairs(claims, "member_of")
    # the date in the noun's phrase ends the membership; 'After ...' does not start it
    assert member_times(claims)["Jonah Mirsky"] == (None, date(1990, 12, 31))


def test_the_one_who_replaces_a_leaver_is_a_member(annotate: Annotate) -> None:
    text = (
        "Pale Harbour is a punk band. In the spring the bassist Jay Kettering left "
        "Pale Harbour and was replaced by Pete Ostrow from a folk trio."
    )
    members = pairs(annotate(text).claims, "member_of")
    assert {("Jay Kettering", "Pale Harbour"), ("Pete Ostrow", "Pale Harbour")} <= members


def test_leaving_ends_a_membership_and_the_replacement_begins_one(annotate: Annotate) -> None:
    text = (
        "Pale Harbour is a punk band. Marta Vollan left the band in 1995 and was replaced "
        "by her friend Dora Quist."
    )
    times = member_times(annotate(text).claims)
    assert times["Marta Vollan"] == (None, date(1995, 12, 31))
    assert times["Dora Quist"] == (date(1995, 1, 1), None)


def test_a_replacement_that_is_no_person_is_no_member(annotate: Annotate) -> None:
    text = "Pale Harbour is a punk band. Marta Vollan left the band and was replaced by a keyboard."
    members = pairs(annotate(text).claims, "member_of")
    assert members == {("Marta Vollan", "Pale Harbour")}


def test_resigning_from_the_band_means_the_band_described(annotate: Annotate) -> None:
    text = "Pale Harbour is a punk band from Leeds. Dora Quist resigned from the band in 1993."
    assert ("Dora Quist", "Pale Harbour") in pairs(annotate(text).claims, "member_of")
