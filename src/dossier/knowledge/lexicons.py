"""The lexicons extraction reads: ``knowledge/data/lexicons/<name>.yaml``.

from dossier.knowledge.lexicons import lexicon
EVENT_NOUNS = words(lexicon("events"), "event_nouns")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dossier.model.lexicon import load_lexicon, phrases, words

LEXICON_PACKAGE = "dossier.knowledge.data.lexicons"

__all__ = ["lexicon", "phrases", "words"]


def lexicon(name: str) -> Mapping[str, Any]:
    """One lexicon file's mapping (cached)."""
    return load_lexicon(LEXICON_PACKAGE, name)
