"""Goals said through purposes and announced intentions (extract/aims.py). Sentences and
group names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate


def goals(claims: list[Claim]) -> set[tuple[str, str]]:
    return {
        (claim.subject.name, str(getattr(claim.value, "text", claim.value)))
        for claim in claims
        if claim.predicate == "goal"
    }


def test_purpose_noun_gives_the_goal(annotate: Annotate) -> None:
    text = "The Kestrel Front seized three villages in an attempt to build a separate state."
    assert ("Kestrel Front", "build a separate state") in goals(annotate(text).claims)


def test_struggle_with_a_purpose_clause(annotate: Annotate) -> None:
    text = "The Norvan Front waged an armed struggle to win autonomy for the valley."
    assert ("Norvan Front", "win autonomy for the valley") in goals(annotate(text).claims)


def test_struggle_for_something(annotate: Annotate) -> None:
    text = "The Norvan Front has waged a long war against the army for an independent homeland."
    assert ("Norvan Front", "independent homeland") in goals(annotate(text).claims)


def test_war_for_years_is_no_goal(annotate: Annotate) -> None:
    text = "The Norvan Front has waged a long war against the army for years."
    assert not goals(annotate(text).claims)


def test_beginning_to_do_something_is_no_founding(annotate: Annotate) -> None:
    text = "In 2014, the Kestrel Front began raiding villages in an attempt to build a state."
    claims = annotate(text).claims
    assert not [claim for claim in claims if claim.predicate == "founded"]
