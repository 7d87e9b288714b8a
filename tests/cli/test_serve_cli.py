"""`dossier serve` as a user runs it: a process that serves until stopped."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from dossier.web.server import free_port
from tests.cli.test_cli import run


def serve(*args: object) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "dossier", "serve", *map(str, args)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(url: str, process: subprocess.Popen[str]) -> httpx.Response:
    deadline = time.monotonic() + 180  # a busy 2-core machine starts a process slowly
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            return httpx.get(url, timeout=60)  # the first page builds the app's views
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} never answered")


def test_serve_is_read_only_by_default_and_prints_a_token_for_uploads(sahel_db: Path) -> None:
    port = free_port()
    process = serve("--db", sahel_db, "--port", port)
    try:
        page = wait_for(f"http://127.0.0.1:{port}/", process)
        assert page.status_code == 200 and "Sahel Liberation Front" in page.text
        upload = httpx.post(
            f"http://127.0.0.1:{port}/api/documents",
            files={"file": ("a.txt", b"Text.")},
            timeout=60,
        )
        assert upload.status_code == 403
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out and "read-only" in out

    port = free_port()
    process = serve("--db", sahel_db, "--port", port, "--allow-ingest")
    try:
        wait_for(f"http://127.0.0.1:{port}/", process)
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert "uploads are on; token: " in out


def test_serve_refuses_a_missing_knowledge_base(tmp_path: Path) -> None:
    code, _, err = run("serve", "--db", tmp_path / "typo.db")
    assert code == 1 and "no knowledge base at" in err
    assert not (tmp_path / "typo.db").exists()
