"""Plain questions map to (entity, predicate) through the ontology's question forms."""

from __future__ import annotations

import pytest

from dossier.answer.questions import Intent, parse_question
from dossier.knowledge.ontology import load_ontology


def asks(predicate: str, subject: str) -> Intent:
    return Intent("predicate", subject, predicate=predicate)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How many fighters does the SLF have?", asks("member_count", "the SLF")),
        ("where is Boko Haram based", asks("based_in", "Boko Haram")),
        ("Where is Boko Haram active?", asks("operates_in", "Boko Haram")),
        ("Who funds   Hezbollah ?", asks("funded_by", "Hezbollah")),
        ("When was al-Shabaab founded?", asks("founded", "al-Shabaab")),
        ("Who leads the Taliban?", asks("leader_of", "the Taliban")),
        ("What does the K in ISIS-K stand for?", asks("named_after", "ISIS-K")),
        ("Are ISIS-K friends with the Taliban?", Intent("relation", "ISIS-K", "the Taliban")),
        ("Who is Jama’at Nusrat al-Islam?", Intent("overview", "Jama'at Nusrat al-Islam")),
        ("What happened on 8 June 2023?", Intent("events_on", date="8 June 2023")),
        ("Why do people join armed groups?", Intent("search")),
    ],
)  # fmt: skip
def test_questions_are_mapped_through_the_ontology(question: str, intent: Intent) -> None:
    assert parse_question(question, load_ontology()) == intent


def test_every_predicate_question_form_reads_back_as_its_predicate() -> None:
    ontology = load_ontology()
    for spec in ontology.predicates.values():
        for form in spec.questions:
            question = form.replace("{subject}", "Example Front").replace("{letter}", "E")
            parsed = parse_question(question, ontology)
            assert parsed.subject == "Example Front", form
            assert parsed.predicate == spec.name or parsed.kind == "relation", form
