"""Who did it, told indirectly: suspects named in apposition, an attack's hallmarks, evidence
that points to a group, a group's own toll or account of its men's deed, a named bomber, a
group's regional branch, read through the real pipeline on hand-written stories."""

from __future__ import annotations

from dossier.model import Event
from tests.extract.conftest import Annotate

BOMBING = "A bomb killed five soldiers at a base in Gao, Mali, on Monday. "
MOSQUE = "A suicide bomber killed nine worshippers at a mosque in Gao, Mali, on Friday. "


def _who(events: list[Event]) -> list[tuple[str, str]]:
    """Every perpetrator the events name, with its stance."""
    return [
        (p.name, stance)
        for event in events
        for p, stance in zip(event.perpetrators, event.stances, strict=True)
    ]


def test_a_group_named_as_the_suspect_is_suspected(annotate: Annotate) -> None:
    for second in (
        "One likely culprit, the Sahel Liberation Front, condemned the attack.",
        "The main suspect, the Sahel Liberation Front, has said nothing.",
    ):
        events = annotate(BOMBING + second, published_at="2024-04-09").events
        assert _who(events) == [("Sahel Liberation Front", "suspected")], second


def test_a_person_named_as_the_suspect_is_no_group(annotate: Annotate) -> None:
    text = BOMBING + "The main suspect, Amadou Keita, was arrested in Mopti."
    events = annotate(text, published_at="2024-04-09").events
    assert all(name != "Amadou Keita" for name, _ in _who(events))


def test_hallmarks_and_evidence_pointing_to_a_group_make_it_suspected(
    annotate: Annotate,
) -> None:
    for second in (
        "Police said the blast bore the hallmarks of the Sahel Liberation Front.",
        "Officials said the blast bore the hallmarks of an operation by the Kayes "
        "Liberation terrorist network.",
        "The investigation into the bombing is pointing to the Sahel Liberation Front.",
    ):
        events = annotate(BOMBING + second, published_at="2024-04-09").events
        assert [stance for _, stance in _who(events)] == ["suspected"], second


def test_pointing_without_evidence_names_nobody(annotate: Annotate) -> None:
    text = BOMBING + "The governor pointed to the Sahel Liberation Front on a map."
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == []


