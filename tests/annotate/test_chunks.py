from hypothesis import given
from hypothesis import strategies as st

from dossier.annotate.chunks import split_into_chunks


@given(st.text(alphabet="ab .\n", max_size=2000), st.integers(min_value=4, max_value=300))
def test_pieces_tile_the_text_exactly(text: str, max_chars: int) -> None:
    pieces = list(split_into_chunks(text, max_chars))
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= max_chars


def test_cuts_prefer_paragraph_breaks() -> None:
    paragraph = "A sentence about the group. " * 10
    text = "\n\n".join([paragraph.strip()] * 6)
    pieces = [piece for _, piece in split_into_chunks(text, 700)]
    assert len(pieces) > 1
    assert all(piece.endswith("\n\n") for piece in pieces[:-1])
