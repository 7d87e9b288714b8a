"""Plain questions map to (entity, predicate) through the ontology's question forms."""

from __future__ import annotations

import pytest

from dossier.answer.events import names_incident
from dossier.answer.questions import Intent, asked_predicates, parse_question
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


@pytest.mark.parametrize(
    ("question", "predicates"),
    [
        ("Who set up the Delta Brigade, and when?", ("founded", "founded_by")),
        ("How large is the Northern Front's fighting force?", ("member_count",)),
        ("Whom does the Northern Front attack?", ("targets",)),
        ("Which countries have banned the Delta Brigade?", ("designated_by",)),
        ("Who are the Delta Brigade's partners in the north?", ("ally_of",)),
        ("Who is the Delta Brigade's current chief?", ("leader_of",)),
        ("Why do people join armed groups?", ()),
    ],
)  # fmt: skip
def test_a_question_no_form_fits_is_read_by_its_words(
    question: str, predicates: tuple[str, ...]
) -> None:
    assert asked_predicates(question) == predicates


@pytest.mark.parametrize(
    ("question", "names_one"),
    [
        ("Who claimed the bombing in Gao?", True),
        ("How many died in the 2021 market attack?", True),
        ("Whom does the Northern Front attack?", False),
        ("How many attacks has the group carried out?", False),
    ],
)
def test_an_incident_is_named_by_an_article_or_a_year(question: str, names_one: bool) -> None:
    assert names_incident(question, load_ontology()) is names_one


def test_a_two_part_question_is_cut_before_its_second_question() -> None:
    from dossier.answer.questions import question_parts, with_name

    assert question_parts("Who raided the depot in Tarso, and how many guards died?") == [
        "Who raided the depot in Tarso",
        "how many guards died",
    ]
    # 'and when' alone is read whole, by its words; so are two names joined by 'and'
    assert len(question_parts("Who set up the Valley Front and when?")) == 1
    assert len(question_parts("Are the Valley Front and the Hill Guard allies?")) == 1
    assert with_name("how is it funded", "Valley Front") == "how is Valley Front funded"
    assert with_name("what were its first names", "VF") == "what were VF's first names"


def test_a_lone_opener_before_and_is_no_question_of_its_own() -> None:
    from dossier.answer.questions import asked_predicates, question_parts

    # 'When and how was X formed?' asks both of the one group, whole
    assert question_parts("When and how was the Valley Front formed?") == [
        "When and how was the Valley Front formed"
    ]
    assert asked_predicates("When and how was the Valley Front formed?") == (
        "founded",
        "formed_from",
    )
    assert asked_predicates("When was the Valley Front formed?") == ("founded",)


def test_when_a_group_became_an_affiliate_asks_the_affiliation() -> None:
    from dossier.answer.questions import asked_predicates

    assert "affiliate_of" in asked_predicates(
        "When did the Hill Guard accept the Valley Front as an affiliate?"
    )


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Who was the Korvel car bomber?", "perpetrator"),
        ("Whom do police hold for the Tarso raid?", "perpetrator"),
        ("Who was killed in the Tarso raid?", "victims"),
        ("How many died in the Tarso raid?", "killed"),
        ("Tell me about the Tarso raid", "overview"),
    ],
)
def test_a_who_question_about_an_incident_asks_who_did_it(question: str, focus: str) -> None:
    from dossier.answer.events import read_event_question

    asked = read_event_question(question, load_ontology())
    assert asked is not None and asked.focus == focus
