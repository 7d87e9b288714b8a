"""Where a group is, with the phrase around the place kept as text (extract/presence.py),
and descriptions around a name: a coalition's creed, a ranking set off before a name, an
office of a country written in another spelling. Sentences and names are invented."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, values


def located(claims: list[Claim], predicate: str) -> set[tuple[str, str, str | None]]:
    return {
        (claim.subject.name, claim.object.name, getattr(claim.value, "text", claim.value))
        for claim in claims
        if claim.predicate == predicate and claim.object is not None
    }


def test_region_of_a_country_is_kept_with_the_country(annotate: Annotate) -> None:
    text = "The Kestrel Front operates mainly in north-eastern Colombia, near the border."
    assert ("Kestrel Front", "Colombia", "north-eastern Colombia") in located(
        annotate(text).claims, "operates_in"
    )


def test_phrase_holding_the_place_is_kept(annotate: Annotate) -> None:
    text = "The Kestrel Front controls territory in several districts in southern Yemen."
    assert ("Kestrel Front", "Yemen", "several districts in southern Yemen") in located(
        annotate(text).claims, "operates_in"
    )


def test_bare_place_has_no_phrase(annotate: Annotate) -> None:
    text = "The Kestrel Front is active in Yemen."
    assert ("Kestrel Front", "Yemen", None) in located(annotate(text).claims, "operates_in")


def test_base_in_part_of_a_country(annotate: Annotate) -> None:
    text = "The Kestrel Front is based in western Uganda."
    assert ("Kestrel Front", "Uganda", "western Uganda") in located(
        annotate(text).claims, "based_in"
    )


def test_creed_of_the_groups_a_coalition_unites(annotate: Annotate) -> None:
    text = "The Sahel Union is a coalition of Salafi-jihadist insurgent groups."
    assert ("Sahel Union", "Salafi-jihadist") in values(annotate(text).claims, "ideology")


def test_creed_of_a_kind_of_group_is_no_ones(annotate: Annotate) -> None:
    text = "The Sahel Union is one of the jihadist groups in the region."
    assert not values(annotate(text).claims, "ideology")


def test_ranking_set_off_before_the_name(annotate: Annotate) -> None:
    text = "The bombing was carried out by Peru's largest rebel group, the Kestrel Front."
    assert ("Kestrel Front", "Peru's largest rebel group") in values(
        annotate(text).claims, "ranked"
    )


def test_office_names_the_country_as_the_gazetteer_does(annotate: Annotate) -> None:
    text = "Turkiye's Interior Minister Okan Demirtas visited the border town."
    assert ("Okan Demirtas", "Interior Minister of Turkey") in values(
        annotate(text).claims, "holds_office"
    )


def test_attacks_in_a_place_say_where_a_group_operates(annotate: Annotate) -> None:
    text = "Over the years the Kestrel Front has carried out attacks in Kano and Kaduna."
    found = {(s, o) for s, o, _ in located(annotate(text).claims, "operates_in")}
    assert {("Kestrel Front", "Kano"), ("Kestrel Front", "Kaduna")} <= found


def test_raids_against_a_group_are_not_its_own(annotate: Annotate) -> None:
    text = "The army launched raids in Kano against the Kestrel Front."
    assert not located(annotate(text).claims, "operates_in")


def test_place_added_to_a_lesser_extent(annotate: Annotate) -> None:
    text = "The Kestrel Front is active in Peru and, to a lesser extent, Bolivia."
    found = {(s, o) for s, o, _ in located(annotate(text).claims, "operates_in")}
    assert {("Kestrel Front", "Peru"), ("Kestrel Front", "Bolivia")} <= found


def test_camp_a_group_sets_up_is_its_base(annotate: Annotate) -> None:
    text = "The Kestrel Front set up camp in northern Mali in 2012."
    assert ("Kestrel Front", "Mali", "northern Mali") in located(annotate(text).claims, "based_in")


def test_camp_a_group_attacks_is_no_base(annotate: Annotate) -> None:
    text = "The Kestrel Front attacked a refugee camp in Gao."
    assert not located(annotate(text).claims, "based_in")


def test_presence_in_each_of_two_named_states(annotate: Annotate) -> None:
    text = "The Kestrel Front has a strong presence in Borno and Yobe states."
    found = {(s, o) for s, o, _ in located(annotate(text).claims, "operates_in")}
    assert {("Kestrel Front", "Borno"), ("Kestrel Front", "Yobe")} <= found
