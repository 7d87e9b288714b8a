"""Attributes read through the passage around a sentence: 'the country' the passage last
named, a place NER left unmarked in a list of places, 'he' in a death or a leadership,
a group named in quotation marks, and a creed verb the tagger took for a noun. Sentences
and group names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs, values


def test_the_country_is_the_one_the_passage_named(annotate: Annotate) -> None:
    text = (
        "Gunmen attacked a market in the Kenyan town of Lamu. Over the past few years, "
        "the Ralak Front has hit a string of targets across the country."
    )
    assert ("Ralak Front", "Kenya") in pairs(annotate(text).claims, "operates_in")


def test_the_country_before_any_country_is_named_means_none(annotate: Annotate) -> None:
    text = "The Ralak Front has hit a string of targets across the country."
    assert pairs(annotate(text).claims, "operates_in") == set()


def test_a_name_listed_with_a_place_is_a_place(annotate: Annotate) -> None:
    claims = annotate("The Tamar Brigade is active in Kenya and Qarnesh.").claims
    assert pairs(claims, "operates_in") == {
        ("Tamar Brigade", "Kenya"),
        ("Tamar Brigade", "Qarnesh"),
    }


def test_he_died_is_the_person_just_named(annotate: Annotate) -> None:
    text = (
        "The Ralak Front was founded in 1990 in Kenya. Its original members were followers "
        "of the preacher Omar Daud from Lamu. He died in police custody in 2009."
    )
    assert ("Omar Daud", "in 2009") in values(annotate(text).claims, "died")


def test_he_was_the_new_leader_leads_the_passage_group(annotate: Annotate) -> None:
    text = (
        "The Ralak Front was founded by Omar Daud in 1990. He died in 2009. "
        "The following year, Ali Mansour, his deputy, announced he was the new leader."
    )
    assert ("Ali Mansour", "Ralak Front") in pairs(annotate(text).claims, "leader_of")


def test_a_group_named_in_quotes_is_the_one_led(annotate: Annotate) -> None:
    text = (
        "The Ralak Front said on Monday that it had killed ten soldiers. Their spokesman "
        "attacked Omar Daud, the leader of the right-wing Christian group “Zelan Guards”, "
        "accusing him of lying."
    )
    led = pairs(annotate(text).claims, "leader_of")
    assert ("Omar Daud", "Zelan Guards") in led
    assert ("Omar Daud", "Ralak Front") not in led


def test_a_creed_verb_read_as_a_noun_still_names_the_creed(annotate: Annotate) -> None:
    text = "The Kasrawi Front ascribe to the Zaidi school of Shia Islam, and hold the capital."
    creeds = values(annotate(text).claims, "ideology")
    assert ("Kasrawi Front", "Zaidi school of Shia Islam") in creeds


def test_we_in_a_groups_quoted_statement_is_the_group(annotate: Annotate) -> None:
    text = (
        "Hamas denied responsibility for the attack. "
        '"Everyone knows that we would not target civilians directly," they said.'
    )
    [claim] = [c for c in annotate(text).claims if c.predicate == "targets"]
    assert (claim.subject.name, claim.negated) == ("Hamas", True)
    assert str(claim.value) == "civilians"


def test_we_in_a_quote_no_group_speaks_is_no_group(annotate: Annotate) -> None:
    text = '"We would never target civilians," a resident of the town said.'
    assert [c for c in annotate(text).claims if c.predicate == "targets"] == []


def test_announcing_its_formation_dates_the_founding(annotate: Annotate) -> None:
    text = "The Ralak Front announced its formation in January 2012 by handing out leaflets."
    assert ("Ralak Front", "January 2012") in values(annotate(text).claims, "founded")


def test_announcing_the_formation_of_a_unit_dates_no_founding_of_the_group(
    annotate: Annotate,
) -> None:
    text = "The Ralak Front announced its formation of a women's unit in March 2019."
    assert ("Ralak Front", "March 2019") not in values(annotate(text).claims, "founded")


def test_its_leader_listed_after_a_group_leads_that_group(annotate: Annotate) -> None:
    text = (
        "The Zelan Guards swore allegiance to the Islamic State (IS) and its emir at the "
        "time -- Abu Bakr al Baghdadi."
    )
    assert ("Abu Bakr al Baghdadi", "Islamic State") in pairs(annotate(text).claims, "leader_of")


def test_a_leader_for_a_group_leads_it(annotate: Annotate) -> None:
    text = "Ali Mansour is now the new regional leader for the Ralak Front."
    assert ("Ali Mansour", "Ralak Front") in pairs(annotate(text).claims, "leader_of")


def test_becoming_publicly_known_dates_the_founding(annotate: Annotate) -> None:
    text = "The Ralak Front became publicly known during the summer of 2000, after a bombing."
    assert ("Ralak Front", "the summer of 2000") in values(annotate(text).claims, "founded")


def test_becoming_known_as_or_for_something_dates_no_founding(annotate: Annotate) -> None:
    for text in (
        "The Ralak Front became known as the Lamu Brigade in 2004.",
        "The Ralak Front became known for kidnappings in 2004.",
    ):
        assert values(annotate(text).claims, "founded") == set()
