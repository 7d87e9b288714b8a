"""Matching rules shared by the export scorers (`dossier eval news | redocred`).

They read only the JSON export (`dossier export --format json`, docs/export.md), the
way a user or another program sees the knowledge base: names are compared after
normalising, quotes by overlap, values loosely by kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from difflib import SequenceMatcher
from typing import Any

JSON = dict[str, Any]

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"'})
_WORD = re.compile(r"[^\W_]+")
# words too common to show that two free-text values say the same thing
_FILLER = frozenset(
    "the of and for with from into that this their its his her are was were has have had "
    "group movement people".split()
)


def norm(text: object) -> str:
    """Text compared as a reader would: NFKC, lower case, straight quotes, single spaces."""
    folded = unicodedata.normalize("NFKC", str(text)).lower().translate(_QUOTES)
    return " ".join(folded.split())


def quote_overlaps(have: str, want: str) -> bool:
    """Whether an evidence quote ``have`` covers the gold quote ``want``.

    True when ``want`` lies inside ``have``, when ``have`` lies inside ``want`` and is at
    least half as long (a clause of a long gold span), or when the longest common
    substring is at least 0.6 of ``want`` (sentence splits that cut the gold span).
    """
    a, b = norm(have), norm(want)
    if not a or not b:
        return False
    if b in a or (a in b and 2 * len(a) >= len(b)):
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= 0.6 * len(b)


class ExportView:
    """The JSON export, indexed for scoring: entity names per resolved cluster, claims and
    events per document."""

    def __init__(self, export: Mapping[str, Any]) -> None:
        self.data = export
        self.entities: dict[str, JSON] = {e["id"]: e for e in export.get("entities") or []}
        self.claims: list[JSON] = list(export.get("claims") or [])
        self.events: list[JSON] = list(export.get("events") or [])
        self.verdicts: list[JSON] = list(export.get("verdicts") or [])
        self.document_ids = {d["id"] for d in export.get("documents") or []}
        # a merged entity is shown as one, under every name of its members
        members: dict[str, list[JSON]] = defaultdict(list)
        for entity in self.entities.values():
            members[entity.get("canonical") or entity["id"]].append(entity)
        self._cluster_names = {
            head: {norm(name) for e in group for name in (e["name"], *(e.get("aliases") or []))}
            for head, group in members.items()
        }
        self.claims_by_document: dict[str, list[JSON]] = defaultdict(list)
        for claim in self.claims:
            for document_id in {ev["document_id"] for ev in claim.get("evidence") or []}:
                self.claims_by_document[document_id].append(claim)

    def names(self, reference: str | Iterable[str] | None) -> set[str]:
        """Every normalised name of the entities referred to (ids, or literal names)."""
        if reference is None:
            return set()
        if not isinstance(reference, str):
            return set().union(*(self.names(item) for item in reference))
        entity = self.entities.get(reference)
        if entity is None:
            return {norm(reference)}
        head = entity.get("canonical") or entity["id"]
        return self._cluster_names.get(head, {norm(entity["name"])})

    def name(self, reference: str | None) -> str:
        """The display name of an entity id (the id itself when unknown)."""
        if reference is None:
            return ""
        entity = self.entities.get(reference)
        return str(entity["name"]) if entity else reference


def evidence_overlaps(evidence: Iterable[Mapping[str, Any]], document_id: str, quote: str) -> bool:
    """Whether any evidence item is in ``document_id`` and covers ``quote``."""
    return any(
        item.get("document_id") == document_id and quote_overlaps(item.get("quote") or "", quote)
        for item in evidence
    )


# --- values -------------------------------------------------------------------------------


def month_bounds(value: object, *, upper: bool) -> tuple[int, int] | None:
    """A gold or exported date as (year, month): a bare year widens to January (or December
    for the upper bound); days are dropped, since dates compare by year and month."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.year, value.month
    if isinstance(value, int):
        return value, 12 if upper else 1
    parts = str(value).split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
    except ValueError:
        return None
    return year, month


def time_matches(gold: Mapping[str, Any], have: Mapping[str, Any] | None) -> bool:
    """Whether an exported time span ({start, end}) meets the gold span by year and month."""
    if not have:
        return False
    g_start = month_bounds(gold.get("start", gold.get("value")), upper=False)
    g_end = month_bounds(gold.get("end") or gold.get("start", gold.get("value")), upper=True)
    h_start = month_bounds(have.get("start"), upper=False)
    h_end = month_bounds(have.get("end") or have.get("start"), upper=True)
    if g_start is None and g_end is None:
        return False
    g_start, g_end = g_start or g_end, g_end or g_start
    h_start, h_end = h_start or h_end, h_end or h_start
    if h_start is None or h_end is None or g_start is None or g_end is None:
        return False
    return h_start <= g_end and g_start <= h_end


def quantity_matches(gold: Mapping[str, Any], have: Mapping[str, Any] | None) -> bool:
    """Whether an exported quantity's range meets the gold range, each widened by a tenth
    (round figures, "about" and "more than" differ in the last digits)."""
    if not have:
        return False
    g_low, g_high = _bounds(gold.get("min"), gold.get("max"))
    h_low, h_high = _bounds(have.get("min"), have.get("max"))
    if g_low is None or h_low is None or g_high is None or h_high is None:
        return False
    return h_low * 0.9 <= g_high * 1.1 and g_low * 0.9 <= h_high * 1.1


def _bounds(low: object, high: object) -> tuple[float | None, float | None]:
    numbers = [float(x) for x in (low, high) if isinstance(x, int | float)]
    if not numbers:
        return None, None
    return min(numbers), max(numbers)


def money_matches(gold: Mapping[str, Any], have: Mapping[str, Any] | None) -> bool:
    """Whether an exported amount is within a tenth of the gold amount."""
    if not have or not isinstance(have.get("amount"), int | float):
        return False
    want = gold.get("amount")
    if not isinstance(want, int | float):
        return False
    return abs(have["amount"] - want) <= 0.1 * abs(want)


def text_matches(gold: str, have: Iterable[str]) -> bool:
    """Whether a free-text gold value and an exported text (or name) say the same thing:
    one contains the other, or they share a content word (compared on its first five
    letters, so "Zaidi" meets "Zaidism")."""
    want = norm(gold)
    want_stems = _stems(want)
    for text in have:
        text = norm(text)
        if not text:
            continue
        if min(len(text), len(want)) >= 4 and (text in want or want in text):
            return True
        if want_stems & _stems(text):
            return True
    return False


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text) if len(w) >= 4 and w not in _FILLER}


def value_matches(gold: object, claim: Mapping[str, Any], view: ExportView) -> bool:
    """Whether a claim states the gold value: by kind for dates, quantities and money; by
    words for free text (against the claim's text value or its object's names)."""
    value = claim.get("value") or {}
    if isinstance(gold, Mapping):
        if "amount" in gold:
            return money_matches(gold, value if value.get("kind") == "money" else None)
        if "min" in gold or "max" in gold:
            return quantity_matches(gold, value if value.get("kind") == "quantity" else None)
        # a time: the claim's value, or the time scope of a relation
        span = value if value.get("kind") == "time" else claim.get("time_scope")
        return time_matches(gold, span)
    texts = [value["text"]] if isinstance(value.get("text"), str) else []
    texts += view.names(claim.get("object"))
    return text_matches(str(gold), texts)
