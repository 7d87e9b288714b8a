"""The web app in real headless Chromium over the seed knowledge base: what an analyst
sees and clicks. Screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.web.waits import READY_MS, drawn


def open_page(browser: Browser, base: str, requests: list[str], errors: list[str]) -> Page:
    """A page that records every request it makes and every console error (a script the
    Content-Security-Policy refused shows there)."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page


# The network is laid out at random (Cytoscape's cose), so where to click is chosen on the
# layout drawn, and only where Cytoscape's own hit test (what a click reaches) gives the
# element meant: another edge crossing, or a node's or an edge's label, may lie on top.
# Two animation frames first, so what Cytoscape hit-tests is the layout drawn.
FRAMES = "await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));"
REACHES = """const reaches = (p, ele) => {
    const hit = box.cy.renderer().findNearestElement(p.x, p.y, true, false);
    return Boolean(hit) && hit.id() === ele.id();
  };
  const onPage = (p) => {
    const r = box.getBoundingClientRect(), pan = box.cy.pan(), zoom = box.cy.zoom();
    return [r.left + pan.x + p.x * zoom, r.top + pan.y + p.y * zoom];
  };"""

# the middle of the longest edge no node covers and a click there reaches, in page
# coordinates, and the claim page it links to (its evidence); null when there is none
CLEAR_EDGE = f"""async box => {{
  {FRAMES}
  {REACHES}
  const cy = box.cy;
  const covered = (p) => cy.nodes(':visible').some((n) => {{
    const b = n.renderedBoundingBox({{ includeLabels: true }});
    return p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4;
  }});
  const length = (e) => Math.hypot(
    e.source().renderedPosition().x - e.target().renderedPosition().x,
    e.source().renderedPosition().y - e.target().renderedPosition().y);
  const edge = cy.edges(':visible')
    .filter((e) => !covered(e.renderedMidpoint()) && reaches(e.midpoint(), e))
    .sort((a, b) => length(b) - length(a) || (a.id() < b.id() ? -1 : 1))[0];
  return edge ? [...onPage(edge.midpoint()), edge.data('href')] : null;
}}"""

# a point of the node's body a click reaches (its centre unless a label lies on it), in
# page coordinates; null when there is none
NODE_POINT = f"""async (box, id) => {{
  {FRAMES}
  {REACHES}
  const node = box.cy.getElementById(id), centre = node.position(), step = node.width() / 3;
  const points = [[0, 0], [step, 0], [-step, 0], [0, step], [0, -step]]
    .map(([dx, dy]) => ({{ x: centre.x + dx, y: centre.y + dy }}));
  const point = points.find((p) => reaches(p, node));
  return point ? onPage(point) : null;
}}"""


def node_point(page: Page, box: str, node_id: str) -> tuple[float, float]:
    """Where a click reaches a network node, in page coordinates (the graph is a canvas)."""
    point = page.locator(box).evaluate(NODE_POINT, node_id)
    assert point, f"no point of {node_id} is clear of the other nodes' labels"
    return float(point[0]), float(point[1])


def test_an_analyst_reads_isis_k_follows_the_graph_and_asks(
    browser: Browser, seeds_server: str, artifacts: Path
) -> None:
    requests: list[str] = []
    errors: list[str] = []
    page = open_page(browser, seeds_server, requests, errors)
    page.goto(f"{seeds_server}/?q=ISIS-K")
    page.get_by_role("link", name="ISIS-K", exact=True).first.click()
    expect(page.locator("h1")).to_have_text("ISIS-K")

    # the size chart lists both estimates, and the conflict is flagged
    estimates = page.locator("#size-chart .size-estimate")
    expect(estimates).to_have_count(2)
    chart = page.locator("#size-chart").inner_text()
    assert "around 2,500" in chart and "around 1,500 to 2,200" in chart
    drawn(page.locator("#size-chart canvas"))
    expect(page.locator(".flag.conflicting")).to_have_text("1 contested fact")
    contested = page.locator("#contested").inner_text()
    assert "2,500" in contested and "1,500 to 2,200" in contested

    # the map: country polygons from the shipped boundaries, markers for Nangarhar and Kabul
    drawn(page.locator("#map .map-canvas"))
    assert page.locator("#map path.country").count() > 150
    expect(page.locator("#map path.country.shaded")).to_have_count(1)  # Afghanistan
    # Nangarhar and Kunar, bases, are shaded as provinces; Kabul, a city, is a marker
    expect(page.locator("#map path.province.shaded")).to_have_count(2)
    expect(page.locator("#map path.marker-base")).to_have_count(1)
    places = page.locator("#map .places").inner_text()
    assert "Nangarhar" in places and "Kabul" in places
    drawn(page.locator("#graph .network-canvas"))
    page.screenshot(path=str(artifacts / "web-isis-k.png"), full_page=True)

    # the graph leads to the Taliban, whose page shows the rivalry from ISIS-K's side
    page.locator('#graph a.graph-node[data-entity="organization:taliban"]').first.click()
    expect(page.locator("h1")).to_have_text("Taliban")
    graph = page.locator("#graph")
    expect(graph.locator('a.graph-node[data-entity="organization:isis-k"]')).not_to_have_count(0)
    assert "ISIS-K hostile to" in graph.inner_text()
    page.screenshot(path=str(artifacts / "web-taliban.png"), full_page=True)

    # the ask page answers with citations and says the sources conflict
    page.get_by_role("link", name="Ask").click()
    page.get_by_label("Question").fill("How many members does ISIS-K have?")
    page.get_by_role("button", name="Ask").click()
    answer = page.locator("#answer")
    expect(answer).to_contain_text("Sources disagree on member count")
    expect(answer.locator(".verdict")).to_have_text("conflicting")
    citations = answer.locator(".citation").all_inner_texts()
    assert any("numbered around 2,500 people at their height" in c for c in citations)
    assert any("1,500 to 2,200 fighters" in c for c in citations)
    page.screenshot(path=str(artifacts / "web-ask.png"), full_page=True)

    # nothing was fetched from anywhere but the app itself, and nothing was refused
    assert [url for url in requests if not url.startswith(seeds_server)] == []
    assert errors == []
    page.close()


