// Dossier: draws each .map-canvas with Leaflet. The base layer is the country boundaries
// shipped with the app (Natural Earth via world-atlas, static/vendor/): no tile server.
// Markers come from the element's data-map endpoint; each opens a popup linking to its
// evidence. The page lists the same places, so it reads without this script.
(function () {
  "use strict";
  const worlds = {};
  const PLAIN = { color: "#9aa9bd", weight: 0.7, fillColor: "#eef1f5", fillOpacity: 1 };
  const SHADED = { color: "#b5651d", weight: 1.2, fillColor: "#f5c28e", fillOpacity: 0.85 };

  function world(url) {
    if (!worlds[url]) worlds[url] = fetch(url).then((response) => response.json());
    return worlds[url];
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function popup(marker) {
    const box = element("div", "", "map-popup");
    box.appendChild(element("strong", marker.name));
    box.appendChild(element("p", marker.title));
    if (marker.killed !== null) box.appendChild(element("p", marker.killed + " killed", "meta"));
    const links = element("p");
    const evidence = element("a", marker.category === "event" ? "Evidence in the article" : "The claim and its evidence", "evidence-link");
    evidence.href = marker.href;
    const place = element("a", "Place page");
    place.href = marker.place_href;
    links.append(evidence, " · ", place);
    box.appendChild(links);
    return box;
  }

  function radius(marker) {
    if (marker.category !== "event") return 7;
    return Math.min(4 + 1.3 * Math.sqrt(marker.killed || 0), 20);
  }

  // Natural Earth cuts rings at the antimeridian for spherical drawing; on Leaflet's flat
  // map a ring that jumps from 180°E to 180°W would be drawn across the whole world, so
  // each ring is made continuous (Chukotka then lies a little past 180°E).
  function unwrapRing(ring) {
    let previous = null;
    return ring.map(([longitude, latitude]) => {
      let x = longitude;
      if (previous !== null) {
        while (x - previous > 180) x -= 360;
        while (x - previous < -180) x += 360;
      }
      previous = x;
      return [x, latitude];
    });
  }

  function unwrap(geometry) {
    if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrapRing);
    if (geometry.type === "MultiPolygon") geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrapRing));
    return geometry;
  }

  // Whether a [longitude, latitude] point lies inside a GeoJSON polygon (ray casting).
  function inRing(point, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > point[1]) !== (yj > point[1]) && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  function contains(geometry, point) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    return polygons.some((rings) => inRing(point, rings[0]) && !rings.slice(1).some((hole) => inRing(point, hole)));
  }

  // A province base is shaded as the province whose outline holds its seat (the
  // gazetteer's coordinates): no name matching between the two sources is needed.
  async function provinceLayer(marker) {
    if (!marker.outlines) return null;
    const topology = await world(marker.outlines);
    const layer = Object.values(topology.objects)[0];
    const provinces = topojson.feature(topology, layer).features;
    const point = [marker.longitude, marker.latitude];
    const found = provinces.find((feature) => feature.geometry && contains(feature.geometry, point));
    if (!found) return null;
    return L.geoJSON(found, { style: { className: "province shaded", color: "#8a4b12", weight: 1.2, fillColor: "#e8954a", fillOpacity: 0.55 } });
  }

  function markerLayer(marker) {
    const where = [marker.latitude, marker.longitude];
    if (marker.category !== "event" && marker.kind !== "city") {
      // a province is an area: shaded around its seat, not pinned on it
      return L.circle(where, { radius: 70000, className: "marker-base area", color: "#b5651d", weight: 1, fillOpacity: 0.25 });
    }
    const className = marker.category === "event" ? "marker-event" : "marker-base";
    const colour = marker.category === "event" ? "#c0392b" : "#1f4e8c";
    return L.circleMarker(where, { radius: radius(marker), className: className, color: "#fff", weight: 1.5, fillColor: colour, fillOpacity: 0.8 });
  }

  async function draw(box) {
    const [topology, data] = await Promise.all([
      world(box.dataset.world),
      fetch(box.dataset.map).then((response) => response.json()),
    ]);
    const map = L.map(box, { zoomSnap: 0.25, minZoom: 1, maxZoom: 9, worldCopyJump: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Boundaries: Natural Earth");
    const shaded = new Map(data.countries.map((country) => [country.id, country]));
    const countries = topojson.feature(topology, topology.objects.countries);
    for (const feature of countries.features) if (feature.geometry) unwrap(feature.geometry);
    const focus = L.featureGroup();
    L.geoJSON(countries, {
      style: (feature) => Object.assign({ className: shaded.has(feature.id) ? "country shaded" : "country" }, shaded.has(feature.id) ? SHADED : PLAIN),
      onEachFeature: (feature, layer) => {
        const country = shaded.get(feature.id);
        // Leaflet reads a string as HTML: every label is given as text in an element
        layer.bindTooltip(element("span", country ? feature.properties.name + ": " + country.why : feature.properties.name), { sticky: true });
        if (country) focus.addLayer(L.geoJSON(feature));
      },
    }).addTo(map);
    const markers = L.featureGroup();
    const ordered = data.markers.slice().sort((a, b) => (b.killed || 0) - (a.killed || 0));
    const areas = await Promise.all(ordered.map((marker) => (marker.category === "event" ? null : provinceLayer(marker).catch(() => null))));
    ordered.forEach((marker, index) => {  // the largest first, so small ones stay clickable
      const layer = areas[index] || markerLayer(marker);
      layer.bindPopup(popup(marker));
      layer.bindTooltip(element("span", marker.name + ": " + (marker.when ? marker.when + ", " : "") + marker.why));
      markers.addLayer(layer);
      focus.addLayer(L.circleMarker([marker.latitude, marker.longitude]));
    });
    markers.addTo(map);
    const bounds = focus.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.25), { maxZoom: 6 });
    else map.setView([20, 20], 1.5);
    box.dataset.markers = String(data.markers.length);
    box.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", () => {
    const boxes = document.querySelectorAll(".map-canvas[data-map]");
    if (!boxes.length) return;
    window.dossierStylesheet("/static/vendor/leaflet/leaflet.css");
    window.dossierLibraries(["/static/vendor/leaflet/leaflet.js", "/static/vendor/topojson-client/topojson-client.min.js"]).then(() => {
      for (const box of boxes) draw(box).catch(() => { box.dataset.ready = "failed"; });
    });
  });
})();
