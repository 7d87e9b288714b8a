"""Options that steer the readers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

InputFormat = Literal["text", "markdown", "html", "jsonl", "csv", "feed"]
INPUT_FORMATS: tuple[InputFormat, ...] = get_args(InputFormat)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs; metadata given here fills gaps the inputs leave."""

    published_at: str | None = None  # ISO date for inputs that carry none
    publisher: str | None = None  # the 'source' of inputs that name none
    format: InputFormat | None = None  # force a reader instead of guessing from the extension
    text_column: str = "text"
    id_column: str = "id"
    date_column: str = "published_at"
    title_column: str = "title"
