"""Readers skip a sentence that holds none of their cue words without walking it: the
skip must never lose what the walk would have found. Each gated reader is run with and
without the sentence's word set on sentences (written for these tests) that exercise
every kind of word it can start from."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.extract.casualties import casualty_clauses, toll_updates
from dossier.extract.claims import Sentence
from dossier.extract.context import DocContext
from dossier.extract.events import EventExtractor
from dossier.extract.perpetrators import read_responsibility
from dossier.knowledge.ontology import load_ontology

CASUALTY_SENTENCES = [
    "Gunmen killed four guards at the depot on Friday.",
    "Nine villagers were wounded when the shell landed.",
    "The courier was shot dead outside his house.",
    "One of the raiders blew himself up at the gate.",
    "By noon 14 bodies had been pulled from the debris.",
    "The blast resulted in the deaths of 12 workers.",
    "Three porters sustained injuries in the crash.",
]
TOLL_SENTENCES = [
    "The death toll from the ferry blast rose to 43 on Sunday.",
    "The dead included 21 pupils and three cooks.",
    "A total of 43 people were killed in the raids.",
]
TRIGGER_SENTENCES = [
    "Militants seized the port town of Kerema in August.",
    "The rebels took over the town of Lusaka Heights last week.",
    "A car bomb exploded near the fish market in the morning.",
    "Gunmen stormed a hotel in the capital on Tuesday.",
]
STATEMENT_SENTENCES = [
    "The Northern Front claimed responsibility for the bombing.",
    "Police blamed the Northern Front for the ambush.",
    "The attack was carried out by the Northern Front.",
]
QUIET_SENTENCE = "The committee will publish its annual report in the spring."


def _sentence(nlp: Language, text: str) -> tuple[Span, Sentence]:
    doc: Doc = nlp(text)
    span = doc[:]
    context = DocContext.build(doc, load_ontology(), None)
    return span, Sentence(span, 0, span.start_char, span.end_char, context, "test")


def test_sentence_word_sets_are_those_a_walk_gives(nlp: Language) -> None:
    text = "The Northern Front's fighters were the largest of the armed groups."
    span, sentence = _sentence(nlp, text)
    assert sentence.lowered() == {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    # words, lemmas and simple plurals, for frames to look up at a glance
    assert {"fighters", "fighter", "were", "be", "groups", "group", "groupes"} <= sentence.words()
    assert sentence.text == span.text


@pytest.mark.parametrize("text", CASUALTY_SENTENCES)
def test_casualty_gate_keeps_every_kind_of_casualty_clause(nlp: Language, text: str) -> None:
    span, sentence = _sentence(nlp, text)
    found = casualty_clauses(span)
    assert found, "the sentence must tell a casualty for the test to mean anything"
    assert casualty_clauses(span, sentence.lowered()) == found


@pytest.mark.parametrize("text", TOLL_SENTENCES)
def test_toll_gate_keeps_every_kind_of_toll_update(nlp: Language, text: str) -> None:
    span, sentence = _sentence(nlp, text)
    found = toll_updates(span)
    assert found, "the sentence must update a toll for the test to mean anything"
    assert toll_updates(span, sentence.lowered()) == found


@pytest.mark.parametrize("text", TRIGGER_SENTENCES)
def test_trigger_gate_keeps_every_kind_of_event_cue(nlp: Language, text: str) -> None:
    span, sentence = _sentence(nlp, text)
    extractor = EventExtractor(sentence.context)
    found = extractor.triggers(span)
    assert found, "the sentence must hold an event cue for the test to mean anything"
    gated = extractor.triggers(span, sentence.lowered())
    assert [(t.token.i, t.type, t.strong) for t in gated] == [
        (t.token.i, t.type, t.strong) for t in found
    ]


@pytest.mark.parametrize("text", STATEMENT_SENTENCES)
def test_responsibility_gate_keeps_every_statement(nlp: Language, text: str) -> None:
    span, sentence = _sentence(nlp, text)
    found = read_responsibility(span, sentence.context)
    assert found, "the sentence must say who did it for the test to mean anything"
    assert read_responsibility(span, sentence.context, sentence.lowered()) == found


def test_a_sentence_without_cue_words_is_skipped_by_every_gated_reader(nlp: Language) -> None:
    span, sentence = _sentence(nlp, QUIET_SENTENCE)
    lowered = sentence.lowered()
    assert casualty_clauses(span, lowered) == casualty_clauses(span) == []
    assert toll_updates(span, lowered) == toll_updates(span) == []
    assert EventExtractor(sentence.context).triggers(span, lowered) == []
