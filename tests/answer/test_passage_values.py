"""What the quoted sentences state, given as values: the figures they give, though they agree
with the answer, and, for a question asking when, the date each states (a small knowledge
base of made-up items, ingested for real)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer
from tests.corpus import answering

GAZETTE = {
    "id": "gazette-1",
    "source": "Tarso Gazette",
    "title": "Ten years of the Hill Guard",
    "date": "2023-02-01",
    "text": (
        "The Hill Guard took up arms in 2013. "
        "More than 12 000 people have been killed since the insurgency began. "
        "Its fighters still hold the northern hills."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(tmp_path_factory.mktemp("tarso"), GAZETTE) as answerer:
        yield answerer


def test_a_passage_answer_gives_the_figure_it_quotes(answerer: Answerer) -> None:
    answer = answerer.ask("How many people has the Hill Guard killed?")
    assert "“More than 12 000 people have been killed" in answer.answer
    assert "The sources also give: More than 12,000 people (Tarso Gazette)." in answer.answer
    assert answer.verdict != "conflicting"  # one figure: nothing disagrees


def test_a_passage_answer_to_when_gives_the_date_each_sentence_states(
    answerer: Answerer,
) -> None:
    answer = answerer.ask("When did the fighters take up arms?")
    assert '"The Hill Guard took up arms in 2013." (2013)' in answer.answer
    # a quoted sentence stating no date gets none
    assert '"Its fighters still hold the northern hills." (' not in answer.answer
    # a question not asking when gets no dates
    asked = answerer.ask("What do the fighters hold?")
    assert "(20" not in asked.answer
