"""Generic clause analysis (extract/clauses.py): relations read off the parse through the
cue kinds of ontology.yaml. Sentences and group names are invented for the tests."""

from __future__ import annotations

from dossier.model import Range, TimeSpan
from tests.extract.conftest import Annotate, pairs


def test_passive_agent_gives_the_founder(annotate: Annotate) -> None:
    claims = annotate("The Lions Front was founded by Omar Haddad in 2003.").claims
    assert ("Lions Front", "Omar Haddad") in pairs(claims, "founded_by")


def test_participle_in_apposition_gives_the_founder(annotate: Annotate) -> None:
    text = "The Red Dune Brigade, a militia founded by Karim Salloum, attacked the town."
    assert ("Red Dune Brigade", "Karim Salloum") in pairs(annotate(text).claims, "founded_by")


def test_role_noun_in_apposition_gives_the_leader(annotate: Annotate) -> None:
    text = "Omar Haddad, the leader of the Lions Front, spoke on Monday."
    assert ("Omar Haddad", "Lions Front") in pairs(annotate(text).claims, "leader_of")


def test_copula_gives_the_leader(annotate: Annotate) -> None:
    text = "Sami Karim is the commander of the Lions Front."
    assert ("Sami Karim", "Lions Front") in pairs(annotate(text).claims, "leader_of")


def test_led_by_a_participle_after_a_name(annotate: Annotate) -> None:
    text = "Talks included the Lions Front, led by Omar Haddad, and two other parties."
    assert ("Omar Haddad", "Lions Front") in pairs(annotate(text).claims, "leader_of")


def test_pledging_allegiance_through_a_prepositional_verb(annotate: Annotate) -> None:
    text = "The Lions Front attacked a convoy. The group has pledged allegiance to al-Qaeda."
    claims = annotate(text).claims
    assert ("Lions Front", "al-Qaeda") in pairs(claims, "pledged_allegiance_to")


def test_designation_by_a_state_through_a_passive(annotate: Annotate) -> None:
    text = "The Lions Front is designated as a terrorist group by the United States."
    assert ("Lions Front", "United States") in pairs(annotate(text).claims, "designated_by")


def test_backing_state_from_a_hyphenated_participle(annotate: Annotate) -> None:
    text = "The Iran-backed Lions Front fired rockets."
    assert ("Lions Front", "Iran") in pairs(annotate(text).claims, "supported_by")


def test_compound_role_gives_the_affiliation(annotate: Annotate) -> None:
    text = "The Lions Front is an al-Qaeda affiliate organisation in the region."
    assert ("Lions Front", "al-Qaeda") in pairs(annotate(text).claims, "affiliate_of")


def test_intransitive_start_dates_the_founding(annotate: Annotate) -> None:
    claims = annotate("The Lions Front emerged in 2002 in the north.").claims
    [founded] = [claim for claim in claims if claim.predicate == "founded"]
    assert founded.subject.name == "Lions Front"
    assert isinstance(founded.value, TimeSpan) and founded.value.start.year == 2002


def test_a_time_bound_is_no_founding_date(annotate: Annotate) -> None:
    text = "By 2019 the Lions Front had emerged as one of the strongest militias."
    assert not [claim for claim in annotate(text).claims if claim.predicate == "founded"]


def test_founding_date_in_an_apposition_belongs_to_the_named_group(annotate: Annotate) -> None:
    text = (
        "The Lions Front fought in the west. Its leader joined the Red Dune Brigade, "
        "an organisation founded in 2016."
    )
    founded = [claim for claim in annotate(text).claims if claim.predicate == "founded"]
    assert [claim.subject.name for claim in founded] == ["Red Dune Brigade"]


def test_membership_through_a_prepositional_verb(annotate: Annotate) -> None:
    claims = annotate("The Lions Front consists of around 400 to 1000 fighters.").claims
    [count] = [claim for claim in claims if claim.predicate == "member_count"]
    assert count.subject.name == "Lions Front"
    assert isinstance(count.value, Range) and (count.value.min, count.value.max) == (400, 1000)


def test_negated_allegiance(annotate: Annotate) -> None:
    text = "The Lions Front has never pledged allegiance to al-Qaeda."
    [claim] = [c for c in annotate(text).claims if c.predicate == "pledged_allegiance_to"]
    assert claim.negated


def test_has_yet_to_negates_and_denial_negates(annotate: Annotate) -> None:
    text = (
        "The Lions Front has yet to pledge allegiance to al-Qaeda. "
        "The Lions Front denied being funded by Iran."
    )
    claims = annotate(text).claims
    assert all(c.negated for c in claims if c.predicate in ("pledged_allegiance_to", "funded_by"))
    assert {c.predicate for c in claims} >= {"pledged_allegiance_to", "funded_by"}


def test_yet_again_does_not_negate(annotate: Annotate) -> None:
    claims = annotate("The Lions Front is yet again allied with Hezbollah.").claims
    assert [c.negated for c in claims if c.predicate == "ally_of"] == [False]
