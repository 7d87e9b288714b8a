"""Relations between organisations in news prose: parts, breakaways, mergers, ties that
end, and the shapes the parse gives them. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_viewed_as_an_extension_of_a_group(annotate: Annotate) -> None:
    text = "Ottawa views the Sable Battalion as an extension of the Crimson Front."
    assert ("Sable Battalion", "Crimson Front") in pairs(annotate(text).claims, "affiliate_of")


def test_little_more_than_a_proxy(annotate: Annotate) -> None:
    text = (
        "Analysts say the Sable Battalion might be little more than a proxy for the Crimson Front."
    )
    assert ("Sable Battalion", "Crimson Front") in pairs(annotate(text).claims, "affiliate_of")


def test_a_group_aligned_with_a_name_and_its_acronym(annotate: Annotate) -> None:
    text = (
        "This happened after disputes with a former Crimson Front (CF) aligned group, "
        "the Sable Battalion."
    )
    assert ("Sable Battalion", "Crimson Front") in pairs(annotate(text).claims, "affiliate_of")


def test_a_named_group_owned_by_another(annotate: Annotate) -> None:
    claims = annotate("The Crimson Front's Sable Battalion announced the attack.").claims
    assert ("Sable Battalion", "Crimson Front") in pairs(claims, "affiliate_of")


def test_a_place_that_owns_a_group_makes_no_affiliate(annotate: Annotate) -> None:
    claims = annotate("Turkey's Sable Battalion attacked the town.").claims
    assert not pairs(claims, "affiliate_of")


def test_breaking_away_with_a_particle(annotate: Annotate) -> None:
    text = "The Kivu Liberation Front broke away from the National Resistance Movement in 2015."
    found = pairs(annotate(text).claims, "splinter_of")
    assert ("Kivu Liberation Front", "National Resistance Movement") in found


def test_coordination_between_two_groups_is_an_alliance(annotate: Annotate) -> None:
    text = (
        "There are three examples of coordination between the Crimson Front and the Iron Brigade."
    )
    assert ("Crimson Front", "Iron Brigade") in pairs(annotate(text).claims, "ally_of")


def test_broken_ties_are_negated(annotate: Annotate) -> None:
    claims = annotate("The Crimson Front broke ties with the Iron Brigade in 2016.").claims
    ties = [c for c in claims if c.predicate == "ally_of"]
    assert ties and all(claim.negated for claim in ties)


def test_co_subjects_of_a_war_are_not_enemies(annotate: Annotate) -> None:
    text = (
        "The Crimson Front and the Iron Brigade have launched attacks on civilians "
        "as part of their war with the Sable Army."
    )
    claims = annotate(text).claims
    assert ("Crimson Front", "Iron Brigade") not in pairs(claims, "hostile_to")
    assert ("Crimson Front", "Sable Army") in pairs(claims, "hostile_to")
    assert ("Crimson Front", "Sable Army") not in pairs(claims, "affiliate_of")


def test_a_merger_item_described_as_an_offshoot_is_one_source(annotate: Annotate) -> None:
    text = (
        "In 2013, the Iron Brigade merged with the Dawn Movement, another Crimson Front "
        "offshoot, to form the Northern Legion."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert {("Northern Legion", "Iron Brigade"), ("Northern Legion", "Dawn Movement")} <= found
    assert ("Northern Legion", "Crimson Front") not in found


def test_a_merger_into_a_group_called_by_name(annotate: Annotate) -> None:
    text = (
        "In 2017, the Iron Brigade merged with two other groups to establish a new "
        "coalition called the Northern Legion."
    )
    assert ("Northern Legion", "Iron Brigade") in pairs(annotate(text).claims, "formed_from")


def test_the_patron_of_merged_militias_is_no_source(annotate: Annotate) -> None:
    text = (
        "The Northern Legion, a merger of the Dawn Movement and two Crimson Front-backed "
        "militias, claimed the attack."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert ("Northern Legion", "Dawn Movement") in found
    assert ("Northern Legion", "Crimson Front") not in found


def test_merged_groups_ner_missed_are_still_groups(annotate: Annotate) -> None:
    text = (
        "The Crimson Front is a Syrian group. The group was formed in 2017 as a merger "
        "between the Sable Front, the Ansar al-Haqq Front, Liwa al-Sunna, and the Nour "
        "al-Din Movement."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert {("Crimson Front", "Liwa al-Sunna"), ("Crimson Front", "Nour al-Din Movement")} <= found


def test_a_word_inside_a_listed_name_is_no_group(annotate: Annotate) -> None:
    text = (
        "The Crimson Front formed in 2017 through the merger of three groups in the Sahel: "
        "Ansar Dine, Katibat Macina and the Sable Front."
    )
    sources = {obj for _, obj in pairs(annotate(text).claims, "formed_from")}
    assert "Ansar" not in sources and "Katibat" not in sources


def test_what_a_named_group_claims_as_its_affiliate(annotate: Annotate) -> None:
    text = (
        "The Sable Battalion, which the Crimson Front group claims to be its affiliate "
        "in Kenya, has been blamed."
    )
    found = pairs(annotate(text).claims, "affiliate_of")
    assert ("Sable Battalion", "Crimson Front") in found
    assert ("Crimson Front", "Sable Battalion") not in found


def test_a_groups_outlet_named_in_apposition(annotate: Annotate) -> None:
    text = (
        "The Crimson Front claimed the attack through its online propaganda outlet, "
        "the Sable News Agency, on Monday."
    )
    assert ("Sable News Agency", "Crimson Front") in pairs(annotate(text).claims, "affiliate_of")


def test_a_person_trained_by_a_group(annotate: Annotate) -> None:
    claims = annotate("Omar Haddad was trained by the Crimson Front in Kenya.").claims
    assert ("Omar Haddad", "Crimson Front") in pairs(claims, "trained_by")


def test_groups_that_fought_each_other(annotate: Annotate) -> None:
    text = "The Crimson Front and the Iron Brigade fought each other for control of the town."
    assert ("Crimson Front", "Iron Brigade") in pairs(annotate(text).claims, "hostile_to")


def test_a_member_of_a_groups_bureau_is_a_member_of_the_group(annotate: Annotate) -> None:
    text = "Omar Haddad, a member of the Crimson Front's political bureau, spoke to reporters."
    assert ("Omar Haddad", "Crimson Front") in pairs(annotate(text).claims, "member_of")


def test_identified_as_a_member(annotate: Annotate) -> None:
    claims = annotate("Authorities identified Omar Haddad as a member of the Crimson Front.").claims
    assert ("Omar Haddad", "Crimson Front") in pairs(claims, "member_of")


def test_a_role_gained_as_a_member_is_the_subjects(annotate: Annotate) -> None:
    text = "Omar Haddad gained experience as a senior member of the Crimson Front."
    assert ("Omar Haddad", "Crimson Front") in pairs(annotate(text).claims, "member_of")


def test_trained_in_a_gerund_after_a_preposition(annotate: Annotate) -> None:
    text = "Police said Amina Yusuf had confessed to being trained by the Crimson Front."
    assert ("Amina Yusuf", "Crimson Front") in pairs(annotate(text).claims, "trained_by")
