"""funded_by from a group's own ways of making money: 'X relies on smuggling', 'X funds
itself through kidnapping' (extract/revenue.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, values


def test_reliance_on_income_lists_each_means(annotate: Annotate) -> None:
    annotated = annotate(
        "The Sahel Liberation Front is an armed group in Mali. Since 2015 the Sahel "
        "Liberation Front has relied mostly on gold smuggling and the kidnapping of traders."
    )
    found = values(annotated.claims, "funded_by")
    assert ("Sahel Liberation Front", "gold smuggling") in found
    assert any(value.startswith("kidnapping") for _, value in found)


def test_self_funding_through_means(annotate: Annotate) -> None:
    annotated = annotate(
        "The Northern Rivers Brigade is a rebel militia. The Northern Rivers Brigade "
        "finances itself through extortion and cattle theft."
    )
    found = values(annotated.claims, "funded_by")
    assert {subject for subject, _ in found} == {"Northern Rivers Brigade"}
    assert any("extortion" in value for _, value in found)
    assert any("cattle theft" in value for _, value in found)


def test_reliance_on_anything_else_is_no_funding(annotate: Annotate) -> None:
    annotated = annotate(
        "The Northern Rivers Brigade is a rebel militia. The Northern Rivers Brigade "
        "relies on local support and on its knowledge of the hills."
    )
    assert values(annotated.claims, "funded_by") == set()


def test_income_noun_belongs_to_the_passage_group(annotate: Annotate) -> None:
    annotated = annotate(
        "The Northern Rivers Brigade is a rebel militia in the east. Profits from cattle "
        "smuggling are thought to pay for most of its weapons."
    )
    found = values(annotated.claims, "funded_by")
    assert ("Northern Rivers Brigade", "cattle smuggling") in found


def test_income_from_anything_else_is_no_funding(annotate: Annotate) -> None:
    annotated = annotate(
        "The Northern Rivers Brigade is a rebel militia in the east. The income from the "
        "harvest fell sharply last year."
    )
    assert values(annotated.claims, "funded_by") == set()
