"""Founding dates said without a plain 'X was founded in D': a date in brackets after the
name, the start of what a body does, a verb of dating, a span of activity after a list, a
date fronted before joined clauses or named by 'when', a participle clause, a page's
subject called by its kind; and dates that are no founding: a clause hung on another
subject, land carved out of a place, a date after another clause's verb. Sentences and
names are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs, values


def founded_years(text: str, annotate: Annotate) -> set[tuple[str, int]]:
    return {
        (claim.subject.name, claim.value.start.year)
        for claim in annotate(text).claims
        if claim.predicate == "founded"
    }


def test_a_date_in_brackets_after_the_name(annotate: Annotate) -> None:
    text = "The Copper Valley League (founded 1921) is a football league in Chile."
    assert ("Copper Valley League", 1921) in founded_years(text, annotate)


def test_a_bracket_without_a_founding_word_is_no_founding(annotate: Annotate) -> None:
    text = "The Copper Valley League (renamed 1921) is a football league in Chile."
    assert not founded_years(text, annotate)


def test_the_start_of_what_a_body_does(annotate: Annotate) -> None:
    text = "KXLT is a Canadian radio station in Leeds. The station began broadcasting in 1962."
    assert ("KXLT", 1962) in founded_years(text, annotate)


def test_beginning_an_act_is_no_founding(annotate: Annotate) -> None:
    text = "The Harbor Guild began attacking ports in 2004."
    assert not founded_years(text, annotate)


def test_a_body_dating_back_to_a_year(annotate: Annotate) -> None:
    text = "The Fenwick Group, dating back to 1850, sells tea in Leeds."
    assert ("Fenwick Group", 1850) in founded_years(text, annotate)


def test_its_origins_date_back_to_a_year(annotate: Annotate) -> None:
    text = "The Fenwick Group is a tea company. Its origins date back to 1850."
    assert ("Fenwick Group", 1850) in founded_years(text, annotate)


def test_a_dating_clause_hung_on_another_subject(annotate: Annotate) -> None:
    text = (
        "The Fenwick Group grew out of years of dock strikes in Leeds, dating from the "
        "early 1920s to the mid 1930s."
    )
    assert not founded_years(text, annotate)


def test_active_between_after_a_list(annotate: Annotate) -> None:
    text = (
        "Carlo Motors was a Belgian builder of trucks, buses and farm tractors active "
        "between 1937 and 1984."
    )
    assert ("Carlo Motors", 1937) in founded_years(text, annotate)


def test_a_fronted_date_is_shared_by_joined_clauses(annotate: Annotate) -> None:
    text = (
        "On 17 March 2009, after a long crisis, president Mark Ruiz was removed from his "
        "position, and the Grand Council, led by Tom Weir, was formed."
    )
    assert ("Grand Council", 2009) in founded_years(text, annotate)


def test_a_date_after_the_first_verb_is_its_own(annotate: Annotate) -> None:
    text = "The Harbor Guild was dissolved in 1990 and the Dock Workers Union was formed."
    assert not {name for name, _ in founded_years(text, annotate)} & {"Dock Workers Union"}


def test_the_time_a_when_clause_names(annotate: Annotate) -> None:
    text = "Since 1773, when the Harbor Guild was founded by Tom Weir, the guild has met monthly."
    assert ("Harbor Guild", 1773) in founded_years(text, annotate)


def test_a_participle_clause_takes_the_fronted_date(annotate: Annotate) -> None:
    text = "In March 2015, he began singing with Ana Reyes, forming The Paper Lanterns."
    assert ("Paper Lanterns", 2015) in founded_years(text, annotate)


def test_land_carved_out_of_a_place_is_no_organisation(annotate: Annotate) -> None:
    text = (
        "Eastmoor Ward is a voting district of the Regional Council in the province of "
        "Halden. It was created in 1978, largely out of the former Westbury."
    )
    assert not founded_years(text, annotate)


def test_the_page_subject_called_by_its_kind(annotate: Annotate) -> None:
    text = "KXLT is a Canadian radio station in Leeds. The station was founded in 1962."
    assert ("KXLT", 1962) in founded_years(text, annotate)


def test_a_band_formed_by_name(annotate: Annotate) -> None:
    text = "Tom Bell formed the band Iron Orchard in 1995."
    assert ("Iron Orchard", 1995) in founded_years(text, annotate)


def test_a_founder_after_a_list_of_places(annotate: Annotate) -> None:
    text = "The Night Owls are a jazz choir founded in 1971 in Lyon, France by Marc Dufour."
    claims = annotate(text).claims
    assert ("Night Owls", "Marc Dufour") in pairs(claims, "founded_by")
    assert values(claims, "founded") == {("Night Owls", "in 1971")}


def test_a_described_body_that_launched(annotate: Annotate) -> None:
    text = "The Harbor Guild is a trade body in Leeds that formally launched on March 3, 2016."
    assert ("Harbor Guild", 2016) in founded_years(text, annotate)


def test_a_person_who_emerged_founds_nothing(annotate: Annotate) -> None:
    text = "Tom Weir is a Welsh cleric who emerged in 2002 as a preacher."
    assert not founded_years(text, annotate)


def test_a_predecessor_opening_the_sentence_is_what_was_formed(annotate: Annotate) -> None:
    text = "The Red Hand Front's predecessor, the Coastal Defence League, was formed in 1990."
    founded = founded_years(text, annotate)
    assert ("Coastal Defence League", 1990) in founded
    assert ("Red Hand Front", 1990) not in founded


def test_this_company_is_the_page_subject(annotate: Annotate) -> None:
    text = (
        "Harbor Motors Limited is a subsidiary of Orbis Motors of Detroit. This company was "
        "incorporated in March 1931 to assemble trucks."
    )
    assert ("Harbor Motors Limited", 1931) in founded_years(text, annotate)


def test_another_kind_of_body_is_not_the_page_subject(annotate: Annotate) -> None:
    text = (
        "Harbor Motors Limited is a subsidiary of Orbis Motors of Detroit. The school was "
        "founded in 1926."
    )
    assert not founded_years(text, annotate)
