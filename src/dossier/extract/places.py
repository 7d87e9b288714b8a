"""Where something happened: country, province and city, linked to the gazetteer.

News and wire copy name a place as a chain from small to large, ending in the
country: 'in Beir al-Abd, North Sinai, Egypt'; 'near Hudaydah, Al Hudaydah,
Yemen'; 'in Kabul, Afghanistan'. The chain is read right to left: the last
link is the country, the one before it the province, and the first link that
is a settlement (not a neighbourhood, road or square) the city. Without a
chain, the place entities near the event are sorted by what the gazetteer
says they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.model import Place

# Words that may sit inside a place name: particles and the kind of place.
PARTICLES = frozenset(
    (
        "al el ad as an ar ash at az e i wa de del la le du des da do dos das di bin ibn bani "
        "beni y of and the"
    ).split()
)
TYPE_WORDS = frozenset(
    (
        "district village villages town city province region state governorate county "
        "municipality area neighborhood neighbourhood camp sub-district subdistrict tehsil "
        "department division locality commune ward market square"
    ).split()
)
PROVINCE_SUFFIX = re.compile(
    r"\s+(?:province|governorate|region|state|department|division|oblast|district|county|"
    r"municipality|territory|prefecture)$",
    re.IGNORECASE,
)
CITY_SUFFIX = re.compile(r"\s+(?:village|villages|town|city|area|township|neighbou?rhood)$", re.I)
# Links of a chain that name a part of a town, not a town.
SUB_CITY = re.compile(
    r"\b(?:neighbou?rhoods?|area|square|street|road|avenue|market|quarter|sector|block|zone|colony|"
    r"ward|chowk|bazaar|roundabout|junction|highway|bridge|checkpoint|base|airport|front|river|"
    r"forest|field|police district)\b|\d",
    re.IGNORECASE,
)
LEADING_ARTICLE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
# What ends the words before a country that is a neighbour, not where the place lies:
# 'Kasindi, on the border with Uganda'; 'a town that borders Uganda'.
NEIGHBOUR = re.compile(r"\b(?:borders?|bordering|frontier)(?:\s+(?:with|of))?\s*$", re.I)
MAX_NAME_WORDS = 6
BIG_CITY = 500_000  # people: a city this size is where an event 'near' its districts happened


MAJOR_CITY = 500_000  # a city this large is rarely a homonym of a place elsewhere


@dataclass(frozen=True, slots=True)
class Location:
    country: Place | None = None
    province: Place | None = None
    city: Place | None = None

    @property
    def most_precise(self) -> Place | None:
        return self.city or self.province or self.country


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or "-" in word


def _is_whole_name(segment: str) -> bool:
    words = segment.split()
    return (
        bool(words)
        and len(words) <= MAX_NAME_WORDS
        and _is_name_word(words[0])
        and all(
            _is_name_word(w) or w.lower() in PARTICLES or w.lower() in TYPE_WORDS for w in words
        )
    )


def _trailing_name(segment: str) -> str | None:
    """The place name ending a phrase: 'attacked a checkpoint in Beir al-Abd' -> 'Beir al-Abd'."""
    words = segment.split()
    start = None
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        lower = word.lower().strip("()")
        if _is_name_word(word):
            start = i
        elif ((lower in PARTICLES or lower in TYPE_WORDS) and start is not None) or (
            lower in TYPE_WORDS and start is None
        ):
            continue
        else:
            break
    if start is None:
        return None
    name = " ".join(words[start:])
    return name if len(words) - start <= MAX_NAME_WORDS else None


def _clean(segment: str) -> str:
    return LEADING_ARTICLE.sub("", segment.strip(" .;:\"'“”‘’()"))


def _chains(sentence: str, evidence: dict[str, int] | None = None) -> list[tuple[list[str], Place]]:
    """Every 'A, B, Country' chain in a sentence: (links before the country, country).
    A country name of two countries ('Congo') is read by the chain's own links, else by
    the ``evidence`` of the document's places (see :func:`place_evidence`)."""
    gazetteer = get_gazetteer()
    segments = [_clean(part) for part in re.split(r",|;", sentence)]
    chains: list[tuple[list[str], Place]] = []
    for index, segment in enumerate(segments):
        name = _trailing_name(segment) if index == 0 or not _is_whole_name(segment) else segment
        if not name:
            continue
        country = gazetteer.lookup(name, kinds=("country",))
        if country is None or name.split()[0].lower() in PARTICLES:
            continue
        if NEIGHBOUR.search(segment[: len(segment) - len(name)]):
            continue  # a neighbouring country: the chain ends elsewhere
        if index + 1 < len(segments):  # 'Niger, Nigeria': only the last country ends a chain
            following = _clean(segments[index + 1])
            if following and gazetteer.lookup(following, kinds=("country",)) is not None:
                continue
        links: list[str] = []
        if segment != name and index > 0 and not _is_whole_name(segment):
            chains.append(([], _country_read(name, country, [], evidence)))
            continue
        for previous in reversed(segments[:index]):
            if _is_whole_name(previous):
                links.insert(0, previous)
                continue
            trailing = _trailing_name(previous)
            if trailing:
                links.insert(0, trailing)
            break
        chains.append((links, _country_read(name, country, links, evidence)))
    return chains


