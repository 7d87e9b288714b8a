"""HTML pages: the article's main text and the page's own metadata."""

from __future__ import annotations

import logging
from html.parser import HTMLParser

import trafilatura

from dossier.errors import InputError
from dossier.model import Document
from dossier.read.documents import make_document
from dossier.read.options import ReadOptions

# Only the page's metadata gives a date: never a date guessed from the prose.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# trafilatura reports malformed markup through logging; the reader reports it instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


_HIDDEN = frozenset({"script", "style", "noscript", "template"})


class _VisibleText(HTMLParser):
    """All text outside script, style, noscript and template elements. A tokenizer, not a
    tree: lxml (and trafilatura over it) drops everything nested deeper than 255 elements,
    this does not."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment (feed summaries, pages trafilatura gives up on,
    however deeply nested)."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return "\n".join(line.strip() for line in "".join(parser.parts).splitlines())


def read_html(
    html: str, origin: str, options: ReadOptions, notes: tuple[str, ...] = ()
) -> Document:
    """One article from an HTML page: main text by trafilatura, title/URL/date from metadata."""
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, date_extraction_params=_DATE_PARAMS
    )
    text = (getattr(extracted, "text", None) or "").strip()
    if not text:
        text = html_to_text(html).strip()
        notes = (*notes, "no main article text found; used all visible text")
    if not text:
        raise InputError(origin, "holds no readable text (is it an HTML page?)")
    return make_document(
        text,
        origin=origin,
        title=getattr(extracted, "title", None),
        url=getattr(extracted, "url", None),
        publisher=getattr(extracted, "sitename", None) or options.publisher,
        published_at=getattr(extracted, "date", None) or options.published_at,
        notes=notes,
    )
