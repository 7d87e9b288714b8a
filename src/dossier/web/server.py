"""Serving the app in a background thread, on a free loopback port: for the browser
tests, the page-load benchmark, and anyone embedding Dossier in a notebook."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI

# Debian's Chromium, as the browser tests and the page-load benchmark drive it: headless,
# offline, and not its own download (which needs the network)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(app: FastAPI, start_timeout: float = 30.0, attempts: int = 5) -> Iterator[str]:
    """Serve `app` until the block ends; yields its base URL."""
    for _ in range(attempts):
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=_serve, args=(server,), daemon=True)
        thread.start()
        if _started(server, thread, start_timeout):
            break
        # the free port was taken between probing and binding: try another
    else:
        raise RuntimeError("the web app did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _serve(server: uvicorn.Server) -> None:
    # uvicorn exits when it cannot bind; `running` then tries another port
    with contextlib.suppress(SystemExit):
        server.run()


def _started(server: uvicorn.Server, thread: threading.Thread, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive():
            return False
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    return True
