"""A profile as Markdown: every statement ends in footnote markers, sources at the end.

Article text is escaped, so a quote cannot open a link, a table cell or raw HTML.
"""

from __future__ import annotations

import re

from dossier.render.profile import Profile, Statement

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Backslash-escape the characters Markdown would read as markup."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _marks(footnotes: list[int]) -> str:
    return "".join(f"[^{number}]" for number in footnotes)


def _lines(statements: list[Statement], empty: str) -> list[str]:
    if not statements:
        return [f"*{empty}*"]
    return [f"- {escape(s.text)} {_marks(s.footnotes)}" for s in statements]


def profile_markdown(profile: Profile) -> str:
    lines = [
        f"# {escape(profile.name)}",
        "",
        f"*{profile.type}* · `{profile.id}` · generated {profile.generated}",
        "",
    ]
    lines += ["## Overview", "", *_lines(profile.overview, "No overview: no claims yet.")]
    lines += ["", "## Names and aliases", "", *_lines(profile.aliases, "No other names.")]
    for section in profile.sections:
        lines += ["", f"## {section.title}", "", *_lines(section.statements, "Nothing reported.")]
        if section.key == "founding":
            lines += ["", "## Size estimates over time", "", *_size_table(profile)]
            lines += ["", *_lines(profile.size_notes, "")] if profile.size_notes else []
    lines += ["", "## Major events", ""]
    lines += [
        f"- **{entry.when}**: {escape(entry.what)} ({entry.verdict}) {_marks(entry.footnotes)}"
        for entry in profile.timeline
    ] or ["*No events recorded.*"]
    lines += ["", "## Contested facts", ""]
    for contested in profile.contested:
        marks = _marks(contested.footnotes)
        lines.append(f"- **{escape(contested.fact)}**: sources disagree. {marks}")
        lines += [f"  - {escape(side.text)} {_marks(side.footnotes)}" for side in contested.sides]
    if not profile.contested:
        lines.append("*No conflicting claims.*")
    lines += ["", "## Sources", ""]
    for source in profile.sources:
        where = ", ".join(filter(None, [source.publisher, (source.published_at or "")[:10]]))
        lines.append(
            f"[^{source.number}]: {escape(source.title)}{f' ({escape(where)})' if where else ''}, "
            f"document `{source.document_id}`, characters {source.start}–{source.end}: "
            f"“{escape(source.quote)}”"
        )
    return "\n".join(lines) + "\n"


def _size_table(profile: Profile) -> list[str]:
    if not profile.sizes:
        return ["*No estimate reported.*"]
    rows = ["| estimate | scope | when | hedged | source | |", "|---|---|---|---|---|---|"]
    for size in profile.sizes:
        cells = [size.estimate, size.scope or "-", size.when, "yes" if size.hedged else "no"]
        cells.append(size.source)
        rows.append(f"| {' | '.join(escape(c) for c in cells)} | {_marks(size.footnotes)} |")
    return rows
