"""Incident answers that gather the tellings resolution kept apart, and name the victims
asked about, from a small knowledge base of made-up items written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer, _initials, _spelt_alike
from tests.corpus import answering

TIDE = {
    "id": "tide-1",
    "source": "Harbor Tide",
    "title": "Convoy ambushed outside Dunmore hotel",
    "date": "2022-05-07",
    "text": (
        "Suspected Coral Front rebels ambushed a convoy of fleeing guests outside the Selwyn "
        "hotel in Dunmore on Friday. At least 3 people were killed in the ambush, police said. "
        "The rebels fled into the hills."
    ),
}
COURIER = {
    "id": "vale-2",
    "source": "Valley Courier",
    "title": "Dunmore convoy attack",
    "date": "2022-05-09",
    "text": (
        "About 40 guests fleeing the Selwyn hotel in a convoy were ambushed by Coral Front "
        "rebels, with at least 9 killed, aid workers said. Survivors reached the coast."
    ),
}
RAID = {
    "id": "tide-3",
    "source": "Harbor Tide",
    "title": "Soldiers kill two Red Hand commanders in Orlan",
    "date": "2022-06-14",
    "text": (
        "Soldiers killed two Red Hand commanders in Orlan on Monday, the army said. "
        "Red Hand leader Baro Tusk and his deputy Emil Varga were killed during a raid on a "
        "farmhouse in Orlan, officials said."
    ),
}

UNDATED = {  # no publication date: its 'Tuesday, 9 August' is read against the other's
    "id": "loom-4",
    "source": "Market Loom",
    "title": "Gunmen storm Pellow market",
    "text": (
        "Gunmen attacked the cattle market in Pellow on Tuesday, 9 August, killing 5 traders, "
        "witnesses said. The market was closed."
    ),
}
DATED = {
    "id": "vale-5",
    "source": "Valley Courier",
    "title": "Pellow market attack",
    "published_at": "2022-08-12",
    "text": "Five traders died when gunmen attacked the cattle market in Pellow, the mayor said.",
}

LINEAGE = {
    "id": "tide-6",
    "source": "Harbor Tide",
    "title": "Who are the Coral Front?",
    "published_at": "2022-05-10",
    "text": (
        "The Coral Front was formed from a merger of the Dunmore Dockers League and the Bay "
        "Sailors Guild. The Coral Front has about 300 fighters."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(
        tmp_path_factory.mktemp("selwyn"), TIDE, COURIER, RAID, UNDATED, DATED, LINEAGE
    ) as answerer:
        yield answerer


def test_tellings_naming_the_group_with_and_without_a_hedge_are_one_incident(
    answerer: Answerer,
) -> None:
    answer = answerer.ask(
        "How many people were killed when the convoy fleeing the Selwyn hotel was ambushed?"
    )
    toll = answer.answer.split(" The sources also say")[0]
    # each article's own figure is in the toll, not only among the quoted sentences
    assert "3" in toll and "9" in toll
    assert answer.verdict == "conflicting"
    assert {c.document_id for c in answer.citations} >= {"tide-1", "vale-2"}


def test_who_was_killed_names_the_victims_in_the_sources_words(answerer: Answerer) -> None:
    answer = answerer.ask("Who was killed in the raid on the farmhouse in Orlan?")
    assert "the sources name as its victims" in answer.answer
    assert "Baro Tusk" in answer.answer.split(" The sources also say")[0]
    # the sentence naming both victims is quoted: it names the one the event left out
    assert "Emil Varga" in answer.answer
    assert any(c.document_id == "tide-3" for c in answer.citations)


def test_an_undated_incident_is_dated_by_the_sentence_telling_when(answerer: Answerer) -> None:
    answer = answerer.ask("When did gunmen attack the cattle market in Pellow?")
    assert "A source tells when: “Gunmen attacked the cattle market" in answer.answer
    # the weekday and day read against the date another article telling it was published
    assert "(9 August 2022)" in answer.answer


def test_two_perpetrators_may_be_one_group_by_acronym_or_by_a_hedged_name(
    answerer: Answerer,
) -> None:
    assert _initials("Allied Democratic Forces") == _initials("Allied Democratic Front") == "ADF"
    assert _initials("Coral Front") == ""  # two words make no acronym to go by
    front = answerer.entity_named("Coral Front")
    # resolution keeps the hedged name apart (for now); the answer takes the two as one
    hedged = [e for e in answerer.entities.values() if e.name == "Suspected Coral Front"]
    assert all(answerer.same_group(front.id, e.id) for e in hedged)
    victim = answerer.entity_named("Baro Tusk")
    assert not answerer.same_group(front.id, victim.id)


def test_what_a_group_is_says_what_it_was_formed_from(answerer: Answerer) -> None:
    answer = answerer.ask("What is the Coral Front?")
    said = answer.answer.split(" The sources also say")[0]
    assert "Dunmore Dockers League" in said
    assert any(c.document_id == "tide-6" for c in answer.citations)


def test_spellings_differing_by_hyphens_or_spaces_are_alike() -> None:
    assert _spelt_alike("Omar al-Barqawi", "Omar al Barqawi")
    assert not _spelt_alike("Omar al Barqawi", "Omar al Barqawi")
    assert not _spelt_alike("Omar Barqawi", "Amir Barqawi")
