"""Who 'it' and 'he' are when a sentence names someone only after the pronoun, or when a
story names several people: invented groups, people and sentences."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_it_never_means_a_group_its_own_sentence_names_later(annotate: Annotate) -> None:
    claims = annotate(
        "The Crimson Valley Front is the strongest of the rebel movements in Zarkovia. "
        "It began as a splinter group, breaking away from the larger Northern Brotherhood "
        "(which has since disarmed under a peace deal) in the late 1980s.",
    ).claims
    lineage = pairs(claims, "formed_from") | pairs(claims, "splinter_of")
    assert ("Crimson Valley Front", "Northern Brotherhood") in lineage
    assert not [pair for pair in lineage if pair[0] == "Northern Brotherhood"]


def test_a_leader_under_whom_it_acted_leads_the_earlier_group(annotate: Annotate) -> None:
    claims = annotate(
        "The Crimson Valley Front operates in the hills of Zarkovia. It split from the "
        "Northern Brotherhood, which later signed a truce with the government, in 1991. "
        "Under the leadership of Omar Belkas, it carried out a wave of kidnappings.",
    ).claims
    leaders = pairs(claims, "leader_of")
    assert ("Omar Belkas", "Northern Brotherhood") not in leaders


def test_its_before_the_named_subject_means_that_subject(annotate: Annotate) -> None:
    claims = annotate(
        "Officials blamed the Northern Brotherhood for the ambush. "
        "Since its founding in 2009, the Crimson Valley Front has had about 900 fighters.",
    ).claims
    sizes = {claim.subject.name for claim in claims if claim.predicate == "member_count"}
    assert sizes == {"Crimson Valley Front"}


def test_he_is_the_person_the_sentence_before_named_as_its_subject(annotate: Annotate) -> None:
    claims = annotate(
        "The Crimson Valley Front is an armed group in Zarkovia. "
        "Its commander, Omar Belkas, grew up in Dalmar and studied law in Cairo. "
        "After his return to Zarkovia, he joined the Northern Brotherhood.",
    ).claims
    assert ("Omar Belkas", "Northern Brotherhood") in pairs(claims, "member_of")


def test_he_means_no_one_when_two_people_could_be_meant(annotate: Annotate) -> None:
    claims = annotate(
        "The Crimson Valley Front is an armed group in Zarkovia. "
        "Omar Belkas and Tarik Vonn met in Dalmar in 2001. "
        "A year later he joined the Northern Brotherhood.",
    ).claims
    assert not [pair for pair in pairs(claims, "member_of") if pair[1] == "Northern Brotherhood"]


def test_he_does_not_reach_past_a_paragraph_and_a_sentence(annotate: Annotate) -> None:
    claims = annotate(
        "Omar Belkas studied law in Cairo.\n\n"
        "The Crimson Valley Front attacked a convoy near Dalmar on Monday. "
        "He joined the Northern Brotherhood after the attack, a witness said.",
    ).claims
    assert not pairs(claims, "member_of")


def test_a_he_that_is_already_the_subject_is_passed_on(annotate: Annotate) -> None:
    claims = annotate(
        "The Crimson Valley Front is an armed group in Zarkovia. "
        "Omar Belkas grew up in Dalmar. He was a close friend of the poet Tarik Vonn. "
        "He later joined the Northern Brotherhood.",
    ).claims
    members = {pair for pair in pairs(claims, "member_of") if pair[1] == "Northern Brotherhood"}
    assert members == {("Omar Belkas", "Northern Brotherhood")}


def test_she_is_not_the_person_her_own_sentence_names_in_passing(annotate: Annotate) -> None:
    claims = annotate(
        "The daughter of the painter Tarik Vonn, she was born in Dalmar in 1950. "
        "She later joined the Northern Brotherhood.",
    ).claims
    assert ("Tarik Vonn", "Northern Brotherhood") not in pairs(claims, "member_of")


def test_the_group_with_a_relative_clause_is_the_group_just_named(annotate: Annotate) -> None:
    claims = annotate(
        "Officials blamed the Crimson Valley Front for the ambush. "
        "The group, which was founded in 2009, is also active in Chad.",
    ).claims
    places = {
        (claim.subject.name, claim.object.name)
        for claim in claims
        if claim.predicate == "operates_in" and claim.object is not None
    }
    assert ("Crimson Valley Front", "Chad") in places


def test_a_name_right_after_the_group_noun_is_its_own(annotate: Annotate) -> None:
    claims = annotate(
        "The dissident nationalist group New Dawn Front has admitted responsibility for "
        "the murder of journalist Tarik Vonn during the riots in Dalmar.",
    ).claims
    assert "New Dawn Front" in {claim.subject.name for claim in claims}