def test_an_armed_group_giving_the_toll_claims_the_attack(annotate: Annotate) -> None:
    text = (
        "At least 12 people were killed and 30 others were injured in a bombing at a market "
        "in Gao, Mali, according to Al-Shabaab."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Al-Shabaab", "claimed")]


def test_a_rights_group_giving_the_toll_claims_nothing(annotate: Annotate) -> None:
    text = (
        "At least 12 people were killed in a bombing at a market in Gao, Mali, on Monday, "
        "according to Human Rights Watch."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == []


def test_a_group_telling_its_own_deed_claims_it(annotate: Annotate) -> None:
    stories = (
        "Gunmen attacked a hotel in Gao, Mali, on Monday, killing nine guests. Al-Shabaab "
        "said four of its fighters had stormed the hotel.",
        MOSQUE + "Al-Shabaab said the attack had killed dozens of infidels.",
    )
    for text in stories:
        events = annotate(text, published_at="2024-04-09").events
        assert _who(events) == [("Al-Shabaab", "claimed")], text


def test_a_group_telling_what_others_did_claims_nothing(annotate: Annotate) -> None:
    stories = (
        BOMBING + "Al-Shabaab said soldiers had attacked its camp.",
        'Gunmen stormed a hotel in Gao, Mali, on Monday, killing nine guests. "There were '
        'two attackers, we have killed them," said R.S. Malik, head of the Rapid Action Force.',
    )
    for text in stories:
        events = annotate(text, published_at="2024-04-09").events
        assert all(stance != "claimed" for _, stance in _who(events)), text


def test_members_of_a_group_are_the_group(annotate: Annotate) -> None:
    text = (
        "Members of the Sahel Liberation Front bombed a police station in Gao, Mali, in "
        "March, killing two officers."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Sahel Liberation Front", "named")]


def test_a_person_named_as_the_bomber_is_named(annotate: Annotate) -> None:
    stories = (
        "A car bomb killed nine police officers in Gao, Mali, on Monday. Police said the "
        "bomber was Amadou Keita, a mechanic from Mopti.",
        MOSQUE + "Amadou Keita walked into the prayer hall and detonated his explosive vest.",
    )
    for text in stories:
        events = annotate(text, published_at="2024-04-09").events
        assert _who(events) == [("Amadou Keita", "named")], text


def test_a_branch_with_its_place_is_a_group_of_its_own(annotate: Annotate) -> None:
    """However the branch is written, it is 'X in Y', one group apart from its parent."""
    for second in (
        "Al-Shabaab's branch in Mali claimed responsibility for the bombing.",
        "A group calling itself a Malian branch of Al-Shabaab claimed responsibility for "
        "the attack.",
        "A group claiming to be a Malian branch of Al-Shabaab claimed responsibility for "
        "the attack.",
    ):
        events = annotate(MOSQUE + second, published_at="2024-04-09").events
        assert _who(events) == [("Al-Shabaab in Mali", "claimed")], second


def test_a_faction_without_a_place_is_its_parent(annotate: Annotate) -> None:
    text = MOSQUE + "A faction of Al-Shabaab claimed responsibility for the attack."
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Al-Shabaab", "claimed")]


def test_a_people_s_name_on_an_organisation_noun_names_no_group(annotate: Annotate) -> None:
    text = "A Ugandan rebel group has massacred 40 villagers in Beni, Congo, on Monday."
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == []


def test_a_claim_and_a_charge_by_others_are_both_kept(annotate: Annotate) -> None:
    text = (
        MOSQUE + "Al-Shabaab claimed responsibility for the attack. Officials blamed the "
        "Sahel Liberation Front."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Al-Shabaab", "claimed"), ("Sahel Liberation Front", "blamed")]


def test_a_name_before_its_acronym_is_the_acronym_s_group(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a hotel in Gao, Mali, on Monday, killing nine guests. In a "
        "statement, al Qaeda in the Islamic Maghreb (AQIM) said three of its fighters had "
        "stormed the hotel."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert [name for name, _ in _who(events)] == ["al-Qaeda in the Islamic Maghreb"]


def test_a_named_affiliate_is_itself_not_its_parent(annotate: Annotate) -> None:
    text = BOMBING + "One likely culprit, al Qaeda's local affiliate JNIM, condemned the attack."
    events = annotate(text, published_at="2024-04-09").events
    assert [stance for _, stance in _who(events)] == ["suspected"]
    assert all(name != "al-Qaeda" for name, _ in _who(events))


def test_they_who_launched_an_offensive_with_gunmen_are_the_group(annotate: Annotate) -> None:
    text = (
        "Al-Shabaab has fought the army in Somalia since 2006. They launched a surprise "
        "offensive on Monday with gunmen seizing Kismayo."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert [name for name, _ in _who(events)] == ["Al-Shabaab"]


def test_he_who_took_part_in_the_deed_is_the_person_the_sentence_is_about(
    annotate: Annotate,
) -> None:
    text = (
        "Tourists were kidnapped from a resort in Palawan in 2003. Born in 1971, Ramon "
        "Dalisay gained notoriety when he took part in kidnapping the tourists."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Ramon Dalisay", "named")]


def test_an_unnamed_commander_is_no_group(annotate: Annotate) -> None:
    text = (
        "A car bomb killed 20 soldiers in Kidal, Mali, on Monday. Police said the commander "
        "of the unit, believed to have plotted the attack, had fled."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == []


def test_the_group_meant_by_it_or_its_did_the_deed(annotate: Annotate) -> None:
    lead = "Al-Shabaab has fought the army in Somalia since 2006. "
    for second in (
        "In May 2019, it seized a hotel in Kismayo, killing 26 guests.",
        "Its first large operation involved an assault on the town of Baidoa in 2009, "
        "killing 50 people.",
        "Its latest attack killed 12 soldiers in Baidoa on Monday.",
    ):
        events = annotate(lead + second, published_at="2024-04-09").events
        assert _who(events) == [("Al-Shabaab", "named")], second


def test_police_seizing_explosives_are_no_perpetrator(annotate: Annotate) -> None:
    events = annotate("Police seized explosives in a raid in Kismayo on Monday.").events
    assert _who(events) == []


def test_victims_devices_and_security_forces_are_no_doers(annotate: Annotate) -> None:
    for text in (
        "Gunmen raided the home of Musa Danjuma, a local councillor, in Jos, Nigeria. Danjuma "
        "was shot dead in the raid and his son was abducted.",
        "Police found and safely detonated three explosive devices near a school in Quetta, "
        "Pakistan.",
        "Attackers threw a home-made bomb that landed and detonated near the car of Ravi "
        "Menon, a Congress Party candidate, in Howrah, India.",
    ):
        events = annotate(text, published_at="2024-04-09").events
        assert _who(events) == [], text


def test_the_bomber_driving_the_car_was_a_person(annotate: Annotate) -> None:
    """'the militant driving the truck was X': the parser may read 'the militant driving the
    truck' as a clause of its own; the person is still named as the doer."""
    text = (
        "A car bomb killed nine police officers in Gao, Mali, on Monday. Police said the "
        "bomber driving the truck was Amadou Keita."
    )
    events = annotate(text, published_at="2024-04-09").events
    assert _who(events) == [("Amadou Keita", "named")]
