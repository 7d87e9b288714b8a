"""A place name the gazetteer knows in more than one country ('Congo', 'Punjab') is read as
the one the article's other places lie in (extract/places.py, DocContext.place_ref).
Sentences and group names are invented."""

from __future__ import annotations

from dossier.extract.places import (
    ambiguous_readings,
    choose_reading,
    home_countries,
    locate_in_text,
)
from dossier.model import Claim
from tests.extract.conftest import Annotate


def place_ids(claims: list[Claim], predicate: str) -> set[str | None]:
    return {
        claim.object.gazetteer_id
        for claim in claims
        if claim.predicate == predicate and claim.object is not None
    }


def test_names_of_two_countries_or_provinces_are_ambiguous() -> None:
    assert {place.country for place in ambiguous_readings("Congo")} == {"CG", "CD"}
    assert {place.country for place in ambiguous_readings("Punjab")} == {"IN", "PK"}
    assert ambiguous_readings("Uganda") == ()
    assert ambiguous_readings("Sudan") == ()


def test_evidence_picks_the_reading_and_none_keeps_the_default() -> None:
    readings = ambiguous_readings("Punjab")
    default = readings[0]
    other = next(place for place in readings if place.country != default.country)
    assert choose_reading(readings, {}) == default
    assert choose_reading(readings, {other.country or "": 2}) == other


def test_home_countries_read_congo_by_the_towns_named() -> None:
    names = [("Congo", True), ("Goma", True), ("Bunia", True)]
    assert home_countries(names)[0] == "CD"
    assert home_countries([("Congo", True), ("Brazzaville", True)])[0] == "CG"


def test_congo_beside_a_town_of_the_drc_is_the_drc(annotate: Annotate) -> None:
    text = (
        "Militiamen of the Heron Brigade raided a market near Bunia on Sunday. "
        "The Heron Brigade has been based in Congo since 2015."
    )
    assert place_ids(annotate(text).claims, "based_in") == {"CD"}


def test_congo_beside_brazzaville_is_the_republic(annotate: Annotate) -> None:
    text = (
        "Officials in Brazzaville said the Heron Brigade had crossed the river. "
        "The Heron Brigade has been based in Congo since 2015."
    )
    assert place_ids(annotate(text).claims, "based_in") == {"CG"}


def test_congo_alone_keeps_the_default(annotate: Annotate) -> None:
    text = "The Heron Brigade has been based in Congo since 2015."
    assert place_ids(annotate(text).claims, "based_in") == {
        ambiguous_readings("Congo")[0].gazetteer_id
    }


def test_congo_beside_a_neighbour_of_only_one_congo(annotate: Annotate) -> None:
    text = (
        "Heron Brigade fighters crossed from Uganda at night. "
        "The Heron Brigade has been based in Congo since 2015."
    )
    assert place_ids(annotate(text).claims, "based_in") == {"CD"}


def test_a_chain_ending_in_congo_is_read_by_its_towns() -> None:
    located = locate_in_text("Gunmen burned a clinic in Goma, North Kivu, Congo, on Friday.")
    assert located is not None and located.country is not None
    assert located.country.gazetteer_id == "CD"
    assert located.province is not None and located.province.gazetteer_id == "CD-NK"


def test_a_bare_congo_is_read_by_the_documents_places() -> None:
    sentence = "Gunmen killed nine villagers in eastern Congo, officials said."
    alone = locate_in_text(sentence)
    read = locate_in_text(sentence, {"CD": 2})
    assert alone is not None and alone.country is not None
    assert alone.country.gazetteer_id == ambiguous_readings("Congo")[0].gazetteer_id
    assert read is not None and read.country is not None
    assert read.country.gazetteer_id == "CD"
