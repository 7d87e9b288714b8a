"""Layouts for the entity page's pictures, as plain geometry the templates draw in SVG.

Nothing here fetches anything: the map is the gazetteer's coordinates projected on
a graticule (no tiles), the graph a ring around the entity. Drawing on the server
keeps the page light and working without JavaScript.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# ---- size estimates -----------------------------------------------------------------------

CHART_WIDTH = 640
CHART_LEFT = 12  # where the count axis starts
CHART_RIGHT = 620  # where it ends
ROW_HEIGHT = 60


@dataclass(frozen=True, slots=True)
class SizeInput:
    """One estimate: its range (max None = open), what it says, and its citations."""

    low: int
    high: int | None
    label: str  # 'around 2,500'
    scope: str  # 'at their height', '' when none
    when: str  # 'undated', '2021'
    source: str
    href: str  # the claim page
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SizeBar:
    estimate: SizeInput
    x: float
    width: float
    y: float


@dataclass(frozen=True, slots=True)
class SizeChart:
    bars: tuple[SizeBar, ...]
    ticks: tuple[tuple[float, str], ...]  # (x, label) along the count axis
    width: int
    height: int
    left: int = CHART_LEFT


def size_chart(estimates: list[SizeInput]) -> SizeChart | None:
    """Each estimate as a bar from its lowest to its highest figure, on one count axis, in
    the order given (the caller sorts by time)."""
    if not estimates:
        return None
    top = max(max(e.low, e.high or e.low) for e in estimates) or 1
    scale_max = _nice_ceiling(top * 1.1)
    span = CHART_RIGHT - CHART_LEFT

    def x_of(value: int) -> float:
        return CHART_LEFT + span * value / scale_max

    bars = []
    for row, estimate in enumerate(estimates):
        high = estimate.high if estimate.high is not None else estimate.low
        start, end = x_of(estimate.low), x_of(high)
        width = max(end - start, 4.0)  # a single figure is a short mark, not nothing
        bars.append(SizeBar(estimate, start, width, 8 + row * ROW_HEIGHT))
    ticks = tuple((x_of(v), f"{v:,}") for v in _tick_values(scale_max))
    height = 8 + len(estimates) * ROW_HEIGHT + 24
    return SizeChart(tuple(bars), ticks, CHART_WIDTH, height)


def _nice_ceiling(value: float) -> int:
    """The next round number above value: 2,750 -> 3,000."""
    magnitude = 10 ** max(0, int(math.log10(max(value, 1))))
    return int(math.ceil(value / magnitude) * magnitude)


def _tick_values(scale_max: int) -> list[int]:
    step = _nice_ceiling(scale_max / 5)
    return list(range(0, scale_max + 1, step)) if step else [0]


# ---- map ----------------------------------------------------------------------------------

MAP_WIDTH = 640
MAP_HEIGHT = 380
MAP_MARGIN = 30


@dataclass(frozen=True, slots=True)
class PlaceInput:
    name: str
    gazetteer_id: str
    kind: str  # country | province | city
    latitude: float
    longitude: float
    href: str
    why: str  # 'based in', 'operates in', 'event'


@dataclass(frozen=True, slots=True)
class Marker:
    place: PlaceInput
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class MapLayout:
    markers: tuple[Marker, ...]
    meridians: tuple[tuple[float, str], ...]  # (x, '70°E')
    parallels: tuple[tuple[float, str], ...]  # (y, '34°N')
    width: int
    height: int


def place_map(places: list[PlaceInput]) -> MapLayout | None:
    """Markers projected (equirectangular) on a frame fitted to them, with a graticule."""
    if not places:
        return None
    lats = [p.latitude for p in places]
    lons = [p.longitude for p in places]
    pad = max(1.0, (max(lats) - min(lats)) * 0.25, (max(lons) - min(lons)) * 0.25)
    south, north = min(lats) - pad, max(lats) + pad
    west, east = min(lons) - pad, max(lons) + pad
    # keep degrees square at this latitude so shapes are not stretched
    squeeze = math.cos(math.radians((north + south) / 2))
    inner_w, inner_h = MAP_WIDTH - 2 * MAP_MARGIN, MAP_HEIGHT - 2 * MAP_MARGIN
    scale = min(inner_w / ((east - west) * squeeze), inner_h / (north - south))
    centre_lon, centre_lat = (east + west) / 2, (north + south) / 2

    def project(lat: float, lon: float) -> tuple[float, float]:
        x = MAP_WIDTH / 2 + (lon - centre_lon) * squeeze * scale
        y = MAP_HEIGHT / 2 - (lat - centre_lat) * scale
        return round(x, 1), round(y, 1)

    markers = tuple(Marker(p, *project(p.latitude, p.longitude)) for p in places)
    step = _degree_step(max(north - south, east - west))
    meridians = tuple(
        (project(centre_lat, lon)[0], _degrees(lon, "E", "W"))
        for lon in _multiples(west, east, step)
    )
    parallels = tuple(
        (project(lat, centre_lon)[1], _degrees(lat, "N", "S"))
        for lat in _multiples(south, north, step)
    )
    return MapLayout(markers, meridians, parallels, MAP_WIDTH, MAP_HEIGHT)


def _degree_step(span: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 30):
        if span / step <= 8:
            return step
    return 45


def _multiples(low: float, high: float, step: float) -> list[float]:
    first = math.ceil(low / step) * step
    count = int((high - first) // step) + 1
    return [round(first + i * step, 2) for i in range(max(count, 0))]


def _degrees(value: float, positive: str, negative: str) -> str:
    text = f"{abs(value):g}°"
    return text + (positive if value >= 0 else negative)


# ---- relationship graph -------------------------------------------------------------------

GRAPH_WIDTH = 640
GRAPH_HEIGHT = 420
GRAPH_RADIUS = 150


@dataclass(frozen=True, slots=True)
class RelationInput:
    """One relation of the centre entity to another: 'ISIS-K hostile to Taliban'."""

    other_id: str
    other_name: str
    other_type: str
    label: str  # 'hostile to'; from the other's side, 'ISIS-K hostile to'
    kind: str  # css class: ally | rival | affiliate | intermediary | other
    verdict: str
    href: str


@dataclass(frozen=True, slots=True)
class GraphNode:
    id: str
    name: str
    type: str
    href: str
    x: float
    y: float
    relations: tuple[RelationInput, ...]

    @property
    def kinds(self) -> str:
        return " ".join(dict.fromkeys(r.kind for r in self.relations))


@dataclass(frozen=True, slots=True)
class GraphLayout:
    centre: GraphNode
    nodes: tuple[GraphNode, ...]
    width: int
    height: int


def relation_graph(
    centre_id: str, centre_name: str, centre_type: str, relations: list[RelationInput]
) -> GraphLayout | None:
    """The entity in the middle, each related entity once on a ring around it, with every
    relation between them listed on the edge."""
    if not relations:
        return None
    by_other: dict[str, list[RelationInput]] = {}
    for relation in relations:
        by_other.setdefault(relation.other_id, []).append(relation)
    cx, cy = GRAPH_WIDTH / 2, GRAPH_HEIGHT / 2
    nodes = []
    for index, (other_id, items) in enumerate(by_other.items()):
        angle = -math.pi / 2 + 2 * math.pi * index / len(by_other)
        x = round(cx + GRAPH_RADIUS * 1.45 * math.cos(angle), 1)
        y = round(cy + GRAPH_RADIUS * math.sin(angle), 1)
        first = items[0]
        nodes.append(
            GraphNode(other_id, first.other_name, first.other_type, first.href, x, y, tuple(items))
        )
    centre = GraphNode(centre_id, centre_name, centre_type, "", cx, cy, ())
    return GraphLayout(centre, tuple(nodes), GRAPH_WIDTH, GRAPH_HEIGHT)
