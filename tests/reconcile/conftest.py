"""The knowledge base of the export tests (tests/render/conftest.py), for the relations
they read."""

from tests.render.conftest import ties_db

__all__ = ["ties_db"]