def _country_read(
    name: str, country: Place, links: list[str], evidence: dict[str, int] | None
) -> Place:
    """The country a chain ends in when its name is two countries' ('Congo'): the one its
    links lie in ('Goma, North Kivu, Congo'), else the one the document's places favour."""
    readings = ambiguous_readings(name, kinds=("country",))
    if not readings:
        return country
    local = place_evidence(links) if links else {}
    if not any(local.get(place.country or "") for place in readings):
        local = evidence or local
    return choose_reading(readings, local)


def locate_in_text(sentence: str, evidence: dict[str, int] | None = None) -> Location | None:
    """The location a sentence gives as a chain, or None when it has none; ``evidence``
    (the document's places by country) reads a country name of two countries."""
    chains = _chains(sentence, evidence)
    if not chains:
        return None
    links, country = next(
        (chain for chain in chains if len(chain[0]) >= 2),
        next((chain for chain in chains if chain[0]), chains[0]),
    )
    if not links:
        return Location(country=country)
    gazetteer = get_gazetteer()
    province_text = PROVINCE_SUFFIX.sub("", links[-1]).strip()
    province = _place(province_text, "province", country, gazetteer)
    towns = [link for link in links[:-1] if not SUB_CITY.search(link)]
    towns = [link for link in towns if " and " not in link and " or " not in link]
    city: Place | None = None
    if towns:
        city = _place(_choose_town(towns, country), "city", country, gazetteer)
    elif len(links) == 1 and not re.search(
        re.escape(links[-1]) + PROVINCE_SUFFIX.pattern[:-1], sentence
    ):
        # 'in Kabul, Afghanistan': a one-link chain naming a city as well as a province
        linked = gazetteer.lookup(province_text, country=country.country, kinds=("city",))
        if linked is not None and _is_big_city(linked):
            city = Place(
                province_text, linked.gazetteer_id, "city", country.country,
                linked.latitude, linked.longitude,
            )  # fmt: skip
    return Location(country=country, province=province, city=city)


def _choose_town(towns: list[str], country: Place) -> str:
    """The first town of the chain, unless it is not a known town and a big city follows:
    'Waberi District, Mogadishu' happened in Mogadishu."""
    gazetteer = get_gazetteer()
    first = CITY_SUFFIX.sub("", towns[0]).strip()
    if gazetteer.lookup(first, country=country.country, kinds=("city",)) is None:
        for later in towns[1:]:
            name = CITY_SUFFIX.sub("", later).strip()
            place = gazetteer.lookup(name, country=country.country, kinds=("city",))
            if place is not None and gazetteer.population(place) >= BIG_CITY:
                return name
    return first


def _is_big_city(place: Place) -> bool:
    return get_gazetteer().population(place) >= 15_000


def _place(name: str, kind: str, country: Place, gazetteer: object) -> Place:
    """A Place named as the text names it, with the gazetteer's id when it knows the place."""
    linked = get_gazetteer().lookup(name, country=country.country, kinds=(kind,))
    if linked is None or linked.country != country.country:
        return Place(name, None, kind, country.country)
    return Place(
        name, linked.gazetteer_id, kind, country.country, linked.latitude, linked.longitude
    )


def locate_places(places: list[Place]) -> Location:
    """Sort linked places into country, province and city (the first of each kind wins)."""
    gazetteer = get_gazetteer()
    by_kind: dict[str, Place] = {}
    for place in places:
        by_kind.setdefault(place.kind, place)
    city, province = by_kind.get("city"), by_kind.get("province")
    countries = [place for place in places if place.kind == "country"]
    anchor = city or province
    if anchor is None or not anchor.country:
        return Location(country=countries[0] if countries else None, province=province, city=city)
    named = [c for c in countries if c.gazetteer_id == anchor.country]
    if countries and not named:
        # the place and the country named with it disagree ('Palma' in a report on
        # Mozambique): the same name in the named country, else a major city wins over
        # the country, else the name is kept as written in the named country ('Solhan,
        # northern Burkina Faso' is no town of Turkey's: a small homonym abroad is the
        # likelier mistake than a place the text names being nowhere)
        other = countries[0].gazetteer_id
        again = gazetteer.lookup(anchor.name, country=other, kinds=(anchor.kind,))
        if again is not None and again.country == other:
            anchor = again
        elif gazetteer.population(anchor) < MAJOR_CITY:
            # a town is kept; a province of that name abroad ('Red Sea' off Yemen's coast)
            # is no province of the named country
            kept = other and anchor.kind == "city"
            anchor = Place(anchor.name, None, anchor.kind, other) if kept else None
    if anchor is None:
        named_country = countries[0]
        if province is not None and province.country != named_country.gazetteer_id:
            province = None
        return Location(country=named_country, province=province, city=None)
    country = gazetteer.get(anchor.country) if anchor.country else None
    if anchor.kind == "city":
        city = anchor
        if province is not None and province.country != anchor.country:
            province = None
    else:
        province = anchor
        city = city if city is not None and city.country == anchor.country else None
    return Location(country=country, province=province, city=city)


