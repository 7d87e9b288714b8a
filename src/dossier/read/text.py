"""Plain-text and Markdown articles."""

from __future__ import annotations

import re

from dossier.knowledge.lexicons import lexicon
from dossier.model import Document
from dossier.read.documents import make_document
from dossier.read.options import ReadOptions

_MAX_TITLE_CHARS = 200
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_BARE_URL = re.compile(r"https?://\S+")
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z ]{0,30}):\s*(.*)")
HEADER_FIELDS: dict[str, str] = lexicon("reading")["text_header_fields"]


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header lines a saved article opens with (a bare URL, then 'Title: ...',
    'Date: ...' lines) as document fields, and the text after them. Text that does not
    open so is returned whole, with no fields."""
    fields: dict[str, str] = {}
    lines = text.splitlines()
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at < len(lines) and _BARE_URL.fullmatch(lines[at].strip()):
        fields["url"] = lines[at].strip()
        at += 1
    while at < len(lines):
        line = lines[at].strip()
        found = _HEADER_LINE.fullmatch(line)
        field = HEADER_FIELDS.get(found.group(1).strip().lower()) if found else None
        if line and (found is None or field is None):
            break
        if found and field and found.group(2).strip():
            fields.setdefault(field, found.group(2).strip())
        at += 1
    if not fields:
        return {}, text
    return fields, "\n".join(lines[at:])


def looks_like_title(line: str) -> bool:
    """Short, and not a sentence that ends in a full stop: 'Who are ISIS-K?' is a title."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_TITLE_CHARS
        and len(stripped.split()) <= 25
        and not stripped.endswith((".", ",", ";", ":"))
    )


def first_line_title(text: str, markdown: bool) -> str | None:
    for line in text.splitlines():
        if not line.strip():
            continue
        candidate = _MARKDOWN_HEADING.sub("", line).strip() if markdown else line.strip()
        return candidate if looks_like_title(candidate) else None
    return None


def read_text(
    text: str,
    origin: str,
    options: ReadOptions,
    markdown: bool = False,
    notes: tuple[str, ...] = (),
) -> Document:
    """One article from a text or Markdown file. Header lines it opens with give its URL,
    title and date (what the user passed on the command line wins); otherwise a title-like
    first line is its title."""
    fields, body = split_header(text)
    return make_document(
        body,
        origin=origin,
        title=fields.get("title") or first_line_title(body, markdown),
        url=fields.get("url"),
        publisher=options.publisher or fields.get("publisher"),
        published_at=options.published_at or fields.get("published_at"),
        notes=notes,
    )
