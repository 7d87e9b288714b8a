// Dossier: draws each .network-canvas with Cytoscape.js from its data-network endpoint
// (/api/network). Clicking a node adds its neighbours (one more hop); double-clicking
// opens its page; clicking an edge opens its evidence (the claim page). The filters of
// the page (relation kind, verdict) hide what is unchecked. Line thickness: sources.
(function () {
  "use strict";
  const COLOURS = {
    ally: "#2e8b57", rival: "#c0392b", affiliate: "#3b6fb6", intermediary: "#8e44ad",
    support: "#d4a017", origin: "#7f8c8d", leader: "#16a085", other: "#9a9a9a",
  };
  const STYLE = [
    { selector: "node", style: {
      "label": "data(name)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
      "background-color": "#3b6fb6", "width": "mapData(degree, 1, 12, 14, 34)",
      "height": "mapData(degree, 1, 12, 14, 34)", "text-wrap": "wrap", "text-max-width": 110,
      "color": "#1c1c1c", "text-background-color": "#fff", "text-background-opacity": 0.7,
    } },
    { selector: "node[type = 'person']", style: { "background-color": "#16a085", "shape": "round-rectangle" } },
    { selector: "node.focus", style: { "background-color": "#1f2937", "font-weight": "bold" } },
    { selector: "node.more", style: { "border-width": 2, "border-color": "#f0b429" } },
    { selector: "edge", style: {
      "width": "mapData(sources, 1, 4, 1.5, 7)", "line-color": "data(colour)",
      "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
      "curve-style": "bezier", "label": "data(label)", "font-size": 8, "color": "#555",
      "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8,
    } },
    { selector: "edge[verdict = 'single-source']", style: { "line-style": "dashed" } },
    { selector: "edge[verdict = 'conflicting']", style: { "line-style": "dotted" } },
    { selector: ".filtered", style: { "display": "none" } },
  ];

  function checked(form, name) {
    if (!form) return null;
    return new Set(Array.from(form.querySelectorAll("input[name=" + name + "]:checked"), (input) => input.value));
  }

  function build(box) {
    const form = document.querySelector(".network-filters");
    const cy = cytoscape({ container: box, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    box.cy = cy;  // for the browser tests
    const focus = box.dataset.focus;

    function add(network, around) {
      const first = cy.nodes().empty();
      const added = [];
      const centre = around ? around.position() : { x: 0, y: 0 };
      for (const node of network.nodes) {
        if (cy.getElementById(node.id).nonempty()) continue;
        // new neighbours start around the node they came from, so the layout moves little
        const angle = Math.random() * 2 * Math.PI;
        const position = { x: centre.x + 60 * Math.cos(angle), y: centre.y + 60 * Math.sin(angle) };
        added.push({ group: "nodes", data: node, position: position });
      }
      for (const edge of network.edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        added.push({ group: "edges", data: Object.assign({ colour: COLOURS[edge.kind] || COLOURS.other }, edge) });
      }
      cy.add(added);
      cy.nodes().forEach((node) => {
        node.toggleClass("more", !node.data("expanded") && node.degree() < node.data("degree"));
      });
      if (focus) cy.getElementById(focus).addClass("focus");
      applyFilters();
      cy.layout({ name: "cose", animate: false, randomize: first, nodeRepulsion: () => 400000, idealEdgeLength: () => 100, edgeElasticity: () => 100, gravity: 80, numIter: 1000, initialTemp: 200, padding: 30 }).run();
      if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }  // a few nodes: not blown up
      box.dataset.nodes = String(cy.nodes().length);
      box.dataset.edges = String(cy.edges().length);
    }

    function applyFilters() {
      const kinds = checked(form, "kind");
      const verdicts = checked(form, "verdict");
      cy.batch(() => {
        cy.edges().forEach((edge) => {
          const out = (kinds && !kinds.has(edge.data("kind"))) || (verdicts && !verdicts.has(edge.data("verdict")));
          edge.toggleClass("filtered", Boolean(out));
        });
        cy.nodes().forEach((node) => {
          const shown = node.connectedEdges().filter((edge) => !edge.hasClass("filtered"));
          node.toggleClass("filtered", shown.empty() && node.id() !== focus);
        });
      });
    }

    function load(url, around) {
      // every loaded edge is kept; the filters hide what they exclude
      return fetch(url).then((response) => response.json()).then((network) => add(network, around));
    }

    cy.on("tap", "node", (event) => {
      const node = event.target;
      if (node.data("expanded")) return;
      node.data("expanded", true);
      box.dataset.expanding = node.id();
      load("/api/network?entity=" + encodeURIComponent(node.id()), node).then(() => { box.dataset.expanded = node.id(); });
    });
    cy.on("dbltap", "node", (event) => { window.location.href = event.target.data("href"); });
    cy.on("tap", "edge", (event) => { window.location.href = event.target.data("href"); });
    cy.on("mouseover", "node, edge", () => { box.classList.add("pointing"); });
    cy.on("mouseout", "node, edge", () => { box.classList.remove("pointing"); });
    if (form) form.addEventListener("change", applyFilters);
    load(box.dataset.network).then(() => {
      if (focus) cy.getElementById(focus).data("expanded", true);
      box.dataset.ready = "true";
    }).catch(() => { box.dataset.ready = "failed"; });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const boxes = document.querySelectorAll(".network-canvas[data-network]");
    if (!boxes.length) return;
    // Cytoscape.js would inject this rule as an inline <style>, which the app's policy
    // refuses; it injects nothing when an element has the id it looks for.
    window.dossierStylesheet("/static/network.css", "__________cytoscape_stylesheet");
    window.dossierLibraries(["/static/vendor/cytoscape/cytoscape.min.js"]).then(() => {
      for (const box of boxes) build(box);
    });
  });
})();
