"""Issue 15 over a real uvicorn server on loopback: uploads refused before their body is
read, bodies capped while streaming, re-uploads replacing, local API docs, the Host
header, HEAD."""

from __future__ import annotations

import re
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dossier.store import KnowledgeBase
from dossier.web import create_app
from dossier.web.server import running
from tests.web.waits import HTTP_SECONDS

TOKEN = "s3cret"
CHUNK = b"x" * (1 << 20)  # 1 MiB
# an answer given before the body is read comes at once on an idle machine, but a busy CI
# machine may take seconds to schedule the server's thread; a server that waited for the
# body would leave the upload running its full 30 s (and the byte counts show it anyway)
PROMPT_SECONDS = 10.0


def written_bytes() -> int:
    """Bytes this process has passed to write() (files, pipes; socket sends are not
    counted): what an upload spooled to disk shows up in."""
    text = Path("/proc/self/io").read_text()
    return int(re.search(r"^wchar: (\d+)$", text, re.M).group(1))  # type: ignore[union-attr]


def stream_upload(
    base: str, path: str, headers: dict[str, str], total: int, chunked: bool = False
) -> tuple[int | None, float, int]:
    """POST a multipart body of `total` bytes, produced lazily, over a raw socket, and stop
    sending as soon as the server answers. (status, seconds to the answer, bytes sent)."""
    host, port = base.removeprefix("http://").split(":")
    boundary = "dossierboundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"'
        "\r\nContent-Type: text/plain\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    count = total // len(CHUNK)
    length = len(head) + count * len(CHUNK) + len(tail)
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}"]
    lines.append(f"Content-Type: multipart/form-data; boundary={boundary}")
    lines.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {length}")
    lines += [f"{name}: {value}" for name, value in headers.items()]
    sent = 0
    started = time.monotonic()
    with socket.create_connection((host, int(port))) as connection:
        connection.settimeout(0.0)
        connection.sendall("\r\n".join(lines).encode() + b"\r\n\r\n")
        pieces = iter([head, *(CHUNK for _ in range(count)), tail, *([b""] if chunked else [])])
        answer = b""
        while time.monotonic() - started < 30:
            try:
                answer += connection.recv(65536)
            except BlockingIOError:
                pass
            except ConnectionError:
                break
            if b"\r\n" in answer:
                break
            piece = next(pieces, None)
            if piece is None:
                time.sleep(0.01)
                continue
            data = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
            try:
                connection.setblocking(True)
                connection.settimeout(5)
                connection.sendall(data)
                sent += len(piece)
            except (ConnectionError, TimeoutError):
                pass
            finally:
                connection.settimeout(0.0)
        seconds = time.monotonic() - started
    match = re.match(rb"HTTP/1\.1 (\d{3})", answer)
    return (int(match.group(1)) if match else None), seconds, sent


@pytest.fixture
def upload_server(sahel_db: Path, tmp_path: Path) -> Iterator[str]:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    app = create_app(db, allow_ingest=True, token=TOKEN, max_upload_bytes=64 * 1024)
    with running(app) as base:
        yield base


@pytest.mark.parametrize("path", ["/api/documents", "/upload"])
def test_a_huge_upload_without_a_token_is_refused_before_its_body_is_read(
    upload_server: str, path: str
) -> None:
    before = written_bytes()
    status, seconds, sent = stream_upload(upload_server, path, {}, total=300 << 20)
    spooled = written_bytes() - before
    # the API refuses the missing token at once; the form (token inside the body) by size
    assert status == (401 if path == "/api/documents" else 413)
    assert seconds < PROMPT_SECONDS
    assert spooled < 10 << 20
    assert sent < 100 << 20


def test_a_streamed_body_without_a_length_is_cut_off_at_the_cap(upload_server: str) -> None:
    before = written_bytes()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    status, seconds, _ = stream_upload(
        upload_server, "/api/documents", headers, total=300 << 20, chunked=True
    )
    assert status == 413
    assert seconds < PROMPT_SECONDS
    assert written_bytes() - before < 10 << 20


def test_uploads_off_are_refused_before_the_body_is_read(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with running(create_app(db)) as base:
        before = written_bytes()
        status, seconds, _ = stream_upload(base, "/api/documents", {}, total=300 << 20)
        assert status == 403 and seconds < PROMPT_SECONDS
        assert written_bytes() - before < 10 << 20


def test_a_re_uploaded_edited_file_replaces_the_first(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    app = create_app(db, allow_ingest=True, token=TOKEN)
    first = b"The Sahel Liberation Front is allied with the Ansar Dine group, officials said."
    edited = first + b" The Gao Tribune reported it on Monday."
    token = {"Authorization": f"Bearer {TOKEN}"}
    with running(app) as base, httpx.Client(base_url=base, timeout=HTTP_SECONDS) as client:
        before = client.get("/api/documents").json()["total"]
        added = client.post("/api/documents", files={"file": ("note.txt", first)}, headers=token)
        assert added.status_code == 200 and len(added.json()["added"]) == 1
        again = client.post("/api/documents", files={"file": ("note.txt", edited)}, headers=token)
        assert again.status_code == 200
        assert len(again.json()["replaced"]) == 1, again.json()
        documents = client.get("/api/documents", params={"limit": 200}).json()
        assert documents["total"] == before + 1
    with KnowledgeBase(db) as kb:
        [stored] = [d for d in kb.documents() if d.id == again.json()["replaced"][0]]
    assert stored.origin == "note.txt"  # the file's name, not a server temp path


def test_api_docs_work_offline_under_the_apps_own_csp(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with (
        running(create_app(db)) as base,
        httpx.Client(base_url=base, timeout=HTTP_SECONDS) as client,
    ):
        docs = client.get("/api/docs")
        assert docs.status_code == 200
        page = docs.text
        assert "/api/openapi.json" in page and "/api/entities" in page
        # no outside origin, and no inline script (the CSP allows neither)
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)
        for asset in re.findall(r"""(?:src|href)="(/static/[^"]+)""", page):
            assert client.get(asset).status_code == 200, asset


def test_a_foreign_host_header_is_refused(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with (
        running(create_app(db)) as base,
        httpx.Client(base_url=base, timeout=HTTP_SECONDS) as client,
    ):
        port = base.rsplit(":", 1)[1]
        for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example"):
            response = client.get("/api/entities", headers={"Host": host})
            assert response.status_code == 400, host
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "localhost"):
            assert client.get("/api/entities", headers={"Host": host}).status_code == 200, host


def test_head_of_a_page_is_200_without_a_body(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    with (
        running(create_app(db)) as base,
        httpx.Client(base_url=base, timeout=HTTP_SECONDS) as client,
    ):
        for path in ("/", "/api/entities", "/contested"):
            response = client.head(path)
            assert response.status_code == 200, path
            assert response.content == b""
            assert "Content-Security-Policy" in response.headers


def test_the_token_is_compared_in_constant_time() -> None:
    source = (Path(__file__).parents[2] / "src/dossier/web").rglob("*.py")
    text = "\n".join(path.read_text() for path in source)
    assert "compare_digest" in text
    assert '!= f"Bearer' not in text and "authorization != " not in text
