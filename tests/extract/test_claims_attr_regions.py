"""Where groups are and whose branches they are, in the constructions news prose uses:
a region named by its people's word, a hyphenated base NER left unmarked, a base that
moved on, a place a group governs, places given as examples, a branch named only by its
parent and place, a parent acknowledging an affiliate. Sentences and names are invented."""

from __future__ import annotations

from dossier.model import Claim
from tests.extract.conftest import Annotate, pairs


def located(claims: list[Claim], predicate: str) -> set[tuple[str, str, str | None]]:
    return {
        (claim.subject.name, claim.object.name, _text(claim))
        for claim in claims
        if claim.predicate == predicate and claim.object is not None
    }


def _text(claim: Claim) -> str | None:
    if isinstance(claim.value, str):
        return claim.value
    text = getattr(claim.value, "text", None)
    return text if isinstance(text, str) else None


def test_region_named_by_its_peoples_word(annotate: Annotate) -> None:
    text = "The Heron Legion, a militia operating in several Southeast Asian nations, denied it."
    assert ("Heron Legion", "Southeast Asia", "several Southeast Asian nations") in located(
        annotate(text).claims, "operates_in"
    )


def test_hyphenated_base_that_ner_left_unmarked(annotate: Annotate) -> None:
    text = "Police were on alert after the DR Congo- based Kestrel Front renewed its raids."
    assert ("Kestrel Front", "Democratic Republic of the Congo") in pairs(
        annotate(text).claims, "based_in"
    )


def test_base_that_moved_on(annotate: Annotate) -> None:
    text = "The Heron Legion was first based in northern Zambia but has expanded into Malawi."
    found = pairs(annotate(text).claims, "based_in")
    assert {("Heron Legion", "Zambia"), ("Heron Legion", "Malawi")} <= found


def test_place_someone_else_drove_it_to_is_no_base(annotate: Annotate) -> None:
    text = "The Heron Legion was based in Zambia until the army pushed it into Malawi."
    found = pairs(annotate(text).claims, "based_in")
    assert ("Heron Legion", "Zambia") in found
    assert ("Heron Legion", "Malawi") not in found


def test_place_a_group_governs(annotate: Annotate) -> None:
    text = "The truce collapsed, with the Heron Legion controlling Lusaka."
    assert ("Heron Legion", "Lusaka") in pairs(annotate(text).claims, "based_in")


def test_territory_held_in_a_place_is_no_base(annotate: Annotate) -> None:
    text = "The Heron Legion controls territory in Malawi."
    claims = annotate(text).claims
    assert ("Heron Legion", "Malawi") in pairs(claims, "operates_in")
    assert ("Heron Legion", "Malawi") not in pairs(claims, "based_in")


def test_places_given_as_examples(annotate: Annotate) -> None:
    text = (
        "In recent years the Heron Legion has struck a series of targets across the country, "
        "including in the lakeside town of Mangochi."
    )
    assert ("Heron Legion", "Mangochi") in pairs(annotate(text).claims, "operates_in")


def test_where_a_group_is_banned_is_not_where_it_acts(annotate: Annotate) -> None:
    text = "The Heron Legion was outlawed across Europe, including in Belgium."
    found = pairs(annotate(text).claims, "operates_in")
    assert not {("Heron Legion", "Europe"), ("Heron Legion", "Belgium")} & found


def test_branch_named_by_parent_and_place(annotate: Annotate) -> None:
    text = "The Heron Legion's branch in Malawi said its fighters had burned the depot."
    assert ("Heron Legion's branch in Malawi", "Heron Legion") in pairs(
        annotate(text).claims, "affiliate_of"
    )


def test_branch_named_by_a_peoples_word(annotate: Annotate) -> None:
    text = "Gunmen from the West African branch of the Heron Legion stormed a hotel on Friday."
    assert ("West African branch of the Heron Legion", "Heron Legion") in pairs(
        annotate(text).claims, "affiliate_of"
    )


def test_branch_phrase_beside_a_name_describes_the_name(annotate: Annotate) -> None:
    text = "The Otter Brigade, the Heron Legion's branch in Malawi, claimed the ambush."
    found = pairs(annotate(text).claims, "affiliate_of")
    assert ("Otter Brigade", "Heron Legion") in found
    assert not any(subject.startswith("Heron Legion's branch") for subject, _ in found)


def test_parent_acknowledges_an_affiliate(annotate: Annotate) -> None:
    text = "In 2019, the Heron Legion acknowledged the Otter Brigade as an affiliate in Malawi."
    assert ("Otter Brigade", "Heron Legion") in pairs(annotate(text).claims, "affiliate_of")


def test_group_spreading_into_a_country(annotate: Annotate) -> None:
    text = "Over the last year the Heron Legion has expanded into Mozambique."
    assert ("Heron Legion", "Mozambique") in pairs(annotate(text).claims, "operates_in")


def test_reach_extended_along_a_border(annotate: Annotate) -> None:
    text = "The Heron Legion is extending its reach along the frontier between Zambia and Angola."
    found = pairs(annotate(text).claims, "operates_in")
    assert {("Heron Legion", "Zambia"), ("Heron Legion", "Angola")} <= found


def test_group_pushed_somewhere_does_not_spread_there(annotate: Annotate) -> None:
    text = "The Heron Legion was pushed into Angola by government troops."
    assert ("Heron Legion", "Angola") not in pairs(annotate(text).claims, "operates_in")


def test_outposts_scattered_over_a_region(annotate: Annotate) -> None:
    text = "Many Heron Legion outposts were scattered across Luzon."
    assert ("Heron Legion", "Luzon") in pairs(annotate(text).claims, "operates_in")


def test_group_noun_a_named_organisation_owns(annotate: Annotate) -> None:
    text = "The Heron Legion's front organization, the Otter Trust, was outlawed in 2011."
    assert ("Otter Trust", "Heron Legion") in pairs(annotate(text).claims, "affiliate_of")


def test_group_noun_a_country_owns_is_no_affiliate(annotate: Annotate) -> None:
    text = "Zambia's governing party, the Otter Union, won the vote."
    assert not pairs(annotate(text).claims, "affiliate_of")
