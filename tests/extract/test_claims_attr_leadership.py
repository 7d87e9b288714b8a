"""Leadership in the shapes news prose gives it around a role noun (extract/leadership.py).
Sentences and names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def leaders(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "leader_of")


def test_name_set_off_after_the_group_leads_it(annotate: Annotate) -> None:
    text = "The chief of the Kestrel Front, Ramon Velasquez, spoke to reporters on Monday."
    assert ("Ramon Velasquez", "Kestrel Front") in leaders(annotate(text).claims)


def test_headed_by_the_emir_of_another_group(annotate: Annotate) -> None:
    text = "The Tarvan Brigade is headed by the emir of the Norvan Front, Idris Malouf."
    found = leaders(annotate(text).claims)
    assert ("Idris Malouf", "Norvan Front") in found
    assert ("Idris Malouf", "Tarvan Brigade") in found


def test_leadership_of_a_group_under_a_person(annotate: Annotate) -> None:
    text = "Many fighters grew tired of the leadership of the Kestrel Front under Omar Dalik."
    assert ("Omar Dalik", "Kestrel Front") in leaders(annotate(text).claims)


def test_previous_leader_leads_the_passages_group(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front was formed in 1999 in the hills. "
        "It grew quickly after the previous leader, Omar Dalik, was arrested."
    )
    assert ("Omar Dalik", "Kestrel Front") in leaders(annotate(text).claims)


def test_a_leader_of_a_people_leads_no_group(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front was formed in 1999 in the hills. "
        "It met a local leader, Omar Dalik, in the town."
    )
    assert not leaders(annotate(text).claims)


def test_deputy_leader_set_off_after_the_group_leads_nothing(annotate: Annotate) -> None:
    text = "The deputy chief of the Kestrel Front, Ramon Velasquez, spoke on Monday."
    assert ("Ramon Velasquez", "Kestrel Front") not in leaders(annotate(text).claims)


def test_each_of_two_people_killed_died(annotate: Annotate) -> None:
    text = "Omar Dalik and Ramon Velasquez were killed by soldiers on 12 March 2019."
    died = {claim.subject.name for claim in annotate(text).claims if claim.predicate == "died"}
    assert {"Omar Dalik", "Ramon Velasquez"} <= died
