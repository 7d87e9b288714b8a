"""Relation frames that carry over to prose they were not written for: relation nouns with
their other party after a preposition, hyphenated participles, deaths, head counts given
by a size noun, superlative rankings, and founders who left another group. Sentences and
names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim, Range, TimeSpan
from tests.extract.conftest import Annotate, pairs


def of(claims: list[Claim], predicate: str) -> list[Claim]:
    return [claim for claim in claims if claim.predicate == predicate]


# ---- relation nouns: 'a war with Y', 'an alliance with Y', 'support from Y' ---------------


def test_conflict_noun_names_the_enemy(annotate: Annotate) -> None:
    text = "The Sable Brigade has been involved in repeated clashes with the Iron Column."
    assert ("Sable Brigade", "Iron Column") in pairs(annotate(text).claims, "hostile_to")


def test_alliance_noun_names_the_ally(annotate: Annotate) -> None:
    text = "In 2015 the Sable Brigade formed an alliance with the Amber Front."
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "ally_of")


def test_support_given_by_a_nationality_adjective(annotate: Annotate) -> None:
    text = "The Sable Brigade grew quickly and, with Libyan support, seized the oasis."
    assert ("Sable Brigade", "Libya") in pairs(annotate(text).claims, "supported_by")


def test_a_struggle_against_a_state(annotate: Annotate) -> None:
    text = "Since 1998 the Sable Brigade has waged an armed struggle against the state of Chad."
    assert ("Sable Brigade", "Chad") in pairs(annotate(text).claims, "hostile_to")


def test_ties_are_a_link_and_denied_ties_are_negated(annotate: Annotate) -> None:
    claims = annotate("The Sable Brigade has close ties to the Amber Front.").claims
    assert ("Sable Brigade", "Amber Front") in pairs(claims, "ally_of")
    denied = of(annotate("The Sable Brigade has no links to the Amber Front.").claims, "ally_of")
    assert denied and all(claim.negated for claim in denied)


# ---- hyphenated participles and appositions --------------------------------------------


def test_backing_state_of_a_group_whose_leader_follows_in_apposition(
    annotate: Annotate,
) -> None:
    text = "The chief of the Qatari-backed Sable Brigade militia, Idris Farouk, spoke on Friday."
    claims = annotate(text).claims
    assert ("Sable Brigade", "Qatar") in pairs(claims, "supported_by")
    assert not any(claim.subject.name == "Idris Farouk" for claim in of(claims, "supported_by"))


def test_linked_participle_gives_the_parent(annotate: Annotate) -> None:
    text = "Many were killed by an al-Qaeda-linked armed group, the Sable Brigade."
    assert ("Sable Brigade", "al-Qaeda") in pairs(annotate(text).claims, "affiliate_of")


def test_hyphenated_base(annotate: Annotate) -> None:
    text = "Troops searched for a commander of the Chad-based militant group Sable Brigade."
    assert ("Sable Brigade", "Chad") in pairs(annotate(text).claims, "based_in")


def test_a_base_is_the_town_not_the_regions_that_locate_it(annotate: Annotate) -> None:
    text = "The Amber Press is a publishing house based in Lyon, France."
    assert pairs(annotate(text).claims, "based_in") == {("Amber Press", "Lyon")}


# ---- deaths ---------------------------------------------------------------------------------


def test_a_killed_leader_died_on_the_date_given(annotate: Annotate) -> None:
    text = "Its former chief, Idris Farouk, was killed in an air strike in March 2019."
    [claim] = of(annotate(text).claims, "died")
    assert claim.subject.name == "Idris Farouk"
    assert isinstance(claim.value, TimeSpan) and claim.value.start is not None
    assert (claim.value.start.year, claim.value.start.month) == (2019, 3)


def test_a_death_without_a_date_is_no_claim(annotate: Annotate) -> None:
    assert not of(annotate("Idris Farouk was killed by soldiers.").claims, "died")


# ---- head counts ------------------------------------------------------------------------


def test_size_noun_with_its_figure(annotate: Annotate) -> None:
    text = "Analysts put the Sable Brigade's strength at about 1,200 fighters."
    [claim] = of(annotate(text).claims, "member_count")
    assert claim.subject.name == "Sable Brigade"
    assert isinstance(claim.value, Range) and claim.value.min == 1200


def test_a_count_of_something_else_is_no_size(annotate: Annotate) -> None:
    text = "The number of attacks by the Sable Brigade rose to 40 last year."
    assert not of(annotate(text).claims, "member_count")


def test_people_who_belong_to_a_group(annotate: Annotate) -> None:
    [claim] = of(annotate("Some 300 men belong to the Sable Brigade.").claims, "member_count")
    assert claim.subject.name == "Sable Brigade"
    assert isinstance(claim.value, Range) and claim.value.min == 300


# ---- where a group operates -----------------------------------------------------------


def test_relative_clause_of_a_described_group(annotate: Annotate) -> None:
    text = "The Sable Brigade is a militia which operates in Chad and Niger."
    found = pairs(annotate(text).claims, "operates_in")
    assert {("Sable Brigade", "Chad"), ("Sable Brigade", "Niger")} <= found


# ---- rankings -------------------------------------------------------------------------------


def test_superlative_description_is_a_ranking(annotate: Annotate) -> None:
    text = "The Sable Brigade is one of the most feared militias in the Sahel."
    [claim] = of(annotate(text).claims, "ranked")
    assert claim.subject.name == "Sable Brigade"
    assert "most feared militias" in str(claim.value)


def test_a_superlative_about_a_moment_ranks_nothing(annotate: Annotate) -> None:
    text = "The Sable Brigade struck the market when it was most crowded."
    assert not of(annotate(text).claims, "ranked")


# ---- origins and roles ----------------------------------------------------------------


def test_founder_left_one_group_and_founded_another(annotate: Annotate) -> None:
    text = "Idris Farouk left the Amber Front and founded the Sable Brigade in 2009."
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "formed_from")


def test_merger_in_apposition_to_a_date(annotate: Annotate) -> None:
    text = (
        "The Sable Brigade was formed on 4 May 2012, the product of a merger between "
        "the Amber Front and the Iron Column."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert {("Sable Brigade", "Amber Front"), ("Sable Brigade", "Iron Column")} <= found


def test_second_role_in_a_coordinated_apposition(annotate: Annotate) -> None:
    text = "Idris Farouk, a tribal elder and the former commander of the Amber Front, spoke."
    assert ("Idris Farouk", "Amber Front") in pairs(annotate(text).claims, "leader_of")


def test_a_deputy_leads_nothing(annotate: Annotate) -> None:
    text = "Nadia Karimi, the deputy leader of the Sable Brigade, gave a speech."
    assert not of(annotate(text).claims, "leader_of")


def test_possessor_of_a_role_before_a_name(annotate: Annotate) -> None:
    text = "Officials said the Amber Front's regional affiliate Sable Brigade claimed the raid."
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "affiliate_of")
