"""The offline gazetteer: names as news writes them, to countries, provinces and cities."""

from __future__ import annotations

import math
import subprocess
import sys

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.knowledge.gazetteer import (
    COMMON_WORDS,
    PROVINCE_SEATS,
    REGIONS,
    Gazetteer,
    get_gazetteer,
    name_key,
    skeleton,
)
from dossier.model import Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two located places."""
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


# -- loading ------------------------------------------------------------------


def test_importing_loads_nothing() -> None:
    code = "import dossier.knowledge.gazetteer as g; assert g.Gazetteer._shared is None"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_one_gazetteer_per_process(gazetteer: Gazetteer) -> None:
    assert get_gazetteer() is gazetteer
    assert Gazetteer.shared() is gazetteer


# -- the seed entities --------------------------------------------------------

SEEDS = [
    ("Nangarhar", "AF-NAN", "province"),
    ("Nangarhar province", "AF-NAN", "province"),
    ("Nangahar", "AF-NAN", "province"),  # doc B's spelling
    ("Kunar", "AF-KNR", "province"),
    ("Konar", "AF-KNR", "province"),
    ("Kunar Province", "AF-KNR", "province"),
    ("Kabul province", "AF-KAB", "province"),
]


@pytest.mark.parametrize(("name", "gazetteer_id", "kind"), SEEDS)
def test_seed_places(gazetteer: Gazetteer, name: str, gazetteer_id: str, kind: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.gazetteer_id, place.kind, place.country) == (gazetteer_id, kind, "AF")


def test_kabul_is_the_city(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Kabul")
    assert place is not None
    assert (place.name, place.kind, place.country) == ("Kabul", "city", "AF")
    assert place.gazetteer_id is not None and place.gazetteer_id.startswith("geonames:")
    assert place.latitude == pytest.approx(34.53, abs=0.1)
    assert place.longitude == pytest.approx(69.17, abs=0.1)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Bali", "province", "ID"),  # not the smaller town of that name in India
        ("Derry", "city", "GB"),
        ("Georgia", "country", "GE"),  # a country's own name still wins
        ("Kandahar", "city", "AF"),  # one country's city and province: the city
    ],
)
def test_namesakes_abroad_give_way_to_the_most_populous(
    gazetteer: Gazetteer, name: str, kind: str, country: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.kind, place.country) == (kind, country)
    # a hint still decides
    hinted = gazetteer.lookup("Bali", country="IN")
    assert hinted is not None and hinted.country == "IN"


@pytest.mark.parametrize("name", ["Asia", "Africa", "South-east Asia", "West Africa"])
def test_continents_and_world_regions_are_regions(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.kind == "region" and place.gazetteer_id is None


def test_a_bare_compass_direction_is_no_foreign_province(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("South-east") is None
    hinted = gazetteer.lookup("South East", country="BW")
    assert hinted is not None and hinted.country == "BW"


def test_seed_provinces_have_markers(gazetteer: Gazetteer) -> None:
    nangarhar, jalalabad = gazetteer.lookup("Nangarhar"), gazetteer.lookup("Jalalabad")
    kunar = gazetteer.lookup("Kunar")
    assert nangarhar is not None and jalalabad is not None and kunar is not None
    assert _km(nangarhar, jalalabad) < 1  # a province sits on its seat
    assert kunar.latitude == pytest.approx(34.9, abs=0.3)
    assert kunar.longitude == pytest.approx(71.1, abs=0.3)


def test_khorasan_is_a_region_not_irans_province(gazetteer: Gazetteer) -> None:
    for hint in (None, "IR", "AF"):
        place = gazetteer.lookup("Khorasan", country=hint)
        assert place == Place("Khorasan", None, "region", None)
    assert gazetteer.lookup("Khorasan", kinds=("province",)) is None
    assert gazetteer.lookup("Khorasan", kinds=("country", "province", "city")) is None


# -- positives ----------------------------------------------------------------

VARIANTS = [
    ("Helmand", "AF-HEL"),
    ("Hilmand", "AF-HEL"),
    ("Helmand Province", "AF-HEL"),
    ("Paktia", "AF-PIA"),
    ("Paktiya", "AF-PIA"),
    ("Uruzgan", "AF-URU"),
    ("Oruzgan", "AF-URU"),
    ("Balochistan", "PK-BA"),
    ("Baluchistan", "PK-BA"),
    ("Khyber Pakhtunkhwa", "PK-KP"),
    ("Khyber Pakhtoonkhwa", "PK-KP"),
    ("KPK", "PK-KP"),
    ("Punjab", "PK-PB"),
    ("Anbar", "IQ-AN"),
    ("al-Anbar province", "IQ-AN"),
    ("Nineveh", "IQ-NI"),
    ("Salahuddin", "IQ-SD"),
    ("Kurdistan Region", "IQ-KR"),
    ("Lower Shabelle", "SO-SH"),
    ("Aleppo province", "SY-HL"),
    ("Borno", "NG-BO"),
    ("Borno State", "NG-BO"),
    ("Sulu", "PH-SLU"),
]


@pytest.mark.parametrize(("name", "gazetteer_id"), VARIANTS)
def test_provinces_by_name_and_spelling_variant(
    gazetteer: Gazetteer, name: str, gazetteer_id: str
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and place.gazetteer_id == gazetteer_id
    assert place.kind == "province"


@pytest.mark.parametrize(
    ("name", "same_as"),
    [("Qandahar", "Kandahar"), ("Kandahar", "Kandahar"), ("Kondoz", "Kunduz")],
)
def test_city_spelling_variants(gazetteer: Gazetteer, name: str, same_as: str) -> None:
    place, expected = gazetteer.lookup(name), gazetteer.lookup(same_as)
    assert place is not None and place == expected and place.kind == "city"


COUNTRIES = [
    ("Afghanistan", "AF"),
    ("Islamic Republic of Afghanistan", "AF"),
    ("US", "US"),
    ("U.S.", "US"),
    ("the U.S.", "US"),
    ("USA", "US"),
    ("United States", "US"),
    ("the United States", "US"),
    ("United States of America", "US"),
    ("America", "US"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Britain", "GB"),
    ("Great Britain", "GB"),
    ("United Kingdom", "GB"),
    ("Russia", "RU"),
    ("Russian Federation", "RU"),
    ("Iran", "IR"),
    ("Syria", "SY"),
    ("Syrian Arab Republic", "SY"),
    ("Turkey", "TR"),
    ("Türkiye", "TR"),
    ("Turkiye", "TR"),
    ("Ivory Coast", "CI"),
    ("Côte d'Ivoire", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("DRC", "CD"),
    ("DR Congo", "CD"),
    ("Democratic Republic of the Congo", "CD"),
    ("Palestine", "PS"),
    ("West Bank", "PS"),
    ("Gaza", "PS"),
    ("Gaza Strip", "PS"),
    ("the Philippines", "PH"),
    ("Netherlands", "NL"),
    ("South Korea", "KR"),
    ("North Korea", "KP"),
    ("Kosovo", "XK"),
    ("UAE", "AE"),
    ("Burma", "MM"),
    ("Czech Republic", "CZ"),
]


@pytest.mark.parametrize(("name", "alpha_2"), COUNTRIES)
def test_countries_by_any_of_their_names(gazetteer: Gazetteer, name: str, alpha_2: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.gazetteer_id, place.kind, place.country) == (alpha_2, "country", alpha_2)
    assert place.latitude is not None and place.longitude is not None


def test_country_display_names(gazetteer: Gazetteer) -> None:
    names = {code: gazetteer.get(code) for code in ("IR", "SY", "RU", "PS", "NL", "US")}
    assert {code: place.name for code, place in names.items() if place} == {
        "IR": "Iran",
        "SY": "Syria",
        "RU": "Russia",
        "PS": "Palestine",
        "NL": "Netherlands",
        "US": "United States",
    }


CITIES = [
    ("Jalalabad", "AF", 34.43, 70.45),
    ("Kandahar", "AF", 31.61, 65.71),
    ("Mazar-i-Sharif", "AF", 36.71, 67.11),
    ("Peshawar", "PK", 34.01, 71.58),
    ("Mosul", "IQ", 36.34, 43.12),
    ("Fallujah", "IQ", 33.35, 43.78),
    ("Raqqa", "SY", 35.95, 39.01),
    ("Mogadishu", "SO", 2.04, 45.34),
    ("Maiduguri", "NG", 11.85, 13.16),
    ("Hodeidah", "YE", 14.80, 42.95),
    ("Timbuktu", "ML", 16.77, -3.01),
    ("Marawi", "PH", 8.00, 124.29),
    ("Washington", "US", 38.90, -77.04),
    ("New York", "US", 40.71, -74.01),
    ("The Hague", "NL", 52.08, 4.30),
]


@pytest.mark.parametrize(("name", "country", "latitude", "longitude"), CITIES)
def test_cities_with_coordinates(
    gazetteer: Gazetteer, name: str, country: str, latitude: float, longitude: float
) -> None:
    place = gazetteer.lookup(name)
    assert place is not None
    assert (place.kind, place.country) == ("city", country)
    assert place.latitude == pytest.approx(latitude, abs=0.2)
    assert place.longitude == pytest.approx(longitude, abs=0.2)
    assert gazetteer.population(place) > 15_000


# -- negatives ----------------------------------------------------------------

NOT_PLACES = [
    "Western",
    "Central",
    "Province",
    "Police",
    "Government",
    "President",
    "Taliban",
    "Islamic",
    "State",
    "Islamic State",
    "March",
    "May",
    "August",
    "Sunday",
    "Pakistani",
    "Syrian",
    "Iraqi",
    "Afghans",
    "Yemeni",
    "us",
    "",
    "   ",
    "123",
    "Zzyzxqv",
]


@pytest.mark.parametrize("word", NOT_PLACES)
def test_common_words_are_not_places(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.lookup(word) is None
    assert gazetteer.lookup(word, country="AF") is None


def test_reading_is_the_town(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Reading")
    assert place is not None and (place.kind, place.country) == ("city", "GB")


def test_two_equally_close_variants_are_refused(gazetteer: Gazetteer) -> None:
    # Tripoli, Libya and Tripoli, Lebanon: the misspelling could be either.
    assert gazetteer.lookup("Tripolli") is None
    libya = gazetteer.lookup("Tripolli", country="LY")
    assert libya is not None and libya.country == "LY"


# -- kinds, text form and country hints ---------------------------------------


def test_generic_word_sets_the_kind(gazetteer: Gazetteer) -> None:
    city, province = gazetteer.lookup("Kabul city"), gazetteer.lookup("Kabul province")
    assert city is not None and province is not None
    assert (city.kind, province.kind) == ("city", "province")
    assert city == gazetteer.lookup("Kabul")
    assert gazetteer.lookup("Kabul", kinds=("province",)) == province
    assert gazetteer.lookup("Mosul province") is None  # Mosul is Nineveh's seat


def test_a_small_namesake_town_loses_to_the_province(gazetteer: Gazetteer) -> None:
    uruzgan = gazetteer.lookup("Uruzgan")
    assert uruzgan is not None and uruzgan.kind == "province"
    town = gazetteer.lookup("Uruzgan", kinds=("city",))
    assert town is not None and town.kind == "city" and town.country == "AF"


@pytest.mark.parametrize(
    ("name", "hint", "kinds", "gazetteer_id"),
    [
        ("Punjab", None, ("province",), "PK-PB"),
        ("Punjab", "IN", ("province",), "IN-PB"),
        ("Georgia", None, ("country", "province"), "GE"),
        ("Georgia", "US", ("country", "province"), "US-GA"),
        ("Niger", None, ("country", "province"), "NE"),
        ("Niger", "NG", ("country", "province"), "NG-NI"),
        ("Delta", "NG", ("province",), "NG-DE"),
        ("Central", "UG", ("province",), "UG-C"),
        ("Sahel", "BF", ("province", "region"), "BF-12"),
        ("Kurdistan", "IR", ("province", "region"), "IR-12"),
    ],
)
def test_country_hint_disambiguates(
    gazetteer: Gazetteer, name: str, hint: str | None, kinds: tuple[str, ...], gazetteer_id: str
) -> None:
    place = gazetteer.lookup(name, country=hint, kinds=kinds)
    assert place is not None and place.gazetteer_id == gazetteer_id


def test_common_word_without_hint_stays_unlinked(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Delta", kinds=("province",)) is None
    assert gazetteer.lookup("Kurdistan") == Place("Kurdistan", None, "region", None)


def test_hint_allows_major_foreign_places_only(gazetteer: Gazetteer) -> None:
    peshawar = gazetteer.lookup("Peshawar", country="AF")
    assert peshawar is not None and peshawar.country == "PK"
    pakistan = gazetteer.lookup("Pakistan", country="AF")
    assert pakistan is not None and pakistan.gazetteer_id == "PK"
    # A small foreign town is not what an Afghan place name means.
    assert all(
        place.country == "AF" or gazetteer.population(place) >= 100_000 or place.kind != "city"
        for place in gazetteer.lookup_all("Langar", country="AF", kinds=("city",))
    )


def test_lookup_all_lists_candidates_best_first(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup_all("Kabul")
    assert [place.kind for place in found[:2]] == ["city", "province"]
    assert found[0] == gazetteer.lookup("Kabul")


def test_get_country_of_and_population(gazetteer: Gazetteer) -> None:
    nangarhar = gazetteer.get("AF-NAN")
    assert nangarhar is not None and nangarhar.name == "Nangarhar"
    assert gazetteer.country_of(nangarhar) == gazetteer.lookup("Afghanistan")
    assert gazetteer.get("nowhere") is None
    assert gazetteer.population(nangarhar) > 100_000  # Jalalabad's
    assert gazetteer.population(Place("Khorasan", kind="region")) == 0


# -- coverage of the focus countries ------------------------------------------

FOCUS = ("AF", "PK", "IQ", "SY", "NG", "SO", "ML", "YE", "IN", "PH")


@pytest.mark.parametrize("country", FOCUS)
def test_focus_provinces_mostly_have_coordinates(gazetteer: Gazetteer, country: str) -> None:
    provinces = [p for p in gazetteer.places("province") if p.country == country]
    located = [p for p in provinces if p.latitude is not None and p.longitude is not None]
    assert provinces and len(located) >= 0.9 * len(provinces)


def test_curated_seats_are_subdivisions(gazetteer: Gazetteer) -> None:
    assert all(gazetteer.get(code) is not None for code in PROVINCE_SEATS)


# -- properties ---------------------------------------------------------------


def _unique(places: list[Place]) -> list[Place]:
    """Places whose name is no other place's of the same kind in the same country."""
    seen: dict[tuple[str | None, str], int] = {}
    for place in places:
        key = (place.country, name_key(place.name))
        seen[key] = seen.get(key, 0) + 1
    return [
        place
        for place in places
        if seen[(place.country, name_key(place.name))] == 1
        and name_key(place.name) not in COMMON_WORDS
        and name_key(place.name) not in REGIONS
    ]


