"""What every request passes before a page or an endpoint sees it (pure ASGI, so nothing
reads a request body it is about to refuse):

- the `Host` header must name the host the server is bound to (on loopback: `localhost`,
  `127.0.0.1`, `::1`), so a page on another site cannot reach the app by DNS rebinding;
- `HEAD` is answered as `GET` without the body;
- uploads (`POST /api/documents`, `POST /upload`) are refused from their headers alone
  when uploads are off (403), when the API's bearer token is missing or wrong (401), or
  when `Content-Length` is over the limit (413); a body without a length is counted as it
  streams in and cut off at the limit (413).
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
from collections.abc import Iterable
from typing import Any

from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dossier.web.pages._render import error_page

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::", "")
UPLOAD_PATHS = ("/api/documents", "/upload")
# A multipart body is the file plus its part headers and the form's other fields.
FORM_ALLOWANCE = 64 * 1024


def allowed_hosts(bound: str) -> frozenset[str] | None:
    """The `Host` names a server bound to `bound` answers to; None: any (a wildcard
    address, reachable under names it cannot know)."""
    host = bound.strip("[]").lower()
    if host in WILDCARDS:
        return None
    if host in LOOPBACK_NAMES or _is_loopback(host):
        return frozenset({*LOOPBACK_NAMES, host})
    return frozenset({host})


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a `Host` header, without its port or IPv6 brackets."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def token_matches(authorization: str | None, token: str | None) -> bool:
    """The bearer token, compared in constant time."""
    if not token or authorization is None:
        return False
    return hmac.compare_digest(authorization.encode(), f"Bearer {token}".encode())


class BodyTooLarge(Exception):
    pass


class RequestGuard:
    """The checks above, in front of the app (see the module's docstring)."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str] | None) -> None:
        self.app = app
        self.hosts = frozenset(hosts) if hosts is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        if self.hosts is not None and host_name(headers.get("host", "")) not in self.hosts:
            refusal = PlainTextResponse("this server does not answer to that Host", 400)
            await refusal(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            await self.app({**scope, "method": "GET"}, receive, _without_body(send))
            return
        if scope["method"] == "POST" and scope["path"] in UPLOAD_PATHS:
            await self._upload(scope, receive, send, headers)
            return
        await self.app(scope, receive, send)

    async def _upload(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[str, str]
    ) -> None:
        state = scope["app"].state
        limit = int(state.max_upload_bytes) + FORM_ALLOWANCE
        refusal = _refusal(state, scope["path"], headers, limit)
        if refusal is not None:
            status, message, extra = refusal
            await _reply(scope, status, message, extra)(scope, receive, send)
            return
        received = 0
        over = False
        answered = False

        async def counted() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    raise BodyTooLarge
            return message

        async def sending(message: Message) -> None:
            nonlocal answered
            if over:
                return  # the app's answer to a cut-off body is replaced by the 413 below
            answered = True
            await send(message)

        with contextlib.suppress(BodyTooLarge):
            await self.app(scope, counted, sending)
        if over and not answered:
            message = f"the upload is larger than {state.max_upload_bytes:,} bytes"
            await _reply(scope, 413, message, {})(scope, receive, send)


def _refusal(
    state: Any, path: str, headers: dict[str, str], limit: int
) -> tuple[int, str, dict[str, str]] | None:
    """(status, message, headers) when the request's headers already settle it."""
    if not state.allow_ingest:
        return 403, "uploads are off: start the server with --allow-ingest", {}
    if path.startswith("/api/") and not token_matches(headers.get("authorization"), state.token):
        message = "a valid token is required (Authorization: Bearer <token>)"
        return 401, message, {"WWW-Authenticate": "Bearer"}
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        return 413, f"the upload is larger than {state.max_upload_bytes:,} bytes", {}
    return None


def _reply(scope: Scope, status: int, message: str, headers: dict[str, str]) -> Response:
    """JSON for the API, the error page for the form; the connection is closed, so the
    body the client is still sending is never read."""
    response: Response
    if scope["path"].startswith("/api/"):
        response = JSONResponse({"detail": message}, status_code=status, headers=headers)
    else:
        response = error_page(Request(scope), status, message)
    response.headers["Connection"] = "close"
    return response


def _without_body(send: Send) -> Send:
    async def head_send(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return head_send
