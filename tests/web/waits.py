"""How long the web tests wait: CI runs them on 2 cores other jobs keep busy, where a page
drawing, a first answer or a server start can take many seconds. A wait that ends sooner
on success costs nothing; one that gives up too soon fails a correct app by chance."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

# a picture (map, network, chart) draws after the page has painted
READY_MS = 30_000

# an HTTP answer from the app under test (httpx's own default is 5 s)
HTTP_SECONDS = 60.0


def drawn(picture: Locator) -> None:
    """Wait until a picture (map, network, chart) says it is drawn."""
    expect(picture).to_have_attribute("data-ready", "true", timeout=READY_MS)