def test_the_network_expands_hop_by_hop_and_an_edge_opens_its_evidence(
    browser: Browser, seeds_server: str, artifacts: Path
) -> None:
    requests: list[str] = []
    errors: list[str] = []
    page = open_page(browser, seeds_server, requests, errors)
    page.goto(f"{seeds_server}/network?entity=organization:haqqani-network")
    box = page.locator(".network-canvas")
    drawn(box)
    expect(box).to_have_attribute("data-nodes", "3")  # Haqqani, its leader, ISIS-K

    # clicking ISIS-K adds its neighbours: the Taliban, the Islamic State...
    page.mouse.click(*node_point(page, ".network-canvas", "organization:isis-k"))
    expect(box).to_have_attribute("data-expanded", "organization:isis-k", timeout=READY_MS)
    nodes = int(box.get_attribute("data-nodes") or 0)
    assert nodes == 7
    page.screenshot(path=str(artifacts / "web-network.png"))

    # the filters hide a kind of relation
    page.get_by_label("rival").uncheck()
    hidden = box.evaluate("box => box.cy.edges('.filtered').map(e => e.data('kind'))")
    assert hidden == ["rival"]
    page.get_by_label("rival").check()

    # clicking an edge (the longest whose middle is clear of every node) opens its claim
    # (which edge that is depends on the layout; an intermediary's edge opens the claim
    # that names it, whose title does not carry the edge's label)
    clear = box.evaluate(CLEAR_EDGE)
    assert clear, "every edge's middle lies under a node or another element"
    x, y, href = clear
    page.mouse.click(x, y)
    expect(page).to_have_url(re.compile(re.escape(href) + "$"), timeout=READY_MS)
    expect(page.locator("li.evidence")).not_to_have_count(0)
    assert [url for url in requests if not url.startswith(seeds_server)] == []
    assert errors == []
    page.close()


def test_a_map_marker_opens_its_evidence(browser: Browser, seeds_server: str) -> None:
    page = open_page(browser, seeds_server, [], [])
    page.goto(f"{seeds_server}/")
    canvas = page.locator("#incidents .map-canvas")
    drawn(canvas)
    assert page.locator("#incidents path.country").count() > 150
    page.locator("#incidents path.marker-event").first.click(force=True)
    page.locator(".leaflet-popup a.evidence-link").click()
    expect(page.locator(".document-text")).to_be_visible()
    page.close()


def test_a_claim_page_shows_every_piece_of_evidence_highlighted(
    browser: Browser, seeds_server: str, artifacts: Path
) -> None:
    page = open_page(browser, seeds_server, [], [])
    page.goto(f"{seeds_server}/entity/organization:isis-k")
    page.locator("#size-chart .size-estimate a").first.click()
    expect(page.locator("h1")).to_contain_text("ISIS-K member count")
    expect(page.locator(".verdict").first).to_have_text("conflicting")
    expect(page.locator("li.evidence")).to_have_count(2)
    marks = page.locator("li.evidence mark").all_inner_texts()
    assert "around 2,500" in marks
    # evidence links to its sentence in the document, where entities link to their pages
    page.locator("li.evidence a", has_text="Who are ISIS-K").first.click()
    expect(page.locator(".document-text a.entity", has_text="Nangarhar").first).to_be_visible()
    page.screenshot(path=str(artifacts / "web-document.png"), full_page=True)
    page.close()
