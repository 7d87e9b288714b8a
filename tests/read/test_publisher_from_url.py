"""An article given only a URL is published by the URL's site."""

from __future__ import annotations

import pytest

from dossier.read.documents import make_document, publisher_from_url


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.example-courier.com/world/2024/03/attack", "example-courier.com"),
        ("https://edition.example-news.com/story", "example-news.com"),
        ("http://example.co.uk/news/1", "example.co.uk"),
        ("example-times.org/a/b", "example-times.org"),
        ("http://localhost:8000/page", None),
        ("https://10.0.0.1/page", None),
        (None, None),
    ],
)
def test_the_site_of_a_url(url: str | None, site: str | None) -> None:
    assert publisher_from_url(url) == site


def test_a_named_publisher_wins_over_the_url() -> None:
    named = make_document("Text.", origin="t", url="https://www.x-news.com/1", publisher="X News")
    unnamed = make_document("Text.", origin="t", url="https://www.x-news.com/1")
    assert (named.publisher, unnamed.publisher) == ("X News", "x-news.com")
