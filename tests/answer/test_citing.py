"""How answers cite: every article before any twice, and sentences that an article's hard
line breaks cut apart cited whole (pure helpers, on made-up text)."""

from __future__ import annotations

from dossier.answer.citing import each_source_first, unwrapped
from dossier.model import Evidence, Sentence


def _evidence(document_id: str, index: int) -> Evidence:
    return Evidence(document_id, index, index * 10, index * 10 + 5, f"{document_id} {index}")


def test_each_article_is_cited_before_any_is_cited_twice() -> None:
    evidence = [_evidence("a", 0), _evidence("a", 1), _evidence("a", 2), _evidence("b", 0)]
    ordered = each_source_first(evidence)
    assert [(e.document_id, e.sentence_index) for e in ordered[:2]] == [("a", 0), ("b", 0)]
    assert len(ordered) == len(evidence)


def _sentences(text: str) -> list[Sentence]:
    """One sentence per line, as a splitter that breaks at every newline reads it."""
    spans: list[Sentence] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Sentence(len(spans), start, start + len(line)))
        start += len(line) + 1
    return spans


def test_lines_of_one_sentence_are_joined_both_ways_within_a_paragraph() -> None:
    text = (
        "Tolan Vey: named leader in 2011, Tolan Vey\n"
        "set up the militia with his cousin in Brask in 2004. Later he\n"
        "fled north.\n"
        "\n"
        "The militia has a radio station"
    )
    sentences = _sentences(text)
    middle = sentences[1]
    start, end = unwrapped(text, sentences, middle.start, middle.end)
    # the line before ends mid-sentence and this one opens in lower case: it began there;
    # this one ends with 'he', lower case and no stop: it goes on in the next line
    assert text[start:end].startswith("Tolan Vey: named leader")
    assert text[start:end].endswith("fled north.")
    # a blank line ends a paragraph: the last line is not joined to what came before
    last = sentences[-1]
    assert unwrapped(text, sentences, last.start, last.end) == (last.start, last.end)
