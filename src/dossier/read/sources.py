"""Walk the inputs a user names (files, directories, ``-``) and pick a reader for each."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, cast

from dossier.errors import InputError
from dossier.knowledge.lexicons import lexicon
from dossier.model import Document
from dossier.read.decode import decode_bytes
from dossier.read.feeds import read_feed
from dossier.read.html import read_html
from dossier.read.options import INPUT_FORMATS, InputFormat, ReadOptions
from dossier.read.records import read_csv, read_jsonl
from dossier.read.text import read_text

ReadResult = Document | InputError
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Upload:
    """A file sent to the web app: its name (the origin of what it holds, so an edited
    file uploaded again replaces the first) and its bytes."""

    name: str
    data: bytes


Source = str | Path | Upload


def _format_by_extension() -> dict[str, InputFormat]:
    """File extension -> reader, from the lexicon; every reader named must exist."""
    table = dict(lexicon("reading")["format_by_extension"])
    unknown = set(table.values()) - set(INPUT_FORMATS)
    if unknown:
        raise ValueError(f"reading.yaml names unknown input formats: {sorted(unknown)}")
    return cast(dict[str, InputFormat], table)


FORMAT_BY_EXTENSION = _format_by_extension()


def sniff_format(head: bytes) -> InputFormat:
    """Guess a format from the first bytes, for stdin and files with unknown extensions."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "feed" if (b"<rss" in start or b"<feed" in start or b"<rdf" in start) else "html"
    return "text"


def read_sources(sources: Iterable[Source], options: ReadOptions) -> Iterator[ReadResult]:
    """Yield a Document, or an InputError naming what was wrong, for every article found."""
    for source in sources:
        if isinstance(source, Upload):
            yield from read_upload(source, options)
            continue
        if str(source) == STDIN:
            yield from _read_stream(sys.stdin.buffer, "<stdin>", options)
            continue
        path = Path(source)
        if path.is_dir():
            yield from _read_directory(path, options)
        elif not path.exists():
            problem = "is a broken link" if path.is_symlink() else "does not exist"
            yield InputError(str(path), problem)
        else:
            yield from read_file(path, options)


def read_upload(upload: Upload, options: ReadOptions) -> Iterator[ReadResult]:
    """Documents from an uploaded file; one that is a whole article is identified by its
    name, as a file read from disk is by its path."""
    name = Path(upload.name).name
    input_format = _format_of(Path(name), options, upload.data[:512])
    for result in read_bytes(upload.data, name, input_format, options):
        if isinstance(result, Document) and result.origin == name:
            result = replace(result, whole_file=True)
        yield result


def _not_regular(path: Path) -> InputError | None:
    """An error for a path that is not a regular file (a FIFO, a socket, a device): opening
    one would wait forever for a writer, or read without end."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return InputError(str(path), f"cannot be read ({error.strerror or error})")
    if stat.S_ISREG(mode):
        return None
    kind = (
        "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    return InputError(str(path), f"is {kind}, not a regular file; skipped")


def _read_directory(root: Path, options: ReadOptions) -> Iterator[ReadResult]:
    """Every file below ``root`` with a known extension, in a stable order; hidden ones skipped."""
    failures: list[InputError] = []

    def on_error(error: OSError) -> None:
        failures.append(InputError(str(error.filename), f"cannot be listed ({error.strerror})"))

    for directory, subdirectories, files in os.walk(root, onerror=on_error):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        for name in sorted(files):
            path = Path(directory, name)
            if name.startswith(".") or path.suffix.lower() not in FORMAT_BY_EXTENSION:
                continue
            yield from read_file(path, options)
        yield from failures
        failures.clear()


def read_file(path: Path, options: ReadOptions) -> Iterator[ReadResult]:
    """Documents from one file, read by the format its extension (or content) says."""
    name = str(path)
    irregular = _not_regular(path)
    if irregular is not None:
        yield irregular
        return
    try:
        if _format_of(path, options) == "jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl(stream, name, options)
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(name, f"cannot be read ({error.strerror or error})")
        return
    for result in read_bytes(data, name, _format_of(path, options, data[:512]), options):
        if isinstance(result, Document) and result.origin == name:
            # A whole file: its resolved path identifies it when it is read again.
            result = replace(result, origin=str(path.resolve()), whole_file=True)
        yield result


def _format_of(path: Path, options: ReadOptions, head: bytes | None = None) -> InputFormat:
    if options.format:
        return options.format
    known = FORMAT_BY_EXTENSION.get(path.suffix.lower())
    if known:
        return known
    return sniff_format(head) if head is not None else "text"


def _read_stream(stream: BinaryIO, name: str, options: ReadOptions) -> Iterator[ReadResult]:
    data = stream.read()
    yield from read_bytes(data, name, options.format or sniff_format(data[:512]), options)


def read_bytes(
    data: bytes, name: str, input_format: InputFormat, options: ReadOptions
) -> Iterator[ReadResult]:
    """Documents from an input's bytes in a known format."""
    if input_format == "jsonl":
        yield from read_jsonl(data.splitlines(), name, options)
        return
    if input_format == "csv":
        yield from read_csv(data, name, options)
        return
    if input_format == "feed":
        yield from read_feed(data, name, options)
        return
    try:
        decoded = decode_bytes(data, name)
        notes = (f"decoded as {decoded.encoding}",) if decoded.guessed else ()
        if input_format == "html":
            yield read_html(decoded.text, name, options, notes)
        else:
            yield read_text(decoded.text, name, options, input_format == "markdown", notes)
    except InputError as error:
        yield error
