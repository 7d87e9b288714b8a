"""One incident, one event: lists, background incidents and sentences that tell two."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.model import Event
from dossier.read.documents import make_document
from tests.extract.conftest import Annotate


def quotes(event: Event) -> str:
    return " | ".join(item.quote for item in event.evidence)


def test_each_line_of_a_timeline_is_its_own_dated_event(annotate: Annotate) -> None:
    text = (
        "The group has been blamed for the following incidents:\n"
        "March 3, 2011: Attack on the central market in Kano. (4 killed).\n"
        "June 2012: Attack against a police post in Maiduguri.\n"
    )
    events = annotate(text).events
    assert len(events) == 2
    first, second = events
    assert first.date is not None and first.date.start == date(2011, 3, 3)
    assert "(4 killed)" in quotes(first) and "Maiduguri" not in quotes(first)
    assert second.date is not None and (second.date.start, second.date.precision) == (
        date(2012, 6, 1),
        "month",
    )


def test_a_line_that_only_starts_with_a_date_is_no_timeline_entry(annotate: Annotate) -> None:
    text = "In 2011, the movement said it would attack the government's programme.\n"
    assert annotate(text).events == []


def test_two_dated_incidents_named_in_one_sentence_each_quote_their_own_phrase(
    annotate: Annotate,
) -> None:
    text = (
        "The movement was blamed for many attacks, most notably the 2013 Westgate mall "
        "attack and the 2015 Garissa university massacre."
    )
    events = annotate(text).events
    assert len(events) == 2
    years = sorted(event.date.start.year for event in events if event.date and event.date.start)
    assert years == [2013, 2015]
    for event in events:
        assert len(event.evidence) == 1
    assert sum("Westgate" in quotes(event) for event in events) == 1
    assert sum("Garissa" in quotes(event) for event in events) == 1


def test_a_town_seized_is_an_event_but_seized_weapons_are_not(annotate: Annotate) -> None:
    taken = annotate("In June 2014 the militants seized the town of Tal Afar.").events
    assert len(taken) == 1
    assert annotate("Customs officers seized two tonnes of cocaine at the port.").events == []


def test_an_assault_on_a_town_is_an_event_with_no_violence_in_view(annotate: Annotate) -> None:
    text = "Its first large operation was an amphibious assault on the town of Dipolog."
    assert len(annotate(text).events) == 1


def test_an_earlier_incident_named_with_its_year_is_not_the_undated_one(
    annotate: Annotate,
) -> None:
    text = (
        "Nine people were killed in a shooting in Tripoli. "
        "The city is still recovering from the March 2019 car bombing near its harbour."
    )
    events = annotate(text).events
    assert len(events) == 2
    assert "harbour" not in quotes(events[0])


def test_a_killing_told_beside_a_passing_mention_is_another_incident(
    annotate: Annotate,
) -> None:
    text = (
        "A suicide bomber blew himself up outside a courthouse in Izmir on Monday. "
        "Investigators found that the van used in the attack belonged to a baker "
        "and that he was killed while being robbed."
    )
    events = annotate(text, published_at="2023-05-10").events
    assert len(events) == 2
    assert "baker" not in quotes(events[0])


def test_weekdays_apart_are_two_incidents_without_a_publication_date(
    annotate: Annotate,
) -> None:
    text = (
        "About 60 villagers who tried to leave Mueda on Friday evening fell into an ambush "
        "by insurgents, with at least five killed. "
        "They had been sheltering in a church since insurgents attacked Mueda town on "
        "Tuesday."
    )
    assert len(annotate(text).events) == 2


def test_the_bombs_used_for_an_attack_belong_to_that_attack(annotate: Annotate) -> None:
    text = "He is accused of making the bombs used for the 2009 Jakarta hotel attacks."
    event = annotate(text).events[0]
    assert len(annotate(text).events) == 1
    assert event.type == "bombing/explosion"
    assert event.date is not None and event.date.start == date(2009, 1, 1)


def test_the_lead_retells_the_headline_event(nlp: Language) -> None:
    title = "Rebels claim truck bomb attack on army base"
    text = (
        f"{title}\n\n"
        "Rebels in Cauca have claimed responsibility for a truck bomb at an army base that "
        "killed nine soldiers on Tuesday."
    )
    document = make_document(text, origin="test", published_at="2024-02-08", title=title)
    [annotated] = annotate_documents(nlp, [document])
    assert len(annotated.events) == 1


def test_people_taken_by_armed_men_are_abducted(annotate: Annotate) -> None:
    text = "Nearly 40 pupils were taken from a school in Kagara by gunmen on Wednesday."
    event = only_event(annotate(text, published_at="2021-02-19").events)
    assert event.type == "hostage taking (kidnapping)"
    assert annotate("The minister took the students on a tour of the museum.").events == []


def test_the_blast_is_the_bomb_not_the_attack_told_in_passing(annotate: Annotate) -> None:
    text = (
        "A roadside bomb exploded near soldiers responding to a previous attack in Jowhar. "
        "Two soldiers were killed in the blast."
    )
    first = annotate(text, published_at="2021-04-02").events[0]
    assert first.type == "bombing/explosion"
    assert first.killed is not None and first.killed.min == 2


def test_a_town_seized_at_the_end_of_the_fight_is_that_fight(annotate: Annotate) -> None:
    text = (
        "Insurgents attacked Dand district in Kandahar, Afghanistan. "
        "The fighting went on until the district was seized two days later."
    )
    assert len(annotate(text, published_at="2021-07-10").events) == 1


def only_event(events: list[Event]) -> Event:
    assert len(events) == 1, [event.type for event in events]
    return events[0]


def test_a_town_the_model_reads_as_a_person_can_still_be_seized(annotate: Annotate) -> None:
    (taken,) = annotate("In Yemen, the rebels seized Sanaa last year.").events
    assert taken.city is not None and taken.city.name == "Sanaa"
    (overrun,) = annotate(
        "In the Philippines, hundreds of gunmen overran Marawi in a morning."
    ).events
    assert overrun.city is not None and overrun.city.name.startswith("Marawi")


def test_incidents_blamed_on_a_group_with_the_blame_dated_are_one_event(
    annotate: Annotate,
) -> None:
    text = "Officials blamed the rebels for deadly bombings in the capital, Nairobi, last month."
    (bombings,) = annotate(text, published_at="2024-05-20").events
    assert bombings.city is not None and bombings.city.name == "Nairobi"
    # blamed for bombings in general: many events, none in particular
    assert (
        annotate("Officials have long blamed the rebels for bombings in the capital.").events == []
    )


def test_an_event_noun_names_what_it_was_done_to(annotate: Annotate) -> None:
    """'the bombing of the ferry Ocean Queen', 'the Henry Walcott assassination', 'the Kiriba
    High School attack': the name is the event's target, so reports naming it can be
    linked; the group named before 'attack' is who did it, not a target."""
    sunk = only_event(
        annotate(
            "The rebels were behind the bombing of the ferry Ocean Queen in 2011, which killed 40."
        ).events
    )
    assert "Ocean Queen" in sunk.targets
    [killed] = annotate("Their best known act was the Henry Walcott assassination.").events
    assert killed.targets == ("Henry Walcott",)
    [school] = annotate("Gunmen carried out the Kiriba High School attack on Friday.").events
    assert "Kiriba High School" in school.targets
    [claimed] = annotate("The Rimba Liberation Front attack killed 12 villagers on Friday.").events
    assert not any("Rimba" in target for target in claimed.targets)


def test_a_nationality_on_a_site_places_the_event_in_its_country(annotate: Annotate) -> None:
    """'from a Kenyan hotel' is in Kenya, though the paragraph before was set in Uganda;
    'Ugandan tourists' says who the people were, not where."""
    text = (
        "In 2009 the group raided a camp in Gulu, Uganda. "
        "In 2012 it kidnapped Ugandan tourists from a Kenyan hotel."
    )
    events = annotate(text).events
    abduction = next(e for e in events if e.date is not None and e.date.start == date(2012, 1, 1))
    assert abduction.country is not None and abduction.country.name == "Kenya"


def test_a_town_naming_a_sibling_incident_does_not_place_this_one(annotate: Annotate) -> None:
    """'the 2015 university attack and the 2019 Nairobi bombings': Nairobi names where the
    bombings were, not the attack listed beside them."""
    text = (
        "The group has been blamed for raids across Kenya, including the 2015 university "
        "attack and the 2019 Nairobi bombings."
    )
    events = annotate(text).events
    attack = next(e for e in events if e.date is not None and e.date.start == date(2015, 1, 1))
    bombings = next(e for e in events if e.date is not None and e.date.start == date(2019, 1, 1))
    assert attack.city is None
    assert bombings.city is not None and bombings.city.name == "Nairobi"


def test_the_sentence_after_the_lead_names_the_same_incident_afresh(nlp: Language) -> None:
    """Headline, lead and the next sentence each name the one incident: 'a car bombing'
    there is not a second attack."""
    title = "Police hunt planner of border town bombing"
    text = (
        f"{title}\n\n"
        "The Northern Front has claimed the deadliest attack on the police in years. "
        "Officers were searching for the commander suspected of planning a car bombing on a "
        "police patrol, killing 12 officers."
    )
    document = make_document(text, origin="test", published_at="2023-09-12", title=title)
    [annotated] = annotate_documents(nlp, [document])
    assert len(annotated.events) == 1


def test_what_an_attack_was_done_with_is_part_of_it(annotate: Annotate) -> None:
    """'laden with explosives' later in the story is the told attack's weapon and gives it
    its day; it is no second bombing."""
    text = (
        "The deadliest attack on the border police in years killed 12 officers. "
        "Investigators said a teenager drove a van laden with explosives into the patrol on "
        "Monday."
    )
    events = annotate(text, published_at="2023-09-14").events
    assert len(events) == 1
    assert events[0].date is not None and events[0].date.precision == "day"


def test_a_town_the_text_calls_one_is_kept_in_the_country_named_with_it(
    annotate: Annotate,
) -> None:
    # a town no gazetteer knows, placed by the nationality its noun carries
    [unknown] = annotate(
        "Gunmen killed 14 villagers in an attack on a clinic in the northern Malian "
        "village of Tessabit on Monday.",
        published_at="2024-05-20",
    ).events
    assert unknown.city is not None and unknown.city.name == "Tessabit"
    assert unknown.country is not None and unknown.country.gazetteer_id == "ML"
    # a neighbour named beside the town ('on the border with X') is not its country
    [near] = annotate(
        "A bomb killed six people at a bus station in the Congolese town of Tessabit, "
        "on the border with Uganda, the army said.",
        published_at="2024-05-20",
    ).events
    assert near.country is not None and near.country.gazetteer_id == "CD"


def test_a_homonym_abroad_gives_way_to_the_country_named_with_the_place(
    annotate: Annotate,
) -> None:
    # the gazetteer's 'Kerkera' is a town of Algeria: the country written with it wins,
    # and the name stays as written there
    [event] = annotate(
        "The massacre in Kerkera, northern Niger, left 130 people dead in June 2021."
    ).events
    assert event.city is not None and event.city.name == "Kerkera"
    assert event.country is not None and event.country.gazetteer_id == "NE"


def test_killed_and_wounded_in_one_attack_is_one_event(annotate: Annotate) -> None:
    [event] = annotate(
        "Three soldiers were killed and nine others wounded in a roadside bomb attack on a "
        "patrol near the port on Tuesday, officials said.",
        published_at="2024-05-20",
    ).events
    assert event.type == "bombing/explosion"
    assert event.killed is not None and event.killed.min == 3
    assert event.wounded is not None and event.wounded.min == 9


def test_a_hedge_in_a_doers_name_is_not_part_of_the_group(annotate: Annotate) -> None:
    told = {
        "Suspected Islamist fighters attacked a convoy of aid trucks outside Mopti on "
        "Tuesday, killing three drivers.": "Islamist fighters",
        "Alleged jihadist insurgents raided the village of Kerewa on Tuesday, killing nine "
        "farmers.": "jihadist insurgents",
    }
    for text, doer in told.items():
        [event] = annotate(text).events
        assert [ref.name for ref in event.perpetrators] == [doer]


def test_ending_a_stated_length_dates_the_days_before_the_end(annotate: Annotate) -> None:
    head = "Special forces killed the last remaining militants holed up at a crowded mall Sunday"
    ended = annotate(
        f"{head}, ending a 40-hour rampage through the port city that killed 62 people.",
        published_at="2019-03-10",
    ).events[0]
    assert ended.date is not None
    assert (ended.date.start, ended.date.end) == (date(2019, 3, 8), date(2019, 3, 10))
    # with no length told, the weekday alone says nothing of the start: left as written
    bare = annotate(f"{head}, ending a rampage that killed 62 people.", published_at="2019-03-10")
    assert bare.events[0].date is not None and bare.events[0].date.start is None
