"""The JSON API over a real server: shapes, pagination, errors, uploads."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dossier.web import create_app
from dossier.web.server import running
from tests.corpus import COURIER, GROUP
from tests.web.waits import HTTP_SECONDS


@pytest.fixture(scope="module")
def api(sahel_kb: str) -> Iterator[httpx.Client]:
    with (
        running(create_app(sahel_kb)) as base,
        httpx.Client(base_url=base, timeout=HTTP_SECONDS) as client,
    ):
        yield client


def test_entities_are_paginated_one_per_resolved_group(api: httpx.Client) -> None:
    first = api.get("/api/entities", params={"limit": 2}).json()
    assert (first["limit"], first["offset"], len(first["items"])) == (2, 0, 2)
    rest = api.get("/api/entities", params={"limit": 200, "offset": 2}).json()
    assert first["total"] == rest["total"] == 2 + len(rest["items"])
    ids = [e["id"] for e in first["items"] + rest["items"]]
    assert len(ids) == len(set(ids))
    found = api.get("/api/entities", params={"q": "slf", "type": "organization"}).json()
    [slf] = [e for e in found["items"] if e["id"] == GROUP]
    assert "SLF" in slf["aliases"]


def test_claims_filter_by_subject_name_and_predicate(api: httpx.Client) -> None:
    page = api.get("/api/claims", params={"subject": "SLF", "predicate": "member_count"}).json()
    assert page["total"] == 3
    assert {c["predicate"] for c in page["items"]} == {"member_count"}
    assert all(c["evidence"][0]["quote"] for c in page["items"])


def test_a_claim_comes_with_its_verdict_and_all_the_evidence(api: httpx.Client) -> None:
    [claim_id, *_] = [
        c["id"]
        for c in api.get("/api/claims", params={"subject": GROUP}).json()["items"]
        if c["predicate"] == "member_count"
    ]
    claim = api.get(f"/api/claims/{claim_id}").json()
    assert claim["verdict"] == "conflicting"
    assert len(claim["evidence"]) == 3


def test_profile_contested_events_documents_and_ask(api: httpx.Client) -> None:
    profile = api.get(f"/api/entities/{GROUP}/profile").json()
    assert {s["label"] for s in profile["sizes"]} >= {"around 800", "about 3,000"}
    assert any(p["name"] == "Mopti" for p in profile["places"])
    assert any(r["other_name"] == "Wagner Group" for r in profile["relations"])
    contested = api.get("/api/contested").json()
    assert [c["predicate"] for c in contested["items"]] == ["member_count"]
    events = api.get("/api/events").json()["items"]
    assert any(set(e["sources"]) >= {"Coast Courier", "Harbor Times"} for e in events)
    documents = api.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert documents["total"] == 3 and len(documents["items"]) == 1
    answer = api.get("/api/ask", params={"q": "Where is the SLF based?"}).json()
    assert answer["verdict"] == "corroborated" and answer["citations"]
    assert set(answer) == {"question", "answer", "verdict", "citations", "claims"}


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/entities", {"limit": 0}, 422),
        ("/api/entities", {"limit": 201}, 422),
        ("/api/entities", {"offset": -1}, 422),
        ("/api/entities", {"type": "planet"}, 422),
        ("/api/entities/organization:nowhere", {}, 404),
        ("/api/claims/c:0000", {}, 404),
        ("/api/claims", {"subject": "Nowhere Brigade"}, 404),
        ("/api/documents/no-such-document", {}, 404),
        ("/api/ask", {}, 422),
        ("/api/ask", {"q": ""}, 422),
    ],
)
def test_bad_parameters_are_clear_client_errors(
    api: httpx.Client, path: str, params: dict[str, object], status: int
) -> None:
    response = api.get(path, params=params)  # type: ignore[arg-type]
    assert response.status_code == status
    assert response.json()["detail"]


def test_the_schema_documents_every_endpoint(api: httpx.Client) -> None:
    paths = api.get("/api/openapi.json").json()["paths"]
    for path in ("/api/entities", "/api/claims", "/api/events", "/api/documents", "/api/ask"):
        assert path in paths
    assert "/entity/{entity_id}" not in paths  # pages are not API


def test_uploads_are_off_unless_allowed(api: httpx.Client) -> None:
    response = api.post("/api/documents", files={"file": ("a.txt", b"Some text.")})
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]


def test_uploads_need_the_token_a_known_type_and_a_bounded_size(
    sahel_db: Path, tmp_path: Path
) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    app = create_app(db, allow_ingest=True, token="s3cret", max_upload_bytes=2000)
    article = (
        b"The Sahel Liberation Front (SLF) is allied with the Ansar Dine group, "
        b"the Gao Tribune reported on Monday."
    )
    token = {"Authorization": "Bearer s3cret"}
    with running(app) as base, httpx.Client(base_url=base, timeout=HTTP_SECONDS) as client:
        no_token = client.post("/api/documents", files={"file": ("new.txt", article)})
        assert no_token.status_code == 401
        wrong = client.post(
            "/api/documents",
            files={"file": ("new.txt", article)},
            headers={"Authorization": "Bearer guess"},
        )
        assert wrong.status_code == 401
        image = client.post("/api/documents", files={"file": ("x.png", b"\x89PNG")}, headers=token)
        assert image.status_code == 415 and "x.png" in image.json()["detail"]
        huge = client.post(
            "/api/documents", files={"file": ("big.txt", b"word " * 1000)}, headers=token
        )
        assert huge.status_code == 413
        before = client.get("/api/documents").json()["total"]
        added = client.post("/api/documents", files={"file": ("new.txt", article)}, headers=token)
        assert added.status_code == 200 and len(added.json()["added"]) == 1
        assert client.get("/api/documents").json()["total"] == before + 1
        # the new article is in the answers at once
        allies = client.get("/api/ask", params={"q": "Who are the SLF allied with?"}).json()
        assert "Ansar Dine" in allies["answer"]


def test_a_document_page_keeps_every_character_of_the_text(api: httpx.Client) -> None:
    document = api.get("/api/documents/courier-7").json()
    shown = "".join(
        sentence["before"] + "".join(segment["text"] for segment in sentence["segments"])
        for sentence in document["sentences"]
    )
    text = COURIER["text"]
    assert shown == text[: len(shown)] and len(shown) >= len(text.rstrip()) - 1
    marked = {
        s["text"] for sentence in document["sentences"] for s in sentence["segments"] if s["href"]
    }
    assert {"SLF", "Mopti", "Wagner Group"} <= marked


def test_the_home_page_lists_first_the_organisations_most_is_said_about(
    api: httpx.Client,
) -> None:
    page = api.get("/").text
    organisations = page[page.index("<h2>Most reported organisations</h2>") :]
    assert organisations.index("Sahel Liberation Front") < organisations.index("Wagner Group")


def test_the_network_is_a_neighbourhood_or_the_whole_and_filters(api: httpx.Client) -> None:
    around = api.get("/api/network", params={"entity": "SLF"}).json()
    names = {node["name"] for node in around["nodes"]}
    assert {"Sahel Liberation Front", "Wagner Group"} <= names
    assert all(GROUP in (edge["source"], edge["target"]) for edge in around["edges"])
    for edge in around["edges"]:
        assert edge["href"].startswith("/claim/") and edge["sources"] >= 1
        assert edge["kind"] in around["kinds"] and edge["verdict"] in around["verdicts"]
    whole = api.get("/api/network").json()
    assert {edge["id"] for edge in around["edges"]} <= {edge["id"] for edge in whole["edges"]}
    kind = around["edges"][0]["kind"]
    kept = api.get("/api/network", params={"kind": kind}).json()["edges"]
    assert kept and {edge["kind"] for edge in kept} == {kind}
    none = api.get("/api/network", params={"verdict": "no-such-verdict"}).json()
    assert none["edges"] == [] and none["kinds"] == whole["kinds"]
    assert api.get("/api/network", params={"entity": "nobody at all"}).status_code == 404
    best = api.get("/api/network", params={"limit": 1}).json()
    assert len(best["edges"]) == 1 and best["total_edges"] == len(whole["edges"])
    assert best["edges"][0]["sources"] == max(edge["sources"] for edge in whole["edges"])
    assert api.get("/api/network", params={"limit": 0}).status_code == 422


def test_the_map_gives_places_with_evidence_and_countries_to_shade(api: httpx.Client) -> None:
    group = api.get("/api/map", params={"entity": GROUP}).json()
    [mopti, *_] = [marker for marker in group["markers"] if marker["name"] == "Mopti"]
    assert mopti["href"].startswith(("/claim/", "/document/"))
    assert -90 <= mopti["latitude"] <= 90 and -180 <= mopti["longitude"] <= 180
    assert all(re.fullmatch(r"\d{3}", country["id"]) for country in group["countries"])
    incidents = api.get("/api/map").json()
    assert all(marker["category"] == "event" for marker in incidents["markers"])
    assert all(marker["href"].startswith("/document/") for marker in incidents["markers"])


def test_the_timeline_and_the_sizes_over_time(api: httpx.Client) -> None:
    events = api.get("/api/timeline").json()
    assert [event["start"] for event in events] == sorted(event["start"] for event in events)
    assert all(event["href"].startswith("/document/") and event["title"] for event in events)
    sizes = api.get(f"/api/entities/{GROUP}/sizes").json()
    assert {size["label"] for size in sizes} >= {"around 800", "about 3,000"}
    assert all(size["low"] <= size["high"] and size["href"] for size in sizes)
