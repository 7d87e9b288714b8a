import pytest

from dossier.extract.places import (
    Location,
    home_countries,
    in_home_country,
    locate_in_text,
    locate_places,
)
from dossier.knowledge.gazetteer import get_gazetteer


@pytest.mark.parametrize(
    ("sentence", "city", "province", "country"),
    [
        (
            "An explosive device detonated in Beir al-Abd, North Sinai, Egypt.",
            "Beir al-Abd",
            "North Sinai",
            "EG",
        ),
        (
            "Gunmen attacked a post in Kunduz city, Kunduz province, Afghanistan.",
            "Kunduz",
            "Kunduz",
            "AF",
        ),
        (
            "A blast hit a shop in Waberi District, Mogadishu, Banaadir, Somalia.",
            "Mogadishu",
            "Banaadir",
            "SO",
        ),
        (
            "Rebels raided Beni, North Kivu, Democratic Republic of the Congo.",
            "Beni",
            "North Kivu",
            "CD",
        ),
        ("A bomb went off in Kabul, Afghanistan.", "Kabul", "Kabul", "AF"),
    ],
)
def test_a_place_chain_is_read_from_town_to_country(
    sentence: str, city: str, province: str, country: str
) -> None:
    location = locate_in_text(sentence)
    assert location is not None
    assert location.city is not None and location.city.name == city
    assert location.province is not None and location.province.name == province
    assert location.country is not None and location.country.gazetteer_id == country


def test_a_sentence_without_a_country_has_no_chain() -> None:
    assert locate_in_text("Officials met in the capital on Monday, a spokesman said.") is None


def test_a_country_name_inside_the_chain_is_a_province() -> None:
    location = locate_in_text("Bandits attacked Rijau, Niger, Nigeria.")
    assert location is not None
    assert location.country is not None and location.country.gazetteer_id == "NG"
    assert location.province is not None and location.province.name == "Niger"


def test_a_major_city_wins_over_another_country_named_with_it() -> None:
    gazetteer = get_gazetteer()
    bogota, cuba = gazetteer.lookup("Bogota"), gazetteer.lookup("Cuba")
    assert bogota is not None and cuba is not None
    located = locate_places([cuba, bogota])
    assert located.city == bogota
    assert located.country is not None and located.country.gazetteer_id == "CO"


def test_a_small_homonym_gives_way_to_the_country_named_with_it() -> None:
    gazetteer = get_gazetteer()
    palma, mozambique = gazetteer.lookup("Palma"), gazetteer.lookup("Mozambique")
    assert palma is not None and palma.country != "MZ" and mozambique is not None
    located = locate_places([palma, mozambique])
    # the town is kept as written, in the country named with it, not placed in Spain
    assert located.city is not None and located.city.name == "Palma"
    assert located.city.country == "MZ" and located.city.gazetteer_id is None
    assert located.country is not None and located.country.gazetteer_id == "MZ"


def test_home_countries_are_counted_from_the_names_an_article_uses() -> None:
    names = [("Mozambique", True), ("US", False), ("Mozambique", True), ("Tanzania", True)]
    assert home_countries(names) == ["MZ", "TZ"]  # 'US' may be initials: not counted


def test_a_homonym_abroad_is_read_in_the_home_country() -> None:
    gazetteer = get_gazetteer()
    spain = gazetteer.lookup("Palma", kinds=("city",))
    assert spain is not None and spain.country == "ES"
    located = in_home_country(Location(country=gazetteer.get("ES"), city=spain), ["MZ"])
    assert located.country is not None and located.country.gazetteer_id == "MZ"
    assert located.city is not None and located.city.name == "Palma"
    assert located.city.gazetteer_id is None  # kept as written: the gazetteer lacks it
    # a major city is not a homonym, whatever the article names
    paris = gazetteer.lookup("Paris", kinds=("city",))
    assert paris is not None
    kept = in_home_country(Location(country=gazetteer.get("FR"), city=paris), ["MZ"])
    assert kept.city == paris
