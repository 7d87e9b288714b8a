"""Relation frames of news prose: designations by calling and banning, allegiance as a
noun, targets of a practice, meanings of a name, rivals, ties of a named group and its
home country. Sentences and names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def values(claims: list[Claim], predicate: str) -> set[tuple[str, str]]:
    return {
        (claim.subject.name, str(claim.value))
        for claim in claims
        if claim.predicate == predicate and claim.value is not None
    }


# ---- designations -----------------------------------------------------------------------


def test_declared_a_terrorist_organisation_by_a_state(annotate: Annotate) -> None:
    text = "The Sable Brigade was declared a terrorist organization by Canada in 2004."
    assert ("Sable Brigade", "Canada") in pairs(annotate(text).claims, "designated_by")


def test_the_examples_of_several_countries_are_the_designators(annotate: Annotate) -> None:
    text = (
        "The Amber Front has been labeled a terrorist group by several states, "
        "including Canada and Japan."
    )
    found = pairs(annotate(text).claims, "designated_by")
    assert {("Amber Front", "Canada"), ("Amber Front", "Japan")} <= found


def test_considered_a_threat_is_no_designation(annotate: Annotate) -> None:
    text = "The Amber Front was considered a serious threat by Canada."
    assert not pairs(annotate(text).claims, "designated_by")


def test_banned_in_places(annotate: Annotate) -> None:
    text = "The Sable Brigade, which is banned in Canada and Japan, denied the attack."
    found = pairs(annotate(text).claims, "designated_by")
    assert {("Sable Brigade", "Canada"), ("Sable Brigade", "Japan")} <= found


def test_a_negated_designation_keeps_its_negation(annotate: Annotate) -> None:
    text = "The Amber Front has not been declared a terrorist organization by Japan."
    [claim] = [c for c in annotate(text).claims if c.predicate == "designated_by"]
    assert claim.negated


# ---- allegiance ------------------------------------------------------------------------------


def test_allegiance_as_a_noun(annotate: Annotate) -> None:
    text = "The Sable Brigade renewed its allegiance to the Amber Front in 2019."
    found = pairs(annotate(text).claims, "pledged_allegiance_to")
    assert ("Sable Brigade", "Amber Front") in found


def test_a_persons_pledge_to_a_group(annotate: Annotate) -> None:
    text = "Karim Nasser dismissed Omar Haddad's pledge to the Amber Front."
    found = pairs(annotate(text).claims, "pledged_allegiance_to")
    assert ("Omar Haddad", "Amber Front") in found


# ---- targets ---------------------------------------------------------------------------------


def test_a_practice_in_the_gerund_names_targets(annotate: Annotate) -> None:
    text = "The Sable Brigade is accused of attacking police stations and army outposts."
    found = values(annotate(text).claims, "targets")
    assert {("Sable Brigade", "police stations"), ("Sable Brigade", "army outposts")} <= found


def test_joined_modifiers_are_separate_targets(annotate: Annotate) -> None:
    text = "The Sable Brigade is known for attacking military and civilian targets."
    found = values(annotate(text).claims, "targets")
    assert {("Sable Brigade", "military targets"), ("Sable Brigade", "civilian targets")} <= found


def test_a_single_attack_in_the_past_names_no_target(annotate: Annotate) -> None:
    text = "The Sable Brigade attacked a police station in 2019."
    assert not values(annotate(text).claims, "targets")


def test_passive_target_names_the_attacker(annotate: Annotate) -> None:
    text = "The northern suburbs were repeatedly targeted by Sable Brigade suicide bombers."
    assert ("Sable Brigade", "northern suburbs") in values(annotate(text).claims, "targets")


def test_the_victims_of_a_practice(annotate: Annotate) -> None:
    text = "The Sable Brigade is notorious for kidnappings of foreigners."
    assert ("Sable Brigade", "foreigners") in values(annotate(text).claims, "targets")


def test_a_campaign_of_violence_against_a_list(annotate: Annotate) -> None:
    text = "The Amber Front has waged a campaign of violence against civilians and soldiers."
    found = values(annotate(text).claims, "targets")
    assert {("Amber Front", "civilians"), ("Amber Front", "soldiers")} <= found


def test_attacks_as_subject_are_the_passage_groups(annotate: Annotate) -> None:
    text = (
        "The Amber Front was founded in 1990. "
        "Its major attacks have targeted oil pipelines and power lines."
    )
    found = values(annotate(text).claims, "targets")
    assert {("Amber Front", "oil pipelines"), ("Amber Front", "power lines")} <= found


def test_why_and_where_are_not_targets(annotate: Annotate) -> None:
    text = (
        "The Sable Brigade launched attacks against civilians in Amber Front strongholds "
        "as part of its war with the militia."
    )
    found = {value for _, value in values(annotate(text).claims, "targets")}
    assert "civilians" in found
    assert not found & {"part", "war", "militia", "Amber Front strongholds"}


# ---- meanings of names -----------------------------------------------------------------------


def test_an_acronym_for_a_long_name(annotate: Annotate) -> None:
    text = "The Sable Brigade, an acronym for Harakat al-Sabil (Path Movement), is a militia."
    found = values(annotate(text).claims, "named_after")
    assert ("Sable Brigade", "Harakat al-Sabil (Path Movement)") in found


def test_a_name_that_translates_as(annotate: Annotate) -> None:
    text = (
        "The militia is better known as the Sable Brigade "
        "(which roughly translates as “soldiers of light”), and it is armed."
    )
    assert ("Sable Brigade", "soldiers of light") in values(annotate(text).claims, "named_after")


# ---- rivals, ties and home countries -------------------------------------------------------


def test_a_rival_group_is_the_speakers_rival(annotate: Annotate) -> None:
    text = (
        "The Sable Brigade said that Karim Nasser, leader of rival militant group "
        "Amber Front, was dead."
    )
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "hostile_to")


def test_their_rival_group_is_the_owners_rival(annotate: Annotate) -> None:
    text = "The Sable Brigade grew since their rival group, the Amber Front, signed a peace deal."
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "hostile_to")


def test_its_campaign_is_the_clause_subjects(annotate: Annotate) -> None:
    text = "As Canada prepares to step up its campaign against the Sable Brigade, talks stall."
    assert ("Canada", "Sable Brigade") in pairs(annotate(text).claims, "hostile_to")


def test_a_group_linked_to_another(annotate: Annotate) -> None:
    text = "The Sable Brigade is an extremist group linked to the Amber Front."
    assert ("Sable Brigade", "Amber Front") in pairs(annotate(text).claims, "ally_of")


def test_a_person_as_an_ally(annotate: Annotate) -> None:
    text = "Karim Nasser is a close ally of Japan."
    assert ("Karim Nasser", "Japan") in pairs(annotate(text).claims, "ally_of")


def test_a_named_group_of_a_nationality_is_based_there(annotate: Annotate) -> None:
    text = "The Chadian militant group Amber Front said it fired rockets."
    assert ("Amber Front", "Chad") in pairs(annotate(text).claims, "based_in")


def test_an_unnamed_group_of_a_nationality_gives_no_base(annotate: Annotate) -> None:
    text = "The Amber Front was founded in 1990. A Chadian group attacked the town."
    assert not pairs(annotate(text).claims, "based_in")


def test_what_inspires_a_group_is_its_creed(annotate: Annotate) -> None:
    text = "Karim Nasser joined the Hamas-inspired Sable Brigade."
    found = values(annotate(text).claims, "ideology")
    assert any(value == "Hamas-inspired" for _, value in found)


# ---- funding and setbacks ----------------------------------------------------------------------


def test_each_listed_means_of_funding(annotate: Annotate) -> None:
    text = (
        "In the 1990s, the Sable Brigade derived most of its funding from extortion, "
        "smuggling and kidnapping for ransom."
    )
    found = {value for _, value in values(annotate(text).claims, "funded_by")}
    assert {"extortion", "smuggling", "kidnapping for ransom"} <= found


def test_funds_that_come_from_a_list(annotate: Annotate) -> None:
    text = (
        "The Sable Brigade was founded in 1990. Most of their funds are believed to come "
        "from cattle theft, bank robberies and money paid in ransom."
    )
    found = {value for _, value in values(annotate(text).claims, "funded_by")}
    assert {"bank robberies", "money paid in ransom"} <= found


def test_funding_from_a_person(annotate: Annotate) -> None:
    text = "The Sable Brigade was set up in 1990 with funding from Karim Nasser."
    assert ("Sable Brigade", "Karim Nasser") in pairs(annotate(text).claims, "funded_by")


def test_a_defeat_is_a_setback(annotate: Annotate) -> None:
    text = "The town has been calm since Sable Brigade fighters were defeated in 2017."
    [claim] = [c for c in annotate(text).claims if c.predicate == "setback"]
    assert claim.subject.name == "Sable Brigade"
    assert claim.time_scope is not None and claim.time_scope.start.year == 2017


def test_losing_ground_is_a_setback_but_losing_a_vote_is_not(annotate: Annotate) -> None:
    lost = "The Sable Brigade has lost ground in Chad since last year."
    assert ("Sable Brigade", "lost ground in Chad since last year") in values(
        annotate(lost).claims, "setback"
    )
    vote = "The Sable Brigade lost a vote on its new charter."
    assert not values(annotate(vote).claims, "setback")


def test_being_driven_out_is_a_setback_without_who_drove(annotate: Annotate) -> None:
    text = "The Sable Brigade was driven from the valley by troops from Chad."
    found = values(annotate(text).claims, "setback")
    assert ("Sable Brigade", "driven from the valley") in found


def test_a_peace_treaty_sets_back_the_group_that_signs_it(annotate: Annotate) -> None:
    text = "The Amber Front signed a peace treaty with the government in 2016."
    [claim] = [c for c in annotate(text).claims if c.predicate == "setback"]
    assert claim.subject.name == "Amber Front"
    assert str(claim.value).startswith("peace treaty")


def test_joined_subjects_that_are_allies(annotate: Annotate) -> None:
    text = "The Sable Brigade and the Amber Front have been allies at times."
    found = pairs(annotate(text).claims, "ally_of")
    assert {("Sable Brigade", "Amber Front"), ("Amber Front", "Sable Brigade")} <= found


def test_allies_of_a_third_party_are_not_each_others(annotate: Annotate) -> None:
    text = "The Sable Brigade and the Amber Front are allies of the Iron Column."
    assert ("Sable Brigade", "Amber Front") not in pairs(annotate(text).claims, "ally_of")


def test_a_group_known_for_kidnappings(annotate: Annotate) -> None:
    text = "He rose in the Sable Brigade group, known for kidnappings of foreigners."
    assert ("Sable Brigade", "foreigners") in values(annotate(text).claims, "targets")


def test_kidnappings_targeting_are_the_passage_groups(annotate: Annotate) -> None:
    text = (
        "The Sable Brigade was founded in 1990. Amid a spate of kidnappings targeting "
        "foreign nationals in the north, police raided a house."
    )
    found = values(annotate(text).claims, "targets")
    assert ("Sable Brigade", "foreign nationals") in found
    assert ("Sable Brigade", "house") not in found


def test_what_a_group_claims_to_be_its_affiliate(annotate: Annotate) -> None:
    text = "The Sable Brigade, which the Amber Front claims to be its affiliate in Chad, struck."
    found = pairs(annotate(text).claims, "affiliate_of")
    assert ("Sable Brigade", "Amber Front") in found
    assert ("Amber Front", "Sable Brigade") not in found


def test_a_list_the_parse_hangs_on_the_verb(annotate: Annotate) -> None:
    text = (
        "The Sable Brigade is waging a campaign of violence against civilians, local police "
        "forces, foreign armies, and aid workers."
    )
    found = {value for _, value in values(annotate(text).claims, "targets")}
    assert {"civilians", "aid workers"} <= found


def test_what_another_verb_seizes_is_no_target(annotate: Annotate) -> None:
    text = "The Sable Brigade launched attacks against soldiers and seized the town."
    found = {value for _, value in values(annotate(text).claims, "targets")}
    assert "soldiers" in found and "town" not in found


def test_who_gives_support_is_the_supporter(annotate: Annotate) -> None:
    text = "The Amber Front continues to give the Sable Brigade help and protection."
    found = pairs(annotate(text).claims, "supported_by")
    assert ("Sable Brigade", "Amber Front") in found
    assert ("Amber Front", "Sable Brigade") not in found


def test_an_ideology_adopted_by_a_group(annotate: Annotate) -> None:
    text = "His ideology of democratic confederalism was adopted by the Sable Brigade."
    found = values(annotate(text).claims, "ideology")
    assert ("Sable Brigade", "democratic confederalism") in found


def test_adopting_a_flag_is_no_ideology(annotate: Annotate) -> None:
    text = "The Sable Brigade adopted a new flag."
    assert not values(annotate(text).claims, "ideology")


def test_the_armed_wing_is_a_branch_of_its_owner(annotate: Annotate) -> None:
    text = "The Amber Front, the armed wing of the Sable Brigade, attacked the town."
    claims = annotate(text).claims
    assert ("Sable Brigade", "Amber Front") in pairs(claims, "has_branch")
    assert ("Amber Front", "Sable Brigade") in pairs(claims, "affiliate_of")
