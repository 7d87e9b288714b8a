"""The background server used by the browser tests and the page benchmark starts even
when the port it probed is taken before uvicorn binds it."""

from __future__ import annotations

import socket

import httpx
import pytest
from fastapi import FastAPI

from dossier.web import server
from tests.web.waits import HTTP_SECONDS


def test_a_port_taken_between_probe_and_bind_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    app = FastAPI()

    @app.get("/ping")
    def ping() -> dict[str, str]:
        return {"answer": "pong"}

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        probes = iter([taken])
        real_free_port = server.free_port
        monkeypatch.setattr(server, "free_port", lambda: next(probes, None) or real_free_port())
        with server.running(app) as base:
            assert not base.endswith(f":{taken}")
            reply = httpx.get(f"{base}/ping", timeout=HTTP_SECONDS)
    assert reply.json() == {"answer": "pong"}
