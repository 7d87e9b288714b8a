"""A player's clubs and teams (extract/careers.py)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def members(annotate: Annotate, text: str) -> set[tuple[str, str | None]]:
    return pairs(annotate(text).claims, "plays_for")


def test_played_for_each_club_of_a_list(annotate: Annotate) -> None:
    found = members(annotate, "Tom Hadley played for Leeds United, Stoke City and Burnley.")
    assert {
        ("Tom Hadley", "Leeds United"),
        ("Tom Hadley", "Stoke City"),
        ("Tom Hadley", "Burnley"),
    } <= found


def test_signed_for_a_club_ner_cuts(annotate: Annotate) -> None:
    found = members(annotate, "In 2011 Ivan Petrov signed for Dynamo Kazan.")
    assert ("Ivan Petrov", "Dynamo Kazan") in found


def test_joined_from_names_the_club_left(annotate: Annotate) -> None:
    found = members(annotate, "Lukas Brenner joined Rapid Graz from Sturm Linz in 2015.")
    assert {("Lukas Brenner", "Rapid Graz"), ("Lukas Brenner", "Sturm Linz")} <= found


def test_joined_from_a_town_is_no_club(annotate: Annotate) -> None:
    found = members(annotate, "Omar Saleh joined the Falcon Brigade from Mosul in 2014.")
    assert ("Omar Saleh", "Mosul") not in found


def test_who_plays_for_after_what_the_player_is(annotate: Annotate) -> None:
    text = "Nils Berg is a Swedish footballer who plays for Halmstad Rovers."
    assert ("Nils Berg", "Halmstad Rovers") in members(annotate, text)


def test_drafted_by_the_club_not_its_league(annotate: Annotate) -> None:
    text = "Peter Vance was drafted by the Houston Rockets of the National Basketball Association."
    found = members(annotate, text)
    assert ("Peter Vance", "Houston Rockets") in found
    assert ("Peter Vance", "National Basketball Association") not in found


def test_a_spell_and_a_debut_name_their_clubs(annotate: Annotate) -> None:
    text = (
        "Karel Novak spent three seasons with the Denver Falcons. Karel Novak made his debut"
        " for the Melbourne Stars in 2019."
    )
    found = members(annotate, text)
    assert {("Karel Novak", "Denver Falcons"), ("Karel Novak", "Melbourne Stars")} <= found


def test_a_loan_spell_at_a_club(annotate: Annotate) -> None:
    found = members(annotate, "Karel Novak spent a season on loan at Sporting Braga.")
    assert ("Karel Novak", "Sporting Braga") in found


def test_a_position_for_a_club(annotate: Annotate) -> None:
    text = "Jonas Varga is a goalkeeper for Ferencvaros Budapest."
    assert ("Jonas Varga", "Ferencvaros Budapest") in members(annotate, text)


def test_a_clubs_player_by_possessive(annotate: Annotate) -> None:
    text = "Celtic Glasgow's striker Owen Hale scored twice."
    assert ("Owen Hale", "Celtic Glasgow") in members(annotate, text)


def test_the_captain_of_a_national_team_named_by_its_phrase(annotate: Annotate) -> None:
    text = "Anna Weber was the captain of the Bulgarian national volleyball team."
    assert ("Anna Weber", "Bulgarian national volleyball team") in members(annotate, text)


def test_a_country_is_no_club(annotate: Annotate) -> None:
    assert not members(annotate, "Karel Novak played for England.")


def test_a_school_is_not_its_team(annotate: Annotate) -> None:
    text = "In college Tim Gray was a hockey player for Denton University."
    assert ("Tim Gray", "Denton University") not in members(annotate, text)


def test_a_debut_at_a_venue_is_no_membership(annotate: Annotate) -> None:
    text = "Lena Ortiz made her debut at the Vienna State Opera in 2001."
    assert ("Lena Ortiz", "Vienna State Opera") not in members(annotate, text)


def test_never_played_for_is_negated(annotate: Annotate) -> None:
    claims = annotate("Hugo Lamas never played for Benfica.").claims
    [claim] = [c for c in claims if c.predicate == "plays_for"]
    assert claim.object is not None and claim.object.name == "Benfica"
    assert claim.negated


def test_a_defender_for_a_league_side(annotate: Annotate) -> None:
    text = "Tom Ellis is a defender for Bundesliga side Werder Bremen."
    found = members(annotate, text)
    assert ("Tom Ellis", "Werder Bremen") in found


def test_seasons_in_a_town_name_no_club(annotate: Annotate) -> None:
    text = "After three seasons in Oslo, Berntsen played for Lillestrom Rangers."
    found = members(annotate, text)
    assert ("Berntsen", "Lillestrom Rangers") in found
    assert ("Berntsen", "Oslo") not in found