@pytest.fixture(scope="module")
def provinces(gazetteer: Gazetteer) -> list[Place]:
    return _unique(list(gazetteer.places("province")))


@pytest.fixture(scope="module")
def cities(gazetteer: Gazetteer) -> list[Place]:
    big = [p for p in gazetteer.places("city") if gazetteer.population(p) >= 15_000]
    return _unique(big)


PROPERTY = settings(
    max_examples=300,
    deadline=None,  # timing is measured elsewhere; a loaded machine must not fail these
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@PROPERTY
@given(data=st.data())
def test_province_names_round_trip(
    gazetteer: Gazetteer, provinces: list[Place], data: st.DataObject
) -> None:
    place = data.draw(st.sampled_from(provinces))
    for name in (place.name, place.name.upper(), place.name.lower()):
        found = gazetteer.lookup(name, country=place.country, kinds=("province",))
        assert found == place, name
    source = pycountry.subdivisions.get(code=place.gazetteer_id).name  # accented
    assert gazetteer.lookup(source, country=place.country, kinds=("province",)) == place


@PROPERTY
@given(data=st.data())
def test_city_names_round_trip(
    gazetteer: Gazetteer, cities: list[Place], data: st.DataObject
) -> None:
    place = data.draw(st.sampled_from(cities))
    assert place in gazetteer.lookup_all(place.name, country=place.country, kinds=("city",))
    for name in (place.name.upper(), place.name.lower()):
        assert gazetteer.lookup_all(name, country=place.country, kinds=("city",)) == (
            gazetteer.lookup_all(place.name, country=place.country, kinds=("city",))
        )


@given(st.text(max_size=40))
def test_name_key_is_stable(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key
    assert key == key.strip() and "  " not in key
    assert key.isascii()
    assert skeleton(key) == skeleton(name_key(key))


@settings(deadline=None)
@given(st.text(max_size=40))
def test_lookup_never_fails(text: str) -> None:
    place = get_gazetteer().lookup(text)
    assert place is None or isinstance(place, Place)
