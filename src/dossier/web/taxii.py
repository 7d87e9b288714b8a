"""A read-only TAXII 2.1 server under /taxii2/ (docs/web.md, "TAXII 2.1").

One API root (``/taxii2/dossier/``) with one collection: the knowledge base the app
serves, as the STIX export gives it (``render.stix.stix_objects``). Each object's
``date_added`` is its ``modified`` time, the time the last article it rests on was
ingested, so ``added_after`` returns what a later ingest brought or changed.
The objects are built once per revision of the knowledge base.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from dossier.render.stix import NAMESPACE, stix_objects
from dossier.store import KnowledgeBase

TAXII = "application/taxii+json;version=2.1"
STIX = "application/stix+json;version=2.1"
API_ROOT = "dossier"
COLLECTION_ID = str(uuid.uuid5(NAMESPACE, "taxii-collection:knowledge-base"))
MAX_LIMIT = 1000

router = APIRouter(prefix="/taxii2", tags=["taxii"], include_in_schema=False)


@dataclass(frozen=True, slots=True)
class Entry:
    added: datetime
    obj: dict[str, Any]


class Collection:
    """The knowledge base's STIX objects, oldest first, rebuilt when it changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._revision: tuple[object, ...] | None = None
        self._entries: list[Entry] = []

    def entries(self, kb: KnowledgeBase) -> list[Entry]:
        revision = kb.revision()
        with self._lock:
            if revision != self._revision:
                objects = [json.loads(o.serialize()) for o in stix_objects(kb)]
                entries = [Entry(_moment(o.get("modified", o.get("created"))), o) for o in objects]
                self._entries = sorted(entries, key=lambda e: (e.added, e.obj["id"]))
                self._revision = revision
            return self._entries


def _collection(request: Request) -> Collection:
    state = request.app.state
    if not hasattr(state, "taxii_collection"):
        state.taxii_collection = Collection()
    collection: Collection = state.taxii_collection
    return collection


