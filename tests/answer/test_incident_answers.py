"""Answers about incidents and the people and offices the sources name, from a small
knowledge base of made-up items written for these tests (SQLite only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer
from tests.corpus import answering

LAMP = {
    "id": "lamp-1",
    "source": "Daily Lamp",
    "title": "Blast hits Varno ferry terminal",
    "date": "2021-03-15",
    "text": (
        "A bomb exploded at the ferry terminal in Varno on March 14, 2021, killing 12 people. "
        "Police named a local man, Edrin Pasko, as the main suspect in the bombing. "
        "Rescue teams worked through the night."
    ),
}
POST = {
    "id": "post-2",
    "source": "Evening Post",
    "title": "Hill Guard says it bombed Varno terminal",
    "date": "2021-03-16",
    "text": (
        "The Hill Guard claimed responsibility for the bombing of the Varno ferry terminal. "
        "The chief of the Hill Guard, Tomas Ruden, praised the attackers in a video. "
        "The explosion at the terminal killed 12 people, officials said."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(tmp_path_factory.mktemp("varno"), LAMP, POST) as answerer:
        yield answerer


def test_an_office_naming_the_group_answers_who_leads_it(answerer: Answerer) -> None:
    answer = answerer.ask("Who leads the Hill Guard?")
    assert "Tomas Ruden" in answer.answer
    assert any(c.document_id == "post-2" and "chief" in c.quote for c in answer.citations)
    group = answerer.entity_named("Hill Guard")
    leads = answerer.ontology.predicates["leader_of"]
    offices = answerer.offices_naming(group, leads)
    assert [answerer.name(claim.subject_id) for claim in offices] == ["Tomas Ruden"]
    line, held, several = answerer.holders(offices)[0]
    assert line.startswith("Tomas Ruden: chief of Hill Guard (") and not several
    assert held == offices
    # an office naming no leading role ('spokesman of') is not a leader's
    assert answerer.offices_naming(group, answerer.ontology.predicates["founded_by"]) == []


def test_the_sentence_that_says_who_did_it_is_quoted(answerer: Answerer) -> None:
    answer = answerer.ask("Who was behind the Varno ferry terminal bombing in March 2021?")
    assert "Hill Guard" in answer.answer
    assert any("claimed responsibility" in c.quote for c in answer.citations)
    assert "“The Hill Guard claimed responsibility" in answer.answer


def test_a_person_no_claim_describes_is_placed_in_the_incident(answerer: Answerer) -> None:
    answer = answerer.ask("Who is Edrin Pasko?")
    assert "suspect" in answer.answer
    assert "Named in the sources' telling of" in answer.answer
    assert any(c.document_id == "lamp-1" for c in answer.citations)


def test_a_groups_deadliest_incident_is_the_one_with_most_killed(answerer: Answerer) -> None:
    answer = answerer.ask("What was the Hill Guard's deadliest attack?")
    assert answer.answer.startswith("The deadliest incident the sources tell of Hill Guard")
    assert "Varno" in answer.answer and "12" in answer.answer
    assert answer.citations
