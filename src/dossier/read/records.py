"""Record files: JSON Lines and CSV, one article per line or row.

A bad line or row is reported with its number and the rest of the file is read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from dossier.errors import InputError
from dossier.model import Document
from dossier.read.decode import decode_bytes
from dossier.read.documents import make_document
from dossier.read.options import ReadOptions

ReadResult = Document | InputError

csv.field_size_limit(sys.maxsize)  # articles are long; the default limit is 128 KiB


def record_to_document(
    record: Mapping[str, Any], origin: str, options: ReadOptions, notes: tuple[str, ...] = ()
) -> Document:
    """Map a record's fields (named as in ``options``) to a Document."""
    text = record.get(options.text_column)
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, f"has no text in field {options.text_column!r}")
    return make_document(
        text,
        origin=origin,
        id=_optional_str(record.get(options.id_column)),
        title=_optional_str(record.get(options.title_column)),
        url=_optional_str(record.get("url")),
        publisher=_optional_str(record.get("source") or record.get("publisher"))
        or options.publisher,
        published_at=record.get(options.date_column) or options.published_at,
        lang=_optional_str(record.get("lang")),
        notes=notes,
    )


def _optional_str(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def read_jsonl(lines: Iterable[bytes], name: str, options: ReadOptions) -> Iterator[ReadResult]:
    """One Document per JSON object line; blank lines are skipped."""
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        notes: tuple[str, ...] = ()
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                decoded = decode_bytes(raw, origin)
            except InputError as error:
                yield error
                continue
            line = decoded.text
            notes = (f"decoded as {decoded.encoding}",)  # as a .txt file's note says
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            # json's messages may end in "at" ("Invalid control character at")
            problem = error.msg.removesuffix(" at")
            yield InputError(origin, f"is not valid JSON ({problem} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(origin, f"is a JSON {type(record).__name__}, not an object")
            continue
        try:
            yield record_to_document(record, origin, options, notes)
        except InputError as error:
            yield error


def _sniff_dialect(sample: str, name: str) -> type[csv.Dialect] | csv.Dialect:
    if name.lower().endswith(".tsv"):
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def read_csv(data: bytes, name: str, options: ReadOptions) -> Iterator[ReadResult]:
    """One Document per row; the header names the columns."""
    try:
        text = decode_bytes(data, name).text
    except InputError as error:
        yield error
        return
    reader = csv.DictReader(
        io.StringIO(text, newline=""), dialect=_sniff_dialect(text[:8192], name)
    )
    try:
        columns = reader.fieldnames or []
    except csv.Error as error:
        yield InputError(name, f"is not readable CSV ({error})")
        return
    if options.text_column not in columns:
        shown = ", ".join(repr(column) for column in columns[:12]) or "none"
        yield InputError(
            name,
            f"has no {options.text_column!r} column (columns: {shown}); "
            "name the text column with --text-column",
        )
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputError(f"{name}:{reader.line_num}", f"is malformed CSV ({error}); stopped")
            return
        try:
            yield record_to_document(row, f"{name}:{reader.line_num}", options)
        except InputError as error:
            yield error
