"""Parents said by the nouns for an owner's parts, by acquisitions and majority stakes; seats
said by a body's name or its copula."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_list_after_an_owners_plural_part_noun_names_each_part(annotate: Annotate) -> None:
    text = "The film aired on Barton Group's channels Korvell One, Korvell Two and Korvell Kids."
    assert {
        ("Korvell One", "Barton Group"),
        ("Korvell Two", "Barton Group"),
        ("Korvell Kids", "Barton Group"),
    } <= pairs(annotate(text).claims, "affiliate_of")


def test_a_name_before_an_owners_part_noun_is_the_part(annotate: Annotate) -> None:
    text = "Barton Group's Korvell Media division released a film."
    assert ("Korvell Media", "Barton Group") in pairs(annotate(text).claims, "affiliate_of")


def test_a_name_set_off_after_an_owners_part_noun_is_the_part(annotate: Annotate) -> None:
    text = "Barton Group's subsidiary, Korvell Media, released a film."
    assert ("Korvell Media", "Barton Group") in pairs(annotate(text).claims, "affiliate_of")


def test_a_nationality_before_a_branch_noun_names_no_part(annotate: Annotate) -> None:
    text = "In 1981 Ana Lopes set up the Sicilian branch of the Italian party UDC."
    assert not {
        (part, parent)
        for part, parent in pairs(annotate(text).claims, "affiliate_of")
        if "Sicil" in part
    }


def test_one_of_the_channels_of_an_owner_is_its_part(annotate: Annotate) -> None:
    text = "Korvell Kids is one of the channels of Barton Group."
    assert ("Korvell Kids", "Barton Group") in pairs(annotate(text).claims, "affiliate_of")


def test_an_owners_acquisition_of_a_company_makes_it_the_parent(annotate: Annotate) -> None:
    claims = annotate("After Barton Group's acquisition of Korvell Media in 2016, it grew.").claims
    [claim] = [c for c in claims if c.predicate == "affiliate_of"]
    assert (claim.subject.name, claim.object and claim.object.name) == (
        "Korvell Media",
        "Barton Group",
    )
    assert claim.time_scope is not None and claim.time_scope.start.year == 2016


def test_an_acquisition_by_a_named_buyer_makes_it_the_parent(annotate: Annotate) -> None:
    text = "The acquisition of Korvell Media by Barton Group was completed in 2016."
    assert ("Korvell Media", "Barton Group") in pairs(annotate(text).claims, "affiliate_of")


def test_a_majority_stake_makes_its_buyer_the_parent(annotate: Annotate) -> None:
    text = "Barton Group bought a majority stake in Korvell Media in 2010."
    assert ("Korvell Media", "Barton Group") in pairs(annotate(text).claims, "affiliate_of")


def test_a_stake_above_half_makes_its_buyer_the_parent(annotate: Annotate) -> None:
    text = "In March Barton Group closed its acquisition of a 62% stake in Korvell Media."
    assert ("Korvell Media", "Barton Group") in pairs(annotate(text).claims, "affiliate_of")


def test_a_minority_stake_makes_no_parent(annotate: Annotate) -> None:
    text = "Barton Group holds a 6% stake in Korvell Media."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_a_planned_takeover_makes_no_parent(annotate: Annotate) -> None:
    text = "Barton Group's planned takeover of Korvell Media collapsed in May."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_a_university_named_after_a_town_the_text_names_sits_there(annotate: Annotate) -> None:
    text = "Renny Ashe was born in Leeds. She later studied at the University of Leeds."
    assert ("University of Leeds", "Leeds") in pairs(annotate(text).claims, "based_in")


def test_a_town_in_a_name_alone_is_no_seat(annotate: Annotate) -> None:
    text = "Renny Ashe studied law at Barry University and moved to Ghana."
    assert not pairs(annotate(text).claims, "based_in")


def test_a_place_after_the_name_wins_over_the_town_in_it(annotate: Annotate) -> None:
    text = (
        "Renny Ashe lived in Washington for years. She studied at Washington University"
        " in St. Louis."
    )
    found = pairs(annotate(text).claims, "based_in")
    assert not {(body, place) for body, place in found if place and "Washington" in place}


def test_an_organisation_said_to_be_something_in_a_town_sits_there(annotate: Annotate) -> None:
    text = "The Vessen Institute is a research centre in Leeds, England."
    assert ("Vessen Institute", "Leeds") in pairs(annotate(text).claims, "based_in")


def test_an_organisation_said_to_be_something_in_a_country_has_no_seat(
    annotate: Annotate,
) -> None:
    text = "The Kessel Front is the largest armed group in Mali."
    assert not pairs(annotate(text).claims, "based_in")


def test_a_parents_name_and_a_place_name_a_branch(annotate: Annotate) -> None:
    claims = annotate(
        "Al-Qaeda grew after 2001. Al-Qaeda in Yemen denied attacking a base in 2009."
    ).claims
    [claim] = [c for c in claims if c.predicate == "affiliate_of"]
    assert (claim.subject.name, claim.object and claim.object.name) == (
        "Al-Qaeda in Yemen",
        "al-Qaeda",
    )
    assert not claim.negated and claim.time_scope is None  # the name says it, not the clause


def test_a_parents_fuller_name_names_no_part(annotate: Annotate) -> None:
    text = "Al-Qaeda grew after 2001. The Al-Qaeda Organization for Jihad attacked a base."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_a_seat_moved_to_a_place_is_a_base_from_then(annotate: Annotate) -> None:
    claims = annotate("Korvell Media moved its headquarters to Leeds in 2010.").claims
    [claim] = [c for c in claims if c.predicate == "based_in"]
    assert claim.object is not None and claim.object.name == "Leeds"
    assert claim.time_scope is not None and claim.time_scope.start.year == 2010


def test_troops_moved_to_a_place_are_no_seat(annotate: Annotate) -> None:
    text = "The Kessel Front moved hundreds of fighters to Leeds in 2010."
    assert not pairs(annotate(text).claims, "based_in")
