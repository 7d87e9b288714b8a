"""Attributes of groups said in shapes the parse hangs away from the cue: a founder's name
set off after the group's, a creed on 'the group', places of raids hung on the verb, a
death said through a killing verb. Sentences and names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim, Range, TimeSpan
from tests.extract.conftest import Annotate, pairs, values


def test_founder_named_after_the_group(annotate: Annotate) -> None:
    text = "The founder of the Kestrel Front, Tomas Varga, was arrested in 2010."
    assert ("Kestrel Front", "Tomas Varga") in pairs(annotate(text).claims, "founded_by")


def test_description_after_the_group_is_no_founder(annotate: Annotate) -> None:
    text = "The founder of the Kestrel Front, a rebel movement, was arrested in 2010."
    assert pairs(annotate(text).claims, "founded_by") == set()


def test_creed_on_the_group_is_the_passage_groups(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front attacked a police post on Monday. "
        "Officials say the radical Sunni group has about 900 fighters."
    )
    found = values(annotate(text).claims, "ideology")
    assert any(name == "Kestrel Front" and "Sunni" in value for name, value in found)


def test_raids_placed_on_their_verb(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front carried out raids throughout Moldova, Romania and Hungary."
    found = pairs(annotate(text).claims, "operates_in")
    assert {
        ("Kestrel Liberation Front", "Moldova"),
        ("Kestrel Liberation Front", "Romania"),
    } <= found


def test_killing_verb_with_a_dated_person_object(annotate: Annotate) -> None:
    text = "Soldiers gunned down Tomas Varga, the Kestrel Front commander, in March 2019."
    claims = annotate(text).claims
    assert "Tomas Varga" in {claim.subject.name for claim in claims if claim.predicate == "died"}


def test_killing_without_a_named_person_is_no_death(annotate: Annotate) -> None:
    claims = annotate("Gunmen killed 16 villagers in March 2019.").claims
    assert not [claim for claim in claims if claim.predicate == "died"]


def test_founder_named_after_the_group_in_a_copula(annotate: Annotate) -> None:
    text = "The founder of Hamas, Ahmed Yassin, was a teacher from Gaza."
    assert ("Hamas", "Ahmed Yassin") in pairs(annotate(text).claims, "founded_by")


def test_what_a_group_began_as_stands_for_it(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front began as a student union founded by Tomas Varga in 1978."
    found = pairs(annotate(text).claims, "founded_by")
    assert ("Kestrel Liberation Front", "Tomas Varga") in found


def counts(claims: list[Claim]) -> dict[int, Claim]:
    return {
        claim.value.min: claim
        for claim in claims
        if claim.predicate == "member_count" and isinstance(claim.value, Range)
        if claim.value.min is not None
    }


def test_earlier_head_count_keeps_its_own_date(annotate: Annotate) -> None:
    text = "In 2015 the Kestrel Liberation Front had about 400 members, down from 1,250 in 2009."
    found = counts(annotate(text).claims)
    assert {400, 1250} <= set(found)
    earlier = found[1250].time_scope
    assert earlier is not None and earlier.start is not None and earlier.start.year == 2009


def test_earlier_figure_named_by_a_figure_noun(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front has 3,000 fighters, up from a previous figure of 900."
    assert {3000, 900} <= set(counts(annotate(text).claims))


def test_a_rise_without_a_figure_adds_no_count(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front has 3,000 fighters, up from last year."
    assert set(counts(annotate(text).claims)) == {3000}


def founding_years(claims: list[Claim]) -> set[tuple[str, int]]:
    return {
        (claim.subject.name, claim.value.start.year)
        for claim in claims
        if claim.predicate == "founded"
        and isinstance(claim.value, TimeSpan)
        and claim.value.start is not None
    }


def test_existence_since_a_date_is_the_start(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front has been in existence since 1997."
    assert ("Kestrel Liberation Front", 1997) in founding_years(annotate(text).claims)


def test_existed_since_a_date_is_the_start(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front has existed since 1994, officials said."
    assert ("Kestrel Liberation Front", 1994) in founding_years(annotate(text).claims)


def test_existing_at_a_date_says_nothing_of_the_start(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front still existed in 2010."
    assert founding_years(annotate(text).claims) == set()


def test_base_named_out_of_a_place_ner_missed(annotate: Annotate) -> None:
    text = "Based out of Muridke, the Kestrel Liberation Front is headed by Tomas Varga."
    found = pairs(annotate(text).claims, "based_in")
    assert ("Kestrel Liberation Front", "Muridke") in found


def test_a_word_the_gazetteer_only_resembles_is_no_place(annotate: Annotate) -> None:
    text = "The Kestrel Liberation Front is based in Ramadan, a reporter wrote."
    assert pairs(annotate(text).claims, "based_in") == set()


def test_reach_across_places_is_where_a_group_operates(annotate: Annotate) -> None:
    text = (
        "The Kestrel Liberation Front is an armed group plaguing civilian targets "
        "throughout Moldova and Romania."
    )
    found = pairs(annotate(text).claims, "operates_in")
    assert {("Kestrel Liberation Front", "Moldova"), ("Kestrel Liberation Front", "Romania")} <= (
        found
    )


def test_reach_of_something_else_is_no_groups_presence(annotate: Annotate) -> None:
    text = "Officials across Moldova condemned the Kestrel Liberation Front."
    assert pairs(annotate(text).claims, "operates_in") == set()


def test_taking_the_helm_is_leading(annotate: Annotate) -> None:
    text = "Tomas Varga took the helm of the Kestrel Liberation Front in 2015."
    assert ("Tomas Varga", "Kestrel Liberation Front") in pairs(annotate(text).claims, "leader_of")


def test_taking_something_else_of_a_group_is_not_leading(annotate: Annotate) -> None:
    text = "Tomas Varga took photos of the Kestrel Liberation Front in 2015."
    assert pairs(annotate(text).claims, "leader_of") == set()
