"""What the home page says about the corpus, from small inputs built by hand; and what an
empty knowledge base shows (no empty sections)."""

from __future__ import annotations

from pathlib import Path

import httpx

from dossier.model.records import DocumentSummary
from dossier.web import create_app
from dossier.web.pages._shared import short_addresses
from dossier.web.pages.home import publisher_of
from dossier.web.server import running
from tests.web.waits import HTTP_SECONDS


def summary(
    title: str | None, publisher: str | None = None, origin: str | None = None
) -> DocumentSummary:
    return DocumentSummary("d1", title, publisher, None, "en", 100, "d1", origin)


def test_a_document_publisher_is_its_own_else_its_site_else_unknown() -> None:
    assert publisher_of(summary("https://www.example.org/a/b", "Example Daily")) == "Example Daily"
    assert publisher_of(summary("https://www.example.org/a/b")) == "example.org"
    assert (
        publisher_of(summary("A title", origin="http://news.example.net/x")) == "news.example.net"
    )
    assert publisher_of(summary("A title", origin="/data/article.txt")) == "unknown"
    assert publisher_of(summary(None)) == "unknown"


def test_article_addresses_in_a_summary_are_cut_to_their_site() -> None:
    text = "1990 (according to “https://www.example.org/2020/05/story/”); 1991 (a report)"
    assert short_addresses(text) == "1990 (according to example.org); 1991 (a report)"


def test_an_empty_knowledge_base_shows_no_empty_sections(tmp_path: Path) -> None:
    app = create_app(tmp_path / "kb.db")
    with running(app) as base, httpx.Client(base_url=base, timeout=HTTP_SECONDS) as http:
        home = http.get("/").text
        for section in (
            'id="incidents"',
            'id="organisations"',
            'id="contested-facts"',
            'id="corpus"',
        ):
            assert section not in home
        assert "Nothing reported" not in home
        network = http.get("/network")
        assert network.status_code == 200 and "network-canvas" not in network.text
        assert http.get("/api/network").json()["edges"] == []
        assert http.get("/api/map").json() == {"markers": [], "countries": []}
        assert http.get("/api/timeline").json() == []
