"""leader_of with the time of taking over: 'P took power after the previous leader was
killed in 2011', 'P succeeded Q' (extract/succession.py)."""

from __future__ import annotations

from dossier.model import AnnotatedDocument
from tests.extract.conftest import Annotate


def _leads(annotated: AnnotatedDocument, person: str) -> list[tuple[str, int | None]]:
    """(group, first year) of each leader_of claim of a person."""
    return [
        (claim.object.name, claim.time_scope.start.year if claim.time_scope else None)
        for claim in annotated.claims
        if claim.predicate == "leader_of" and claim.subject.name == person and claim.object
    ]


def test_took_power_after_the_previous_leader_died(annotate: Annotate) -> None:
    annotated = annotate(
        "The Kestrel Front is an armed group in Chad. Ahmed Hassan took power after the "
        "previous leader, Omar Suleiman, was killed by soldiers in 2011."
    )
    assert ("Kestrel Front", 2011) in _leads(annotated, "Ahmed Hassan")


def test_took_over_a_named_group(annotate: Annotate) -> None:
    annotated = annotate(
        "Rebels clashed with the army near the border. In 2019 Ahmed Hassan took over the "
        "Kestrel Front."
    )
    assert ("Kestrel Front", 2019) in _leads(annotated, "Ahmed Hassan")


def test_taking_power_without_leadership_names_no_group(annotate: Annotate) -> None:
    annotated = annotate(
        "The Kestrel Front is an armed group in Chad. Ahmed Hassan took power in the capital "
        "after the election in 2011."
    )
    assert _leads(annotated, "Ahmed Hassan") == []


def test_taking_control_of_a_place_is_no_leadership(annotate: Annotate) -> None:
    annotated = annotate(
        "The Kestrel Front is an armed group in Chad. Its leader is Omar Suleiman. Ahmed "
        "Hassan took control of the town in 2011."
    )
    assert _leads(annotated, "Ahmed Hassan") == []


def test_succeeding_as_an_office_is_no_leadership(annotate: Annotate) -> None:
    annotated = annotate(
        "The Kestrel Front is an armed group in Chad. Its leader is Omar Suleiman. In 2019 "
        "Ahmed Hassan succeeded Ali Musa as prime minister."
    )
    assert _leads(annotated, "Ahmed Hassan") == []


def test_succeeding_a_leader_of_the_passage_group(annotate: Annotate) -> None:
    annotated = annotate(
        "The Kestrel Front is an armed group in Chad. In 2018 Ahmed Hassan succeeded Omar "
        "Suleiman as leader of the group."
    )
    assert ("Kestrel Front", 2018) in _leads(annotated, "Ahmed Hassan")


def test_replaced_by_in_the_passive_after_a_death(annotate: Annotate) -> None:
    annotated = annotate(
        "Al-Shabaab is a militant group in Somalia. Ahmed Warsame was killed in a drone "
        "strike in 2014, and was replaced by his cousin Hassan Dahir."
    )
    assert ("Al-Shabaab", 2014) in _leads(annotated, "Hassan Dahir")


def test_replaced_by_outside_an_armed_group_is_no_leadership(annotate: Annotate) -> None:
    annotated = annotate(
        "The Larks are a rock band from Leeds. John Smith left in 2001 and was replaced by "
        "Peter Brown."
    )
    assert _leads(annotated, "Peter Brown") == []
