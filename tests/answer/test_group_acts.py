"""Questions about a group's incidents, incidents before a date, a person's position in a
group, kindred claims cited, a statement continued in the next sentence or line, and an
incident no telling names: from a small knowledge base of made-up articles written for
these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer
from dossier.answer.events import asks_group_acts, read_event_question
from dossier.knowledge.ontology import load_ontology
from tests.corpus import answering

MARKET = {
    "id": "gull-1",
    "source": "Gull Post",
    "title": "Gunmen raid Tarvo market",
    "published_at": "2021-03-12",
    "text": (
        "Fighters of the Marsh Lions Brigade (MLB) attacked the fish market in Tarvo on "
        "Wednesday, killing 14 traders, police said. The Marsh Lions Brigade said in a "
        "statement that the market was a supply depot for the army. It added the traders had "
        "been warned to leave the town."
    ),
}
BRIDGE = {
    "id": "reed-2",
    "source": "Reed Courier",
    "title": "Bridge bombed near Calma",
    "published_at": "2019-07-20",
    "text": (
        "The Marsh Lions Brigade (MLB) bombed the Calma river bridge on Monday, killing 6 "
        "soldiers, the army said. The MLB is based in Ostrava province. "
        "Since 2015, the MLB has operated in Ostrava province near the coast."
    ),
}
LEADER = {
    "id": "reed-3",
    "source": "Reed Courier",
    "title": "Who leads the Marsh Lions Brigade?",
    "published_at": "2021-04-02",
    "text": "Marsh Lions Brigade leader Teodor Vask was born in Calma.",
}
BOMBER = {
    "id": "gull-4",
    "source": "Gull Post",
    "title": "Car bomb at Selvik port office",
    "published_at": "2021-05-06",
    "text": (
        "A car bomb exploded outside the port office in Selvik on Tuesday, killing 4 people. "
        "The Marsh Lions Brigade claimed the bombing in a statement. "
        "The driver, Anton Dralo, died in the blast. "
        "Harbour workers said the gates had been left open. "
        "Police identified Dralo as a longtime member of the Marsh Lions Brigade."
    ),
}
WRAPPED = {  # hard line breaks inside sentences, as some sites' text comes
    "id": "reed-5",
    "source": "Reed Courier",
    "title": "Marsh Lions Brigade: what it wants",
    "published_at": "2021-06-01",
    "text": (
        "Formed in 2009, the Marsh Lions Brigade's stated goal is to create a free republic\n"
        "under its own law, comprising Ostrava, Calma and the northern\n"
        "Delta islands of the coast.\n\n"
        "Its fighters train in the hills."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(
        tmp_path_factory.mktemp("marsh"), MARKET, BRIDGE, LEADER, BOMBER, WRAPPED
    ) as answerer:
        yield answerer


def test_a_question_asks_of_a_groups_acts_only_by_its_opening_words() -> None:
    name = ["marsh", "lions", "brigade"]
    assert asks_group_acts("What other Marsh Lions Brigade attacks are mentioned?", name)
    assert asks_group_acts("Has the Marsh Lions Brigade attacked markets before?", name)
    assert asks_group_acts("What did the Marsh Lions Brigade do in March 2021?", name)
    # the act is not what is asked: an operation that came before the group's massacres
    assert not asks_group_acts("What operation preceded the Marsh Lions Brigade's raids?", name)
    assert not asks_group_acts("Who attacked the fish market in Tarvo?", name)


def test_a_groups_incidents_are_listed_with_their_sentences(answerer: Answerer) -> None:
    answer = answerer.ask("What other Marsh Lions Brigade attacks are mentioned?")
    assert "Tarvo" in answer.answer and "Calma" in answer.answer
    assert {c.document_id for c in answer.citations} >= {"gull-1", "reed-2"}
    dated = answerer.ask("What did the Marsh Lions Brigade do in March 2021?")
    assert "Tarvo" in dated.answer and "Calma" not in dated.answer


def test_incidents_before_a_date_are_those_that_ended_before_it() -> None:
    asked = read_event_question(
        "Which groups had bombed bridges in Ostrava before March 2021?", load_ontology()
    )
    assert asked is not None and asked.before is not None
    assert asked.year is None and asked.month is None
    assert "march" not in asked.terms and "before" not in asked.terms


def test_the_position_a_person_held_in_a_group(answerer: Answerer) -> None:
    answer = answerer.ask("What position did Teodor Vask hold in the Marsh Lions Brigade?")
    assert "Teodor Vask" in answer.answer and answer.claims
    assert any(c.document_id == "reed-3" for c in answer.citations)


def test_operating_in_a_place_corroborates_being_based_there(answerer: Answerer) -> None:
    answer = answerer.ask("Where is the Marsh Lions Brigade based?")
    assert "Ostrava" in answer.answer
    cited = [c.quote for c in answer.citations]
    assert any(quote.startswith("Since 2015, the MLB has operated") for quote in cited)


def test_a_statement_continued_in_the_next_sentence_is_quoted_whole(answerer: Answerer) -> None:
    answer = answerer.ask("Who attacked the fish market in Tarvo, and why?")
    assert "Marsh Lions Brigade" in answer.answer
    assert "It added the traders had been warned" in answer.answer


def test_an_incident_no_telling_names_is_answered_from_the_sentences(
    answerer: Answerer,
) -> None:
    # a place no stored incident is told at: no other incident sharing the word 'market'
    answer = answerer.ask("How many people died in the attack on Velmo Market?")
    assert answer.answer.startswith("No claim answers this directly")
    assert not answer.claims


def test_a_person_named_is_tied_to_the_group_by_the_articles_other_sentences(
    answerer: Answerer,
) -> None:
    answer = answerer.ask("Who was the Selvik car bomber?")
    assert "Anton Dralo" in answer.answer
    # the sentence naming him by surname beside the group that claimed it
    assert "Police identified Dralo as a longtime member" in answer.answer
    assert any(c.quote.startswith("Police identified Dralo") for c in answer.citations)


def test_a_sentence_cut_by_line_breaks_is_quoted_whole(answerer: Answerer) -> None:
    answer = answerer.ask("What does the Marsh Lions Brigade want?")
    assert "free republic" in answer.answer
    assert "Delta islands of the coast." in answer.answer
    assert any(c.quote.rstrip().endswith("of the coast.") for c in answer.citations)
