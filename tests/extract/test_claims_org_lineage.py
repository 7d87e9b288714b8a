"""Relations between organisations read from constructions news prose uses: prepositional
verbs of lineage and conflict with a preposition of two words ('grew out of'), splinter
modifiers on a body noun, a name set off after 'the arm of X' that the parse joins as a
conjunct, examples marked by an adverb ('most notably Y'), and relation nouns inside a
negated clause's subject. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_group_that_grew_out_of_another(annotate: Annotate) -> None:
    text = "The Delta Front grew out of the Sable Battalion in the late 1990s."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "formed_from")


def test_a_group_that_turned_against_its_patron(annotate: Annotate) -> None:
    text = "In 2012 the Delta Front turned against the Sable Battalion."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "hostile_to")


def test_a_group_that_broke_off_from_another(annotate: Annotate) -> None:
    text = "The Delta Front broke off from the Sable Battalion after a dispute over money."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "splinter_of")


def test_a_splinter_faction_is_no_affiliate(annotate: Annotate) -> None:
    text = "The Delta Front, a splinter faction of the Sable Battalion, seized the port."
    claims = annotate(text).claims
    assert ("Delta Front", "Sable Battalion") in pairs(claims, "splinter_of")
    assert ("Delta Front", "Sable Battalion") not in pairs(claims, "affiliate_of")
    assert ("Sable Battalion", "Delta Front") not in pairs(claims, "has_branch")


def test_a_bare_faction_is_still_an_affiliate(annotate: Annotate) -> None:
    text = "The Delta Front, a faction of the Sable Battalion, seized the port."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "affiliate_of")


def test_the_arm_of_a_group_named_after_a_comma(annotate: Annotate) -> None:
    text = "The armed wing of the Sable Battalion, the Delta Front (DF), was never disbanded."
    claims = annotate(text).claims
    assert ("Sable Battalion", "Delta Front") in pairs(claims, "has_branch")
    [branch] = [c for c in claims if c.predicate == "has_branch"]
    assert not branch.negated  # the clause denies the disbanding, not the wing


def test_a_list_of_arms_is_no_apposition(annotate: Annotate) -> None:
    text = "The armed wing of the Sable Battalion, the Delta Front and the Green Brigade met."
    assert ("Sable Battalion", "Green Brigade") not in pairs(annotate(text).claims, "has_branch")


def test_examples_marked_by_an_adverb(annotate: Annotate) -> None:
    text = "The Delta Front competes with other armed groups, most notably the Sable Battalion."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "hostile_to")


def test_a_leader_named_in_a_negated_clause_still_leads(annotate: Annotate) -> None:
    text = "The leader of the Delta Front, Omar Talbi, was not arrested."
    [claim] = [c for c in annotate(text).claims if c.predicate == "leader_of"]
    assert claim.subject.name == "Omar Talbi" and not claim.negated


def test_a_negated_tie_is_still_negated(annotate: Annotate) -> None:
    text = "The Delta Front has not received support from the Sable Battalion."
    [claim] = [c for c in annotate(text).claims if c.predicate == "supported_by"]
    assert claim.negated


def test_a_coalition_of_backed_militias_is_backed(annotate: Annotate) -> None:
    text = (
        "The town fell to an umbrella group of Iranian-backed local militias called the Delta "
        "Front."
    )
    assert ("Delta Front", "Iran") in pairs(annotate(text).claims, "supported_by")


def test_backed_militias_a_group_fights_are_not_its_backing(annotate: Annotate) -> None:
    text = "The Delta Front fought Iranian-backed militias near the border."
    assert not pairs(annotate(text).claims, "supported_by")


def test_a_name_after_a_comma_that_the_parse_left_unattached(annotate: Annotate) -> None:
    text = (
        "Dozens died in the latest in a long line of attacks by an al-Qaeda-linked armed "
        "group, Kataib Sayyid al-Shuhada (KSS)."
    )
    claims = annotate(text).claims
    assert ("Kataib Sayyid al-Shuhada", "al-Qaeda") in pairs(claims, "affiliate_of")


def test_a_leaders_pledge_is_the_groups(annotate: Annotate) -> None:
    text = "Ali Kamara, the leader of the Delta Front, pledged allegiance to al-Qaeda in 2015."
    claims = annotate(text).claims
    assert ("Delta Front", "al-Qaeda") in pairs(claims, "pledged_allegiance_to")


def test_a_pledge_by_someone_who_leads_nothing_stays_theirs(annotate: Annotate) -> None:
    text = "Ali Kamara, a preacher from the coast, pledged allegiance to al-Qaeda in 2015."
    claims = annotate(text).claims
    assert {subject for subject, _ in pairs(claims, "pledged_allegiance_to")} <= {"Ali Kamara"}


def test_weapons_and_training_received_from_one_source(annotate: Annotate) -> None:
    text = "The Delta Front has received weapons and training from Iran."
    claims = annotate(text).claims
    assert ("Delta Front", "Iran") in pairs(claims, "armed_by")
    assert ("Delta Front", "Iran") in pairs(claims, "trained_by")


def test_a_coalition_of_groups_named_by_examples_keeps_them(annotate: Annotate) -> None:
    text = "The Delta Front is a coalition of groups including the Sable Battalion."
    assert ("Delta Front", "Sable Battalion") in pairs(annotate(text).claims, "formed_from")
