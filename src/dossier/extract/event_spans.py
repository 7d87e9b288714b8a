"""Evidence for each of several events one sentence tells.

'..., most notably the 2001 Parliament attack and the 2008 Mumbai attacks' tells two
incidents; quoting the whole sentence for each would make each event's evidence tell the
other too. Each event gets its own stretch of the sentence instead: from where its phrase
begins (the first event: the sentence's start) to where the next event's phrase begins.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token

from dossier.knowledge.lexicons import lexicon, phrases
from dossier.model import Evidence

TRAILING = " ,;:-—–"
JOINERS = phrases(lexicon("events"), "evidence_joiners")  # 'the 2001 attack and'


def split_evidence(evidence: Evidence, doc: Doc, cues: Sequence[Token]) -> list[Evidence]:
    """One evidence item per cue (each the first cue of another event, in text order):
    the sentence cut where each later event's phrase begins. A cut that would leave a
    piece empty keeps the whole sentence for every event."""
    if len(cues) < 2:
        return [evidence] * len(cues)
    starts = [evidence.start]
    for previous, cue in pairwise(cues):
        begin = _phrase_start(cue, previous)
        if begin is None:
            return [evidence] * len(cues)
        starts.append(begin)
    ends = [*starts[1:], evidence.end]
    pieces = []
    for start, end in zip(starts, ends, strict=True):
        text = _trimmed(doc.text[start:end])
        if not text.strip():
            return [evidence] * len(cues)
        pieces.append(
            Evidence(evidence.document_id, evidence.sentence_index, start, start + len(text), text)
        )
    return pieces


def _phrase_start(cue: Token, previous: Token) -> int | None:
    """Where the phrase of a later event's cue begins: its noun phrase ('the 2008 Mumbai
    attacks'), or its clause's subject ('insurgents attacked Palma'); never at or before
    the previous event's cue, and not when the previous cue is part of this one's phrase
    ('an explosive device detonated'), which no cut can part."""
    if previous.dep_ in ("amod", "compound"):
        previous = previous.head  # 'explosive' in 'an explosive device': the device's phrase
    if previous in cue.subtree or (cue in previous.subtree and not _joined(cue, previous)):
        return None
    candidates = []
    if cue.pos_ == "NOUN":
        candidates.append(cue.left_edge)
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates += [subject.left_edge for subject in subjects]
    candidates.append(cue)
    for token in candidates:
        if token.i > previous.i:
            return token.idx
    return None


def _joined(cue: Token, above: Token) -> bool:
    """Whether a cue inside another's phrase is joined to it as another item ('the 2001
    attack and the 2008 attacks'), not a part of it ('a device detonated')."""
    token = cue
    while token != above and token.head != token:
        if token.dep_ in ("conj", "appos"):
            return True
        token = token.head
    return False


def _trimmed(text: str) -> str:
    """A piece without the joining word and punctuation it ends on."""
    text = text.rstrip().rstrip(TRAILING)
    lowered = text.lower()
    for joiner in JOINERS:
        if lowered.endswith(" " + joiner):
            text = text[: -len(joiner)].rstrip().rstrip(TRAILING)
            break
    return text


__all__ = ["split_evidence"]
