"""Page-load benchmark: the ISIS-K entity page from a running `dossier serve`, on a
knowledge base of the seeds plus the whole BBC corpus.

Not a test. Run from the repository root with the project's venv active::

    python bench/serve.py --db /tmp/bench-ask.db   # builds or reuses the knowledge base

A real uvicorn server is started in this process over the knowledge base. The page is
fetched over HTTP, once cold (the first request after start-up builds the answerer)
and then `--repeat` times. The baseline, measured in the same run, is the app's static
stylesheet from the same server: the HTTP cost with no work behind it. When Debian's
Chromium is present, full browser loads (HTML, CSS, JS, until the load event) are timed
too. The target is a median under 300 ms. Skips (exit 0) when the shared data is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

import seeds_bbc
from dossier.web import create_app
from dossier.web.server import CHROMIUM, CHROMIUM_FLAGS, running

TARGET_MS = 300.0
PAGE = "/entity/organization:isis-k"


def fetch_ms(client: httpx.Client, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed


def browser_loads_ms(url: str, repeat: int) -> list[float]:
    """Full page loads in headless Chromium: navigation start to the load event."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.goto(url)  # warm the browser's own start-up
        samples = []
        for _ in range(repeat):
            page.goto(url, wait_until="load")
            timing = page.evaluate(
                "() => { const t = performance.getEntriesByType('navigation')[0];"
                " return t.loadEventEnd - t.startTime; }"
            )
            samples.append(float(timing))
        browser.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    seeds_bbc.add_arguments(parser)
    parser.add_argument("--repeat", type=int, default=20, help="Timed loads of the page.")
    args = parser.parse_args()
    if seeds_bbc.missing_data(args):
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db or Path(scratch) / "serve.db"
        build_seconds = seeds_bbc.build(db, args)
        app = create_app(db)
        with running(app) as base, httpx.Client(base_url=base, timeout=60) as client:
            stats = client.get("/api/documents", params={"limit": 1}).json()["total"]
            cold = fetch_ms(client, PAGE)
            pages = [fetch_ms(client, PAGE) for _ in range(args.repeat)]
            statics = [fetch_ms(client, "/static/style.css") for _ in range(args.repeat)]
            size = len(client.get(PAGE).content)
            browser = browser_loads_ms(base + PAGE, args.repeat) if CHROMIUM.exists() else []
    median = statistics.median(pages)
    print(f"knowledge base: {stats} documents (built or topped up in {build_seconds:.0f} s)")
    print(f"page {PAGE}: {size / 1024:.0f} KB of HTML")
    print(f"first load after start-up (answerer built): {cold:.0f} ms")
    print(
        f"HTTP page load: median {median:.1f} ms, p95 "
        f"{statistics.quantiles(pages, n=20)[-1]:.1f} ms over {len(pages)} loads"
    )
    static_median = statistics.median(statics)
    print(f"baseline static file from the same server: median {static_median:.1f} ms")
    print(f"ratio page / static file: {median / static_median:.1f}")
    if browser:
        print(f"Chromium full load (to the load event): median {statistics.median(browser):.1f} ms")
    slowest = max(median, statistics.median(browser)) if browser else median
    verdict = "PASS" if slowest < TARGET_MS else "FAIL"
    print(f"target median < {TARGET_MS:.0f} ms: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
