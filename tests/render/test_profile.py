"""Profiles: every statement cited, article text escaped, the HTML rendered in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from spacy.language import Language

from dossier import KnowledgeBase, ingest
from dossier.render.html import profile_html
from dossier.render.markdown import profile_markdown
from dossier.render.profile import Profile, build_profile
from tests.corpus import write_jsonl

SECTION_IDS = (
    "overview", "names", "founding", "size", "leadership", "funding", "places",
    "relationships", "activity", "events", "contested", "sources",
)  # fmt: skip
HOSTILE = {
    "id": "hostile-1",
    "source": "Prank Weekly",
    "text": (
        'The Harbour Guard (HG) is based in Mopti, its leaflets say "<img src=x '
        'onerror=window.pwned=1><script>window.pwned=2</script>". The HG has about 300 '
        "members [see](javascript:alert(1)) | according to | officials."
    ),
}


@pytest.fixture(scope="module")
def sahel_profile(sahel_db: Path) -> Profile:
    with KnowledgeBase(sahel_db) as kb:
        return build_profile(kb, "SLF")


@pytest.fixture(scope="module")
def hostile_profile(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Profile:
    folder = tmp_path_factory.mktemp("hostile")
    with KnowledgeBase(folder / "kb.db") as kb:
        ingest(kb, [write_jsonl(folder / "items.jsonl", HOSTILE)])
        return build_profile(kb, "Harbour Guard")


def test_every_markdown_statement_carries_a_footnote_that_resolves(
    sahel_profile: Profile,
) -> None:
    markdown = profile_markdown(sahel_profile)
    statements = [line for line in markdown.splitlines() if line.lstrip().startswith(("- ", "| "))]
    statements = [line for line in statements if not line.startswith("| estimate")]
    assert len(statements) > 10
    for line in statements:
        assert re.search(r"\[\^\d+\]", line), f"uncited: {line}"
    used = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", markdown)}
    defined = {int(n) for n in re.findall(r"^\[\^(\d+)\]:", markdown, flags=re.MULTILINE)}
    assert used == defined == set(range(1, len(sahel_profile.sources) + 1))


def test_the_profile_has_the_analysts_sections(sahel_profile: Profile) -> None:
    markdown = profile_markdown(sahel_profile)
    for heading in (
        "Overview", "Names and aliases", "Founding", "Size estimates over time", "Leadership",
        "Funding and resources", "Areas of operation and bases", "Relationships",
        "Major events", "Contested facts", "Sources",
    ):  # fmt: skip
        assert f"\n## {heading}\n" in markdown
    assert "| around 800 | - | undated | no | United Nations |" in markdown
    assert "| about 3,000 | - | undated | no | officials |" in markdown
    assert "Gazetteer: Mopti geonames:2453348." in markdown
    assert "2 articles cite United Nations: one underlying source" in markdown
    contested = markdown.split("## Contested facts")[1].split("## Sources")[0]
    assert "around 800 fighters" in contested and "about 3,000 members" in contested
    events = markdown.split("## Major events")[1].split("## Contested facts")[0]
    assert "**8 June 2023**: An armed assault by Sahel Liberation Front in Mopti" in events


def test_article_text_cannot_inject_markdown_or_html(hostile_profile: Profile) -> None:
    markdown = profile_markdown(hostile_profile)
    assert not re.search(r"(?<!\\)<", markdown)  # every '<' is escaped
    assert "\\<img src=x onerror=window.pwned=1\\>" in markdown
    assert "\\[see\\](javascript" in markdown  # brackets escaped: no link
    html = profile_html(hostile_profile)
    assert "<script" not in html and "<img" not in html
    assert "&lt;img src=x onerror=window.pwned=1&gt;&lt;script&gt;" in html


def test_the_html_renders_offline_in_chromium_with_every_section(
    sahel_profile: Profile, hostile_profile: Profile, browser: Browser, tmp_path: Path,
    artifacts: Path,
) -> None:  # fmt: skip
    for name, profile in (("sahel", sahel_profile), ("hostile", hostile_profile)):
        page_file = tmp_path / f"{name}.html"
        page_file.write_text(profile_html(profile), encoding="utf-8")
        page = browser.new_page()
        requested: list[str] = []
        page.on("request", lambda request, seen=requested: seen.append(request.url))
        page.goto(page_file.as_uri())
        page.screenshot(path=str(artifacts / f"profile-{name}.png"), full_page=True)
        assert requested == [page_file.as_uri()]  # self-contained: nothing else is fetched
        assert page.evaluate("window.pwned") is None  # no article text ran as script
        for section in SECTION_IDS:
            assert page.locator(f"section#{section} h2").is_visible(), section
        assert page.locator("h1").inner_text() == profile.name
        footnotes = page.locator("sup a")
        assert footnotes.count() > 0
        first = footnotes.first.get_attribute("href")
        assert first is not None and page.locator(first).is_visible()
        page.close()
