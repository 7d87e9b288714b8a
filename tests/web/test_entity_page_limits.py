"""The entity page lists a bounded part of a long profile, whatever the knowledge base
holds: the latest timeline entries and the sources what is listed cites."""

from __future__ import annotations

from dossier.render.profile import Profile, Section, Source, Statement, TimelineEntry
from dossier.web.pages.entity import latest_part


def _profile(entries: int) -> Profile:
    sources = [
        Source(n, f"doc-{n}", f"Report {n}", "Wire", "2024-01-01", "A quote.", 0, 8)
        for n in range(1, entries + 1)
    ]
    return Profile(
        id="organization:river-guard",
        name="River Guard",
        type="organization",
        gazetteer_id=None,
        aliases=[],
        overview=[Statement("River Guard is an armed group.", [1])],
        sections=[Section("founding", "Founding", [Statement("Founded in 2001.", [2])])],
        sizes=[],
        size_notes=[],
        timeline=[
            TimelineEntry(f"{2000 + n}", f"Raid {n}.", [n], "single-source")
            for n in range(1, entries + 1)
        ],
        contested=[],
        sources=sources,
        generated="2024-01-02",
    )


def test_a_long_profile_keeps_its_latest_entries_and_the_sources_they_cite() -> None:
    part = latest_part(_profile(6), 2)
    assert [entry.what for entry in part.timeline] == [
        "Raid 5.",
        "Raid 6.",
    ]
    # the overview's and the founding's sources stay, with their numbers
    assert [source.number for source in part.sources] == [1, 2, 5, 6]


def test_a_short_profile_is_listed_whole() -> None:
    whole = _profile(3)
    assert latest_part(whole, 3) is whole
