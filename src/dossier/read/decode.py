"""Bytes to text: byte-order marks, UTF-8, the Windows code page, and refusing binaries."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from dossier.errors import InputError

# Signatures of binary formats people drop into article folders by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was not UTF-8 and had to be guessed


def decode_bytes(data: bytes, input_name: str) -> DecodedText:
    """Decode an input's bytes, or raise InputError saying why it is not text."""
    if not data.strip():
        raise InputError(input_name, "is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(encoding), encoding, guessed=False)
            except UnicodeDecodeError as error:
                raise InputError(
                    input_name, f"starts with a {encoding} byte-order mark but is not {encoding}"
                ) from error
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(input_name, f"is {kind}, not text; nothing was read from it")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(input_name, "looks like binary data (it contains NUL bytes), not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", guessed=False)
    except UnicodeDecodeError:
        pass
    # Most non-UTF-8 news text is Windows-1252 (a superset of Latin-1's printable range).
    try:
        return DecodedText(data.decode("cp1252"), "windows-1252", guessed=True)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[: _SNIFF_BYTES * 8]).best()
    if best is not None and best.encoding:
        return DecodedText(data.decode(best.encoding, errors="replace"), best.encoding, True)
    return DecodedText(data.decode("latin-1"), "latin-1", guessed=True)
