"""The web app over a realistic knowledge base, the 75 articles of ../shared/eval/news
(skipped without it), in headless Chromium: the screenshots of the home page, a group's
page and the network page go to test-artifacts/ for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from spacy.language import Language

from dossier import ingest
from dossier.evaluation.news import read_news_doc, write_jsonl
from dossier.store import KnowledgeBase
from dossier.web import create_app
from dossier.web.server import running
from tests.helpers import shared_path
from tests.web.waits import drawn

PANELS = ("#map", "#graph", "#timeline-panel", "#size-chart")


@pytest.fixture(scope="module")
def news_server(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[str]:
    """The app over the news articles, ingested once for the module with their URLs and
    publication dates (as `dossier eval news` feeds them), so reports of one incident link."""
    articles = sorted(shared_path("eval/news/docs").glob("*.txt"))
    scratch = tmp_path_factory.mktemp("news")
    records = write_jsonl((read_news_doc(path) for path in articles), scratch / "news.jsonl")
    db = scratch / "kb.db"
    with KnowledgeBase(db) as kb:
        ingest(kb, [records])
    with running(create_app(db)) as url:
        yield url


def watched(browser: Browser, requests: list[str], errors: list[str]) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page


def test_home_group_and_network_pages_over_the_news_articles(
    browser: Browser, news_server: str, artifacts: Path
) -> None:
    requests: list[str] = []
    errors: list[str] = []
    page = watched(browser, requests, errors)

    # the home page: the latest incidents on a map of the world, the most reported groups
    page.goto(news_server + "/")
    drawn(page.locator("#incidents .map-canvas"))
    assert page.locator("#incidents path.country").count() > 150
    assert page.locator("#incidents path.marker-event").count() > 10
    expect(page.locator("#organisations li")).not_to_have_count(0)
    page.screenshot(path=str(artifacts / "web-news-home.png"), full_page=True)

    # the group with the most pictures among the most reported
    links = page.locator("#organisations li > a").evaluate_all("links => links.map(a => a.href)")
    best, shown = "", -1
    for link in links[:8]:
        page.goto(link)
        count = sum(page.locator(panel).count() for panel in PANELS)
        if count > shown:
            best, shown = link, count
    assert shown >= 3
    page.goto(best)
    pictures = ".map-canvas, .network-canvas, canvas[data-timeline], canvas[data-sizes]"
    for canvas in page.locator(pictures).all():
        drawn(canvas)
    if page.locator("#map").count():
        assert page.locator("#map path.country").count() > 150
    page.screenshot(path=str(artifacts / "web-news-group.png"), full_page=True)
    page.locator(".panels").screenshot(path=str(artifacts / "web-news-group-pictures.png"))

    # the network of the whole corpus
    page.goto(news_server + "/network")
    box = page.locator(".network-canvas")
    drawn(box)
    assert int(box.get_attribute("data-nodes") or 0) > 20
    page.screenshot(path=str(artifacts / "web-news-network.png"), full_page=True)

    assert [url for url in requests if not url.startswith(news_server)] == []
    assert errors == []
    page.close()


def test_a_group_page_shows_founding_sizes_leaders_and_events(
    browser: Browser, news_server: str
) -> None:
    """Issue 12: among the most reported groups, one page at least shows its founding, two
    size estimates, its leaders and its major events."""
    errors: list[str] = []
    page = watched(browser, [], errors)
    page.goto(news_server + "/")
    links = page.locator("#organisations li > a").evaluate_all("links => links.map(a => a.href)")
    complete = []
    for link in links:
        page.goto(link)
        shown = {
            "founding": page.locator("#founding li").count(),
            "sizes": page.locator("#size tbody tr").count(),
            "leaders": page.locator("#leadership li").count(),
            "events": page.locator("#events li").count(),
        }
        if shown["founding"] and shown["sizes"] >= 2 and shown["leaders"] and shown["events"]:
            complete.append(link)
    assert complete, "no group page shows founding, two sizes, leaders and events"
    assert errors == []
    page.close()


def test_the_contested_page_lists_the_conflicting_tolls(browser: Browser, news_server: str) -> None:
    """Issue 12: the contested page lists the incidents whose sources give different tolls
    (the news corpus has several: Beirut 2015, Karrada 2016, Solhan 2021...), each figure
    with its source."""
    errors: list[str] = []
    page = watched(browser, [], errors)
    page.goto(news_server + "/contested")
    tolls = page.locator("section.toll")
    assert tolls.count() >= 2
    assert tolls.first.locator("li").count() >= 2
    assert errors == []
    page.close()
