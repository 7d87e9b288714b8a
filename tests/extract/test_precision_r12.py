"""Precision, round 12: a unit's commander is no member of it and an order's grade is an
honour, not a membership or a chair (extract/unit_commands.py, extract/honours.py); a date
belongs to its own joined clause (extract/founding_dates.py); 'P co-founded X' where the
parse loses X (extract/cofounding.py, extract/inception.py); 'it' on a page about a work
(extract/kind_references.py)."""

from __future__ import annotations

from spacy.language import Language

from dossier.extract.context import DocContext
from dossier.extract.kind_references import means_page_work, page_about_work
from dossier.knowledge.ontology import load_ontology
from tests.extract.conftest import Annotate, pairs, values


def test_a_fleet_commander_is_no_member_of_the_fleet(annotate: Annotate) -> None:
    annotated = annotate("Admiral Henrik Dalby was the commander of the Fifth Fleet from 1950.")
    assert ("Henrik Dalby", "Fifth Fleet") not in pairs(annotated.claims, "member_of")
    assert ("Henrik Dalby", "Fifth Fleet") not in pairs(annotated.claims, "leader_of")


def test_a_commander_of_an_armed_movement_is_still_its_member(annotate: Annotate) -> None:
    annotated = annotate("Ahmed Karimi is a senior commander of the Free Hills Movement.")
    assert ("Ahmed Karimi", "Free Hills Movement") in pairs(annotated.claims, "member_of")


def test_a_knight_commander_of_an_order_is_neither_member_nor_leader(
    annotate: Annotate,
) -> None:
    annotated = annotate(
        "Sir Tom Haskel was made a Knight Commander of the Royal Varnell Order in 1955."
    )
    assert not pairs(annotated.claims, "member_of")
    assert not pairs(annotated.claims, "leader_of")


def test_a_member_of_an_order_of_merit_is_an_honour(annotate: Annotate) -> None:
    annotated = annotate("Nora Pell was appointed a Member of the Order of Tesland in 1990.")
    assert ("Nora Pell", "Order of Tesland") not in pairs(annotated.claims, "member_of")


def test_a_lower_case_member_of_an_order_stays_a_member(annotate: Annotate) -> None:
    annotated = annotate("Lena Brock is a member of the Loyal Orvin Order.")
    assert ("Lena Brock", "Loyal Orvin Order") in pairs(annotated.claims, "member_of")


def test_a_date_in_a_joined_clause_is_that_clause_s(annotate: Annotate) -> None:
    annotated = annotate(
        "Tom Varga and Lena Holt founded Brightwater Records, and Holt founded Silverline"
        " Media in 1999."
    )
    dates = values(annotated.claims, "founded")
    assert ("Silverline Media", "in 1999") in dates
    assert not any(body == "Brightwater Records" for body, _ in dates)


def test_a_passive_joined_clause_keeps_its_date_too(annotate: Annotate) -> None:
    annotated = annotate(
        "Brightwater Records was founded by Tom Varga, and Silverline Media was founded by"
        " Lena Holt in 1999."
    )
    dates = values(annotated.claims, "founded")
    assert ("Silverline Media", "in 1999") in dates
    assert not any(body == "Brightwater Records" for body, _ in dates)


def test_joined_verbs_without_a_subject_share_the_date(annotate: Annotate) -> None:
    annotated = annotate("Brightwater Records was founded and registered in 1999.")
    assert ("Brightwater Records", "in 1999") in values(annotated.claims, "founded")


def test_a_co_founded_body_the_parse_hangs_elsewhere(annotate: Annotate) -> None:
    annotated = annotate("In 1979, Rolf Aske co-founded Tessel Group.")
    assert ("Tessel Group", "Rolf Aske") in pairs(annotated.claims, "founded_by")
    assert ("Tessel Group", "In 1979") in values(annotated.claims, "founded")


def test_a_co_founded_body_with_a_date_after_it(annotate: Annotate) -> None:
    annotated = annotate("Tom Varga co-founded Brightwater Records in 1985.")
    assert ("Brightwater Records", "Tom Varga") in pairs(annotated.claims, "founded_by")
    assert ("Brightwater Records", "in 1985") in values(annotated.claims, "founded")


def _context(nlp: Language, text: str) -> DocContext:
    return DocContext.build(nlp(text), load_ontology(), None)


def test_it_on_a_page_about_an_album_means_the_album(nlp: Language) -> None:
    context = _context(
        nlp, "Grey Harbour is the third studio album by Velmont. It was released by Orlo Records."
    )
    assert page_about_work(context)
    pronoun = next(word for word in context.doc if word.lower_ == "it")
    assert means_page_work(pronoun, context)


def test_a_page_about_a_label_is_no_work(nlp: Language) -> None:
    context = _context(nlp, "Orlo Records is a British record label. It was founded in 1990.")
    assert not page_about_work(context)


def test_a_news_story_opening_on_it_is_no_work_page(nlp: Language) -> None:
    context = _context(nlp, "It is a game of patience. The Varo Front said it would wait.")
    assert not page_about_work(context)
