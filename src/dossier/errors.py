"""Errors raised by Dossier.

Every error Dossier raises on purpose is a ``DossierError``; its message names
the input that was wrong and, where there is one, what to do about it. Each
class carries a short code so messages can be looked up in ``docs/errors.md``.

    DossierError
     ├── InputError          an input (file, line, record, stream) cannot be read
     ├── StoreError          the knowledge base cannot be opened or written
     │    └── NotADatabaseError
     ├── ModelError          the spaCy pipeline cannot be loaded or built
     ├── OntologyError       an ontology file is malformed
     ├── ClusterError        a Dask cluster cannot be reached or is wrongly named
     └── NotFoundError       a document, entity or claim id that is not stored
"""

from __future__ import annotations


class DossierError(Exception):
    """Base class of every error Dossier raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class InputError(DossierError):
    """An input cannot be read: unreadable, binary, badly encoded or malformed."""

    code = "E100"

    def __init__(self, input_name: str, problem: str) -> None:
        super().__init__(f"{input_name}: {problem}")
        self.input_name = input_name
        self.problem = problem


class StoreError(DossierError):
    """The knowledge base cannot be opened, migrated or written."""

    code = "E200"


class NotADatabaseError(StoreError):
    """The file given as a knowledge base exists but is not one."""

    code = "E201"


class ModelError(DossierError):
    """The spaCy pipeline cannot be loaded or assembled."""

    code = "E300"


class OntologyError(DossierError):
    """An ontology file is missing, unreadable or has the wrong shape."""

    code = "E400"


class ClusterError(DossierError):
    """The Dask cluster given for ingest cannot be started or reached."""

    code = "E500"


class NotFoundError(DossierError):
    """A document, entity or claim that the knowledge base does not hold."""

    code = "E404"
