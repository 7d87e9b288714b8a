"""`dossier profile`: an entity's profile as Markdown, HTML or JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:
    from dossier.render.profile import Profile

FORMATS = ("md", "html", "json")


def _renderer(profile_format: str) -> Callable[[Profile], str]:
    """The renderer of a format, imported when used."""
    if profile_format == "md":
        from dossier.render.markdown import profile_markdown

        return profile_markdown
    if profile_format == "html":
        from dossier.render.html import profile_html

        return profile_html
    return json_text


@reports_errors
def profile_command(
    name: Annotated[str, typer.Argument(help="An entity's name, alias or id.")],
    profile_format: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")
    ] = "md",
    output: OutputOption = None,
    db: DbOption = "dossier.db",
) -> None:
    """An analyst's profile of an entity, with a footnote for every statement."""
    from dossier.render.profile import build_profile

    render = _renderer(choose(profile_format, FORMATS, "--format"))
    with open_kb(db) as kb:
        profile = build_profile(kb, name)
    summary = f"profile of {profile.name}, {len(profile.sources)} sources"
    write_output(render(profile), output, summary)
