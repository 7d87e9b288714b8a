"""Reference-prose shapes that used to give wrong claims: the country after a city, the
parties of a merger taken for founders, offices after 'as' taken for people, a relative
clause after a phrase set off beside a name, people's relations taken for their body's."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_base_in_a_city_is_not_also_in_its_country(annotate: Annotate) -> None:
    text = (
        "Orvik Marine Company is a shipbuilding firm based in Bergen, Norway, which builds"
        " ferries and tugs."
    )
    assert pairs(annotate(text).claims, "based_in") == {("Orvik Marine Company", "Bergen")}


def test_clubs_that_merge_to_create_another_do_not_found_it(annotate: Annotate) -> None:
    text = "In 2004, Harlow Athletic merged with Dunmore Rovers to create Harlow United."
    assert not pairs(annotate(text).claims, "founded_by")


def test_offices_held_after_as_are_no_members(annotate: Annotate) -> None:
    text = (
        "Mara Quist is a Welsh academic who served as Provost and Rector of the Kelton Institute."
    )
    members = {subject for subject, _ in pairs(annotate(text).claims, "member_of")}
    assert members <= {"Mara Quist"}


def test_places_listed_beside_a_role_are_no_members(annotate: Annotate) -> None:
    text = (
        "He was a lecturer at Leeds (2001), Durham (2004), Exeter (2006), and fellow of the"
        " Royal Society of Chemistry."
    )
    members = {subject for subject, _ in pairs(annotate(text).claims, "member_of")}
    assert not members & {"Leeds", "Durham", "Exeter"}


def test_who_after_a_set_off_phrase_is_the_name_it_describes(annotate: Annotate) -> None:
    text = (
        "The board chose Tomas Brandt, the nephew of Erik Lund, who served as the Varden"
        " Trust's chairman until 2015."
    )
    leaders = pairs(annotate(text).claims, "leader_of")
    assert ("Tomas Brandt", "Varden Trust") in leaders
    assert ("Erik Lund", "Varden Trust") not in leaders


def test_personnel_part_of_a_body_do_not_make_their_employer_part_of_it(
    annotate: Annotate,
) -> None:
    text = "Varden Trust personnel serving abroad are part of the Nordic Relief Service."
    assert not pairs(annotate(text).claims, "affiliate_of")
