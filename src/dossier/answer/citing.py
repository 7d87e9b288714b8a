"""How answers cite sentences: every article before any is cited twice, and a sentence
that an article's hard line breaks cut into lines cited whole."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.model import Evidence, Sentence

MAX_LINES_JOINED = 3  # lines of one sentence an article's hard line breaks cut apart
STOPS = frozenset(".!?\"”'’:;)]")  # what a sentence or a line that ends one ends with


def each_source_first(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence in its order, the first sentence of each document first: when citations
    are capped, every article stating the answer is cited before any is cited twice."""
    first: dict[str, Evidence] = {}
    for item in evidence:
        first.setdefault(item.document_id, item)
    chosen = set(map(id, first.values()))
    return [*first.values(), *(item for item in evidence if id(item) not in chosen)]


def unwrapped(text: str, sentences: Sequence[Sentence], start: int, end: int) -> tuple[int, int]:
    """The span of a sentence that hard line breaks cut into lines: lines of one paragraph
    are joined while one ends without a stop and it or the next turns on a lower-case
    word, at most MAX_LINES_JOINED each way."""
    for _ in range(MAX_LINES_JOINED):
        piece = text[start:end].rstrip()
        following = next((s for s in sentences if end <= s.start < end + 3), None)
        if following is None or not piece or piece[-1] in STOPS:
            break
        rest = text[following.start : following.end]
        if "\n\n" in text[end : following.start] or not (
            rest[:1].islower() or piece.split()[-1][:1].islower()
        ):
            break
        end = following.end
    for _ in range(MAX_LINES_JOINED):
        piece = text[start:end].lstrip()
        before = next((s for s in sentences if start - 3 < s.end <= start), None)
        if before is None or not piece[:1].islower():
            break
        earlier = text[before.start : before.end].rstrip()
        if not earlier or earlier[-1] in STOPS or "\n\n" in text[before.end : start]:
            break
        start = before.start
    return start, end
