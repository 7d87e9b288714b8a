"""Membership of parties and of bodies that seat people (extract/party_membership.py,
extract/body_seats.py, the membership reader's cue check). Sentences and people are
invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def members(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "member_of")


def test_elected_as_a_party_word(annotate: Annotate) -> None:
    text = "Lisa Harrow was elected as a Republican to the state senate in 1990."
    assert ("Lisa Harrow", "Republican") in members(annotate(text).claims)


def test_sat_as_a_party_member(annotate: Annotate) -> None:
    text = "From 1921 to 1925 Tom Bryce sat for Eastmoor on the county council as a Liberal member."
    assert ("Tom Bryce", "Liberal") in members(annotate(text).claims)


def test_a_party_word_before_a_name(annotate: Annotate) -> None:
    text = "The seat went to fellow Democrat Harold Finch."
    assert ("Harold Finch", "Democrat") in members(annotate(text).claims)


def test_a_party_role_as_complement(annotate: Annotate) -> None:
    text = "Joan Pike is a Republican senator from Idaho."
    assert ("Joan Pike", "Republican") in members(annotate(text).claims)


def test_a_two_word_party_after_as(annotate: Annotate) -> None:
    text = "Rita Vance later returned to politics as a Social Democrat."
    assert ("Rita Vance", "Social Democrat") in members(annotate(text).claims)


def test_representing_a_party(annotate: Annotate) -> None:
    text = "In 2004 Kate Moss was elected to parliament representing the Green Party."
    assert ("Kate Moss", "Green Party") in members(annotate(text).claims)


def test_leaving_one_party_for_another(annotate: Annotate) -> None:
    text = "In 1995 Ola Berg left the Labour Party for the Socialist Left Party."
    found = members(annotate(text).claims)
    assert {("Ola Berg", "Labour Party"), ("Ola Berg", "Socialist Left Party")} <= found


def test_a_nationality_is_no_party(annotate: Annotate) -> None:
    text = "Karl Lund was elected as a Norwegian to the board of the club."
    assert members(annotate(text).claims) == set()


def test_a_lower_case_creed_is_no_party(annotate: Annotate) -> None:
    text = "Erik Sand thought of himself as a green liberal and a republican."
    assert members(annotate(text).claims) == set()


def test_a_party_office_is_left_to_leadership(annotate: Annotate) -> None:
    text = "The deal made Labour leader Steve Crane premier."
    assert ("Steve Crane", "Labour") not in members(annotate(text).claims)


def test_elected_to_a_committee(annotate: Annotate) -> None:
    text = "Ruth Amos was elected to the National Council in 2012."
    assert ("Ruth Amos", "National Council") in members(annotate(text).claims)


def test_appointed_to_a_council_as_object(annotate: Annotate) -> None:
    text = "The party congress appointed Tom Reed to the State Council."
    assert ("Tom Reed", "State Council") in members(annotate(text).claims)


def test_sat_on_a_council(annotate: Annotate) -> None:
    text = "Jo Baxter sat on the Arts Council for ten years."
    assert ("Jo Baxter", "Arts Council") in members(annotate(text).claims)


def test_not_elected_is_negated(annotate: Annotate) -> None:
    text = "Jo Baxter was not elected to the Central Committee."
    [claim] = [c for c in annotate(text).claims if c.predicate == "member_of"]
    assert claim.negated


def test_a_legislature_is_an_office_not_a_membership(annotate: Annotate) -> None:
    text = "Liam Doyle was elected to the European Parliament in 2009."
    assert members(annotate(text).claims) == set()


def test_elected_a_fellow_of_a_society(annotate: Annotate) -> None:
    text = "Jane Hill was elected a Fellow of the Royal Society in 1950."
    assert ("Jane Hill", "Royal Society") in members(annotate(text).claims)


def test_a_fellow_of_an_academy(annotate: Annotate) -> None:
    text = "Tom Reed, a fellow of the British Academy, wrote the book."
    assert ("Tom Reed", "British Academy") in members(annotate(text).claims)


def test_a_research_fellow_at_a_university_is_no_member(annotate: Annotate) -> None:
    text = "Tom Reed was a research fellow at Harvard University."
    assert members(annotate(text).claims) == set()


def test_was_in_a_band_still_read_after_the_cue_check(annotate: Annotate) -> None:
    text = "Velvet Spire is a rock band. Greg Carter, who was in Velvet Spire at the time, sang."
    assert ("Greg Carter", "Velvet Spire") in members(annotate(text).claims)


def test_representing_a_party_named_by_an_acronym(annotate: Annotate) -> None:
    text = "In 2013, Maria Lopez was elected to the National Assembly representing the ZUMAP party."
    assert ("Maria Lopez", "ZUMAP") in members(annotate(text).claims)


def test_bandmates_in_a_band(annotate: Annotate) -> None:
    text = "It was produced by Mark Joyce, a bandmate of Lee Dunn's in The Hollow Pines."
    found = members(annotate(text).claims)
    assert {("Mark Joyce", "Hollow Pines"), ("Lee Dunn", "Hollow Pines")} <= found


def test_a_former_band_in_brackets(annotate: Annotate) -> None:
    text = "The song was later covered by Dan Pike (ex-Silver Lanterns)."
    assert ("Dan Pike", "Silver Lanterns") in members(annotate(text).claims)


def test_a_former_spouse_in_brackets_is_no_body(annotate: Annotate) -> None:
    text = "The tour was announced by Ann Cole (ex-husband of the singer)."
    assert members(annotate(text).claims) == set()


def test_a_party_in_brackets_after_a_name(annotate: Annotate) -> None:
    text = "The seat was won by Helen Grant (Conservative) with 52 percent of the vote."
    assert ("Helen Grant", "Conservative") in members(annotate(text).claims)


def test_a_place_in_brackets_is_no_party(annotate: Annotate) -> None:
    text = "The mural was painted by Joan Mir (Barcelona) in 1970."
    assert members(annotate(text).claims) == set()


def test_forming_a_duo_with_someone(annotate: Annotate) -> None:
    text = "In 1999 Ann Vale formed the duo Kite & Crane with Sam Crane."
    found = members(annotate(text).claims)
    assert {("Ann Vale", "Kite & Crane"), ("Sam Crane", "Kite & Crane")} <= found


def test_forming_a_firm_with_someone_is_no_membership(annotate: Annotate) -> None:
    text = "In 2001 Ann Vale formed Vale Records with Sam Crane."
    assert members(annotate(text).claims) == set()
