"""Near-duplicate fingerprints: MinHash over word shingles, banded for lookup.

Two re-publications of one wire story with small edits share most of their
five-word shingles; their MinHash signatures then agree in most positions and
share at least one band key, which the store looks up to link them.
"""

from __future__ import annotations

import hashlib
import re
import struct
from functools import cache
from typing import Any

NUM_PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.45 Jaccard become candidates
ROWS_PER_BAND = NUM_PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.7  # estimated Jaccard similarity that links two documents

_WORD = re.compile(r"\w+")
_SEED = 20260101  # fixed: signatures must stay comparable across runs and processes
_SCHEME = "affine32"


@cache
def minhash_setup() -> tuple[Any, Any]:
    """The MinHash class and its permutations, made once per process. datasketch (and
    the SciPy it pulls in) loads only when texts are fingerprinted, not for commands
    that merely read the store; the annotator makes them when it loads."""
    from datasketch import MinHash

    return MinHash, MinHash(num_perm=NUM_PERMUTATIONS, seed=_SEED, scheme=_SCHEME).permutations


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    runs = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)  # no slice per word
    return {" ".join(run).encode() for run in runs}


def minhash_signature(text: str) -> tuple[int, ...]:
    """The text's MinHash signature: NUM_PERMUTATIONS 32-bit values."""
    minhash_class, permutations = minhash_setup()
    minhash = minhash_class(
        num_perm=NUM_PERMUTATIONS, seed=_SEED, permutations=permutations, scheme=_SCHEME
    )
    minhash.update_batch(list(shingles(text)))  # a minimum: the order does not matter
    return tuple(minhash.hashvalues.tolist())


def band_keys(signature: tuple[int, ...]) -> list[int]:
    """One key per band; documents sharing any key are near-duplicate candidates.

    Keys fit in a signed 63-bit integer so every SQL backend stores them as BIGINT.
    """
    keys = []
    for band in range(BANDS):
        rows = signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        digest = hashlib.blake2b(struct.pack(f"<I{len(rows)}I", band, *rows), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "little") >> 1)
    return keys


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal positions)."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(a == b for a, b in zip(first, second, strict=True)) / len(first)


def pack_signature(signature: tuple[int, ...]) -> bytes:
    return struct.pack(f"<{len(signature)}I", *signature)


def unpack_signature(blob: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(blob) // 4}I", blob)


class NearDuplicates:
    """The rule that makes two stored articles one story: a shared MinHash band key
    finds the candidates, an estimated Jaccard similarity of at least ``threshold``
    decides. The store asks it; it never decides by itself."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold

    def keys(self, signature: tuple[int, ...]) -> list[int]:
        return band_keys(signature) if signature else []

    def score(self, first: tuple[int, ...], second: tuple[int, ...]) -> float | None:
        """The similarity of two signatures if they tell one story, else None."""
        value = similarity(first, second)
        return value if value >= self.threshold else None
