"""Reading questions about one incident, and which of its sentences answer them."""

from __future__ import annotations

from datetime import date

from dossier.answer.events import (
    answering_first,
    answering_sentences,
    culprits_named,
    read_event_question,
    toll_phrase,
    toll_timeline,
)
from dossier.knowledge.ontology import load_ontology
from dossier.model import Evidence, Range
from dossier.model.records import ReportedToll


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


def test_an_act_told_by_its_verb_is_read_as_an_incident_question() -> None:
    asked = read_event_question("When were the pilgrims kidnapped near Oruma?", load_ontology())
    assert asked is not None and "oruma" in asked.terms


def test_the_month_asked_narrows_the_incident() -> None:
    asked = read_event_question("Who bombed the ferry terminal in March 2011?", load_ontology())
    assert asked is not None and asked.month is not None
    assert (asked.month.start, asked.month.end) == (date(2011, 3, 1), date(2011, 3, 31))
    only_year = read_event_question("Who bombed the ferry terminal in 2011?", load_ontology())
    assert only_year is not None and only_year.month is None


def test_an_articles_own_words_for_who_did_it_are_found() -> None:
    sentences = [
        (0, 38, "Rain fell on the harbour all morning."),
        (39, 101, "The Hill Guard claimed responsibility for the blast on Friday."),
        (102, 150, "A spokesman later denied the attack was theirs."),
        (151, 190, "Officials blamed the weather for delays."),
    ]
    found = answering_sentences(sentences, ["perpetrator"], ["Hill Guard"], ["harbour"])
    texts = [text for _start, _end, text in found]
    assert texts[0].startswith("The Hill Guard claimed")
    assert "A spokesman later denied the attack was theirs." in texts
    assert all("Rain" not in text and "weather" not in text for text in texts)


def test_a_toll_that_rose_is_told_in_the_order_it_was_reported() -> None:
    tolls = [
        ReportedToll("killed", "d2", "Daily Lamp", Range(31, 31), "2020-05-04"),
        ReportedToll("killed", "d1", "Coast Courier", Range(12, 12), "2020-05-02"),
        ReportedToll("wounded", "d1", "Coast Courier", Range(40, 40), "2020-05-02"),
    ]
    timeline = toll_timeline("killed", tolls)
    assert timeline.index("Coast Courier") < timeline.index("Daily Lamp")
    assert "2 May 2020" in timeline and "then" in timeline
    phrase, differ = toll_phrase("killed", tolls)
    assert phrase == timeline and differ
    fell = [ReportedToll("killed", "d3", "Evening Post", Range(5, 5), "2020-05-06"), *tolls]
    assert toll_timeline("killed", fell) == ""  # a later, lower figure is a disagreement


def test_groups_named_beside_a_word_of_claim_or_blame_are_read() -> None:
    known = {"Hill Guard": "hill", "River Front": "river"}

    def entities_in(text: str) -> list[str]:
        return [key for name, key in known.items() if name in text]

    sentence = (
        "The Hill Guard claimed responsibility, though officials in the capital, far "
        "from the coast and the hills, long blamed the River Front for such raids."
    )
    assert culprits_named(sentence, ["perpetrator"], entities_in) == ["hill", "river"]
    far = "The River Front held a rally in the north while the rain went on and on all day."
    assert culprits_named(far, ["perpetrator"], entities_in) == []
