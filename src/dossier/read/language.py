"""Guess a document's language offline, from its script and its stop words.

Good enough to tell English from the other languages news arrives in, which
is all extraction needs: non-English documents are stored but not extracted.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from dossier.knowledge.lexicons import lexicon, phrases

_READING = lexicon("reading")
# Latin-script languages whose stop-word lists ship with spaCy.
_LATIN_CANDIDATES = phrases(_READING, "latin_script_languages")
# Unicode script name prefix (from the character name) -> language.
_SCRIPTS: dict[str, str] = dict(_READING["script_languages"])
_WORD = re.compile(r"[^\W\d_]+")
_PAST_LATIN = re.compile("[\u0250-\U0010ffff]")  # past Latin and its extensions
_SAMPLE_CHARS = 4000
MIN_WORDS_TO_OVERRULE = 6


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for a language, read from its file alone: importing
    ``spacy.lang.<lang>`` would also build that language's tokenizer rules (seconds)."""
    spacy_spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    assert spacy_spec is not None and spacy_spec.submodule_search_locations
    path = Path(spacy_spec.submodule_search_locations[0]) / "lang" / lang / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"dossier_stop_words_{lang}", path)
    if spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def _dominant_script(sample: str) -> str | None:
    if not any(char.isalpha() for char in _PAST_LATIN.findall(sample)):
        return None  # every letter is Latin (the loop below would find no other script)
    counts: dict[str, int] = {}
    letters = 0
    for char in sample:
        if not char.isalpha():
            continue
        letters += 1
        if ord(char) < 0x250:  # Latin, with its supplements and extensions
            continue
        name = unicodedata.name(char, "")
        for prefix, lang in _SCRIPTS.items():
            if name.startswith(prefix):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts or letters == 0:
        return None
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count > letters / 2 else None


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's most likely language, or None if too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    script_lang = _dominant_script(sample)
    if script_lang:
        return script_lang
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < 4:
        return None
    counted = Counter(words)  # each distinct word looked up once, not every occurrence
    scores = {
        lang: sum(counted[word] for word in _stop_words(lang).intersection(counted))
        for lang in _LATIN_CANDIDATES
    }
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] == 0:
        return None
    # English is the default: short texts share 'a', 'is', 'of' with other languages,
    # so another language must be clearly ahead on enough words to win.
    clearly_ahead = scores[best] >= 2 * scores["en"] + 2 and len(words) >= MIN_WORDS_TO_OVERRULE
    return best if best == "en" or clearly_ahead else "en"
