"""The text the model reads: the stored text with layout noise blanked, character for
character, so that every offset the model gives is an offset in the stored text.

Two kinds of noise break sentences apart or glue words together:
- hard-wrapped text (plain-text pages, e-mail, old web pages) ends a line every 70 to 90
  characters in mid-sentence; the annotator starts a sentence at every line break, so a
  wrapped sentence is read as two fragments;
- encyclopaedia citation marks ("fighters,[12] and") stick to the word before them.
A wrap is a line break after a long line that does not end a sentence; it becomes a space.
A citation mark becomes spaces.
"""

from __future__ import annotations

import re
from itertools import pairwise

# A text is hard-wrapped when most of its lines are long and of about one width
MIN_WRAPPED_LINES = 6
WRAPPED_SHARE = 0.5
# a line at least this share of the wrap width ends in mid-sentence unless it ends with
# a sentence's closing punctuation; shorter lines are headings, list items or paragraph ends
FULL_LINE_SHARE = 0.75
MAX_WRAP_WIDTH = 100
_LINE_END = re.compile(r"""[.!?:;"'”’)\]]\s*$""")
_CITATION_MARK = re.compile(r"(?<=\S)\[(?:\d{1,3}|citation needed|note \d{1,3})\]")


def model_view(text: str) -> str:
    """`text` with soft line wraps and citation marks blanked; the same length."""
    if "[" in text:
        text = _CITATION_MARK.sub(lambda mark: " " * len(mark.group()), text)
    if "\n" in text:
        text = _unwrapped(text)
    return text


def _unwrapped(text: str) -> str:
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < MIN_WRAPPED_LINES:
        return text
    width = sorted(lengths)[int(len(lengths) * 0.9)]
    if width > MAX_WRAP_WIDTH:
        return text
    full = [length for length in lengths if length >= FULL_LINE_SHARE * width]
    if len(full) < WRAPPED_SHARE * len(lengths):
        return text
    joined = []
    for line, following in pairwise(lines):
        soft = (
            len(line.rstrip()) >= FULL_LINE_SHARE * width
            and not _LINE_END.search(line)
            and following.strip() != ""
            and not following[:1].isspace()
        )
        joined.append(line + (" " if soft else "\n"))
    joined.append(lines[-1])
    return "".join(joined)
