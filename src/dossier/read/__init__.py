"""Read: files, directories, records, feeds and stdin into normalised Documents.

The names below load on first use, so a module that needs only the fingerprints or
the read options does not pay for the HTML and feed parsers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_PUBLIC = {
    "INPUT_FORMATS": "dossier.read.options",
    "ReadOptions": "dossier.read.options",
    "make_document": "dossier.read.documents",
    "normalise_text": "dossier.read.documents",
    "read_sources": "dossier.read.sources",
}

__all__ = ["INPUT_FORMATS", "ReadOptions", "make_document", "normalise_text", "read_sources"]

if TYPE_CHECKING:
    from dossier.read.documents import make_document, normalise_text
    from dossier.read.options import INPUT_FORMATS, ReadOptions
    from dossier.read.sources import read_sources


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'dossier.read' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
