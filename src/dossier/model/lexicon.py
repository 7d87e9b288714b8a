"""Reading word lists from YAML data files shipped in a package.

Knowledge (cue words, number words, month names, gazetteer tables) is data, not
code: each stage keeps its lists in a YAML file and reads them through here once.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's safe loader where PyYAML was built with it: the same result, several times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_lexicon(package: str, name: str) -> Mapping[str, Any]:
    """The mapping in ``<package>/<name>.yaml``, read once per process."""
    text = resources.files(package).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=SAFE_LOADER) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{package}/{name}.yaml must hold a mapping")
    return data


def words(lexicon: Mapping[str, Any], key: str) -> frozenset[str]:
    """A list of the lexicon as a set of words or phrases."""
    return frozenset(str(word) for word in lexicon[key])


def phrases(lexicon: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """A list of the lexicon in its written order (where order matters: longest first...)."""
    return tuple(str(word) for word in lexicon[key])
