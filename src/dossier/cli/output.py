"""Shared pieces of the command line: consoles, the --db option, errors, JSON."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from dossier.errors import DossierError, InputError, NotFoundError

if TYPE_CHECKING:  # the store (SQLAlchemy) loads when a command opens one, not for --help
    from dossier.store import KnowledgeBase

console = Console(highlight=False, soft_wrap=True)
error_console = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_DB = "dossier.db"

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="DOSSIER_DB",
        help="Knowledge base: an SQLite file or a postgresql:// URL.",
        show_default=True,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
OutputOption = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write to this file (default: stdout).")
]

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a DossierError into one line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DossierError as error:
            error_console.print(f"[bold red]error[/] {escape(str(error))}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper


def print_input_failure(error: InputError) -> None:
    """One line for an input an ingest could not read, with its code (E100)."""
    error_console.print(f"[red]failed[/] {escape(str(error))}", highlight=False)


def open_kb(db: str, create: bool = False) -> KnowledgeBase:
    """The knowledge base named by --db (or DOSSIER_DB, or ./dossier.db). Only ingest
    creates one: a mistyped path for any other command is an error, not a new empty file."""
    from dossier.store import KnowledgeBase

    location = db or DEFAULT_DB
    is_file = not location.startswith("postgresql") and location != ":memory:"
    if is_file and not create and not Path(location).exists():
        raise NotFoundError(
            f"no knowledge base at {location}; create one with `dossier ingest --db {location} ...`"
        )
    return KnowledgeBase(location)


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and paths as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def json_text(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)


def print_json(value: Any) -> None:
    """JSON on stdout, unwrapped and unstyled, so scripts can parse it."""
    typer.echo(json_text(value))


def choose(value: str, choices: Iterable[str], option: str) -> str:
    """`value` if it is one of `choices`, else a usage error naming the option."""
    names = list(choices)
    if value not in names:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(names)}", param_hint=option)
    return value


def write_output(text: str, output: Path | None, summary: str) -> None:
    """Text to stdout, or to `output` with a one-line `summary` of what was written."""
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    error_console.print(f"wrote {output}: {summary}")
