"""Reference-prose shapes: roles joined by 'and', places named as 'the province of Y',
beginnings told in a relative clause."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_two_roles_share_the_last_ones_of_phrase(annotate: Annotate) -> None:
    text = "Ivo Brandt is the lead singer and songwriter of the rock band Coldwater Lane."
    assert ("Ivo Brandt", "Coldwater Lane") in pairs(annotate(text).claims, "member_of")


def test_a_base_in_the_province_of_a_place(annotate: Annotate) -> None:
    text = "Kessler Arms is a German weapons maker based in the southern province of Bavaria."
    based = {subject for subject, _ in pairs(annotate(text).claims, "based_in")}
    assert based == {"Kessler Arms"}


def test_a_group_that_emerged_in_a_year_was_founded_then(annotate: Annotate) -> None:
    claims = annotate("Harakat Nur is an armed group that emerged in 2011 in eastern Chad.").claims
    founded = [c for c in claims if c.predicate == "founded"]
    assert [(c.subject.name, c.time_scope and c.time_scope.text) for c in founded] == [
        ("Harakat Nur", "in 2011")
    ]


def test_a_person_who_emerged_founds_nothing(annotate: Annotate) -> None:
    text = "The Harakat Nur movement has a deputy who emerged in 2019 from its ranks."
    assert not [c for c in annotate(text).claims if c.predicate == "founded"]


def test_the_region_named_before_a_town_of_y_is_no_base(annotate: Annotate) -> None:
    text = "Harwell Academy is a boarding school based in the Oregon town of Bend."
    assert pairs(annotate(text).claims, "based_in") == {("Harwell Academy", "Bend")}


def test_its_after_and_means_the_name_it_is_listed_with(annotate: Annotate) -> None:
    text = "The Crescent Army attacked the Red Path Brigade and its leader Tomas Ruiz."
    assert ("Tomas Ruiz", "Red Path Brigade") in pairs(annotate(text).claims, "leader_of")


def test_headquarters_said_to_be_in_a_city(annotate: Annotate) -> None:
    text = "Halden Group is a Norwegian company. Its headquarters are in Oslo."
    assert ("Halden Group", "Oslo") in pairs(annotate(text).claims, "based_in")


def test_every_name_listed_after_a_role_noun_holds_the_role(annotate: Annotate) -> None:
    text = (
        "Halden Group runs a ferry line, along with its subsidiaries Norsk Cargo Limited"
        " and Vestland Airlines."
    )
    assert {
        ("Norsk Cargo Limited", "Halden Group"),
        ("Vestland Airlines", "Halden Group"),
    } <= pairs(annotate(text).claims, "affiliate_of")
