"""Seats and leaders, round 11 (second pass): a later leader in a second 'by' phrase
(extract/leadership.py) and a base set off on a copula's unnamed subject, which holds for
the named complement (extract/set_off_bases.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def test_a_later_leader_in_a_second_by_phrase(annotate: Annotate) -> None:
    annotated = annotate("The Varnel Trust was led by Anna Korbel and later by Piet Saarinen.")
    leaders = pairs(annotated.claims, "leader_of")
    assert {("Anna Korbel", "Varnel Trust"), ("Piet Saarinen", "Varnel Trust")} <= leaders


def test_first_by_one_then_by_another(annotate: Annotate) -> None:
    annotated = annotate("The Ostric Union was chaired first by Marta Lind, then by Oskar Veld.")
    assert ("Oskar Veld", "Ostric Union") in pairs(annotated.claims, "leader_of")


def test_every_name_of_a_later_by_phrase_leads(annotate: Annotate) -> None:
    annotated = annotate(
        "The Ostric Union was led by Marta Lind in 1990 and later by Oskar Veld and Tomas Berg."
    )
    leaders = pairs(annotated.claims, "leader_of")
    assert {("Oskar Veld", "Ostric Union"), ("Tomas Berg", "Ostric Union")} <= leaders


def test_a_second_by_phrase_on_another_verb_leads_nothing(annotate: Annotate) -> None:
    annotated = annotate("The Ostric Union was led by Marta Lind and praised by Oskar Veld.")
    assert ("Oskar Veld", "Ostric Union") not in pairs(annotated.claims, "leader_of")


def test_a_base_set_off_on_the_subject_holds_for_the_complement(annotate: Annotate) -> None:
    annotated = annotate("The owner of the ferry line, based in Bergen, is Harrow Holdings.")
    assert ("Harrow Holdings", "Bergen") in pairs(annotated.claims, "based_in")


def test_a_set_off_base_holds_for_each_complement_name(annotate: Annotate) -> None:
    annotated = annotate("The publisher of the weekly, based in Lyon, is Varnox Media, Ordel SA.")
    seats = pairs(annotated.claims, "based_in")
    assert ("Varnox Media", "Lyon") in seats


def test_a_set_off_base_gives_nothing_to_a_name_inside_the_complement(
    annotate: Annotate,
) -> None:
    annotated = annotate("The owner of the club, based in Leeds, was a partner of Harrow Holdings.")
    assert ("Harrow Holdings", "Leeds") not in pairs(annotated.claims, "based_in")


def test_chief_of_the_new_company_a_merger_formed(annotate: Annotate) -> None:
    annotated = annotate(
        "Harrow Lines merged with Tarvik Freight in 2003 to form Ondrel Group."
        " Harrow's chief executive, Anna Korbel, became chief executive of the new company."
    )
    assert ("Anna Korbel", "Ondrel Group") in pairs(annotated.claims, "leader_of")


def test_the_new_company_is_the_new_name_given_two_sentences_before(annotate: Annotate) -> None:
    annotated = annotate(
        "Harrow Lines merged with Tarvik Freight; in 2013 the two firms took on the new name"
        " of Ondrel Group together. The combined firm carried more freight than any"
        " other. Harrow's chief executive, Anna Korbel, became chairman of the new company."
    )
    assert ("Anna Korbel", "Ondrel Group") in pairs(annotated.claims, "leader_of")


def test_the_new_company_with_nothing_made_before_leads_nothing(annotate: Annotate) -> None:
    annotated = annotate(
        "Harrow Lines bought Tarvik Freight in 2003. Anna Korbel became chief executive of"
        " the new company."
    )
    leaders = pairs(annotated.claims, "leader_of")
    assert ("Anna Korbel", "Harrow Lines") not in leaders
    assert ("Anna Korbel", "Tarvik Freight") not in leaders


def test_two_bodies_made_before_leave_the_new_company_unresolved(annotate: Annotate) -> None:
    annotated = annotate(
        "In 2003 Harrow Lines founded Ondrel Group and Varnox Freight."
        " Anna Korbel became chief executive of the new company."
    )
    leaders = pairs(annotated.claims, "leader_of")
    assert ("Anna Korbel", "Ondrel Group") not in leaders
    assert ("Anna Korbel", "Varnox Freight") not in leaders
