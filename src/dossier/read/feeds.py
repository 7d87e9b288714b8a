"""RSS and Atom feed files: one article per entry."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from dossier.errors import InputError
from dossier.model import Document
from dossier.read.documents import make_document
from dossier.read.html import html_to_text
from dossier.read.options import ReadOptions

ReadResult = Document | InputError


def _entry_text(entry: Any) -> str:
    """The fullest body an entry offers: content, else summary; HTML turned into text."""
    bodies = [part.get("value", "") for part in entry.get("content", [])]
    bodies.append(entry.get("summary", ""))
    body = max(bodies, key=len)
    return html_to_text(body) if "<" in body else body


def _entry_date(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def read_feed(data: bytes, name: str, options: ReadOptions) -> Iterator[ReadResult]:
    """Documents from a feed's entries; the feed's title is their publisher."""
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = "is not a readable RSS/Atom feed" if feed.bozo else "is a feed with no entries"
        yield InputError(name, problem)
        return
    publisher = feed.feed.get("title") or options.publisher
    for number, entry in enumerate(feed.entries, start=1):
        origin = f"{name}#entry{number}"
        text = _entry_text(entry)
        if not text.strip():
            yield InputError(origin, "has no text")
            continue
        yield make_document(
            text,
            origin=origin,
            id=entry.get("id"),
            title=entry.get("title"),
            url=entry.get("link"),
            publisher=publisher,
            published_at=_entry_date(entry) or options.published_at,
        )
