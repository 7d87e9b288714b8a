"""Who did it: the constructions news uses to claim, name, blame and identify the doers of
an attack, read through the real pipeline on hand-written stories."""

from __future__ import annotations

from dossier.model import Event
from tests.extract.conftest import Annotate


def _who(events: list[Event]) -> list[tuple[str, str, str]]:
    """Every perpetrator the events name, with its type and stance (how the story splits
    into events is not what these tests check)."""
    return [
        (p.type, p.name, stance)
        for event in events
        for p, stance in zip(event.perpetrators, event.stances, strict=True)
    ]


def test_admitting_or_taking_credit_is_a_claim(annotate: Annotate) -> None:
    stories = (
        "A judge was shot dead in Tiznit on Friday. The Corsair Front has admitted "
        "responsibility for the murder of the judge.",
        "Militants beheaded a truck driver near Tikrit, Iraq. The Black Banner Legion has "
        "taken credit for beheading the driver.",
    )
    for text in stories:
        events = annotate(text, published_at="2024-04-06").events
        assert [stance for _, _, stance in _who(events)] == ["claimed"], text
        assert any(event.claimed is True for event in events)


def test_responsibility_for_something_else_is_no_claim(annotate: Annotate) -> None:
    text = (
        "A bombing killed six shoppers in Maroua, Cameroon, on Monday. The army took "
        "responsibility for security in the town."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == []


def test_a_denied_claim_names_no_claimant(annotate: Annotate) -> None:
    text = (
        "The Copper Hills Front has fought the army in Kasai for years. A bomb killed four "
        "traders at a market in Tshikapa on Monday. It has not claimed responsibility for "
        "the bombing."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert all(event.claimed is not True for event in events)


def test_the_name_on_a_group_noun_is_the_claimant(annotate: Annotate) -> None:
    text = (
        "Nine members of the Rural Police Force were killed when a car bomb hit their "
        "convoy in Bannu, Pakistan, on Sunday. The Tehreek-e-Nusrat terror group has claimed "
        "responsibility for the attack."
    )
    events = annotate(text, published_at="2024-04-08").events
    assert [name for _, name, _ in _who(events)] == ["Tehreek-e-Nusrat"]


def test_the_terror_group_is_not_the_police_force_it_attacked(annotate: Annotate) -> None:
    text = (
        "Jaish-e-Mohammed is active in the valley. Twelve "
        "officers of the Rural Police Force were killed when a car bomb hit their convoy in "
        "Bannu, Pakistan, on Sunday.\n\nThe terror group has claimed responsibility for the "
        "attack, officials said."
    )
    events = annotate(text, published_at="2024-04-08").events
    assert [name for _, name, _ in _who(events)] == ["Jaish-e-Mohammed"]


def test_doers_named_with_carried_out_by(annotate: Annotate) -> None:
    text = (
        "A grenade exploded at a bus stop in Garissa, Kenya, on Monday, killing three people. "
        "Police said the attack was carried out by Hamisi Duba and Omar Kule."
    )
    events = annotate(text, published_at="2024-04-09").events
    # people by name (a person's type where NER tells it), each named as a doer
    assert [(name, stance) for _, name, stance in _who(events)] == [
        ("Hamisi Duba", "named"),
        ("Omar Kule", "named"),
    ]


def test_a_bomb_carried_by_someone_names_no_doer(annotate: Annotate) -> None:
    text = "A bomb carried by a teenager exploded at a market in Maiduguri, killing three people."
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == []


def test_groups_believed_to_have_carried_out_the_attack(annotate: Annotate) -> None:
    text = (
        "Gunmen stormed a hotel in Bosaso, Somalia, on Tuesday, killing seven guests. The Red "
        "Tide Movement and the Salt Brigade are believed to have carried out the attack."
    )
    events = annotate(text, published_at="2024-04-10").events
    assert [(name, stance) for _, name, stance in _who(events)] == [
        ("Red Tide Movement", "named"),
        ("Salt Brigade", "named"),
    ]


def test_a_group_said_to_be_responsible_is_blamed(annotate: Annotate) -> None:
    text = (
        "A bomb exploded on a ferry in Mersin, Turkey, killing five passengers. "
        '"Our evidence shows the Taurus Front is responsible," the governor said.'
    )
    events = annotate(text, published_at="2024-04-10").events
    assert [(name, stance) for _, name, stance in _who(events)] == [("Taurus Front", "blamed")]


def test_every_group_an_accuser_blames(annotate: Annotate) -> None:
    text = (
        "A car bomb exploded outside a court in Kirkuk, Iraq, on Monday, killing six people. "
        "The governor blamed fighters from the Zab Front and the Hamrin Brigade."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert [(name, stance) for _, name, stance in _who(events)] == [
        ("Zab Front", "blamed"),
        ("Hamrin Brigade", "blamed"),
    ]


def test_an_attacker_identified_as_a_member(annotate: Annotate) -> None:
    text = (
        "Two attackers opened fire on a checkpoint in Diyarbakir, Turkey, on Monday, killing a "
        "soldier. One of the attackers was identified as a member of the Ararat Front."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert [name for _, name, _ in _who(events)] == ["Ararat Front"]


def test_a_known_group_written_on_the_event_noun(annotate: Annotate) -> None:
    text = (
        "Seventeen villagers were killed in a suspected Boko Haram raid on Kaga, Nigeria, "
        "on Friday."
    )
    events = annotate(text, published_at="2024-04-13").events
    assert [name for _, name, _ in _who(events)] == ["Boko Haram"]


def test_who_blamed_or_suspected_a_group_is_kept(annotate: Annotate) -> None:
    stories = {
        "Ugandan authorities": "A car bomb killed five soldiers in Beni, Congo, on Monday. "
        "Ugandan authorities have blamed the Ruwenzori Front for the bombing.",
        "Police": "Gunmen raided a hotel in Kismayo, Somalia, killing eleven guests. Police "
        "suspect the Badar Brigades of carrying out the attack.",
        "Ahmet Kaya": "A bomb exploded on a ferry in Mersin, Turkey, killing five passengers. "
        '"Our evidence shows the Taurus Front is responsible," Interior Minister Ahmet Kaya '
        "said.",
    }
    for accuser, text in stories.items():
        accusers = [a for event in annotate(text).events for a in event.accusers]
        assert accusers == [accuser], text


def test_a_claim_has_no_accuser(annotate: Annotate) -> None:
    text = (
        "A bomb tore through a bus depot in Peshawar, Pakistan, killing nine people. The "
        "Lashkar Noor Front claimed responsibility for the blast."
    )
    events = annotate(text).events
    assert [a for event in events for a in event.accusers] == [""]


def test_they_means_the_armed_group_the_passage_is_about(annotate: Annotate) -> None:
    text = (
        "The New People's Army has fought the government since 1969. In 1989 they "
        "assassinated a visiting colonel in Quezon City."
    )
    events = annotate(text, published_at="2024-04-13").events
    assert [name for _, name, _ in _who(events)] == ["New People's Army"]


def test_they_after_gunmen_names_no_group(annotate: Annotate) -> None:
    text = (
        "Gunmen stormed a guest house in Baidoa, Somalia, on Monday. They attacked the guards "
        "before police arrived."
    )
    events = annotate(text, published_at="2024-04-13").events
    assert _who(events) == []
