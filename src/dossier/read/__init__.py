"""Read: files, directories, records, feeds and stdin into normalised Documents."""

from dossier.read.documents import make_document, normalise_text
from dossier.read.options import INPUT_FORMATS, ReadOptions
from dossier.read.sources import read_sources

__all__ = ["INPUT_FORMATS", "ReadOptions", "make_document", "normalise_text", "read_sources"]