def _kb(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.library.kb
    return kb


def _moment(text: str | None) -> datetime:
    if not text:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _stamp(moment: datetime) -> str:
    """A TAXII timestamp: UTC, with milliseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _taxii(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status, headers=headers, media_type=TAXII)


def _error(status: int, title: str, description: str) -> Response:
    return _taxii({"title": title, "description": description, "http_status": str(status)}, status)


def _acceptable(request: Request) -> bool:
    """Whether the client takes TAXII 2.1 JSON (or anything)."""
    accept = request.headers.get("accept", "").replace(" ", "").lower()
    if not accept:
        return True
    return any(
        kind.split(";")[0] in ("*/*", "application/*")
        or (kind.startswith("application/taxii+json") and "version=2.0" not in kind)
        for kind in accept.split(",")
    )


def _collection_info(request: Request) -> dict[str, Any]:
    return {
        "id": COLLECTION_ID,
        "title": "Dossier knowledge base",
        "description": "Every entity, relationship, incident, verdict note and article "
        "report of the knowledge base this server reads, as its STIX 2.1 export gives them.",
        "can_read": True,
        "can_write": False,
        "media_types": [STIX],
    }


@router.get("/")
def discovery(request: Request) -> Response:
    if not _acceptable(request):
        return _error(406, "Not Acceptable", f"this server speaks {TAXII}")
    return _taxii(
        {
            "title": "Dossier",
            "description": "A read-only TAXII 2.1 server over a Dossier knowledge base.",
            "default": f"/taxii2/{API_ROOT}/",
            "api_roots": [f"/taxii2/{API_ROOT}/"],
        }
    )


@router.get(f"/{API_ROOT}/")
def api_root(request: Request) -> Response:
    if not _acceptable(request):
        return _error(406, "Not Acceptable", f"this server speaks {TAXII}")
    return _taxii(
        {
            "title": "Dossier knowledge base",
            "versions": [TAXII],
            "max_content_length": 0,  # read-only: nothing may be posted
        }
    )


@router.get(f"/{API_ROOT}/collections/")
def collections(request: Request) -> Response:
    if not _acceptable(request):
        return _error(406, "Not Acceptable", f"this server speaks {TAXII}")
    return _taxii({"collections": [_collection_info(request)]})


@router.get(f"/{API_ROOT}/collections/{{collection_id}}/")
def collection(request: Request, collection_id: str) -> Response:
    if not _acceptable(request):
        return _error(406, "Not Acceptable", f"this server speaks {TAXII}")
    if collection_id != COLLECTION_ID:
        return _error(404, "Not Found", f"no collection {collection_id}")
    return _taxii(_collection_info(request))


Text = Annotated[str | None, Query()]


def _page(
    request: Request,
    collection_id: str,
    added_after: str | None,
    limit: int | None,
    next_: str | None,
    match_id: str | None,
    match_type: str | None,
    object_id: str | None = None,
) -> tuple[list[Entry], bool, str | None] | Response:
    """The entries a request asks for, whether there are more, and the next page's key."""
    if not _acceptable(request):
        return _error(406, "Not Acceptable", f"this server speaks {TAXII}")
    if collection_id != COLLECTION_ID:
        return _error(404, "Not Found", f"no collection {collection_id}")
    entries = _collection(request).entries(_kb(request))
    try:
        after = _moment(added_after) if added_after else None
        start = int(next_) if next_ else 0
    except ValueError:
        return _error(400, "Bad Request", "added_after must be a timestamp, next a page key")
    if after is not None:
        entries = [entry for entry in entries if entry.added > after]
    ids = {object_id} if object_id else set(match_id.split(",")) if match_id else None
    types = set(match_type.split(",")) if match_type else None
    if ids is not None:
        entries = [entry for entry in entries if entry.obj["id"] in ids]
    if types is not None:
        entries = [entry for entry in entries if entry.obj["type"] in types]
    if object_id and not entries:
        return _error(404, "Not Found", f"no object {object_id}")
    size = max(1, min(limit or MAX_LIMIT, MAX_LIMIT))
    page = entries[start : start + size]
    more = start + size < len(entries)
    return page, more, str(start + size) if more else None


def _headers(page: list[Entry]) -> dict[str, str]:
    if not page:
        return {}
    return {
        "X-TAXII-Date-Added-First": _stamp(page[0].added),
        "X-TAXII-Date-Added-Last": _stamp(page[-1].added),
    }


def _envelope(
    found: tuple[list[Entry], bool, str | None] | Response,
    describe: Callable[[Entry], dict[str, Any]] = lambda entry: entry.obj,
) -> Response:
    """A page of entries as TAXII's envelope (objects) or manifest (``describe``)."""
    if isinstance(found, Response):
        return found
    page, more, next_key = found
    body: dict[str, Any] = {"more": more}
    if next_key:
        body["next"] = next_key
    if page:
        body["objects"] = [describe(entry) for entry in page]
    return _taxii(body, headers=_headers(page))


@router.get(f"/{API_ROOT}/collections/{{collection_id}}/objects/")
def objects(
    request: Request,
    collection_id: str,
    added_after: Text = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    next: Text = None,  # the specification's name
    match_id: Annotated[str | None, Query(alias="match[id]")] = None,
    match_type: Annotated[str | None, Query(alias="match[type]")] = None,
) -> Response:
    return _envelope(_page(request, collection_id, added_after, limit, next, match_id, match_type))


@router.get(f"/{API_ROOT}/collections/{{collection_id}}/objects/{{object_id}}/")
def one_object(request: Request, collection_id: str, object_id: str) -> Response:
    return _envelope(_page(request, collection_id, None, None, None, None, None, object_id))


@router.get(f"/{API_ROOT}/collections/{{collection_id}}/manifest/")
def manifest(
    request: Request,
    collection_id: str,
    added_after: Text = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    next: Text = None,
    match_id: Annotated[str | None, Query(alias="match[id]")] = None,
    match_type: Annotated[str | None, Query(alias="match[type]")] = None,
) -> Response:
    found = _page(request, collection_id, added_after, limit, next, match_id, match_type)
    return _envelope(found, _manifest_record)


def _manifest_record(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.obj["id"],
        "date_added": _stamp(entry.added),
        "version": entry.obj.get("modified", entry.obj.get("created")),
        "media_type": STIX,
    }
