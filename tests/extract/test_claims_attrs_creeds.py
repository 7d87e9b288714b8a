"""Creeds said without an ideology noun: upheld or spread ('a movement that wanted to
defend Zaidism'), built on ('a campaign based on the Maoist doctrine'), and professed by a
person ('Its leader, P, embraced the doctrine of Salafism'). Sentences and names are
invented."""

from __future__ import annotations

from tests.extract.conftest import Annotate, values


def test_a_creed_a_group_set_out_to_spread(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard is an armed group in Somalia. It began in 2009 as a student "
        "movement that wanted to spread Salafi jihadism along the coast."
    )
    assert ("Crescent Vanguard", "Salafi jihadism") in values(annotate(text).claims, "ideology")


def test_a_creed_a_war_is_based_on(annotate: Annotate) -> None:
    text = (
        "The Red Lotus Brigade was founded in 1971. The Red Lotus Brigade has since fought a "
        "rural campaign based on the Maoist strategy of encircling the cities."
    )
    assert ("Red Lotus Brigade", "Maoist") in values(annotate(text).claims, "ideology")


def test_a_creed_a_leader_embraced(annotate: Annotate) -> None:
    text = (
        "The Jade Coast Union is an armed group in Kenya. Its founder, Daniel Mwangi Otieno, "
        "grew up a Catholic but later embraced the teachings of Wahhabism in Riyadh."
    )
    assert ("Daniel Mwangi Otieno", "Wahhabism") in values(annotate(text).claims, "ideology")


def test_believers_defended_are_no_creed(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard is an armed group in Somalia. The group says it defends Sunni "
        "Muslims in the south."
    )
    assert not values(annotate(text).claims, "ideology")


def test_a_plan_based_on_a_map_says_no_creed(annotate: Annotate) -> None:
    text = "The Red Lotus Brigade launched an offensive based on old colonial maps of the valley."
    assert not values(annotate(text).claims, "ideology")


def test_a_group_inspired_by_a_creed(annotate: Annotate) -> None:
    text = "The Crescent Vanguard is an armed group in Somalia. The group is inspired by Salafism."
    assert ("Crescent Vanguard", "Salafism") in values(annotate(text).claims, "ideology")


def test_a_creed_the_groups_ideology_is_rooted_in(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard is an armed group in Somalia. Its ideology is rooted in "
        "Salafi jihadism."
    )
    assert ("Crescent Vanguard", "Salafi jihadism") in values(annotate(text).claims, "ideology")


def test_a_creed_a_groups_mission_spreads(annotate: Annotate) -> None:
    text = (
        "The Crescent Vanguard is an armed group in Somalia. The group sees its mission of "
        "spreading Salafi jihadism as a sacred duty."
    )
    assert ("Crescent Vanguard", "Salafi jihadism") in values(annotate(text).claims, "ideology")
