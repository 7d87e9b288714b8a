"""Plain-text and Markdown articles."""

from __future__ import annotations

import re

from dossier.model import Document
from dossier.read.documents import make_document
from dossier.read.options import ReadOptions

_MAX_TITLE_CHARS = 200
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


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
    """One article from a text or Markdown file; a title-like first line is its title."""
    return make_document(
        text,
        origin=origin,
        title=first_line_title(text, markdown),
        publisher=options.publisher,
        published_at=options.published_at,
        notes=notes,
    )
