"""leader_of precision beside lists and possessive pronouns (extract/clauses.py, claims.py).
Sentences and names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def leaders(claims: list[Claim]) -> set[tuple[str, str | None]]:
    return pairs(claims, "leader_of")


def test_title_before_a_list_names_only_the_first_person(annotate: Annotate) -> None:
    text = "Soldiers killed Tarvan Front leader Idris Malouf and Ramon Velasquez in a raid."
    found = leaders(annotate(text).claims)
    assert ("Idris Malouf", "Tarvan Front") in found
    assert ("Ramon Velasquez", "Tarvan Front") not in found


def test_its_leader_after_an_object_is_not_the_attackers(annotate: Annotate) -> None:
    text = "The Kestrel Front attacked the village and its leader Omar Dalik."
    assert ("Omar Dalik", "Kestrel Front") not in leaders(annotate(text).claims)


def test_its_leader_after_a_named_group_is_that_groups(annotate: Annotate) -> None:
    text = "The Kestrel Front attacked the Norvan Brigade and its leader Omar Dalik."
    found = leaders(annotate(text).claims)
    assert ("Omar Dalik", "Norvan Brigade") in found
    assert ("Omar Dalik", "Kestrel Front") not in found


def test_leader_of_a_quoted_group_is_not_the_passages_group(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front is a Shia militant group. In a speech, its chief attacked Omar "
        "Dalik, the leader of the right-wing Christian group “Norvan Guards”, accusing him "
        "of fomenting divisions."
    )
    found = leaders(annotate(text).claims)
    assert ("Omar Dalik", "Norvan Guards") in found
    assert ("Omar Dalik", "Kestrel Front") not in found
    assert not any(leader == "Norvan Guards" for leader, _ in found)


def test_its_emir_listed_after_a_pledge_is_someone_else(annotate: Annotate) -> None:
    text = (
        "The Kestrel Front formed in 2015 when the group's leader, Omar Dalik, swore "
        "allegiance to the Norvan Brigade and its emir at the time, Idris Malouf."
    )
    assert ("Omar Dalik", "Norvan Brigade") not in leaders(annotate(text).claims)
