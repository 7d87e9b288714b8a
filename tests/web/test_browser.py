"""The web app in real headless Chromium over the seed knowledge base: what an analyst
sees and clicks. Screenshots go to test-artifacts/."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect


def open_page(browser: Browser, base: str, requests: list[str]) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.on("request", lambda request: requests.append(request.url))
    return page


def test_an_analyst_reads_isis_k_follows_the_graph_and_asks(
    browser: Browser, seeds_server: str, artifacts: Path
) -> None:
    requests: list[str] = []
    page = open_page(browser, seeds_server, requests)
    page.goto(f"{seeds_server}/?q=ISIS-K")
    page.get_by_role("link", name="ISIS-K", exact=True).first.click()
    expect(page.locator("h1")).to_have_text("ISIS-K")

    # the size chart shows both estimates, and the conflict is flagged
    estimates = page.locator("#size-chart .size-estimate")
    expect(estimates).to_have_count(2)
    chart = page.locator("#size-chart").inner_text()
    assert "around 2,500" in chart and "around 1,500 to 2,200" in chart
    expect(page.locator(".flag.conflicting")).to_have_text("1 contested fact")
    contested = page.locator("#contested").inner_text()
    assert "2,500" in contested and "1,500 to 2,200" in contested

    # the map has markers for Nangarhar and Kabul, drawn without tiles
    expect(page.locator('#map .map-marker[data-gazetteer="AF-NAN"]')).to_have_count(1)
    kabul = page.locator("#map .map-marker", has_text="Kabul")
    expect(kabul).to_have_count(1)
    page.screenshot(path=str(artifacts / "web-isis-k.png"), full_page=True)

    # the graph leads to the Taliban, whose page shows the rivalry from ISIS-K's side
    page.locator('#graph a.graph-node[data-entity="organization:taliban"]').click()
    expect(page.locator("h1")).to_have_text("Taliban")
    graph = page.locator("#graph")
    expect(graph.locator('a.graph-node[data-entity="organization:isis-k"]')).to_have_count(1)
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

    # nothing was fetched from anywhere but the app itself
    assert [url for url in requests if not url.startswith(seeds_server)] == []
    page.close()


def test_a_claim_page_shows_every_piece_of_evidence_highlighted(
    browser: Browser, seeds_server: str, artifacts: Path
) -> None:
    page = open_page(browser, seeds_server, [])
    page.goto(f"{seeds_server}/entity/organization:isis-k")
    page.locator("#size-chart .size-estimate").first.click()
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
