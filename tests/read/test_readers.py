"""Every reader, through read_sources, on small files written by hand."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from dossier.errors import InputError
from dossier.model import Document
from dossier.read.options import ReadOptions
from dossier.read.sources import read_sources
from tests.helpers import write

ARTICLE = "Who are ISIS-K?\n\nISIS-K are a regional affiliate of the Islamic State group."


def read_all(*sources: str | Path, **options: str) -> list[Document | InputError]:
    return list(read_sources(sources, ReadOptions(**options)))  # type: ignore[arg-type]


def documents(results: list[Document | InputError]) -> list[Document]:
    return [result for result in results if isinstance(result, Document)]


def failures(results: list[Document | InputError]) -> list[InputError]:
    return [result for result in results if isinstance(result, InputError)]


# ---- text and Markdown ----------------------------------------------------------


def test_text_file_title_is_its_first_line_when_it_looks_like_one(tmp_path: Path) -> None:
    [document] = read_all(write(tmp_path / "a.txt", ARTICLE))
    assert isinstance(document, Document)
    assert document.title == "Who are ISIS-K?"
    assert document.text == ARTICLE
    assert document.whole_file
    assert document.origin == str((tmp_path / "a.txt").resolve())


def test_a_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    [document] = read_all(write(tmp_path / "a.txt", "The group formed in 2015. It grew."))
    assert isinstance(document, Document)
    assert document.title is None


def test_markdown_heading_becomes_the_title(tmp_path: Path) -> None:
    [document] = read_all(write(tmp_path / "a.md", "# ISIS-K explained\n\nThe group formed."))
    assert isinstance(document, Document)
    assert document.title == "ISIS-K explained"


def test_header_lines_give_a_saved_articles_address_title_and_date(tmp_path: Path) -> None:
    saved = (
        "https://www.harbour-courier.example/world/4411\n"
        "Title: Ferry bombing kills nine\n"
        "Date: 2019-04-12\n"
        "\n"
        "A bomb on a ferry killed nine people on Friday, officials said."
    )
    [document] = read_all(write(tmp_path / "a.txt", saved))
    assert isinstance(document, Document)
    assert document.text == "A bomb on a ferry killed nine people on Friday, officials said."
    assert document.title == "Ferry bombing kills nine"
    assert document.url == "https://www.harbour-courier.example/world/4411"
    assert document.publisher == "harbour-courier.example"
    assert document.published_at is not None
    assert document.published_at.date().isoformat() == "2019-04-12"


def test_a_colon_line_that_is_no_known_header_stays_in_the_text(tmp_path: Path) -> None:
    text = "Update: the toll rose to twelve overnight.\n\nRescuers searched the river."
    [document] = read_all(write(tmp_path / "a.txt", text), published_at="2020-01-02")
    assert isinstance(document, Document)
    assert document.text == text
    assert document.url is None


def test_the_command_lines_date_wins_over_a_header_date(tmp_path: Path) -> None:
    saved = "Date: 2019-04-12\n\nA bomb on a ferry killed nine people."
    [document] = read_all(write(tmp_path / "a.txt", saved), published_at="2019-04-13")
    assert isinstance(document, Document)
    assert document.published_at is not None
    assert document.published_at.date().isoformat() == "2019-04-13"
    assert document.text == "A bomb on a ferry killed nine people."


def test_published_at_and_source_options_fill_missing_metadata(tmp_path: Path) -> None:
    [document] = read_all(
        write(tmp_path / "a.txt", ARTICLE), published_at="2021-08-29", publisher="BBC"
    )
    assert isinstance(document, Document)
    assert document.publisher == "BBC"
    assert document.published_at is not None
    assert document.published_at.date().isoformat() == "2021-08-29"


# ---- HTML -------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>ISIS-K explained | Example</title>
<link rel="canonical" href="https://news.example/isis-k">
<meta property="article:published_time" content="2021-08-27T09:00:00Z">
<meta property="og:site_name" content="Example News">
<script>var tracking = "do not read me";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>ISIS-K explained</h1>
<p>ISIS-K are a regional affiliate of the Islamic State group. They are based in the east of
Afghanistan, near Nangarhar province, according to officials.</p>
<p>The group was set up in early 2015 by former members of the Pakistani Taliban and other
militant organisations, and it has carried out attacks across the region since then.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    [document] = read_all(write(tmp_path / "page.html", PAGE))
    assert isinstance(document, Document)
    assert "regional affiliate of the Islamic State group" in document.text
    assert "do not read me" not in document.text
    assert "Copyright" not in document.text
    assert document.title is not None and document.title.startswith("ISIS-K explained")
    assert document.url == "https://news.example/isis-k"
    assert document.publisher == "Example News"
    assert document.published_at is not None
    assert document.published_at.date().isoformat() == "2021-08-27"


def test_malformed_html_is_still_read(tmp_path: Path) -> None:
    broken = "<html><body><div><p>Militants attacked a checkpoint in Kunar <b>province<p>"
    broken += "Three soldiers were killed, officials said.<div></table></span>"
    [document] = read_all(write(tmp_path / "broken.htm", broken))
    assert isinstance(document, Document)
    assert "Three soldiers were killed" in document.text


def test_html_without_text_is_a_clear_failure(tmp_path: Path) -> None:
    [failure] = read_all(write(tmp_path / "empty.html", "<html><body><img src=x></body></html>"))
    assert isinstance(failure, InputError)
    assert "empty.html" in str(failure)


# ---- JSON Lines -------------------------------------------------------------------


def test_jsonl_fields_map_to_the_document(tmp_path: Path) -> None:
    record = {
        "id": "bbc-7",
        "text": "Kabul airport was attacked.",
        "title": "Airport attack",
        "url": "https://bbc.example/7",
        "source": "BBC",
        "published_at": "2021-08-26",
        "lang": "en",
    }
    [document] = read_all(write(tmp_path / "a.jsonl", json.dumps(record) + "\n"))
    assert isinstance(document, Document)
    assert (document.id, document.title, document.publisher) == ("bbc-7", "Airport attack", "BBC")
    assert document.url == "https://bbc.example/7"
    assert document.origin == f"{tmp_path / 'a.jsonl'}:1"
    assert not document.whole_file


def test_jsonl_broken_line_is_reported_with_its_number_and_the_rest_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "1", "text": "First good article."}),
        '{"id": "2", "text": "unterminated',
        "",
        json.dumps({"id": "3", "text": "Third good article."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "6", "title": "no text field"}),
    ]
    results = read_all(write(tmp_path / "mixed.jsonl", "\n".join(lines)))
    assert [document.id for document in documents(results)] == ["1", "3"]
    problems = {failure.input_name: failure.problem for failure in failures(results)}
    assert set(problems) == {f"{tmp_path / 'mixed.jsonl'}:{n}" for n in (2, 5, 6)}
    assert "not valid JSON" in problems[f"{tmp_path / 'mixed.jsonl'}:2"]
    assert "no text" in problems[f"{tmp_path / 'mixed.jsonl'}:6"]


def test_jsonl_custom_column_names(tmp_path: Path) -> None:
    line = json.dumps({"body": "Text in another field.", "key": "k1", "headline": "H"})
    [document] = read_all(
        write(tmp_path / "a.jsonl", line),
        text_column="body",
        id_column="key",
        title_column="headline",
    )
    assert isinstance(document, Document)
    assert (document.id, document.title) == ("k1", "H")


# ---- CSV --------------------------------------------------------------------------


def test_csv_rows_become_documents(tmp_path: Path) -> None:
    content = 'id,title,text,published_at\nr1,One,"First, with a comma.",2021-01-02\n'
    content += 'r2,Two,"Second ""quoted"" article.",\n'
    results = read_all(write(tmp_path / "a.csv", content))
    assert [(d.id, d.title) for d in documents(results)] == [("r1", "One"), ("r2", "Two")]
    assert documents(results)[1].text == 'Second "quoted" article.'


def test_csv_without_the_text_column_names_the_columns(tmp_path: Path) -> None:
    [failure] = read_all(write(tmp_path / "a.csv", "id,body\n1,Some text\n"))
    assert isinstance(failure, InputError)
    assert "no 'text' column" in failure.problem
    assert "'body'" in failure.problem
    assert "--text-column" in failure.problem


def test_csv_text_column_option(tmp_path: Path) -> None:
    [document] = read_all(
        write(tmp_path / "a.csv", "key;summary\nk9;Text in a semicolon file.\n"),
        text_column="summary",
        id_column="key",
    )
    assert isinstance(document, Document)
    assert (document.id, document.text) == ("k9", "Text in a semicolon file.")


def test_csv_row_with_empty_text_is_reported_and_others_read(tmp_path: Path) -> None:
    results = read_all(write(tmp_path / "a.csv", "id,text\n1,Good row.\n2,\n3,Also good.\n"))
    assert [d.id for d in documents(results)] == ["1", "3"]
    [failure] = failures(results)
    assert failure.input_name.endswith("a.csv:3")


# ---- feeds ------------------------------------------------------------------------

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><guid>wire-1</guid><title>Blast in Kabul</title><link>https://wire.example/1</link>
<pubDate>Fri, 27 Aug 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;A blast struck &lt;b&gt;Kabul&lt;/b&gt; airport.&lt;/p&gt;
</description></item>
<item><guid>wire-2</guid><title>Strike in Nangarhar</title>
<description>A drone strike hit a compound in Nangarhar.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Desk</title><entry><id>urn:a:1</id><title>Surrender</title>
<updated>2020-03-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;Hundreds of fighters surrendered.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    results = read_all(write(tmp_path / "wire.rss", RSS))
    first, second = documents(results)
    assert (first.id, first.title, first.publisher) == ("wire-1", "Blast in Kabul", "Example Wire")
    assert first.text == "A blast struck Kabul airport."
    assert first.published_at is not None and first.published_at.year == 2021
    assert second.text == "A drone strike hit a compound in Nangarhar."


def test_atom_feed(tmp_path: Path) -> None:
    [document] = read_all(write(tmp_path / "desk.xml", ATOM))
    assert isinstance(document, Document)
    assert (document.id, document.publisher) == ("urn:a:1", "Atom Desk")
    assert document.text == "Hundreds of fighters surrendered."


def test_a_broken_feed_is_a_clear_failure(tmp_path: Path) -> None:
    [failure] = read_all(write(tmp_path / "bad.rss", "<rss><channel><item>"))
    assert isinstance(failure, InputError)
    assert "bad.rss" in failure.input_name


# ---- directories, stdin, bad paths --------------------------------------------------


def test_directories_are_read_recursively_by_extension(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second article text.")
    write(tmp_path / "sub" / "a.md", "First article text.")
    write(tmp_path / "sub" / "deeper" / "c.html", "<p>Third article text, in HTML.</p>")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\nxxxx")  # unknown extension: skipped
    write(tmp_path / ".hidden" / "d.txt", "Hidden article.")
    texts = sorted(d.text for d in documents(read_all(tmp_path)))
    assert texts == ["First article text.", "Second article text.", "Third article text, in HTML."]


def test_binary_file_with_a_text_extension_fails_by_name(tmp_path: Path) -> None:
    [failure] = read_all(write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert isinstance(failure, InputError)
    assert "photo.txt" in failure.input_name
    assert "PNG image" in failure.problem


def test_empty_file_fails_by_name(tmp_path: Path) -> None:
    [failure] = read_all(write(tmp_path / "empty.txt", ""))
    assert isinstance(failure, InputError)
    assert failure.problem == "is empty"


def test_missing_path_and_broken_link_fail_by_name(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    results = read_all(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    assert [f.problem for f in failures(results)] == ["does not exist", "is a broken link"]


def test_directory_with_unreadable_files_reads_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "A readable article.")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing-target.txt")
    locked = write(tmp_path / "locked.txt", "Locked article.")
    locked.chmod(0)
    try:
        results = read_all(tmp_path)
    finally:
        locked.chmod(0o644)
    assert "A readable article." in [d.text for d in documents(results)]
    failed = {Path(f.input_name).name: f.problem for f in failures(results)}
    assert "cannot be read" in failed["broken.txt"]
    if os.geteuid() != 0:  # root reads mode-000 files anyway
        assert "cannot be read" in failed["locked.txt"]


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "From a pipe."}\n'))
    monkeypatch.setattr(sys, "stdin", stream)
    [document] = read_all("-")
    assert isinstance(document, Document)
    assert (document.id, document.origin) == ("s1", "<stdin>:1")


def test_format_option_overrides_the_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "export.dat", json.dumps({"id": "x", "text": "Forced JSONL."}))
    [document] = read_all(path, format="jsonl")
    assert isinstance(document, Document)
    assert document.id == "x"
