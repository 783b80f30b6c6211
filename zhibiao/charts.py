"""Inline SVG charts for the report: no script, no library, readable offline and in print."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from zhibiao.html_page import esc
from zhibiao.webfont import FONT_STACK as FONT

PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d"]


def nice_ceiling(value: float) -> float:
    """The smallest 1/2/2.5/5 x 10^k at or above ``value``: round axis ends and ticks."""
    if value <= 0:
        return 1.0
    exp = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * 10**exp >= value:
            return step * 10**exp
    return 10 ** (exp + 1)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(items: Sequence[tuple[str, float, str]], width: int = 760, bar: int = 20) -> str:
    """Horizontal bars: (label, value, tooltip); labels on the left, values at the bar ends."""
    if not items:
        return '<p class="na">no data</p>'
    label_w, pad = 200, 6
    top = max(v for _, v, _ in items) or 1
    height = len(items) * (bar + pad) + pad
    span = width - label_w - 60
    rows = []
    for i, (label, value, tooltip) in enumerate(items):
        y = pad + i * (bar + pad)
        w = max(1.0, span * value / top)
        rows.append(
            f'<text x="{label_w - 8}" y="{y + bar * 0.72:.1f}" text-anchor="end" '
            f'font-size="12">{esc(_clip(label, 15))}<title>{esc(tooltip)}</title></text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar}" fill="{PALETTE[0]}" '
            f'rx="2"><title>{esc(tooltip)}: {value:,.0f}</title></rect>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + bar * 0.72:.1f}" font-size="12">'
            f"{value:,.0f}</text>"
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{esc(FONT)}" role="img">'
        + "".join(rows)
        + "</svg>"
    )


def grouped_bar_chart(
    series: dict[str, dict[int, float]],
    value_label: Callable[[float], str],
    width: int = 760,
    height: int = 320,
) -> str:
    """Bars per year (x), one colour per series (city); values drawn as tooltips and labels."""
    years = sorted({y for s in series.values() for y in s})
    if not years:
        return '<p class="na">no data</p>'
    names = list(series)
    left, right, top_pad, bottom = 100, 10, 22, 54 + 18 * ((len(names) + 3) // 4)
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = nice_ceiling(max(v for s in series.values() for v in s.values()))
    group_w = plot_w / len(years)
    bar_w = max(2.0, min(40.0, group_w * 0.8 / len(names)))
    parts = []
    for k in range(5):  # grid lines with axis labels
        v = top * k / 4
        y = top_pad + plot_h - plot_h * k / 4
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{esc(value_label(v))}</text>"
        )
    for gi, year in enumerate(years):
        x0 = left + gi * group_w + (group_w - bar_w * len(names)) / 2
        for si, name in enumerate(names):
            value = series[name].get(year)
            if value is None:
                continue
            h = plot_h * value / top
            x = x0 + si * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top_pad + plot_h - h:.1f}" width="{bar_w - 1:.1f}" '
                f'height="{h:.1f}" fill="{PALETTE[si % len(PALETTE)]}">'
                f"<title>{esc(name)} {year}: {esc(value_label(value))}</title></rect>"
                f'<text x="{x + bar_w / 2:.1f}" y="{top_pad + plot_h - h - 4:.1f}" '
                f'text-anchor="middle" font-size="10">{esc(value_label(value))}</text>'
            )
        parts.append(
            f'<text x="{left + (gi + 0.5) * group_w:.1f}" y="{top_pad + plot_h + 16}" '
            f'text-anchor="middle" font-size="12">{year}</text>'
        )
    for si, name in enumerate(names):  # legend, four per row
        lx = left + (si % 4) * 170
        ly = top_pad + plot_h + 36 + (si // 4) * 18
        parts.append(
            f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" '
            f'fill="{PALETTE[si % len(PALETTE)]}"/>'
            f'<text x="{lx + 16}" y="{ly}" font-size="12">{esc(name)}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{esc(FONT)}" role="img">'
        + "".join(parts)
        + "</svg>"
    )
