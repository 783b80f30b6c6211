"""A static, self-contained HTML report of a built warehouse (``zhibiao report``).

No network and no JavaScript: charts are inline SVG drawn here, styles are inline, so the file
can be mailed or opened offline. Each section reads one contract table; a section whose table
is missing says so instead of failing the whole report.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb

PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d"]
FONT = "'Noto Sans CJK SC','PingFang SC','Microsoft YaHei','Source Han Sans SC',sans-serif"

CSS = f"""
body {{ font-family: {FONT}; margin: 2rem auto; max-width: 1100px; color: #1f2937;
       padding: 0 1rem; line-height: 1.5; }}
h1 {{ font-size: 1.6rem; margin-bottom: .2rem; }}
h2 {{ font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #e5e7eb; }}
.meta {{ color: #6b7280; font-size: .9rem; }}
.cards {{ display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }}
.card {{ border: 1px solid #e5e7eb; border-radius: 8px; padding: .6rem 1rem; min-width: 8rem; }}
.card b {{ display: block; font-size: 1.4rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: .85rem; }}
th, td {{ border-bottom: 1px solid #e5e7eb; padding: .3rem .5rem; text-align: left;
         vertical-align: top; }}
th {{ background: #f9fafb; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
.ok {{ color: #16a34a; }} .bad {{ color: #dc2626; }} .na {{ color: #9ca3af; }}
.note {{ color: #6b7280; font-size: .85rem; }}
"""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def fmt_value(value: float | None, unit: str | None) -> str:
    """Human units: money in 亿元/万元, counts with separators."""
    if value is None:
        return "–"
    if unit == "yuan":
        if value == 0:
            return "0"
        if abs(value) >= 1e8:
            return f"{value / 1e8:,.4g} 亿元"
        if abs(value) >= 1e4:
            return f"{value / 1e4:,.2f} 万元"
        return f"{value:,.0f} 元"
    if unit == "percent":
        return f"{value:g}%"
    if unit == "rank":
        return f"第{value:g}"
    return f"{value:,.6g}"


# -- charts ------------------------------------------------------------------------------------


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


def html_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], numeric: Sequence[int] = ()
) -> str:
    if not rows:
        return '<p class="na">none</p>'
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = ' class="num"' if i in numeric else ""
            cell = value if isinstance(value, _Raw) else esc(value)
            cells.append(f"<td{cls}>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


class _Raw(str):
    """Already-escaped HTML for a table cell."""


# -- sections ----------------------------------------------------------------------------------


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def _section(title: str, build: Callable[[], str]) -> str:
    try:
        body = build()
    except duckdb.Error as exc:
        body = f'<p class="na">not available: {esc(str(exc).splitlines()[0])}</p>'
    return f"<h2>{esc(title)}</h2>\n{body}"


def build_report(warehouse: Path) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return _render(con, warehouse)
    finally:
        con.close()


def _render(con: duckdb.DuckDBPyConnection, warehouse: Path) -> str:
    def cards() -> str:
        status = dict(_rows(con, "SELECT status, count(*) FROM main.source_files GROUP BY 1"))
        facts = _rows(
            con, "SELECT count(*), count(DISTINCT indicator_code) FROM main.fct_indicator_value"
        )[0]
        cities = _rows(con, "SELECT count(*) FROM main.dim_city")[0][0]
        items = [
            ("documents ok", status.get("ok", 0)),
            ("duplicates", status.get("duplicate", 0)),
            ("quarantined", status.get("quarantined", 0)),
            ("facts", facts[0]),
            ("indicators with facts", facts[1]),
            ("cities", cities),
        ]
        return (
            '<div class="cards">'
            + "".join(f'<div class="card"><b>{v:,}</b>{esc(k)}</div>' for k, v in items)
            + "</div>"
        )

    def facts_per_indicator() -> str:
        rows = _rows(
            con,
            """
            SELECT f.indicator_code, coalesce(i.name_zh, f.indicator_code), count(*) AS n
            FROM main.fct_indicator_value f
            LEFT JOIN main.dim_indicator i USING (indicator_code)
            GROUP BY 1, 2 ORDER BY n DESC, 1
            """,
        )
        return bar_chart([(name, n, f"{name} ({code})") for code, name, n in rows])

    def rd_by_city() -> str:
        rows = _rows(
            con,
            """
            SELECT coalesce(c.city_zh, f.city_id, '?') AS city, f.year, max(f.value)
            FROM main.fct_indicator_value f
            LEFT JOIN main.dim_city c USING (city_id)
            WHERE f.indicator_code = 'rd_expenditure' AND f.kind = 'actual'
              AND f.measure = 'level' AND f.year IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
        )
        series: dict[str, dict[int, float]] = {}
        for city, year, value in rows:
            series.setdefault(city, {})[int(year)] = float(value)
        note = (
            '<p class="note">Actual 全社会R&amp;D支出 (level) per city and year; where a year is '
            "reported more than once the largest figure is shown.</p>"
        )
        return note + grouped_bar_chart(series, lambda v: fmt_value(v, "yuan"))

    def targets() -> str:
        rows = _rows(
            con,
            """
            SELECT coalesce(c.city_zh, t.city_id), coalesce(i.name_zh, t.indicator_code),
                   t.measure, t.qualifier, t.year, t.comparator, t.target_value,
                   t.actual_value, t.attained, i.unit
            FROM main.fct_target_attainment t
            LEFT JOIN main.dim_city c USING (city_id)
            LEFT JOIN main.dim_indicator i USING (indicator_code)
            ORDER BY 1, t.year, 2
            """,
        )
        marks = {True: _Raw('<span class="ok">✓</span>'), False: _Raw('<span class="bad">✗</span>')}
        table_rows = [
            (city, name, measure, qual or "", year, comp, fmt_value(tv, unit),
             fmt_value(av, unit), marks.get(att, _Raw('<span class="na">–</span>')))
            for city, name, measure, qual, year, comp, tv, av, att, unit in rows
        ]  # fmt: skip
        columns = ["city", "indicator", "measure", "qualifier", "year", "comparator",
                   "target", "actual", "attained"]  # fmt: skip
        return html_table(columns, table_rows, numeric=(4, 6, 7))

    def quarantined() -> str:
        rows = _rows(
            con,
            """
            SELECT source_file, size_bytes, encoding, status, reason FROM main.source_files
            WHERE status <> 'ok' ORDER BY status DESC, source_file
            """,
        )
        return html_table(["file", "bytes", "encoding", "status", "reason"], rows, numeric=(1,))

    def documents() -> str:
        rows = _rows(
            con,
            """
            SELECT d.document_id, d.source_file, d.title, c.city_zh, d.report_year,
                   d.plan_year, d.published_on, d.status
            FROM main.dim_document d LEFT JOIN main.dim_city c USING (city_id)
            ORDER BY d.status DESC, c.city_zh, d.report_year
            """,
        )
        columns = ["id", "file", "title", "city", "report", "plan", "published", "status"]
        return html_table(columns, rows, numeric=(4, 5))

    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    body = "\n".join(
        [
            f"<h1>zhibiao — 科技局工作报告指标</h1>"
            f'<p class="meta">warehouse {esc(warehouse)} · generated {esc(generated)}</p>',
            _section("Overview", cards),
            _section("Facts per indicator", facts_per_indicator),
            _section("R&D expenditure by city and year", rd_by_city),
            _section("Targets vs actuals", targets),
            _section("Duplicate and quarantined files", quarantined),
            _section("Documents", documents),
        ]
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        "<title>zhibiao report</title>"
        f"<style>{CSS}</style></head><body>\n{body}\n</body></html>\n"
    )


def write_report(warehouse: Path, out: Path) -> Path:
    text = build_report(warehouse)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out
