"""When two stated values agree: dates as intervals, counts as ranges, sums of money,
names as words. Agreement is lenient where the text is ('around 2,500')."""

from __future__ import annotations

import re

from dossier.model import Money, Range, TimeSpan, Value
from dossier.model.dates import format_span

APPROX_TOLERANCE = 0.05  # 'around 2,500' agrees with 2,400; a stated range is taken as given
MONEY_TOLERANCE = 0.25


def agree(first: Value | None, second: Value | None) -> bool:
    """Whether two values can both be true of the same thing at the same time."""
    if first is None or second is None:
        return first is None and second is None
    if isinstance(first, TimeSpan) and isinstance(second, TimeSpan):
        return _spans_meet(first, second)
    if isinstance(first, Range) and isinstance(second, Range):
        return _ranges_agree(first, second)
    if isinstance(first, Money) and isinstance(second, Money):
        if first.currency != second.currency:
            return False
        bigger = max(first.amount, second.amount) or 1.0
        return abs(first.amount - second.amount) / bigger <= MONEY_TOLERANCE
    if isinstance(first, str) and isinstance(second, str):
        return _words_agree(first, second)
    return False


_WORD = re.compile(r"\w+")


def _words_agree(first: str, second: str) -> bool:
    """Whether one name's words run inside the other's ('Marxist' in 'Marxist-Leninist'),
    so 'Mali' does not agree with 'Somalia' and quotes or dashes do not matter."""
    a, b = _WORD.findall(first.casefold()), _WORD.findall(second.casefold())
    shorter, longer = sorted((a, b), key=len)
    if not shorter:
        return not longer
    width = len(shorter)
    return any(longer[start : start + width] == shorter for start in range(len(longer) - width + 1))


def ends_before(first: TimeSpan | None, second: TimeSpan | None) -> bool:
    """Whether the first stretch of time is over before the second begins; an open or
    unknown end is never over."""
    if first is None or second is None or first.end is None or second.start is None:
        return False
    return first.end < second.start


def within(inner: TimeSpan | None, outer: TimeSpan) -> bool:
    """Whether a dated stretch of time lies inside another ('May 2015' in '2015')."""
    return inner is not None and outer.contains(inner)


def _spans_meet(first: TimeSpan, second: TimeSpan) -> bool:
    """Whether two stretches of time share a day; an open end ('since 2000') runs on."""
    starts = [day for day in (first.start, second.start) if day is not None]
    ends = [day for day in (first.end, second.end) if day is not None]
    return not starts or not ends or max(starts) <= min(ends)


def _bounds(count: Range) -> tuple[float, float]:
    low = float(count.min) if count.min is not None else 0.0
    high = float(count.max) if count.max is not None else float("inf")
    if count.approx and count.min == count.max:
        low, high = low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE)
    return low, high


def _ranges_agree(first: Range, second: Range) -> bool:
    low_a, high_a = _bounds(first)
    low_b, high_b = _bounds(second)
    return low_a <= high_b and low_b <= high_a


def most_precise(values: list[Value]) -> Value | None:
    """The value that says most and that the others allow: 'January 2015' within
    'early 2015'; the narrowest range; the longest name."""
    if not values:
        return None
    spans = [v for v in values if isinstance(v, TimeSpan) and v.start and v.end]
    if spans:
        return min(spans, key=lambda span: span.end - span.start)  # type: ignore[operator]
    counts = [v for v in values if isinstance(v, Range)]
    if counts:
        return min(counts, key=lambda c: _width(c))
    return max(values, key=lambda v: len(str(v)))


def describe_value(value: Value | None) -> str:
    """A value in words: 'January 2015', 'around 2,500', 'in excess of $100 million'."""
    if value is None:
        return ""
    if isinstance(value, TimeSpan):
        return format_span(value)
    if isinstance(value, Range):
        return value.text or str(value.min)
    if isinstance(value, Money):
        return value.text or f"{value.amount:,.0f} {value.currency}"
    return str(value)


def _width(count: Range) -> float:
    low, high = _bounds(count)
    return high - low
