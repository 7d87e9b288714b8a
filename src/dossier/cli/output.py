"""Shared pieces of the command line: consoles, the --db option, errors, JSON."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from dossier.errors import DossierError
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

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a DossierError into one line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DossierError as error:
            error_console.print(f"[bold red]error[/] {error}", markup=True, highlight=False)
            raise typer.Exit(1) from None

    return wrapper


def open_kb(db: str) -> KnowledgeBase:
    """The knowledge base named by --db (or DOSSIER_DB, or ./dossier.db)."""
    return KnowledgeBase(db or DEFAULT_DB)


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


def print_json(value: Any) -> None:
    """JSON on stdout, unwrapped and unstyled, so scripts can parse it."""
    typer.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))
