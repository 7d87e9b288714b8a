"""A profile as one self-contained HTML file: no scripts or styles from elsewhere, works
offline, and every piece of article text escaped."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from dossier.render.profile import Profile

_environment = Environment(
    loader=PackageLoader("dossier.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def profile_html(profile: Profile) -> str:
    return _environment.get_template("profile.html").render(profile=profile)
