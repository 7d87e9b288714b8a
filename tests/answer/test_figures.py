"""Figures read from quoted sentences for 'how many' questions (answer/figures.py)."""

from __future__ import annotations

from dossier.answer.figures import (
    claimed_figures,
    counted_words,
    differing,
    disagreeing,
    figures_in,
    restates_figure,
    side_by_side,
)
from dossier.model import Range

SOURCES = {"doc-a": ("source:a", "Gazette"), "doc-b": ("source:b", "Monitor")}


def test_a_question_counts_the_noun_after_how_many_and_its_kind() -> None:
    counted = counted_words("How many fighters does the River Front have?", ["member_count"])
    assert {"fighters", "members"} <= counted and "does" not in counted
    assert counted_words("Who leads the River Front?") == frozenset()


def test_only_a_figure_right_before_a_counted_word_is_read() -> None:
    counted = counted_words("How many fighters does the River Front have?", ["member_count"])
    sentences = [
        ("doc-a", "In 2019 the River Front, founded by 12 clerics, had about 900 fighters."),
        ("doc-b", "Officials put its strength at between 2,000 and 2,500 fighters."),
    ]
    figures = figures_in(sentences, counted, SOURCES)
    assert [f.phrase for f in figures] == ["about 900 fighters", "between 2,000 and 2,500 fighters"]
    assert disagreeing(figures)
    assert side_by_side(figures) == (
        "about 900 fighters (Gazette); between 2,000 and 2,500 fighters (Monitor)"
    )


def test_figures_that_can_both_hold_or_share_a_source_do_not_disagree() -> None:
    counted = counted_words("How many people were killed?", ["killed"])
    agreeing = [
        ("doc-a", "The blast at the depot left some 40 people dead."),
        ("doc-b", "At least 38 people died at the depot."),
    ]
    assert not disagreeing(figures_in(agreeing, counted, SOURCES))
    one_voice = [
        ("doc-a", "Police said 14 people died."),
        ("doc-a", "Later the toll reached 30 people."),
    ]
    assert not disagreeing(figures_in(one_voice, counted, SOURCES))


def test_a_toll_told_differently_by_two_sources_differs_even_if_both_can_hold() -> None:
    counted = counted_words("How many people were killed?", ["killed"])
    told = [
        ("doc-a", "At least 38 people died at the depot."),
        ("doc-b", "Up to 90 people were killed at the depot, a later report said."),
    ]
    figures = figures_in(told, counted, SOURCES)
    assert [f.phrase for f in figures] == ["At least 38 people", "Up to 90 people"]
    assert differing(figures) and not disagreeing(figures[:1])
    same = [("doc-a", "Some 38 people died."), ("doc-b", "Officials counted 38 people dead.")]
    assert not differing(figures_in(same, counted, SOURCES))


def test_a_part_of_a_counted_whole_written_in_words_is_read() -> None:
    counted = counted_words("How many hostages got away?")
    told = [
        ("doc-a", "Twenty-one of the hostages slipped away overnight, the army said."),
        ("doc-b", "The gang had seized some 90 hostages."),
    ]
    figures = figures_in(told, counted, SOURCES)
    assert [(f.count.min, f.part) for f in figures] == [(21, True), (90, False)]
    # a part of the whole is no other figure for the whole
    assert not disagreeing(figures) and not differing(figures)


def test_an_earlier_figure_of_the_same_count_is_read_with_its_word() -> None:
    counted = counted_words("How many fighters does the Hill Brigade have?", ["member_count"])
    told = [("doc-a", "By 2015 the brigade kept about 300 fighters, down from 900 in 2011.")]
    figures = figures_in(told, counted, SOURCES)
    assert [f.phrase for f in figures] == ["about 300 fighters", "900 fighters"]


def test_a_figure_restating_the_count_its_article_gave_is_read() -> None:
    counted = counted_words("How many fighters does the Hill Brigade have?", ["member_count"])
    told = [
        ("doc-a", "Its commander says he leads 40,000 fighters."),
        ("doc-a", "Analysts think the real figure of some 6,000 is nearer the mark."),
        ("doc-b", "Diplomats doubt the estimate of 12,000 heard last year."),
    ]
    figures = figures_in(told, counted, SOURCES)
    # doc-b gave no counted figure first: its 'estimate of' restates nothing it said
    assert [f.phrase for f in figures] == ["40,000 fighters", "some 6,000 fighters"]
    assert restates_figure(told[1][1]) and not restates_figure("The figure was unclear.")


def test_thousands_grouped_by_a_space_are_one_figure() -> None:
    counted = counted_words("How many people has the war killed?")
    told = [("doc-a", "Over 12 000 people have died since the war began in 2013.")]
    assert [f.count.min for f in figures_in(told, counted, SOURCES)] == [12000]


def test_a_count_of_attackers_reads_every_word_for_them() -> None:
    counted = counted_words("How many gunmen stormed the market?")
    told = [
        ("doc-a", "Four assailants stormed the market at dawn."),
        ("doc-b", "Police said two shooters were arrested."),
    ]
    assert disagreeing(figures_in(told, counted, SOURCES))


def test_stored_claims_give_figures_of_their_sources() -> None:
    figures = claimed_figures([("doc-b", Range(150, 150, True, None, "about 150"))], SOURCES)
    assert [(f.phrase, f.source) for f in figures] == [("about 150", "Monitor")]
    assert claimed_figures([("doc-a", Range(None, None, False, None, "many"))], SOURCES) == []
