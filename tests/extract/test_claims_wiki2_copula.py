"""A description before 'is' and the name after it: 'the oldest school in the county,
founded in 1688, is Y' tells Y's founding; 'the printer, based in Lyon, is Y' its base."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_founding_told_before_the_name_the_copula_gives(annotate: Annotate) -> None:
    text = (
        "The oldest college in the state, founded in 1688, is Harwick University, one of the"
        " oldest schools in England."
    )
    founded = [c for c in annotate(text).claims if c.predicate == "founded"]
    assert [(c.subject.name, c.time_scope and c.time_scope.text) for c in founded] == [
        ("Harwick University", "in 1688")
    ]


def test_a_base_told_before_the_name_the_copula_gives(annotate: Annotate) -> None:
    text = "The printer of the journal, based in Lyon, is Maison Berthier Editions."
    assert ("Maison Berthier Editions", "Lyon") in pairs(annotate(text).claims, "based_in")
