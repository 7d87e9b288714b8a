"""Dask's own waits for the cluster tests. Its defaults (30 s to connect, 30 s of silence on
a connection) are met on an idle machine, but CI runs on 2 cores other jobs keep busy,
where a worker process starting (or restarted by its nanny) can be slower; a wait that
ends sooner on success costs nothing. Workers inherit the setting from their nanny."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

PATIENCE = "180s"


@pytest.fixture(scope="session", autouse=True)
def patient_dask() -> Iterator[None]:
    import dask

    timeouts = {"connect": PATIENCE, "tcp": PATIENCE}
    with dask.config.set({"distributed.comm.timeouts": timeouts}):
        yield
