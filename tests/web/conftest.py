"""A real server for the web tests: uvicorn in a thread, on a free loopback port."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.web import create_app
from dossier.web.server import running


@pytest.fixture(scope="module")
def seeds_server(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The web app over a copy of the seed knowledge base."""
    db = shutil.copy(seeds_db, tmp_path_factory.mktemp("web") / "kb.db")
    with running(create_app(db)) as url:
        yield url