def home_countries(names: list[tuple[str, bool]]) -> list[str]:
    """The countries an article names (ISO codes), most named first: where a homonym of a
    place it mentions is meant to lie ('Palma' in a report on Mozambique). Each name comes
    with whether it is surely a place; one that may not be counts only under the
    country's own name ('Burkina Faso', not 'US' for a person's initials)."""
    gazetteer = get_gazetteer()
    evidence: dict[str, int] | None = None  # built only when a country's name is ambiguous
    counts: dict[str, int] = {}
    for name, surely_place in names:
        place = gazetteer.lookup(name, kinds=("country",))
        if place is None or not place.gazetteer_id:
            continue
        readings = ambiguous_readings(name, kinds=("country",))
        if readings:  # 'Congo' beside 'Goma': the DR Congo
            if evidence is None:
                evidence = place_evidence([other for other, surely in names if surely])
            place = choose_reading(readings, evidence)
        code = place.gazetteer_id
        if code and (surely_place or place.name.casefold() == name.casefold()):
            counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda code: -counts[code])


def in_home_country(location: Location, countries: list[str]) -> Location:
    """A location whose place lies outside every country the article names, read again as
    the place of that name in the most named one ('Solhan' in Burkina Faso, not in
    Turkey). When none of them has a place of that name, the name is kept as written in
    the most named country: a small foreign homonym is the likelier mistake."""
    anchor = location.city or location.province
    if anchor is None or not countries or anchor.country in countries:
        return location
    gazetteer = get_gazetteer()
    if anchor.kind == "city" and gazetteer.population(anchor) >= MAJOR_CITY:
        return location  # a major city is rarely a homonym of a place elsewhere
    for code in countries:
        again = gazetteer.lookup(anchor.name, country=code, kinds=(anchor.kind,))
        if again is not None and again.country == code:
            return _located_at(again, code)
    return _located_at(Place(anchor.name, None, anchor.kind, countries[0]), countries[0])


def _located_at(place: Place, code: str) -> Location:
    country = get_gazetteer().get(code)
    if place.kind == "city":
        return Location(country=country, city=place)
    return Location(country=country, province=place)


# A name the gazetteer knows as places of the same scale in more than one country
# ('Congo': either Congo; 'Punjab': India's or Pakistan's) means the one the article's
# other places lie in. Only countries and provinces are read so: a town abroad sharing
# their name is no rival reading, and a town's homonyms are settled by the countries
# the article names (in_home_country), which keeps a capital from a village abroad.
AREA_KINDS = frozenset({"country", "province"})


@lru_cache(maxsize=8192)  # asked of every place name a claim or event resolves
def ambiguous_readings(name: str, kinds: tuple[str, ...] | None = None) -> tuple[Place, ...]:
    """The countries (or provinces) in different countries a name may mean, best first by
    the gazetteer's own order; empty when the name has one such reading."""
    gazetteer = get_gazetteer()
    found = gazetteer.lookup_all(name) if kinds is None else gazetteer.lookup_all(name, kinds=kinds)
    if len(found) < 2 or found[0].kind not in AREA_KINDS:
        return ()
    # of the top reading's kind: 'Niger' beside Nigerian towns is still mostly the country
    # next door, not Niger State
    readings = tuple(place for place in found if place.kind == found[0].kind and place.country)
    return readings if len({place.country for place in readings}) > 1 else ()


def place_evidence(names: list[str]) -> dict[str, int]:
    """How often the article's unambiguous place names lie in each country (ISO code)."""
    gazetteer = get_gazetteer()
    counts: dict[str, int] = {}
    for name in names:
        place = gazetteer.lookup(name)
        if place is None or not place.country or ambiguous_readings(name):
            continue
        counts[place.country] = counts.get(place.country, 0) + 1
    return counts


def choose_reading(readings: tuple[Place, ...], evidence: dict[str, int]) -> Place:
    """The reading whose country the article's other places lie in most, else the one
    whose neighbours they lie in most ('Kasindi, on the border with Uganda': Uganda
    borders only one Congo); the gazetteer's first choice without evidence or on a tie."""
    gazetteer = get_gazetteer()

    def support(place: Place) -> tuple[int, int]:
        code = place.country or ""
        near = sum(evidence.get(other, 0) for other in gazetteer.neighbours(code))
        return evidence.get(code, 0), near

    best = readings[0]
    for place in readings[1:]:
        if support(place) > support(best):
            best = place
    return best
