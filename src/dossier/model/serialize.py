"""Values as JSON and back: how the store keeps them and how the export shows them.

TimeSpan -> {"kind": "time", "start": "2015-01-01", "end": "2015-04-30", "precision": "season", "text": "early 2015"}
Range    -> {"kind": "quantity", "min": 2500, "max": 2500, "approx": true, "bound": null, "text": "around 2,500"}
Money    -> {"kind": "money", "amount": 100000000.0, "currency": "USD", "bound": "more than", "text": "..."}
str      -> {"kind": "text", "text": "Pakistan section"}
"""  # noqa: E501

from __future__ import annotations

from datetime import date
from typing import Any

from dossier.model import Money, Range, TimeSpan, Value

JSON = dict[str, Any]


def time_to_json(span: TimeSpan | None) -> JSON | None:
    if span is None:
        return None
    return {
        "start": span.start.isoformat() if span.start else None,
        "end": span.end.isoformat() if span.end else None,
        "precision": span.precision,
        "text": span.text,
    }


def time_from_json(data: JSON | None) -> TimeSpan | None:
    if not data:
        return None
    return TimeSpan(
        date.fromisoformat(data["start"]) if data.get("start") else None,
        date.fromisoformat(data["end"]) if data.get("end") else None,
        data.get("precision", "unknown"),
        data.get("text", ""),
    )


def range_to_json(count: Range | None) -> JSON | None:
    if count is None:
        return None
    return {
        "min": count.min,
        "max": count.max,
        "approx": count.approx,
        "bound": count.bound,
        "text": count.text,
    }


def range_from_json(data: JSON | None) -> Range | None:
    if data is None:
        return None
    return Range(
        data.get("min"),
        data.get("max"),
        bool(data.get("approx")),
        data.get("bound"),
        data.get("text", ""),
    )


def value_to_json(value: Value | None) -> JSON | None:
    """A claim's value with its kind, so it can be read back as the same type."""
    if value is None:
        return None
    if isinstance(value, TimeSpan):
        return {"kind": "time", **(time_to_json(value) or {})}
    if isinstance(value, Range):
        return {"kind": "quantity", **(range_to_json(value) or {})}
    if isinstance(value, Money):
        return {
            "kind": "money",
            "amount": value.amount,
            "currency": value.currency,
            "bound": value.bound,
            "text": value.text,
        }
    return {"kind": "text", "text": str(value)}


def value_from_json(data: JSON | None) -> Value | None:
    if not data:
        return None
    kind = data.get("kind")
    if kind == "time":
        return time_from_json(data)
    if kind == "quantity":
        return range_from_json(data)
    if kind == "money":
        return Money(
            float(data["amount"]), data["currency"], data.get("bound"), data.get("text", "")
        )
    return str(data.get("text", ""))


def value_text(value: Value | None) -> str | None:
    """A short human rendering: 'early 2015', 'around 2,500', '$100 million'."""
    if value is None:
        return None
    if isinstance(value, TimeSpan | Range | Money):
        return value.text or None
    return str(value)
