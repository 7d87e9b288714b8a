"""Page-load benchmark: the home page, a group's page and the network page from a running
`dossier serve`, on a knowledge base of the seeds, the whole BBC corpus and the news
articles of eval/news.

Not a test. Run from the repository root with the project's venv active::

    python bench/serve.py --db /tmp/bench-serve.db   # builds or reuses the knowledge base

A real uvicorn server is started in this process over the knowledge base. Each page is
fetched over HTTP, once cold (the first request after start-up builds the answerer, the
first of a page builds it; the app then keeps it until the knowledge base changes) and
then `--repeat` times; the baseline is the app's static stylesheet from the same
server (the HTTP cost with no work behind it). When Debian's Chromium is present, each
page is loaded `--repeat` times in it: the first render (first contentful paint) and the
load event are timed, and the bytes the page loaded (HTML, scripts, styles, map data)
are counted. The target is a median first render under 300 ms for every page. Prints
the vendored assets' size (static/vendor/manifest.json). Skips (exit 0) when the shared
data is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

import httpx

import seeds_bbc
from dossier import KnowledgeBase, ingest
from dossier.web import create_app
from dossier.web.server import CHROMIUM, CHROMIUM_FLAGS, running

TARGET_MS = 300.0
PAGES = ("/", "/entity/organization:isis-k", "/network")
# in the browser: first contentful paint, the load event, and the bytes of every resource
TIMING = """() => new Promise((resolve) => {
  const measure = (paint) => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const bytes = performance.getEntriesByType('resource').reduce(
      (sum, r) => sum + (r.decodedBodySize || 0), navigation.decodedBodySize || 0);
    resolve([paint, navigation.loadEventEnd, bytes]);
  };
  // headless Chromium may paint after the load event: wait for the paint entry
  new PerformanceObserver((entries) => {
    const paint = entries.getEntriesByName('first-contentful-paint')[0];
    if (paint) measure(paint.startTime);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(() => measure(NaN), 5000);
})"""


def fetch_ms(client: httpx.Client, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed


def browser_loads(
    base: str, pages: list[str], repeat: int
) -> dict[str, tuple[list[float], list[float], float]]:
    """Per page: first renders (ms), load events (ms), and the bytes it loaded."""
    from playwright.sync_api import sync_playwright

    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        for path in pages:
            page = browser.new_page()
            page.goto(base + path)  # warm the browser's own start-up
            renders, loads, weight = [], [], 0.0
            for _ in range(repeat):
                page.goto(base + path, wait_until="load")
                render, load, weight = page.evaluate(TIMING)
                renders.append(float(render))  # NaN: no paint within 5 s
                loads.append(float(load))
            page.close()
            found[path] = (renders, loads, float(weight))
        browser.close()
    return found


def vendored_bytes() -> tuple[int, int]:
    manifest = json.loads((files("dossier.web") / "static/vendor/manifest.json").read_text())
    count = sum(len(package["files"]) for package in manifest["packages"])
    return int(manifest["total_bytes"]), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    seeds_bbc.add_arguments(parser)
    parser.add_argument("--news", type=Path, default=seeds_bbc.SHARED / "eval" / "news" / "docs")
    parser.add_argument("--repeat", type=int, default=20, help="Timed loads of each page.")
    parser.add_argument("--pages", nargs="+", default=list(PAGES), help="Paths to time.")
    args = parser.parse_args()
    if seeds_bbc.missing_data(args):
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "serve.db"
        build_seconds = seeds_bbc.build(db, args)
        if args.news.exists():
            with KnowledgeBase(db) as kb:
                ingest(kb, [args.news], processes=args.processes)
        app = create_app(db)
        with running(app) as base, httpx.Client(base_url=base, timeout=60) as client:
            documents = client.get("/api/documents", params={"limit": 1}).json()["total"]
            pages = args.pages
            cold = {path: fetch_ms(client, path) for path in pages}  # built, not remembered
            http = {path: [fetch_ms(client, path) for _ in range(args.repeat)] for path in pages}
            sizes = {path: len(client.get(path).content) for path in pages}
            statics = [fetch_ms(client, "/static/style.css") for _ in range(args.repeat)]
            browser = browser_loads(base, pages, args.repeat) if CHROMIUM.exists() else {}
    print(f"knowledge base: {documents} documents (built or topped up in {build_seconds:.0f} s)")
    print(f"first load after start-up (answerer built): {cold[pages[0]]:.0f} ms")
    print(f"baseline static file from the same server: median {statistics.median(statics):.1f} ms")
    slowest = 0.0
    for path in pages:
        median = statistics.median(http[path])
        p95 = statistics.quantiles(http[path], n=20)[-1]
        line = (
            f"{path}: HTML {sizes[path] / 1024:.0f} KB, first fetch {cold[path]:.0f} ms, "
            f"HTTP median {median:.1f} ms (p95 {p95:.1f})"
        )
        if path in browser:
            renders, loads, weight = browser[path]
            render = statistics.median(renders)
            line += (
                f"; Chromium first render median {render:.1f} ms, load event median "
                f"{statistics.median(loads):.1f} ms, {weight / 1024:.0f} KB loaded"
            )
            slowest = max(slowest, render)
        slowest = max(slowest, median)
        print(line)
    vendored = files("dossier.web") / "static/vendor/manifest.json"
    if vendored.is_file():
        total, count = vendored_bytes()
        print(f"vendored assets: {count} files, {total / 1024:.0f} KB ({vendored})")
    verdict = "PASS" if slowest < TARGET_MS else "FAIL"
    print(f"target median first render < {TARGET_MS:.0f} ms on every page: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
