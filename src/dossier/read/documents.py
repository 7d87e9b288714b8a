"""Turn raw text and metadata into a normalised ``Document``."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from urllib.parse import urlsplit

from dossier.errors import InputError
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Document
from dossier.read.language import guess_language

_SPACES = re.compile(r"[^\S\n]+")  # whitespace other than newlines
_BLANK_LINES = re.compile(r"\n{3,}")
# C0/C1 control characters other than tab and newline, and the BOM
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


def normalise_text(text: str) -> str:
    """Unicode NFC, one kind of newline, no control characters, single spaces,
    at most one blank line between paragraphs, no leading or trailing blanks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """Hex SHA-256 of the normalised text: equal texts, equal hashes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published_at(value: object) -> datetime | None:
    """Parse an ISO 8601 date or datetime; None when empty. Raises ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    text = str(value).strip()
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def make_document(
    text: str,
    *,
    origin: str,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published_at: object = None,
    lang: str | None = None,
    notes: tuple[str, ...] = (),
) -> Document:
    """Build a Document: normalised text, stable id, parsed date, language guess.

    Raises InputError when nothing but whitespace is left.

    An unparseable ``published_at`` is dropped with a note rather than failing
    the document: losing the article would be worse than losing its date.
    """
    normalised = normalise_text(text)
    if not normalised:
        raise InputError(origin, "has no text")
    digest = content_hash(normalised)
    notes_list = list(notes)
    try:
        when = parse_published_at(published_at)
    except ValueError:
        when = None
        notes_list.append(f"published_at {str(published_at)!r} is not an ISO date; ignored")
    given_id = str(id).strip() if id is not None and str(id).strip() else None
    return Document(
        id=given_id or digest[:16],
        text=normalised,
        content_hash=digest,
        title=_clean_optional(title),
        url=_clean_optional(url),
        publisher=_clean_optional(publisher) or publisher_from_url(url),
        published_at=when,
        lang=(lang or "").strip().lower() or guess_language(normalised),
        origin=origin,
        id_given=given_id is not None,
        notes=tuple(notes_list),
    )


def publisher_from_url(url: str | None) -> str | None:
    """The site of an article's URL, as its publisher when none is named:
    'https://www.example-news.com/world/123' -> 'example-news.com'."""
    if not url:
        return None
    url = url.strip()
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").rstrip(".")
    labels = [label for label in host.split(".") if label]
    prefixes = words(lexicon("publishers"), "site_prefixes")
    while len(labels) > 2 and labels[0] in prefixes:
        labels.pop(0)
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return None  # 'localhost', an IP address: no site to name
    return ".".join(labels)


def _clean_optional(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None
