"""Parents said by a verb of holding with the parts listed after its object, by an owner
noun, by a completed acquisition whose buyer is the clause's subject or a named owner 'its'
is joined to; and no parent from a relation noun that is a passive's doer."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_parts_listed_after_a_held_part_noun_belong_to_the_subject(annotate: Annotate) -> None:
    text = "Marston Holdings operates the radio stations Radio Dorvan and Pellow Radio."
    found = pairs(annotate(text).claims, "affiliate_of")
    assert ("Radio Dorvan", "Marston Holdings") in found


def test_a_part_set_off_after_a_held_part_noun_belongs_to_the_subject(
    annotate: Annotate,
) -> None:
    text = "Ormond Holdings has a subsidiary, Brantley Records."
    assert ("Brantley Records", "Ormond Holdings") in pairs(annotate(text).claims, "affiliate_of")


def test_parts_after_a_colon_belong_to_the_holder(annotate: Annotate) -> None:
    text = "Marston Holdings operates three channels: Dorvan One and Dorvan Kids."
    assert ("Dorvan One", "Marston Holdings") in pairs(annotate(text).claims, "affiliate_of")


def test_a_held_part_noun_with_a_place_after_it_names_no_part(annotate: Annotate) -> None:
    text = "Ormond Holdings has a subsidiary in Leeds, the company said."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_the_owner_of_a_company_is_its_parent(annotate: Annotate) -> None:
    claims = annotate("Ormond Holdings, the owner of Brantley Records, is based in Leeds.").claims
    assert ("Brantley Records", "Ormond Holdings") in pairs(claims, "affiliate_of")
    claims = annotate("Ormond Holdings is the owner of Brantley Records.").claims
    assert ("Brantley Records", "Ormond Holdings") in pairs(claims, "affiliate_of")


def test_a_person_who_owns_a_company_is_no_parent(annotate: Annotate) -> None:
    claims = annotate("Tom Hadley, the owner of Brantley Records, lives in Leeds.").claims
    assert not pairs(claims, "affiliate_of")


def test_the_subject_that_completed_an_acquisition_is_the_buyer(annotate: Annotate) -> None:
    text = "Marston Holdings completed the acquisition of Brantley Records in 2004."
    assert ("Brantley Records", "Marston Holdings") in pairs(annotate(text).claims, "affiliate_of")


def test_one_who_approved_an_acquisition_is_no_buyer(annotate: Annotate) -> None:
    text = "The regulator approved the acquisition of Brantley Records."
    assert not pairs(annotate(text).claims, "affiliate_of")


def test_its_joined_to_a_named_owner_is_that_owner(annotate: Annotate) -> None:
    text = (
        "Calder Systems Inc. was sued in 2012. After Microsoft's expansion into Asia and its "
        "acquisition of Brantley Records in 2016, the suit was dropped."
    )
    found = pairs(annotate(text).claims, "affiliate_of")
    assert ("Brantley Records", "Microsoft") in found
    assert ("Brantley Records", "Calder Systems Inc.") not in found


def test_its_alone_is_the_passages_body(annotate: Annotate) -> None:
    text = (
        "Calder Systems Inc. was sued in 2012. After its acquisition of Brantley Records in "
        "2016, the suit was dropped."
    )
    found = pairs(annotate(text).claims, "affiliate_of")
    assert ("Brantley Records", "Calder Systems Inc.") in found


def test_a_relation_noun_that_is_a_passives_doer_describes_nothing(annotate: Annotate) -> None:
    text = (
        "The House of Varenne is the third holder of a title previously used by several "
        "branches of the Royal House of Castile."
    )
    assert not pairs(annotate(text).claims, "affiliate_of")
