"""Leaders of parties, companies and churches, their seconds, and tenures that end:
deputy_of (extract/deputies.py and the role frame), 'deputy leader of X under P'
(extract/leadership.py), predecessors and choosers in successions (extract/succession.py),
and leaving a role (extract/ended_tenures.py)."""

from __future__ import annotations

from datetime import date

from dossier.model import AnnotatedDocument
from tests.extract.conftest import Annotate, pairs


def _tenure(annotated: AnnotatedDocument, person: str) -> tuple[date | None, date | None]:
    [claim] = [
        c for c in annotated.claims if c.predicate == "leader_of" and c.subject.name == person
    ]
    assert claim.time_scope is not None
    return claim.time_scope.start, claim.time_scope.end


def test_deputy_leader_of_a_party(annotate: Annotate) -> None:
    annotated = annotate(
        "Mary Collins, deputy leader of the Social Democratic Party, resigned on Tuesday."
    )
    assert ("Mary Collins", "Social Democratic Party") in pairs(annotated.claims, "deputy_of")
    assert ("Mary Collins", "Social Democratic Party") not in pairs(annotated.claims, "leader_of")


def test_his_deputy_is_the_second_of_someone_else(annotate: Annotate) -> None:
    annotated = annotate(
        "The movement was founded by Robert Johnson in 2002. After Johnson was killed in "
        "2009, John Miller, his deputy, took over."
    )
    assert ("John Miller", "Robert Johnson") in pairs(annotated.claims, "deputy_of")
    assert ("John Miller", "John Miller") not in pairs(annotated.claims, "deputy_of")


def test_second_in_command_to_a_person_and_of_a_group(annotate: Annotate) -> None:
    to_person = annotate("John Miller, second-in-command to Robert Johnson, was arrested in May.")
    assert ("John Miller", "Robert Johnson") in pairs(to_person.claims, "deputy_of")
    of_group = annotate(
        "John Miller signed up with the Red Dawn Front in 2001 and by 2010 had become its "
        "second in command."
    )
    assert ("John Miller", "Red Dawn Front") in pairs(of_group.claims, "deputy_of")


def test_deputy_under_a_leader_names_the_leader(annotate: Annotate) -> None:
    annotated = annotate(
        "From 2003 Mary Collins acted as deputy chairman of the Social Democratic Party under "
        "Thomas Walsh."
    )
    assert ("Thomas Walsh", "Social Democratic Party") in pairs(annotated.claims, "leader_of")
    assert ("Mary Collins", "Social Democratic Party") not in pairs(annotated.claims, "leader_of")


def test_chief_executive_of_a_company(annotate: Annotate) -> None:
    annotated = annotate(
        "Michael Brown was the former chief executive of the Hanford Steel Company."
    )
    assert ("Michael Brown", "Hanford Steel Company") in pairs(annotated.claims, "leader_of")


def test_succeeded_as_president_makes_both_leaders(annotate: Annotate) -> None:
    annotated = annotate(
        "Thomas Walsh succeeded Mary Collins as president of the Social Democratic Party in 2004."
    )
    assert _tenure(annotated, "Thomas Walsh") == (date(2004, 1, 1), date(2004, 12, 31))
    assert _tenure(annotated, "Mary Collins") == (None, date(2004, 12, 31))


def test_succeeded_as_an_office_of_a_country_leads_no_group(annotate: Annotate) -> None:
    annotated = annotate("Thomas Walsh succeeded Mary Collins as prime minister of Kenya in 2004.")
    assert pairs(annotated.claims, "leader_of") == set()


def test_a_party_chose_its_president(annotate: Annotate) -> None:
    annotated = annotate(
        "The Social Democratic Party chose Thomas Walsh to replace Mary Collins as president "
        "in 2012."
    )
    found = pairs(annotated.claims, "leader_of")
    assert ("Thomas Walsh", "Social Democratic Party") in found
    assert ("Mary Collins", "Social Democratic Party") in found


def test_resigning_ends_the_tenure(annotate: Annotate) -> None:
    resigned = annotate("In March 2011 Joan Walsh resigned as Green Harbour Party leader.")
    assert _tenure(resigned, "Joan Walsh") == (None, date(2011, 3, 31))
    stepped_down = annotate(
        "Mary Collins stepped down as chairman of the Social Democratic Party in 2009."
    )
    assert _tenure(stepped_down, "Mary Collins") == (None, date(2009, 12, 31))


def test_led_from_one_year_to_another(annotate: Annotate) -> None:
    # NER marks only the first year of 'from 1990 to 1995'; the phrase still ends in 1995
    annotated = annotate("Margaret Hill led the Green Harbour Party from 1990 to 1995.")
    assert _tenure(annotated, "Margaret Hill") == (date(1990, 1, 1), date(1995, 12, 31))


def test_general_secretary_of_a_party(annotate: Annotate) -> None:
    annotated = annotate(
        "David Clarke, general secretary of the Communist Party of Veldora, was arrested."
    )
    assert ("David Clarke", "Communist Party of Veldora") in pairs(annotated.claims, "leader_of")


def test_founder_and_leader_share_the_group(annotate: Annotate) -> None:
    set_off = annotate(
        "David Clarke, the founder and leader of the Green Harbour Party, was arrested."
    )
    assert ("David Clarke", "Green Harbour Party") in pairs(set_off.claims, "leader_of")
    copula = annotate("David Clarke is the founder and leader of the Green Harbour Party.")
    assert ("David Clarke", "Green Harbour Party") in pairs(copula.claims, "leader_of")


def test_presidency_and_chairmanship_of_a_party(annotate: Annotate) -> None:
    assumed = annotate("David Clarke assumed the presidency of the Green Harbour Party in 2010.")
    assert ("David Clarke", "Green Harbour Party") in pairs(assumed.claims, "leader_of")
    under = annotate(
        "The Green Harbour Party, under the chairmanship of David Clarke, won the election."
    )
    assert ("David Clarke", "Green Harbour Party") in pairs(under.claims, "leader_of")
    country = annotate("David Clarke assumed the presidency of Kenya in 2010.")
    assert pairs(country.claims, "leader_of") == set()


def test_a_role_shared_by_two_verbs(annotate: Annotate) -> None:
    annotated = annotate(
        "The Sahel Front was formed in 2017 as an umbrella organisation. John Miller was "
        "named as, and still remains, the leader of the umbrella organisation."
    )
    assert ("John Miller", "Sahel Front") in pairs(annotated.claims, "leader_of")


def test_the_groups_number_two(annotate: Annotate) -> None:
    annotated = annotate(
        "The Red Dawn Front was founded in 2001 by Omar Haddad. Ayman Rashid, the group's "
        "number two, was killed in a strike in 2015."
    )
    assert ("Ayman Rashid", "Red Dawn Front") in pairs(annotated.claims, "deputy_of")
    ranked = annotate("Ayman Rashid finished number two in the national chess championship.")
    assert pairs(ranked.claims, "deputy_of") == set()
