import codecs

import pytest

from dossier.errors import InputError
from dossier.read.decode import decode_bytes

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def test_utf8_is_read_as_is() -> None:
    decoded = decode_bytes("Nangarhār – Kabul".encode(), "a.txt")
    assert decoded.text == "Nangarhār – Kabul"
    assert (decoded.encoding, decoded.guessed) == ("utf-8", False)


def test_utf8_byte_order_mark_is_dropped() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + b"ISIS-K", "bom.txt")
    assert decoded.text == "ISIS-K"


def test_utf16_with_byte_order_mark() -> None:
    decoded = decode_bytes("Kunar province".encode("utf-16"), "wide.txt")
    assert decoded.text == "Kunar province"


def test_windows_1252_is_recognised() -> None:
    raw = "The group’s “core” fighters – in Nangarhar, Afghanistan’s east".encode("cp1252")
    decoded = decode_bytes(raw, "old.txt")
    assert decoded.text == "The group’s “core” fighters – in Nangarhar, Afghanistan’s east"
    assert decoded.encoding == "windows-1252"
    assert decoded.guessed


def test_latin1_text_is_readable() -> None:
    decoded = decode_bytes("Café in Düsseldorf, façade".encode("latin-1"), "latin.txt")
    assert decoded.text == "Café in Düsseldorf, façade"


def test_png_is_refused_by_name() -> None:
    with pytest.raises(InputError, match=r"picture.png: is a PNG image, not text"):
        decode_bytes(PNG_HEADER, "picture.png")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"abc\x00\x01\x02def", "blob.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="is empty"):
        decode_bytes(data, "empty.txt")
