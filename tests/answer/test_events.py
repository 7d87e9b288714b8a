"""Reading questions about one incident, and which of its sentences answer them."""

from __future__ import annotations

from dossier.answer.events import answering_first, read_event_question
from dossier.knowledge.ontology import load_ontology
from dossier.model import Evidence


def test_each_part_of_a_two_part_incident_question_has_its_focus() -> None:
    asked = read_event_question(
        "Who carried out the bombing in Tarso, and how many passengers died?", load_ontology()
    )
    assert asked is not None
    assert asked.foci == ("perpetrator", "killed")
    assert "tarso" in asked.terms


def test_a_question_without_an_incident_noun_is_read_only_when_asked_to() -> None:
    question = "What happened in Tarso, and who was responsible?"
    assert read_event_question(question, load_ontology()) is None
    asked = read_event_question(question, load_ontology(), unnamed=True)
    assert asked is not None and asked.foci == ("overview", "perpetrator")


def test_the_sentences_that_say_who_did_it_come_first() -> None:
    told = [
        Evidence("d1", 0, 0, 40, "Smoke rose over the terminal at noon."),
        Evidence("d1", 1, 41, 90, "The Hill Guard claimed responsibility for the blast."),
        Evidence("d2", 0, 0, 30, "Police blamed the Hill Guard."),
    ]
    ordered = answering_first(told, ["perpetrator"], ["Hill Guard"])
    assert ordered[0].quote.startswith("The Hill Guard claimed")
    assert ordered[-1].quote.startswith("Smoke")
