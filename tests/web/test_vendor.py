"""The vendored JavaScript and map data: every file is the one the manifest pins, each
package carries its licence, and the pages load nothing from another origin."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from importlib.resources import files
from pathlib import Path

import httpx
import pytest

from dossier.web.app import SECURITY_HEADERS
from tests.web.waits import HTTP_SECONDS

VENDOR = Path(str(files("dossier.web") / "static" / "vendor"))
MANIFEST = json.loads((VENDOR / "manifest.json").read_text())
ASSET = re.compile(r"""<(?:script|link|img)\b[^>]*?\b(?:src|href)="([^"]*)\"""")


def test_every_vendored_file_matches_its_checksum_in_the_manifest() -> None:
    listed = set()
    for package in MANIFEST["packages"]:
        assert package["version"] and package["licence"] and package["integrity"]
        names = [Path(entry["path"]).name for entry in package["files"]]
        assert any(name.startswith("LICENSE") for name in names), package["name"]
        for entry in package["files"]:
            data = (VENDOR / entry["path"]).read_bytes()
            assert len(data) == entry["bytes"], entry["path"]
            assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]
            listed.add(entry["path"])
    on_disk = {
        path.relative_to(VENDOR).as_posix()
        for path in VENDOR.rglob("*")
        if path.is_file() and path.name != "manifest.json"
    }
    assert on_disk == listed
    assert MANIFEST["total_bytes"] == sum(
        entry["bytes"] for package in MANIFEST["packages"] for entry in package["files"]
    )


def test_a_changed_vendored_file_is_caught(tmp_path: Path) -> None:
    """The check the vendoring script runs offline (`--check`) sees a tampered file."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "vendor_assets.py"
    spec = importlib.util.spec_from_file_location("vendor_assets", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    copy = tmp_path / "vendor"
    (copy / "leaflet").mkdir(parents=True)
    (copy / "manifest.json").write_text(json.dumps(MANIFEST))
    for name in ("leaflet.js", "leaflet.css", "LICENSE"):
        (copy / "leaflet" / name).write_bytes((VENDOR / "leaflet" / name).read_bytes())
    problems = module.check(copy)
    assert problems and all("missing" in problem for problem in problems)  # the others
    (copy / "leaflet" / "leaflet.js").write_bytes(b"alert(1)")
    assert "leaflet/leaflet.js: checksum differs from the manifest" in module.check(copy)


@pytest.mark.parametrize(
    "path",
    ["/", "/entity/organization:isis-k", "/network", "/network?entity=organization:isis-k"],
)
def test_pages_load_only_their_own_assets_under_a_strict_policy(
    seeds_server: str, path: str
) -> None:
    response = httpx.get(seeds_server + path, timeout=HTTP_SECONDS)
    assert response.status_code == 200
    assets = ASSET.findall(response.text)
    assert assets, "the page loads its stylesheet and scripts"
    for asset in assets:
        if asset.startswith("data:"):
            continue  # the empty favicon
        assert asset.startswith("/") and not asset.startswith("//"), asset
        assert httpx.get(seeds_server + asset, timeout=HTTP_SECONDS).status_code == 200, asset
    assert "<script>" not in response.text  # no inline script
    policy = response.headers["content-security-policy"]
    assert policy == SECURITY_HEADERS["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "http" not in policy
