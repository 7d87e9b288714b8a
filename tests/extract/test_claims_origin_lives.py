"""Deaths stated as a state and births. Sentences and names are invented for the tests."""

from __future__ import annotations

from datetime import date

from dossier.model import Claim, Money, TimeSpan
from tests.extract.conftest import Annotate


def _dated(claims: list[Claim], predicate: str) -> dict[str, TimeSpan]:
    return {
        claim.subject.name: claim.value
        for claim in claims
        if claim.predicate == predicate and isinstance(claim.value, TimeSpan)
    }


def test_people_said_to_be_dead_died_by_the_report(annotate: Annotate) -> None:
    text = "Tomas Varga and his deputy, Milan Kovac, are both dead, the army said."
    deaths = _dated(annotate(text, published_at="2019-04-02").claims, "died")
    assert set(deaths) == {"Tomas Varga", "Milan Kovac"}
    assert deaths["Tomas Varga"].end == date(2019, 4, 2)
    assert deaths["Tomas Varga"].start is None


def test_a_reported_death_keeps_its_speaker_and_own_date(annotate: Annotate) -> None:
    text = (
        "The rebels said on Friday that Tomas Varga, their founder, was confirmed dead in May 2018."
    )
    [death] = [c for c in annotate(text, published_at="2019-04-02").claims if c.predicate == "died"]
    assert death.subject.name == "Tomas Varga"
    assert isinstance(death.value, TimeSpan) and death.value.start == date(2018, 5, 1)


def test_dead_in_other_senses_states_no_death(annotate: Annotate) -> None:
    text = "The talks with Tomas Varga are dead. Tomas Varga was dead tired after the march."
    assert not _dated(annotate(text, published_at="2019-04-02").claims, "died")


def test_an_undated_report_dates_no_death(annotate: Annotate) -> None:
    claims = annotate("Tomas Varga is dead, his family said.").claims
    assert not _dated(claims, "died")


def test_a_birth_with_its_year(annotate: Annotate) -> None:
    passive = _dated(annotate("Tomas Varga was born in 1958 in Kosice.").claims, "born")
    assert passive["Tomas Varga"].start == date(1958, 1, 1)
    opening = annotate("Tomas Varga led the rebels. Born in 1958, Varga joined them in 1990.")
    assert _dated(opening.claims, "born")["Tomas Varga"].end == date(1958, 12, 31)


def test_a_date_outside_the_birth_phrase_is_not_the_birth(annotate: Annotate) -> None:
    claims = annotate("Born in Kosice, Tomas Varga joined the rebels in 1990.").claims
    assert not _dated(claims, "born")


def test_a_reward_offered_for_a_person(annotate: Annotate) -> None:
    text = "The United States offered a $5 million reward for information on Juan Perez."
    [reward] = [c for c in annotate(text).claims if c.predicate == "reward_offered"]
    assert reward.subject.name == "Juan Perez"
    assert reward.object is not None and reward.object.name == "United States"
    assert isinstance(reward.value, Money) and reward.value.amount == 5_000_000


def test_a_bounty_on_his_head_is_on_the_person_the_clause_is_about(annotate: Annotate) -> None:
    text = (
        "Juan Perez leads the rebels. Perez, who had a $3 million bounty placed on his head "
        "by the United States, spoke on radio."
    )
    rewarded = {c.subject.name for c in annotate(text).claims if c.predicate == "reward_offered"}
    assert rewarded == {"Juan Perez"}


def test_a_reward_for_information_on_an_attack_names_nobody(annotate: Annotate) -> None:
    text = "The police offered a reward for information about the bombing in Kosice."
    assert not [c for c in annotate(text).claims if c.predicate == "reward_offered"]


def test_a_death_noun_with_its_own_date(annotate: Annotate) -> None:
    dated = _dated(annotate("Abubakar Shekau's death in 2021 weakened Boko Haram.").claims, "died")
    assert dated["Abubakar Shekau"].start == date(2021, 1, 1)
    undated = annotate("Boko Haram vowed the death of Abubakar Shekau.").claims
    assert not _dated(undated, "died")
