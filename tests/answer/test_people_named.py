"""Who did an incident: the sentences telling it that name a person are quoted, though they
hold no word of blame (a small knowledge base of made-up items, ingested for real)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer
from tests.corpus import answering

HERALD = {
    "id": "herald-1",
    "source": "Korvel Herald",
    "title": "Car bomb kills nine at Korvel tax office",
    "date": "2022-06-04",
    "text": (
        "A car bomb exploded outside the tax office in Korvel on June 3, 2022, killing nine "
        "people. The Valley Front claimed responsibility for the bombing. "
        "Two men are held over the bombing. "
        "One is Dario Vennet, a welder who built the car bomb in a garage. "
        "Shops near the office stayed shut on Saturday."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(tmp_path_factory.mktemp("korvel"), HERALD) as answerer:
        yield answerer


def test_a_sentence_naming_a_person_in_the_incident_is_quoted(answerer: Answerer) -> None:
    answer = answerer.ask("Who carried out the June 2022 Korvel bombing?")
    assert "Valley Front" in answer.answer
    assert "“One is Dario Vennet, a welder who built the car bomb in a garage.”" in answer.answer
    assert any("Dario Vennet" in c.quote for c in answer.citations)
    # a sentence naming nobody is not quoted for who did it
    assert "Shops near the office" not in answer.answer


def test_a_who_is_form_around_an_incident_asks_who_did_it(answerer: Answerer) -> None:
    # 'who is {subject}' fits, but its subject is an act, not a name
    answer = answerer.ask("Who is suspected of planning the June 2022 Korvel bombing?")
    assert answer.answer.startswith("The bombing on 3 June 2022 in Korvel")
    assert "Valley Front" in answer.answer and "Dario Vennet" in answer.answer
