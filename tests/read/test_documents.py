from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.errors import InputError
from dossier.read.documents import content_hash, make_document, normalise_text


def test_normalise_composes_unicode_and_tidies_whitespace() -> None:
    decomposed = "Nangarha\u0304r\r\n\r\n\r\n\r\nKabul  \t airport\u00a0 attack  "
    assert normalise_text(decomposed) == "Nangarhār\n\nKabul airport attack"


def test_normalise_removes_control_characters_but_keeps_lines() -> None:
    assert normalise_text("a\x00b\x07c\nd\ufeff") == "abc\nd"


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text())
def test_normalised_text_has_no_runs_of_spaces_or_blank_lines(text: str) -> None:
    normalised = normalise_text(text)
    assert "  " not in normalised
    assert "\n\n\n" not in normalised
    assert "\r" not in normalised
    assert normalised == normalised.strip()


def test_id_is_the_content_hash_unless_given() -> None:
    document = make_document("Some article text.", origin="a.txt")
    assert document.id == content_hash("Some article text.")[:16]
    assert not document.id_given
    given_id = make_document("Some article text.", origin="a.jsonl:1", id="bbc-1")
    assert (given_id.id, given_id.id_given) == ("bbc-1", True)


def test_equal_text_after_normalising_gives_equal_ids() -> None:
    first = make_document("Kabul  airport\r\nattack", origin="a")
    second = make_document("Kabul airport\nattack ", origin="b")
    assert first.id == second.id


def test_published_at_parses_dates_and_datetimes() -> None:
    assert make_document("x y", origin="a", published_at="2021-08-29").published_at == datetime(
        2021, 8, 29
    )
    stamped = make_document("x y", origin="a", published_at="2021-08-29T10:00:00Z")
    assert stamped.published_at is not None
    assert stamped.published_at.utcoffset() is not None


def test_bad_published_at_is_dropped_with_a_note_not_an_error() -> None:
    document = make_document("Article text here.", origin="a", published_at="last Tuesday")
    assert document.published_at is None
    assert any("last Tuesday" in note for note in document.notes)


def test_whitespace_only_text_is_refused() -> None:
    with pytest.raises(InputError, match="has no text"):
        make_document(" \n\t ", origin="blank.txt")
