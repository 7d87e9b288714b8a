"""The TAXII 2.1 server under /taxii2/, polled by taxii2-client against a real uvicorn on
loopback: discovery, the collection, every object of the file export, the media types,
and `added_after` paging after a second ingest."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from spacy.language import Language
from taxii2client.v21 import Server, as_pages

from dossier import KnowledgeBase, ingest
from dossier.render.stix import stix_bundle, stix_text
from dossier.web import create_app
from dossier.web.server import running
from dossier.web.taxii import STIX, TAXII
from tests.corpus import COURIER, HARBOR, LEDGER, write_jsonl


def exported(db: Path) -> dict[str, dict[str, Any]]:
    """The file export's objects by id."""
    with KnowledgeBase(db) as kb:
        return {o["id"]: o for o in json.loads(stix_text(stix_bundle(kb)))["objects"]}


def polled(collection: Any, **filters: Any) -> list[dict[str, Any]]:
    """Every object of the collection, a page of 25 at a time."""
    return [
        obj
        for page in as_pages(collection.get_objects, per_request=25, **filters)
        for obj in page.get("objects", [])
    ]


def test_a_taxii_client_polls_the_collection_and_pages_by_date_added(
    tmp_path: Path, nlp: Language
) -> None:
    db = tmp_path / "kb.db"
    with KnowledgeBase(db) as kb:
        ingest(kb, [write_jsonl(tmp_path / "first.jsonl", LEDGER, COURIER)])
    with running(create_app(db)) as url:
        server = Server(f"{url}/taxii2/")
        [root] = server.api_roots
        [collection] = root.collections
        assert collection.can_read and not collection.can_write
        assert collection.media_types == [STIX]
        first = polled(collection)
        before = exported(db)
        assert {o["id"]: o for o in first} == before  # the same objects as the file export
        manifest = collection.get_manifest()
        last_added = max(entry["date_added"] for entry in manifest["objects"])

        time.sleep(1.1)  # ingest times are kept to the second
        with KnowledgeBase(db) as kb:
            ingest(kb, [write_jsonl(tmp_path / "second.jsonl", HARBOR)])
        after = exported(db)
        new = polled(collection, added_after=last_added)
        changed = {
            key
            for key, obj in after.items()
            if before.get(key, {}).get("modified") != obj.get("modified")
        }
        assert {o["id"] for o in new} == changed  # new objects and new versions, nothing else
        reports = {o["external_references"][0]["external_id"]: o["id"] for o in after.values()
                   if o["type"] == "report"}  # fmt: skip
        assert reports["harbor-3"] in changed and reports["ledger-1"] not in changed
        assert len(polled(collection)) == len(after)


@pytest.fixture(scope="module")
def seeds_taxii(seeds_server: str) -> str:
    return f"{seeds_server}/taxii2"


def test_media_types_and_errors(seeds_taxii: str) -> None:
    response = httpx.get(f"{seeds_taxii}/", headers={"Accept": TAXII})
    assert response.headers["content-type"] == TAXII
    root = response.json()["default"]
    assert root == "/taxii2/dossier/"
    info = httpx.get(f"{seeds_taxii}/dossier/", headers={"Accept": TAXII}).json()
    assert info["versions"] == [TAXII]
    [collection] = httpx.get(f"{seeds_taxii}/dossier/collections/").json()["collections"]
    objects = f"{seeds_taxii}/dossier/collections/{collection['id']}/objects/"
    page = httpx.get(objects, params={"limit": 5, "match[type]": "threat-actor"})
    assert page.headers["content-type"] == TAXII
    assert "X-TAXII-Date-Added-First" in page.headers
    body = page.json()
    assert body["more"] and {o["type"] for o in body["objects"]} == {"threat-actor"}
    assert "Content-Security-Policy" in page.headers  # the app's defaults stay
    refused = httpx.get(objects, headers={"Accept": "application/taxii+json;version=2.0"})
    assert refused.status_code == 406 and refused.json()["http_status"] == "406"
    assert httpx.get(f"{seeds_taxii}/dossier/collections/nope/objects/").status_code == 404
