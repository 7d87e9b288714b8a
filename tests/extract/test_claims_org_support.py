"""Support, funding, mergers and coalition membership said in constructions the verb frames
miss: nouns of support with their giver and receiver ("Iran's support for X"), funding
from a state, means of funding with where they are done, lists whose second name the parse
sets off as an apposition, and organisations in coalitions. Sentences and names are
invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs, values

# ---- nouns of support: extract/backing.py ------------------------------------------------


def test_a_possessor_gives_the_support_a_for_phrase_receives(annotate: Annotate) -> None:
    text = "Tunisia's support for the Ember Legion grew after the 2011 uprising."
    assert ("Ember Legion", "Tunisia") in pairs(annotate(text).claims, "supported_by")


def test_a_nationality_adjective_gives_the_backing(annotate: Annotate) -> None:
    text = "Algerian backing for the Ember Legion ended abruptly in 2009."
    assert ("Ember Legion", "Algeria") in pairs(annotate(text).claims, "supported_by")


def test_a_funding_noun_makes_the_giver_a_funder(annotate: Annotate) -> None:
    text = "Kuwait's funding of the Ember Legion was exposed by a newspaper."
    claims = annotate(text).claims
    assert ("Ember Legion", "Kuwait") in pairs(claims, "funded_by")
    assert ("Ember Legion", "Kuwait") not in pairs(claims, "supported_by")


def test_support_from_a_phrase_after_the_receiver(annotate: Annotate) -> None:
    text = "Support for the Ember Legion from Tunisia and Egypt dwindled over the decade."
    found = pairs(annotate(text).claims, "supported_by")
    assert {("Ember Legion", "Tunisia"), ("Ember Legion", "Egypt")} <= found


def test_support_with_no_giver_names_no_backer(annotate: Annotate) -> None:
    text = "The Ember Legion is an armed group. Popular support for the group has collapsed."
    assert not pairs(annotate(text).claims, "supported_by")


def test_a_named_group_supporting_another_is_its_backer(annotate: Annotate) -> None:
    text = "The Ember Legion's support for the Quartz Front angered the army."
    assert ("Quartz Front", "Ember Legion") in pairs(annotate(text).claims, "supported_by")


def test_a_pronoun_possessor_names_no_backer(annotate: Annotate) -> None:
    text = "The Ember Legion is a militia. Its support for the Quartz Front angered the army."
    assert not pairs(annotate(text).claims, "supported_by")


# ---- a state as funder, and means of funding ----------------------------------------------


def test_funding_from_a_state_in_a_with_phrase(annotate: Annotate) -> None:
    text = "The Ember Legion was set up in 1994 with funding from Kuwait."
    assert ("Ember Legion", "Kuwait") in pairs(annotate(text).claims, "funded_by")


def test_a_means_of_funding_that_names_the_group_itself(annotate: Annotate) -> None:
    text = (
        "The Ember Legion is a rebel group. In the 1990s, the Ember Legion drew most of its "
        "money from the smuggling of fuel in the group's home districts."
    )
    found = values(annotate(text).claims, "funded_by")
    assert any(name == "Ember Legion" and "smuggling of fuel" in text_ for name, text_ in found)


# ---- lists of merged groups ----------------------------------------------------------------


def test_every_item_of_a_merger_list_whose_second_name_is_set_off(annotate: Annotate) -> None:
    text = (
        "The Ember Legion is an armed group. The group was formed in 2016 as a merger between "
        "the Quartz Front, the Basalt Brigade, Jaysh al-Fajr, Liwa al-Nasr, and the Kataib "
        "al-Ward Movement."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert ("Ember Legion", "Quartz Front") in found
    assert ("Ember Legion", "Kataib al-Ward Movement") in found


# ---- organisations in coalitions: extract/coalitions.py ----------------------------------


def test_one_of_the_groups_in_a_coalition(annotate: Annotate) -> None:
    text = "The Ember Legion is one of the groups in the Dune Unity Front."
    assert ("Ember Legion", "Dune Unity Front") in pairs(annotate(text).claims, "member_of")


def test_one_of_the_factions_that_make_up_a_coalition(annotate: Annotate) -> None:
    text = "The Ember Legion, one of the factions that make up the Dune Unity Front, took the pass."
    assert ("Ember Legion", "Dune Unity Front") in pairs(annotate(text).claims, "member_of")


def test_a_coalition_that_includes_its_members(annotate: Annotate) -> None:
    text = (
        "The Dune Unity Front, a coalition that includes the Ember Legion and the Basalt "
        "Brigade, took the pass."
    )
    found = pairs(annotate(text).claims, "member_of")
    assert {("Ember Legion", "Dune Unity Front"), ("Basalt Brigade", "Dune Unity Front")} <= found


def test_groups_in_a_region_are_no_members(annotate: Annotate) -> None:
    claims = annotate("The Ember Legion is among the groups in the Sahel.").claims
    assert not pairs(claims, "member_of")
    claims = annotate("The Ember Legion is one of the deadliest groups in Africa.").claims
    assert not pairs(claims, "member_of")


# ---- targets named before a relative clause ---------------------------------------------


def test_targets_are_the_noun_a_relative_clause_describes(annotate: Annotate) -> None:
    text = "The Ember Legion is a militia. The herders, whom the group had targeted for years, "
    text += "left the valley."
    assert ("Ember Legion", "herders") in values(annotate(text).claims, "targets")


def test_targets_listed_as_the_groups_targets(annotate: Annotate) -> None:
    text = "The Ember Legion is a militia. Its targets include police stations and ferry crews."
    found = values(annotate(text).claims, "targets")
    assert {("Ember Legion", "police stations"), ("Ember Legion", "ferry crews")} <= found


def test_a_place_among_the_victims_is_no_target(annotate: Annotate) -> None:
    text = "The Ember Legion is a militia. Its victims were mostly in Chad."
    assert not values(annotate(text).claims, "targets")


def test_attacks_by_a_group_on_a_target(annotate: Annotate) -> None:
    text = "Attacks by the Ember Legion on ferry crews rose sharply in 2019."
    assert ("Ember Legion", "ferry crews") in values(annotate(text).claims, "targets")


def test_a_practice_of_kidnapping_targets_its_victims(annotate: Annotate) -> None:
    text = "The Ember Legion is notorious for kidnapping engineers."
    assert ("Ember Legion", "engineers") in values(annotate(text).claims, "targets")


# ---- sponsors, proxies and raised passives ------------------------------------------------


def test_a_sponsor_noun_names_the_backer(annotate: Annotate) -> None:
    text = "Tunisia is the main sponsor of the Ember Legion."
    assert ("Ember Legion", "Tunisia") in pairs(annotate(text).claims, "supported_by")


def test_a_proxy_is_backed_by_whose_proxy_it_is(annotate: Annotate) -> None:
    text = "The Ember Legion is widely seen as a proxy of Tunisia."
    assert ("Ember Legion", "Tunisia") in pairs(annotate(text).claims, "supported_by")


def test_a_passive_raised_by_a_verb_of_belief(annotate: Annotate) -> None:
    claims = annotate("The Ember Legion is widely believed to be backed by Tunisia.").claims
    backed = [c for c in claims if c.predicate == "supported_by"]
    assert [(c.subject.name, c.object and c.object.name) for c in backed] == [
        ("Ember Legion", "Tunisia")
    ]
    assert backed[0].hedged


def test_a_financier_funds(annotate: Annotate) -> None:
    text = "The businessman Omar Talib is the main financier of the Ember Legion."
    assert ("Ember Legion", "Omar Talib") in pairs(annotate(text).claims, "funded_by")
