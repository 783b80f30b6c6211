"""A value printed in its measure's unit, the way a Chinese report writes it.

The warehouse stores canonical units (yuan, count, percent, rank, per_10k_people, sqm); a reader
wants 257.4亿元, 269家, 14.2%, 第3. The measure decides before the indicator does: a growth
target of an amount of money is a percentage (30%, not 30 元).
"""

from __future__ import annotations

COMPARATOR_SIGNS = {"eq": "", "gte": "≥", "lte": "≤", "approx": "≈"}
MEASURE_NAMES_ZH = {
    "level": "总量",
    "increment": "新增",
    "growth_pct": "增长",
    "share_pct": "占比",
    "rank": "排名",
}
KIND_NAMES_ZH = {"actual": "实际", "target": "目标"}


def _number(value: float, digits: int = 2) -> str:
    """At most ``digits`` decimals, no trailing zeros, no thousands separators (as the reports
    write figures: 3759家, 8189.75万元)."""
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_value(
    value: float | None,
    unit: str | None,
    measure: str | None = None,
    classifier: str | None = None,
) -> str:
    """``value`` in its measure's unit: growth and shares in %, ranks as 第N, money in 亿元/万元/元,
    counts with their classifier (269家), per 10k people as 件/万人, areas in 平方米."""
    if value is None:
        return "–"
    if measure in ("growth_pct", "share_pct") or unit == "percent":
        return f"{_number(value)}%"
    if measure == "rank" or unit == "rank":
        return f"第{_number(value, 0)}"
    if unit == "yuan":
        if abs(value) >= 1e8:
            return f"{_number(value / 1e8, 4)}亿元"
        if abs(value) >= 1e4:
            return f"{_number(value / 1e4, 2)}万元"
        return f"{_number(value)}元"
    if unit == "per_10k_people":
        return f"{_number(value)}{classifier or '件'}/万人"
    if unit == "sqm":
        if abs(value) >= 1e4:
            return f"{_number(value / 1e4, 2)}万平方米"
        return f"{_number(value)}平方米"
    if unit == "count":
        return f"{_number(value)}{classifier or ''}"
    return f"{_number(value)} {unit}" if unit else _number(value)


def format_with_comparator(
    value: float | None,
    unit: str | None,
    measure: str | None = None,
    classifier: str | None = None,
    comparator: str | None = None,
) -> str:
    """As :func:`format_value`, after ≥, ≤ or ≈ for a comparator other than eq."""
    text = format_value(value, unit, measure, classifier)
    sign = COMPARATOR_SIGNS.get(comparator or "eq", "")
    return f"{sign}{text}" if value is not None else text
