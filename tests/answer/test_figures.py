"""Figures read from quoted sentences for 'how many' questions (answer/figures.py)."""

from __future__ import annotations

from dossier.answer.figures import (
    counted_words,
    differing,
    disagreeing,
    figures_in,
    side_by_side,
)

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
