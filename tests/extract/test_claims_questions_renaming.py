"""A new name dates from the renaming, also when the date sits on the verb it is coordinated
with: 'X cut its ties in 2016 and rebranded as Y' (renamings in extract/claims.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate


def test_rebranding_takes_the_date_of_the_verb_it_joins(annotate: Annotate) -> None:
    annotated = annotate(
        "The Desert Lions Brigade is an armed group in Libya. It quietly dropped its old "
        "commanders in 2015 and rebranded as the Fezzan Liberation Front."
    )
    founded = [
        claim.time_scope.start.year
        for claim in annotated.claims
        if claim.predicate == "founded"
        and claim.subject.name == "Fezzan Liberation Front"
        and claim.time_scope is not None
    ]
    assert founded == [2015]
