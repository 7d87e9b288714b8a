"""`dossier profile`: an entity's profile as Markdown, HTML or JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from dossier.cli.output import (
    DbOption,
    OutputOption,
    choose,
    json_text,
    open_kb,
    reports_errors,
    write_output,
)
from dossier.render.html import profile_html
from dossier.render.markdown import profile_markdown
from dossier.render.profile import Profile, build_profile

RENDERERS: dict[str, Callable[[Profile], str]] = {
    "md": profile_markdown,
    "html": profile_html,
    "json": json_text,
}


@reports_errors
def profile_command(
    name: Annotated[str, typer.Argument(help="An entity's name, alias or id.")],
    profile_format: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(RENDERERS)}.")
    ] = "md",
    output: OutputOption = None,
    db: DbOption = "dossier.db",
) -> None:
    """An analyst's profile of an entity, with a footnote for every statement."""
    render = RENDERERS[choose(profile_format, RENDERERS, "--format")]
    with open_kb(db) as kb:
        profile = build_profile(kb, name)
    summary = f"profile of {profile.name}, {len(profile.sources)} sources"
    write_output(render(profile), output, summary)
