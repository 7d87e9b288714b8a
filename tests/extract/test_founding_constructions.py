"""Founders and founding dates in shapes reference prose uses: a 'co-' verb the tokenizer
splits, partners given 'with', 'prior to founding', a name before the kind of body, and a
participle the parser hangs on a place. Sentences and names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs, values


def test_people_listed_before_a_co_verb(annotate: Annotate) -> None:
    text = "In 2004, Robert Hale and Anna Price co-founded the Northgate Theatre Company."
    claims = annotate(text).claims
    assert pairs(claims, "founded_by") == {
        ("Northgate Theatre Company", "Robert Hale"),
        ("Northgate Theatre Company", "Anna Price"),
    }
    assert ("Northgate Theatre Company", "In 2004") in values(claims, "founded")


def test_a_passive_co_verb_names_its_founders_after_by(annotate: Annotate) -> None:
    text = "The Northgate Theatre Company was co-founded by Robert Hale and Anna Price in 2004."
    assert pairs(annotate(text).claims, "founded_by") == {
        ("Northgate Theatre Company", "Robert Hale"),
        ("Northgate Theatre Company", "Anna Price"),
    }


def test_a_co_verb_set_off_after_the_name(annotate: Annotate) -> None:
    text = "The Northgate Theatre Company, co-founded by Robert Hale in 2004, is based in Leeds."
    assert ("Northgate Theatre Company", "Robert Hale") in pairs(
        annotate(text).claims, "founded_by"
    )


def test_a_pronoun_co_founder_and_a_partner_given_with(annotate: Annotate) -> None:
    text = (
        "Anna Price is a British theatre director. She co-founded the Northgate Theatre "
        "Company with Robert Hale."
    )
    assert pairs(annotate(text).claims, "founded_by") == {
        ("Northgate Theatre Company", "Anna Price"),
        ("Northgate Theatre Company", "Robert Hale"),
    }


def test_a_partner_given_with_the_founding_verb(annotate: Annotate) -> None:
    text = "John Miller founded Harbor Freight with his son Eric Miller in 1977."
    assert pairs(annotate(text).claims, "founded_by") == {
        ("Harbor Freight", "John Miller"),
        ("Harbor Freight", "Eric Miller"),
    }


def test_what_a_body_was_founded_with_is_no_founder(annotate: Annotate) -> None:
    text = "John Miller founded Harbor Freight with money from his father, Paul Miller."
    assert pairs(annotate(text).claims, "founded_by") == {("Harbor Freight", "John Miller")}


def test_prior_to_founding(annotate: Annotate) -> None:
    text = "Prior to founding Corvane Capital in 1998, John Miller taught tax law for a decade."
    assert ("Corvane Capital", "John Miller") in pairs(annotate(text).claims, "founded_by")


def test_a_name_before_the_kind_of_body(annotate: Annotate) -> None:
    text = (
        "John Miller (born 1950) is an American composer. After leaving the orchestra, he "
        "founded the Blue Meridian record label."
    )
    assert ("Blue Meridian", "John Miller") in pairs(annotate(text).claims, "founded_by")


def test_a_participle_hung_on_a_place(annotate: Annotate) -> None:
    text = "The Glass Lanterns are a rock band from Leeds, formed in 1994 by John Miller."
    claims = annotate(text).claims
    assert ("Glass Lanterns", "in 1994") in values(claims, "founded")
    assert ("Glass Lanterns", "John Miller") in pairs(claims, "founded_by")


def test_a_participle_after_a_place_without_a_comma_is_not_read(annotate: Annotate) -> None:
    text = "Tom Hill is a singer from Leeds, born in 1994."
    assert not values(annotate(text).claims, "founded")


def test_coming_into_existence_and_being(annotate: Annotate) -> None:
    claims = annotate(
        "Northwind Energy came into existence in 1923. Harbor Freight came into being in 1977."
    ).claims
    assert {("Northwind Energy", "in 1923"), ("Harbor Freight", "in 1977")} <= values(
        claims, "founded"
    )


def test_coming_into_existence_after_an_event_gives_no_date(annotate: Annotate) -> None:
    text = "Northwind Energy came into existence after the war."
    assert not values(annotate(text).claims, "founded")


def test_tracing_origins_back_to_a_date(annotate: Annotate) -> None:
    text = "Northwind Energy traces its origins back to 1923."
    assert ("Northwind Energy", "1923") in values(annotate(text).claims, "founded")


def test_tracing_something_else_dates_nothing(annotate: Annotate) -> None:
    text = "Police traced the money to Northwind Energy in 1923."
    assert not values(annotate(text).claims, "founded")


def test_since_its_foundation(annotate: Annotate) -> None:
    text = (
        "Northwind Energy is an American utility company. Since its foundation in 1923, the "
        "company has grown."
    )
    assert ("Northwind Energy", "1923") in values(annotate(text).claims, "founded")


def test_bodies_listed_together_share_the_date(annotate: Annotate) -> None:
    text = "In 1923 John Miller founded Harbor Freight and Northwind Energy."
    claims = annotate(text).claims
    assert {("Harbor Freight", "In 1923"), ("Northwind Energy", "In 1923")} <= values(
        claims, "founded"
    )
    assert {("Harbor Freight", "John Miller"), ("Northwind Energy", "John Miller")} <= pairs(
        claims, "founded_by"
    )


def test_a_founder_in_brackets(annotate: Annotate) -> None:
    text = "Harbor Freight (founded 1977 by John Miller) is an American retailer."
    claims = annotate(text).claims
    assert ("Harbor Freight", "1977") in values(claims, "founded")
    assert ("Harbor Freight", "John Miller") in pairs(claims, "founded_by")
