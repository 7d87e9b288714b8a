"""Disagreement read where one source holds it: two speakers' tolls in one sentence, and
the years the sources date someone's taking an office by (fresh made-up sentences)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from dossier.answer.answers import Answerer
from dossier.answer.figures import figures_in, rival_figures
from dossier.answer.tenure import read_taking_office, year_told_before
from tests.corpus import answering

TOLL_CUES = ("toll", "killed", "dead", "died")


def test_two_speakers_in_one_sentence_give_rival_figures() -> None:
    rivals = rival_figures(
        "A regional radio station gave a death toll of at least 9, "
        "while opposition activists said it was at least 31.",
        TOLL_CUES,
    )
    assert [(r.speaker, r.count.min) for r in rivals] == [
        ("A regional radio station", 9),
        ("opposition activists", 31),
    ]
    according = rival_figures(
        "According to the mayor, 6 people died, but nurses said 14 were dead.", TOLL_CUES
    )
    assert [(r.speaker, r.count.min) for r in according] == [("the mayor", 6), ("nurses", 14)]


def test_one_speaker_or_one_figure_is_no_rivalry() -> None:
    assert rival_figures("The governor said 6 people died in the blast in 2019.", TOLL_CUES) == []
    # two speakers agreeing on one figure do not disagree
    agreeing = "Police said 6 people were killed, while medics said 6 had died."
    assert rival_figures(agreeing, TOLL_CUES) == []
    # figures of something other than what is counted
    assert rival_figures("Police said 6 cars burned, while firemen said 9.", TOLL_CUES) == []


def test_a_figure_spelt_out_is_given_in_digits_too() -> None:
    found = figures_in(
        [("d", "Forty-one of the boys got away before dawn.")], frozenset({"boys"}), {}
    )
    assert [figure.phrase for figure in found] == ["Forty-one (41) boys"]
    assert found[0].part


def test_questions_asking_when_someone_took_an_office() -> None:
    asked = read_taking_office("When did Rena Dovik become leader of the Marsh Front?")
    assert asked is not None
    assert (asked.subject, asked.other, asked.predicate) == (
        "Rena Dovik",
        "the Marsh Front",
        "leader_of",
    )
    deputy = read_taking_office("When did Oslan Kir become the deputy of Marsh Front?")
    assert deputy is not None and deputy.predicate == "deputy_of"
    assert read_taking_office("When was the Marsh Front founded?") is None


def test_a_sentence_dated_by_the_one_before() -> None:
    before = "The founder was shot in a raid in 2013."
    assert year_told_before("The following year, his brother took charge.", before) == 2014
    assert year_told_before("Two years later, the group split.", before) == 2015
    assert year_told_before("His brother took charge.", before) is None
    assert year_told_before("The next year, the group split.", "The founder was shot.") is None


HERALD: dict[str, object] = {
    "id": "herald-1",
    "source": "Coast Herald",
    "title": "Market blast in Tavir",
    "date": "2022-05-02",
    "text": (
        "A car bomb exploded at the central market in Tavir on May 1, 2022, killing at least "
        "9 people. The Red Dune Brigade claimed responsibility for the bombing. "
        "A regional radio station gave a death toll of at least 9, while opposition "
        "activists said it was at least 31."
    ),
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(tmp_path_factory.mktemp("tavir"), HERALD) as answerer:
        yield answerer


def test_an_incident_answer_reports_rival_tolls_of_one_sentence(answerer: Answerer) -> None:
    answer = answerer.ask("How many people were killed in the Tavir market bombing?")
    assert answer.verdict == "conflicting"
    assert "31" in answer.answer and "opposition activists" in answer.answer
    assert any("opposition activists" in c.quote for c in answer.citations)


LEDGER: dict[str, object] = {
    "id": "ledger-1",
    "source": "North Ledger",
    "title": "Lantern chief",
    "date": "2020-01-02",
    "text": (
        "The Grey Lantern was founded by Marek Tosh. Tosh was killed by soldiers in 2012. "
        "The following year, his deputy, Ilan Vor, announced he was the new leader."
    ),
}
TIMES: dict[str, object] = {
    "id": "times-2",
    "source": "Harbour Times",
    "title": "Lantern",
    "date": "2020-02-02",
    "text": "Ilan Vor took over as leader of the Grey Lantern in 2014.",
}


@pytest.fixture(scope="module")
def lantern(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Answerer]:
    with answering(tmp_path_factory.mktemp("lantern"), LEDGER, TIMES) as answerer:
        yield answerer


def test_sources_dating_a_new_leader_differently_disagree(lantern: Answerer) -> None:
    answer = lantern.ask("When did Ilan Vor become leader of the Grey Lantern?")
    assert answer.verdict == "conflicting"
    # 'the following year' after 2012, and 2014
    assert "2013" in answer.answer and "2014" in answer.answer
    assert {c.document_id for c in answer.citations} == {"ledger-1", "times-2"}
