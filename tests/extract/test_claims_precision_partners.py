"""Claims an analyst judged wrong by hand, in the constructions that gave them: a place in a
'support from' phrase read as where a group operates, and merger lists whose items are
branches ("the merger of A, B and the Andean branch of C"), read as formed from C and as
making A part of C. Sentences and names are invented for the tests."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs

# ---- a place that gives support is no place of operation ---------------------------------


def test_a_place_in_a_support_from_phrase_is_a_supporter(annotate: Annotate) -> None:
    text = (
        "The Ember Legion is an armed group. With (alleged) support from Cuba and Venezuela, "
        "they created a campaign of terror against police stations in rural areas."
    )
    claims = annotate(text).claims
    assert not {obj for _, obj in pairs(claims, "operates_in")} & {"Cuba", "Venezuela"}
    backers = [c for c in claims if c.predicate == "supported_by"]
    assert {c.object.name for c in backers if c.object} == {"Cuba", "Venezuela"}
    assert all(c.hedged for c in backers)


def test_a_campaign_place_outside_the_support_phrase_is_still_read(annotate: Annotate) -> None:
    text = "With funding from Qatar, the Ember Legion waged a campaign in Chad."
    claims = annotate(text).claims
    assert ("Ember Legion", "Chad") in pairs(claims, "operates_in")
    assert ("Ember Legion", "Qatar") not in pairs(claims, "operates_in")


# ---- merger lists whose items are branches ------------------------------------------------


def test_a_branch_item_of_a_merger_is_the_branch_not_its_parent(annotate: Annotate) -> None:
    text = (
        "The Ember Front was formed in 2016 through the merger of the Red Wing, Katiba Sur "
        "and the Bolivian branch of the Condor Brigades."
    )
    found = pairs(annotate(text).claims, "formed_from")
    assert ("Ember Front", "Condor Brigades") not in found
    assert ("Ember Front", "Bolivian branch of the Condor Brigades") in found
    assert {("Ember Front", "Red Wing"), ("Ember Front", "Katiba Sur")} <= found


def test_partners_listed_with_a_branch_are_not_its_parents_affiliates(
    annotate: Annotate,
) -> None:
    text = (
        "The Ember Front formed in May 2015 through the merger of three armed groups in "
        "Peru: the Red Wing, Katiba Sur, and the Andean branch of the Condor Brigades (CB)."
    )
    claims = annotate(text).claims
    assert not pairs(claims, "affiliate_of")
    assert not pairs(claims, "has_branch")
    assert ("Ember Front", "Condor Brigades") not in pairs(claims, "formed_from")


def test_a_branch_set_beside_a_name_still_describes_it(annotate: Annotate) -> None:
    text = "The Ember Front, the armed wing of the Condor Brigades, attacked a police base."
    claims = annotate(text).claims
    assert ("Ember Front", "Condor Brigades") in pairs(claims, "affiliate_of")


def test_two_roles_joined_by_and_still_describe_one_person(annotate: Annotate) -> None:
    text = "Abu Talha, a Tuareg commander and the former emir of the Ember Front, was killed."
    assert ("Abu Talha", "Ember Front") in pairs(annotate(text).claims, "leader_of")


def test_partners_of_a_merger_between_groups_are_not_each_others_branches(
    annotate: Annotate,
) -> None:
    text = (
        "The Ember Front was formed on May 2, 2016, the product of a merger between the "
        "Condor Brigades' Andean branch, the Quechua-led rebel group Katiba Sur, and the "
        "Amazonian jihadist group Red Wing."
    )
    claims = annotate(text).claims
    assert not pairs(claims, "affiliate_of")
    assert not pairs(claims, "has_branch")
    found = pairs(claims, "formed_from")
    assert {("Ember Front", "Katiba Sur"), ("Ember Front", "Red Wing")} <= found
    assert ("Ember Front", "Condor Brigades") not in found


# ---- an editor's bracketed note is signed, not named ------------------------------------


def test_the_signature_of_a_bracketed_note_is_no_branch(annotate: Annotate) -> None:
    text = (
        'The Ember Legion (EL) claimed the raid. "The attack was carried out by the Condor '
        'brigade [the combat unit of the organization \u2014 TASS]," the statement said.'
    )
    claims = annotate(text).claims
    assert not any(c.subject.name == "TASS" for c in claims)
    assert not any(c.object is not None and c.object.name == "TASS" for c in claims)


# ---- a date belongs to its own clause ------------------------------------------------------


def _times(claims: list[Claim], predicate: str) -> set[str | None]:
    return {c.time_scope.text if c.time_scope else None for c in claims if c.predicate == predicate}


def test_a_clause_date_does_not_scope_a_phrase_set_beside_the_subject(
    annotate: Annotate,
) -> None:
    text = "The Ember Legion, allies of Tunisia, seized Tripoli a year ago."
    claims = annotate(text, published_at="2020-05-01").claims
    assert ("Ember Legion", "Tunisia") in pairs(claims, "ally_of")
    assert _times(claims, "ally_of") == {None}


def test_a_date_inside_the_phrase_set_beside_a_name_scopes_it(annotate: Annotate) -> None:
    text = "Abu Talha, the leader of the Ember Legion since 2010, was killed in 2019."
    claims = annotate(text, published_at="2020-05-01").claims
    assert _times(claims, "leader_of") == {"since 2010"}


def test_a_phrase_set_beside_the_date_keeps_the_clause_date(annotate: Annotate) -> None:
    text = (
        "The Ember Front was formed on May 2, 2016, the product of a merger between "
        "Katiba Sur and the Red Wing."
    )
    claims = annotate(text, published_at="2020-05-01").claims
    assert _times(claims, "formed_from") == {"on May 2, 2016"}
