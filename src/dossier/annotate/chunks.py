"""Split long texts into pieces the model can take, keeping each piece's offset."""

from __future__ import annotations

from collections.abc import Iterator

MAX_CHUNK_CHARS = 50_000
# Preferred places to cut, best first: paragraph, line, sentence, word.
_CUTS = ("\n\n", "\n", ". ", " ")


def split_into_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) with ``text[offset:offset+len(piece)] == piece``.

    Pieces end at a paragraph break where one is in reach, so no sentence is
    cut in two unless a single paragraph is longer than ``max_chars``.
    """
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        end = window_end
        for cut in _CUTS:
            found = text.rfind(cut, start + max_chars // 2, window_end)
            if found != -1:
                end = found + len(cut)
                break
        yield start, text[start:end]
        start = end
    if start < len(text):
        yield start, text[start:]
