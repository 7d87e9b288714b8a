"""Round 13 founding and leading shapes: the one a successor follows named with a body he
only belonged to (extract/succession.py); a start made under a name ('began trading as X')
and a dated beginning of a body NER took for a place no gazetteer knows
(extract/inception.py). Sentences and names are invented."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def founded_years(text: str, annotate: Annotate) -> set[tuple[str, int]]:
    return {
        (claim.subject.name, claim.value.start.year)
        for claim in annotate(text).claims
        if claim.predicate == "founded"
    }


# ---- succession: the one followed, named with a body ----------------------------------


def test_replacing_someone_in_a_band_leads_nothing(annotate: Annotate) -> None:
    text = "In 1998, Peter Halloran replaced bassist Mark Denholm in Glass Orchard Records."
    assert not pairs(annotate(text).claims, "leader_of")


def test_replacing_someone_of_a_group_leads_nothing(annotate: Annotate) -> None:
    text = "Peter Halloran replaced Mark Denholm of the Kestrel Front in 1998."
    assert ("Peter Halloran", "Kestrel Front") not in pairs(annotate(text).claims, "leader_of")


def test_replacing_a_coach_set_off_leads_nothing(annotate: Annotate) -> None:
    text = "Peter Halloran replaced Mark Denholm, the Kestrel Front's coach, in 2004."
    assert ("Peter Halloran", "Kestrel Front") not in pairs(annotate(text).claims, "leader_of")


def test_replacing_a_leader_set_off_leads_his_group(annotate: Annotate) -> None:
    text = "Peter Halloran replaced Mark Denholm, the leader of the Kestrel Front, in 2004."
    assert ("Peter Halloran", "Kestrel Front") in pairs(annotate(text).claims, "leader_of")


def test_replacing_a_deputy_leads_nothing(annotate: Annotate) -> None:
    text = "Peter Halloran replaced Mark Denholm, the deputy leader of the Kestrel Front, in 2004."
    assert ("Peter Halloran", "Kestrel Front") not in pairs(annotate(text).claims, "leader_of")


def test_succeeding_as_leader_of_a_group_still_leads_it(annotate: Annotate) -> None:
    text = "Peter Halloran succeeded Mark Denholm as leader of the Kestrel Front in 2011."
    found = pairs(annotate(text).claims, "leader_of")
    assert ("Peter Halloran", "Kestrel Front") in found
    assert ("Mark Denholm", "Kestrel Front") in found


def test_taking_over_a_group_still_leads_it(annotate: Annotate) -> None:
    text = "Peter Halloran took over the Kestrel Front in 2010."
    assert ("Peter Halloran", "Kestrel Front") in pairs(annotate(text).claims, "leader_of")


# ---- a start made under a name --------------------------------------------------------


def test_trading_under_a_new_name_dates_that_name(annotate: Annotate) -> None:
    text = (
        "In March 1988 the joint venture began trading under the name of Brindle Holdings "
        "Ltd from an office in Leeds."
    )
    assert ("Brindle Holdings Ltd", 1988) in founded_years(text, annotate)


def test_trading_as_a_name_dates_that_name(annotate: Annotate) -> None:
    text = "The firm began trading as Brindle Records Ltd in 1990."
    assert ("Brindle Records Ltd", 1990) in founded_years(text, annotate)


# ---- a dated beginning of a body NER took for a place ---------------------------------


def test_the_creation_of_an_unknown_place_name_dates_a_body(annotate: Annotate) -> None:
    text = "The regional cups faded after the creation of the Nordliga in 1971."
    assert ("Nordliga", 1971) in founded_years(text, annotate)


def test_the_creation_of_a_known_country_dates_no_body(annotate: Annotate) -> None:
    text = "The creation of Pakistan in 1947 split the province."
    assert not founded_years(text, annotate)
