"""Membership, founding dates and bodies as reference prose states them
(extract/membership.py, extract/inception.py, extract/bodies.py). Sentences, bands,
firms and people are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def founding_years(claims: list[Claim]) -> set[tuple[str, int]]:
    return {
        (claim.subject.name, claim.time_scope.start.year)
        for claim in claims
        if claim.predicate == "founded" and claim.time_scope and claim.time_scope.start
    }


def test_a_person_of_a_band_is_its_member(annotate: Annotate) -> None:
    text = "The song was written by Lena Ostby of the Norwegian folk band Kaldvann."
    assert ("Lena Ostby", "Kaldvann") in pairs(annotate(text).claims, "member_of")


def test_every_name_of_a_list_before_of_is_a_member(annotate: Annotate) -> None:
    text = "In 2013, Murray toured Canada with Paul Lemieux and Rob Baxter of the Quiet Harbours."
    members = pairs(annotate(text).claims, "member_of")
    assert {("Paul Lemieux", "Quiet Harbours"), ("Rob Baxter", "Quiet Harbours")} <= members


def test_a_person_of_a_university_is_no_member(annotate: Annotate) -> None:
    text = "Dr. Anna Berg of Uppsala University studied the samples."
    assert pairs(annotate(text).claims, "member_of") == set()


def test_the_band_consists_of_its_members(annotate: Annotate) -> None:
    text = (
        "Velvet Spire is an English rock band from Leeds. The band consists of vocalist "
        "Peter Lang, bassist Tom Reed and drummer Sam Cole."
    )
    members = pairs(annotate(text).claims, "member_of")
    assert {("Peter Lang", "Velvet Spire"), ("Sam Cole", "Velvet Spire")} <= members


def test_its_members_included(annotate: Annotate) -> None:
    text = (
        "The Harbour Lights Trust is a charity in Leeds. Its members included John Pellow "
        "and Marcus Trent."
    )
    members = pairs(annotate(text).claims, "member_of")
    assert ("Marcus Trent", "Harbour Lights Trust") in members


def test_elected_a_member_of(annotate: Annotate) -> None:
    text = "In 1802, Halvorsen was elected a member of the Royal Danish Academy."
    assert ("Halvorsen", "Royal Danish Academy") in pairs(annotate(text).claims, "member_of")


def test_a_school_taken_for_a_building_is_founded(annotate: Annotate) -> None:
    text = "Harwick Grammar School was founded in 1938 and serves the town of Harwick."
    assert ("Harwick Grammar School", 1938) in founding_years(annotate(text).claims)


def test_an_unrecognised_firm_said_to_be_a_label(annotate: Annotate) -> None:
    claims = annotate("Kestrel Audio is a record label founded in 2004 by Lena Marsh.").claims
    assert ("Kestrel Audio", "Lena Marsh") in pairs(claims, "founded_by")
    assert ("Kestrel Audio", 2004) in founding_years(claims)


def test_the_school_is_the_school_named_before(annotate: Annotate) -> None:
    text = "The Harwick Grammar School serves the town of Harwick. The school was founded in 1938."
    assert ("Harwick Grammar School", 1938) in founding_years(annotate(text).claims)


def test_a_span_of_activity_dates_the_founding(annotate: Annotate) -> None:
    text = "The Harlow Rail Company was a freight carrier active from 1921 to 1966."
    assert founding_years(annotate(text).claims) == {("Harlow Rail Company", 1921)}


def test_the_creation_of_a_body_dates_it(annotate: Annotate) -> None:
    text = "Until the creation of the Nordic Hockey League in 1971, the Eastern Division led."
    assert ("Nordic Hockey League", 1971) in founding_years(annotate(text).claims)


def test_the_school_of_a_university_is_its_affiliate(annotate: Annotate) -> None:
    text = "The Marlow School of Design is the design school of Kingsbridge University."
    claims = annotate(text).claims
    assert ("Marlow School of Design", "Kingsbridge University") in pairs(claims, "affiliate_of")


def test_a_word_of_a_name_is_no_role(annotate: Annotate) -> None:
    text = "She was educated at Eastbrook College, the University of Marden, and in Paris."
    assert pairs(annotate(text).claims, "affiliate_of") == set()


def test_a_chief_executive_before_the_name_leads(annotate: Annotate) -> None:
    text = "Halden Steel CEO Peter Vance resigned in 2011."
    assert ("Peter Vance", "Halden Steel") in pairs(annotate(text).claims, "leader_of")


def test_a_name_with_its_own_role_is_not_listed_with_the_next(annotate: Annotate) -> None:
    text = "Lions Front leader Karim Salloum and Omar Haddad of the Sand Brigade were killed."
    members = pairs(annotate(text).claims, "member_of")
    assert ("Karim Salloum", "Sand Brigade") not in members


def test_a_university_sits_in_the_town_after_its_name(annotate: Annotate) -> None:
    text = "He earned a degree from the Marden University in Moscow."
    assert ("Marden University", "Moscow") in pairs(annotate(text).claims, "based_in")


def test_a_group_in_a_town_has_no_seat_there(annotate: Annotate) -> None:
    text = "The Lions Front in Kabul issued a statement."
    assert pairs(annotate(text).claims, "based_in") == set()


def test_the_founders_of_a_band_are_its_members(annotate: Annotate) -> None:
    text = (
        "Grey Lanterns were an English rock band. Grey Lanterns was formed in 1976 by "
        "guitarist Bernard Hale and bassist Peter Crook."
    )
    claims = annotate(text).claims
    assert ("Grey Lanterns", "Bernard Hale") in pairs(claims, "founded_by")
    assert ("Peter Crook", "Grey Lanterns") in pairs(claims, "member_of")


def test_the_founder_of_a_firm_is_no_member(annotate: Annotate) -> None:
    text = "Northwind Logistics is a freight company founded in 1998 by Alan Mercer."
    claims = annotate(text).claims
    assert ("Northwind Logistics", "Alan Mercer") in pairs(claims, "founded_by")
    assert pairs(claims, "member_of") == set()


def test_members_of_groups_forming_a_group_found_nothing(annotate: Annotate) -> None:
    text = "In 2010, former members of the Lions Front and the Sand Brigade formed the Dune Army."
    assert pairs(annotate(text).claims, "founded_by") == set()


def test_a_body_recruits_its_members(annotate: Annotate) -> None:
    text = "In 2016 the Lions Front recruited Omar Haddad, a former teacher."
    assert ("Omar Haddad", "Lions Front") in pairs(annotate(text).claims, "member_of")


def test_a_persons_own_band_named_beside_it(annotate: Annotate) -> None:
    text = (
        "Mira Solvik recorded two albums with her band, the Velvet Larks. "
        "Jon Dahl criticised his rival party, the Green Alliance, in 2004."
    )
    members = pairs(annotate(text).claims, "member_of")
    assert ("Mira Solvik", "Velvet Larks") in members
    assert ("Jon Dahl", "Green Alliance") not in members


def test_a_member_of_two_bodies_joined_by_a_repeated_of_is_a_member_of_both(
    annotate: Annotate,
) -> None:
    text = (
        "Ruth Amsel is a member of the Prussian Academy of Sciences and of the Berlin "
        "Society of Arts."
    )
    members = pairs(annotate(text).claims, "member_of")
    assert {
        ("Ruth Amsel", "Prussian Academy of Sciences"),
        ("Ruth Amsel", "Berlin Society of Arts"),
    } <= members


def test_a_name_after_a_kind_of_body_is_that_body_not_a_person(annotate: Annotate) -> None:
    text = "Mara Quist is the drummer of the indie band Paper Lanterns."
    assert ("Mara Quist", "Paper Lanterns") in pairs(annotate(text).claims, "member_of")


def test_a_band_named_before_a_players_role_is_the_body_they_belong_to(
    annotate: Annotate,
) -> None:
    text = "In 2003 the record was produced by Metallica drummer Lars Ulrich."
    assert ("Lars Ulrich", "Metallica") in pairs(annotate(text).claims, "member_of")


def test_a_member_of_one_body_and_of_another_is_a_member_of_both(annotate: Annotate) -> None:
    text = (
        "Tomas Halden is a member of the Nordic Academy of Letters (since 2004) and of the "
        "Baltic Society of Engravers (since 2011)."
    )
    members = pairs(annotate(text).claims, "member_of")
    assert {
        ("Tomas Halden", "Nordic Academy of Letters"),
        ("Tomas Halden", "Baltic Society of Engravers"),
    } <= members


def test_the_name_with_a_joiner_joins_too(annotate: Annotate) -> None:
    text = "In 1990, Karl Meinert with Jonas Ebel joined the Hamburg band Glasfabrik."
    members = pairs(annotate(text).claims, "member_of")
    assert {("Karl Meinert", "Glasfabrik"), ("Jonas Ebel", "Glasfabrik")} <= members


def test_the_names_with_a_founder_found_too(annotate: Annotate) -> None:
    text = "The Swallows are a folk group formed in 1971 in Lyon by Marc Dubois with Anne Roux."
    claims = annotate(text).claims
    assert ("Swallows", "Anne Roux") in pairs(claims, "founded_by")
    assert ("Anne Roux", "Swallows") in pairs(claims, "member_of")


def test_a_name_met_with_elsewhere_in_the_clause_is_no_member(annotate: Annotate) -> None:
    text = "Karl Meinert joined the Hamburg band Glasfabrik after a meeting with Jonas Ebel."
    members = pairs(annotate(text).claims, "member_of")
    assert ("Karl Meinert", "Glasfabrik") in members
    assert ("Jonas Ebel", "Glasfabrik") not in members


def test_a_person_who_left_the_band_was_its_member(annotate: Annotate) -> None:
    text = "Glasfabrik is a rock band from Hamburg. In 1984, drummer Jonas Ebel left the band."
    assert ("Jonas Ebel", "Glasfabrik") in pairs(annotate(text).claims, "member_of")


def test_leaving_a_city_a_company_or_an_office_is_no_membership(annotate: Annotate) -> None:
    text = (
        "Mira Holt left Vienna in 1950. Hans Berger left the Nordic Trading Company in 1990. "
        "Berit Moen ran both, leaving the Western Ferry Authority in 2001."
    )
    assert pairs(annotate(text).claims, "member_of") == set()


def test_a_person_who_was_in_a_band_was_its_member(annotate: Annotate) -> None:
    text = (
        "Kaldvann is a folk band from Bergen. Lena Berg, who was in Kaldvann at the time, "
        "sang on two songs."
    )
    assert ("Lena Berg", "Kaldvann") in pairs(annotate(text).claims, "member_of")


def test_being_in_a_city_or_an_office_is_no_membership(annotate: Annotate) -> None:
    text = "Udo Marx was in Hamburg in 1980. Lena Berg was in the Nordic Trading Company's office."
    assert pairs(annotate(text).claims, "member_of") == set()
