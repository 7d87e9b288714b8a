"""Parents named with a bracketed acronym, mergers of described groups and dated peace
deals. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs, values


def test_an_affiliate_after_a_bracketed_acronym(annotate: Annotate) -> None:
    text = "The Eastern Brigade is a Sable Liberation Front (SLF) affiliate in Chad."
    claims = annotate(text).claims
    assert ("Eastern Brigade", "Sable Liberation Front") in pairs(claims, "affiliate_of")


def test_an_aligned_group_set_off_by_a_comma(annotate: Annotate) -> None:
    text = (
        "The raid was claimed by a former Sable Liberation Front (SLF) aligned group, "
        "the Eastern Brigade, which operates in Chad."
    )
    claims = annotate(text).claims
    assert ("Eastern Brigade", "Sable Liberation Front") in pairs(claims, "affiliate_of")


def test_an_acronym_without_a_relation_word_says_nothing(annotate: Annotate) -> None:
    text = "The Eastern Brigade, a Sable Liberation Front (SLF) ally, attacked Abeche."
    claims = annotate(text).claims
    assert not pairs(claims, "affiliate_of")


def test_a_merger_of_described_groups(annotate: Annotate) -> None:
    text = (
        "The Eastern Brigade was formed in 2009 through the merger of several small militias "
        "that rejected the ceasefire."
    )
    claims = annotate(text).claims
    assert ("Eastern Brigade", "several small militias") in values(claims, "formed_from")


def test_named_parties_of_a_merger_are_no_description(annotate: Annotate) -> None:
    text = "The Eastern Brigade was formed in 2009 through the merger of the two groups."
    assert not values(annotate(text).claims, "formed_from")


def test_a_peace_deal_in_a_when_clause_takes_the_main_clause_date(annotate: Annotate) -> None:
    text = (
        "The long war ended when the government signed a peace deal with the Sable "
        "Liberation Front (SLF) in 2016."
    )
    [setback] = [c for c in annotate(text).claims if c.predicate == "setback"]
    assert setback.subject.name == "Sable Liberation Front"
    assert setback.time_scope is not None and setback.time_scope.start.year == 2016
    assert "(" not in str(setback.value)


def test_a_successor_to_a_group(annotate: Annotate) -> None:
    text = "Hamas is the successor to the Muslim Brotherhood in the Gaza Strip."
    assert ("Hamas", "Muslim Brotherhood") in pairs(annotate(text).claims, "formed_from")


def test_a_group_formed_when_others_merged(annotate: Annotate) -> None:
    text = "Hamas was formed in 1987 when the Muslim Brotherhood and Islamic Jihad merged."
    merged = {obj for subject, obj in pairs(annotate(text).claims, "formed_from")}
    assert "Muslim Brotherhood" in merged


def test_an_editors_note_calls_a_name_the_groups_unit(annotate: Annotate) -> None:
    text = (
        'Hamas issued a statement on Monday. "The raid was led by the Qassam Brigades '
        '[the armed wing of the organization — AGENCY]," it said.'
    )
    assert ("Hamas", "Qassam Brigades") in values(annotate(text).claims, "has_branch")
    unsigned = '"The raid was led by the Qassam Brigades [sic]," Hamas said.'
    assert not values(annotate(unsigned).claims, "has_branch")
