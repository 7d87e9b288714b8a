"""Article text carrying script payloads is shown as text on every page, never run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser

from dossier import KnowledgeBase, ingest
from dossier.web import create_app
from dossier.web.server import running
from tests.corpus import COURIER, GROUP, HARBOR, LEDGER, write_jsonl
from tests.web.waits import HTTP_SECONDS

SCRIPT = "<script>window.pwned = 1</script>"
IMAGE = '<img src=x onerror="window.pwned = 2">'
HOSTILE = (
    {**LEDGER, "title": f"Who is the Sahel Liberation Front? {SCRIPT}"},
    {
        **COURIER,
        "text": COURIER["text"].replace("officials said.", f"officials said {IMAGE}."),
    },
    {**HARBOR, "text": HARBOR["text"] + f" A witness wrote {SCRIPT} on a wall."},
)
RAW = ("<script>window.pwned", "<img src=x onerror")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    with KnowledgeBase(folder / "kb.db") as kb:
        ingest(kb, [write_jsonl(folder / "hostile.jsonl", *HOSTILE)])
    return folder / "kb.db"


@pytest.fixture(scope="module")
def server(hostile_db: Path) -> Iterator[str]:
    with running(create_app(hostile_db)) as base:
        yield base


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    # the first question waits for the embedding model, which loads in the background
    with httpx.Client(base_url=server, timeout=HTTP_SECONDS) as http:
        yield http


def member_claim(client: httpx.Client) -> str:
    claims = client.get("/api/claims", params={"subject": GROUP, "predicate": "member_count"})
    ids = [
        c["id"] for c in claims.json()["items"] if c["evidence"][0]["document_id"] == "courier-7"
    ]
    assert ids, "the Courier's member count is extracted despite the payload"
    return ids[0]


def pages(client: httpx.Client) -> list[str]:
    return [
        "/",
        "/?q=Sahel",
        "/?q=witness",
        f"/entity/{GROUP}",
        "/network",
        f"/network?entity={GROUP}",
        "/contested",
        "/document/ledger-1",
        "/document/courier-7",
        "/document/harbor-3",
        f"/claim/{member_claim(client)}",
        "/ask?q=How many fighters does the SLF have?",
        "/ask?q=Who wrote on a wall?",
        f"/ask?q={SCRIPT}",
        f"/?q={IMAGE}",
    ]


def test_every_page_escapes_article_text(client: httpx.Client) -> None:
    shown = ""
    for path in pages(client):
        response = client.get(path)
        assert response.status_code == 200, path
        assert not any(raw in response.text for raw in RAW), path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        shown += response.text
    # the payloads are there, as text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=" in shown


def test_the_api_returns_text_as_data(client: httpx.Client) -> None:
    document = client.get("/api/documents/courier-7").json()
    text = "".join(s["text"] for sentence in document["sentences"] for s in sentence["segments"])
    assert IMAGE in text  # the JSON carries the text as it is; escaping is the page's job


def test_nothing_runs_in_a_real_browser(
    browser: Browser, client: httpx.Client, server: str
) -> None:
    page = browser.new_page()
    for path in pages(client):
        page.goto(server + path)
        assert page.evaluate("window.pwned") is None, path
    page.close()
