"""``zhibiao report``: one self-contained HTML report of a built warehouse, and its review page.

The report reads the views over the marts (latest_indicator_value, target_vs_actual,
indicator_coverage) and a few marts; every value is printed in its measure's unit
(``zhibiao.units``) and links to its place in the document text on the review page
(``zhibiao.review``), written beside the report. Charts are inline SVG, the CJK font is embedded
(``zhibiao.webfont``): no network, no script needed to read it. A section whose table is
missing (an older warehouse) says so instead of failing the report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from zhibiao.charts import bar_chart, grouped_bar_chart
from zhibiao.html_page import esc, page
from zhibiao.units import KIND_NAMES_ZH, MEASURE_NAMES_ZH, format_with_comparator

CSS = """
main { margin: 2rem auto; max-width: 1180px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2.4rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
nav.toc { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
.meta, .note { color: var(--muted); font-size: .85rem; }
.cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; min-width: 8rem; }
.card b { display: block; font-size: 1.4rem; }
table { width: 100%; }
.status { white-space: nowrap; }
.status-attained { color: #15803d; } .status-missed { color: #b91c1c; }
.status-awaiting_report, .status-not_reported { color: var(--muted); }
.disagree { border-bottom: 1px dotted #d97706; }
table.coverage { width: auto; }
table.coverage th.ind { writing-mode: vertical-rl; white-space: nowrap; padding: .4rem .15rem;
                        font-weight: 500; vertical-align: bottom; }
table.coverage td { text-align: center; min-width: 1.6rem; padding: .2rem; }
td.cov1 { background: #dbeafe; } td.cov2 { background: #93c5fd; } td.cov3 { background: #3b82f6;
  color: white; } td.covt { background: #fef3c7; }
.applied-false { color: #b91c1c; }
"""

STATUS_TEXT = {
    "attained": "✓ 达成",
    "missed": "✗ 未达成",
    "not_reported": "未报告实际值",
    "awaiting_report": "待{year}年报告",
}


def review_path(report: Path) -> Path:
    """Where the review page of a report goes: beside it, ``<stem>-review.html``."""
    return report.with_name(f"{report.stem}-review.html")


class _Raw(str):
    """Already-escaped HTML for a table cell."""


def html_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    numeric: Sequence[int] = (),
    css_class: str = "",
) -> str:
    if not rows:
        return '<p class="na">none</p>'
    head = "".join(
        f'<th class="num">{esc(c)}</th>' if i in numeric else f"<th>{esc(c)}</th>"
        for i, c in enumerate(columns)
    )
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = ' class="num"' if i in numeric else ""
            cell = value if isinstance(value, _Raw) else esc(value)
            cells.append(f"<td{cls}>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cls = f' class="{css_class}"' if css_class else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


class Report:
    """The sections of one report over one open warehouse."""

    def __init__(self, con: duckdb.DuckDBPyConnection, warehouse: Path, review_href: str):
        self.con = con
        self.warehouse = warehouse
        self.review_href = review_href
        self.classifiers: dict[str, str | None] = {}
        self.names: dict[str, str] = {}
        try:
            for code, name, classifier in self.rows(
                "select indicator_code, name_zh, classifier from main.dim_indicator"
            ):
                self.names[code], self.classifiers[code] = name, classifier
        except duckdb.Error:  # an older warehouse: names and classifiers come from the lexicon
            for code, name in self.rows("select indicator_code, name_zh from main.dim_indicator"):
                self.names[code] = name

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return self.con.execute(sql).fetchall()

    def value(
        self,
        value: float | None,
        unit: str | None,
        measure: str | None,
        indicator: str | None,
        comparator: str | None = None,
    ) -> str:
        return format_with_comparator(
            value, unit, measure, self.classifiers.get(indicator or ""), comparator
        )

    def fact_link(self, text: str, fact_id: str | None, title: str = "", cls: str = "") -> _Raw:
        """A value that opens its fact in the review page."""
        if not fact_id:
            return _Raw(esc(text))
        attrs = f' title="{esc(title)}"' if title else ""
        attrs += f' class="{cls}"' if cls else ""
        href = f"{self.review_href}#fact-{fact_id}"
        return _Raw(f'<a href="{esc(href)}" data-fact="{esc(fact_id)}"{attrs}>{esc(text)}</a>')

    # -- sections ------------------------------------------------------------------------------

    def overview(self) -> str:
        status = dict(self.rows("select status, count(*) from main.source_files group by 1"))
        facts, indicators = self.rows(
            "select count(*), count(distinct indicator_code) from main.fct_indicator_value"
        )[0]
        cities = self.rows("select count(*) from main.dim_city")[0][0]
        items = [
            ("documents ok 文件", status.get("ok", 0)),
            ("duplicates 重复", status.get("duplicate", 0)),
            ("quarantined 隔离", status.get("quarantined", 0)),
            ("facts 指标值", facts),
            ("indicators 指标", indicators),
            ("cities 城市", cities),
        ]
        cards = "".join(f'<div class="card"><b>{v:,}</b>{esc(k)}</div>' for k, v in items)
        per_indicator = self.rows(
            """
            select coalesce(i.name_zh, f.indicator_code), f.indicator_code, count(*) as n
            from main.fct_indicator_value f left join main.dim_indicator i using (indicator_code)
            group by 1, 2 order by n desc, 2
            """
        )
        chart = bar_chart([(name, n, f"{name} ({code})") for name, code, n in per_indicator])
        return f'<div class="cards">{cards}</div><h3>Facts per indicator 各指标数值条数</h3>{chart}'

    def over_time(self) -> str:
        """Per indicator: a chart of the actual totals per city and year, and a table of every
        actual (each measure and qualifier) per city and year."""
        found = self.rows(
            """
            select indicator_code, city_zh, city_id, measure, qualifier, year, value, unit,
                   comparator, raw_text, fact_id, values_agree, statements, sentence
            from main.latest_indicator_value
            where kind = 'actual'
            order by indicator_code, city_zh, measure, qualifier nulls first, year
            """
        )
        if not found:
            return '<p class="na">no actual values</p>'
        by_indicator: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for row in found:
            by_indicator[row[0]].append(row)
        order = sorted(by_indicator, key=lambda code: (-len(by_indicator[code]), code))
        parts = [
            '<p class="note">The latest statement of each value (latest_indicator_value); a '
            '<span class="disagree">dotted</span> value was stated differently elsewhere (hover '
            "for the count). Click a value to see it in its document.</p>"
        ]
        for code in order:
            rows = by_indicator[code]
            years = sorted({r[5] for r in rows})
            series: dict[str, dict[int, float]] = defaultdict(dict)
            totals_unit = None
            for _, city, _, measure, qualifier, year, value, unit, *_ in rows:
                if measure == "level" and qualifier is None:
                    series[city][year] = value
                    totals_unit = unit
            table_rows = []
            keyed: dict[tuple[str, str, str | None], dict[int, tuple[Any, ...]]] = defaultdict(dict)
            for r in rows:
                keyed[(r[1], r[3], r[4])][r[5]] = r
            for (city, measure, qualifier), cells in keyed.items():
                line: list[Any] = [city, MEASURE_NAMES_ZH.get(measure, measure), qualifier or ""]
                for year in years:
                    r = cells.get(year)
                    if r is None:
                        line.append("")
                        continue
                    text = self.value(r[6], r[7], measure, code, r[8])
                    title = f"「{r[9]}」 {r[13] or ''}"
                    if not r[11]:
                        title = f"stated {r[12]} times, differently; latest shown. {title}"
                    line.append(self.fact_link(text, r[10], title, "" if r[11] else "disagree"))
                table_rows.append(line)
            chart = ""
            if series and len({y for s in series.values() for y in s}) >= 1:
                unit = totals_unit
                chart = grouped_bar_chart(
                    dict(series),
                    lambda v, unit=unit, code=code: self.value(v, unit, "level", code),
                )
            name = self.names.get(code, code)
            parts.append(
                f'<h3 id="ind-{esc(code)}">{esc(name)} <span class="muted">{esc(code)}</span></h3>'
                + chart
                + html_table(
                    ["city 城市", "measure", "qualifier", *map(str, years)],
                    table_rows,
                    numeric=range(3, 3 + len(years)),
                )
            )
        return "".join(parts)

    def targets(self) -> str:
        found = self.rows(
            """
            select city_zh, indicator_code, measure, qualifier, year, comparator, target_value,
                   unit, actual_value, attainment_pct, status, baseline_year, baseline_value,
                   target_fact_id, actual_fact_id, baseline_fact_id, target_raw_text
            from main.target_vs_actual
            order by city_zh, year, indicator_code, measure, qualifier nulls first
            """
        )
        counts: dict[str, int] = defaultdict(int)
        table_rows = []
        for (city, code, measure, qualifier, year, comp, target, unit, actual, pct, status,
             base_year, base_value, target_id, actual_id, base_id, raw) in found:  # fmt: skip
            counts[status] += 1
            label = STATUS_TEXT.get(status, status).format(year=year)
            baseline = (
                self.fact_link(
                    f"{base_year}: {self.value(base_value, unit, measure, code)}", base_id
                )
                if base_year is not None
                else ""
            )
            table_rows.append(
                [
                    city,
                    self.names.get(code, code),
                    MEASURE_NAMES_ZH.get(measure, measure),
                    qualifier or "",
                    year,
                    self.fact_link(self.value(target, unit, measure, code, comp), target_id, raw),
                    baseline,
                    self.fact_link(self.value(actual, unit, measure, code), actual_id)
                    if actual is not None
                    else _Raw('<span class="na">–</span>'),
                    f"{pct:g}%" if pct is not None else "",
                    _Raw(f'<span class="status status-{esc(status)}">{esc(label)}</span>'),
                ]
            )
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        note = (
            f'<p class="note">{len(found)} targets: {esc(summary)}. A target meets the actual '
            "of the same city, indicator, measure and qualifier for its year, from any report; "
            "awaiting means no report of that city covers the year yet (a report's targets "
            "are for the year after it, so a city needs next year's report too); the baseline "
            "is the latest actual before the target's year.</p>"
        )
        columns = ["city", "indicator", "measure", "qualifier", "year", "target 目标",
                   "baseline 基数", "actual 实际", "attainment", "status"]  # fmt: skip
        return note + html_table(columns, table_rows, numeric=(4, 5, 6, 7, 8))

    def coverage(self) -> str:
        found = self.rows(
            """
            select city_zh, indicator_code, is_core,
                   list(year order by year) filter (where has_actual) as actual_years,
                   list(year order by year) filter (where has_target) as target_years
            from main.indicator_coverage
            group by all
            """
        )
        if not found:
            return '<p class="na">no facts</p>'
        cells: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        used: dict[str, bool] = {}
        for city, code, core, actual_years, target_years in found:
            cells[(city, code)] = (actual_years or [], target_years or [])
            used[code] = used.get(code, False) or bool(actual_years or target_years) or core
        codes = sorted(
            (c for c, u in used.items() if u),
            key=lambda c: (-sum(1 for (_, k), v in cells.items() if k == c and v[0]), c),
        )
        cities = sorted({city for city, _ in cells})
        head = "<th>city 城市</th>" + "".join(
            f'<th class="ind" title="{esc(c)}">{esc(self.names.get(c, c))}</th>' for c in codes
        )
        body = []
        for city in cities:
            tds = []
            for code in codes:
                actual_years, target_years = cells.get((city, code), ([], []))
                if actual_years:
                    n = len(actual_years)
                    title = f"actuals for {', '.join(map(str, actual_years))}"
                    if target_years:
                        title += f"; targets for {', '.join(map(str, target_years))}"
                    tds.append(f'<td class="cov{min(n, 3)}" title="{esc(title)}">{n}</td>')
                elif target_years:
                    title = f"targets only, for {', '.join(map(str, target_years))}"
                    tds.append(f'<td class="covt" title="{esc(title)}">目标</td>')
                else:
                    tds.append("<td></td>")
            body.append(f"<tr><th>{esc(city)}</th>{''.join(tds)}</tr>")
        note = (
            '<p class="note">Years with an actual value per city and indicator (indicator_coverage;'
            " hover for the years); 目标: targets only; empty: not reported. Core indicators are "
            "always shown.</p>"
        )
        return (
            note + f'<table class="coverage"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>"
        )

    def quarantined(self) -> str:
        found = self.rows(
            """
            select source_file, status, reason, size_bytes, encoding from main.source_files
            where status <> 'ok' order by status desc, source_file
            """
        )
        note = (
            '<p class="note">Files that gave no document of their own: quarantined (with the '
            "reason) or duplicates of another file's text.</p>"
        )
        return note + html_table(
            ["file", "status", "reason", "bytes", "encoding"], found, numeric=(3,)
        )

    def corrections(self) -> str:
        found = self.rows(
            """
            select action, is_applied, not_applied_reason, indicator_code, year, kind, measure,
                   value, unit, raw_text, fact_id, corrected_by, corrected_on, reason
            from main.fct_fact_correction
            order by is_applied, corrected_on desc nulls last, action
            """
        )
        table_rows = []
        for (action, applied, why_not, code, year, kind, measure, value, unit, raw, fact_id,
             who, when, reason) in found:  # fmt: skip
            fact = " ".join(
                str(p)
                for p in (
                    self.names.get(code or "", code or ""),
                    year or "",
                    KIND_NAMES_ZH.get(kind or "", kind or ""),
                    self.value(value, unit, measure, code) if value is not None else "",
                )
                if p
            )
            linked = action == "add" and applied
            shown = self.fact_link(fact, fact_id, raw or "") if linked else fact
            state = _Raw(
                f'<span class="applied-{str(bool(applied)).lower()}">'
                f"{'applied' if applied else esc('not applied: ' + (why_not or ''))}</span>"
            )
            table_rows.append([action, shown, state, who or "", when or "", reason or ""])
        note = (
            '<p class="note">corrections/fact_corrections.csv, as the last build applied it '
            "(fct_fact_correction).</p>"
        )
        return note + html_table(["action", "fact", "applied", "by", "on", "why"], table_rows)

    def documents(self) -> str:
        found = self.rows(
            """
            select d.document_id, d.source_file, d.title, c.city_zh, d.report_year, d.plan_year,
                   d.genre, d.status,
                   (select count(*) from main.fct_indicator_value f
                    where f.document_id = d.document_id) as facts
            from main.dim_document d left join main.dim_city c using (city_id)
            order by d.status desc, c.city_zh, d.report_year, d.source_file
            """
        )
        table_rows = [
            [
                _Raw(f'<a href="{esc(self.review_href)}#doc-{esc(doc)}">{esc(src)}</a>')
                if status == "ok"
                else src,
                title,
                city,
                report_year,
                plan_year,
                genre,
                status,
                facts,
            ]
            for doc, src, title, city, report_year, plan_year, genre, status, facts in found
        ]
        columns = ["file", "title", "city", "report", "plan", "genre", "status", "facts"]
        return html_table(columns, table_rows, numeric=(3, 4, 7))

    def unmapped(self) -> str:
        found = self.rows(
            """
            select context, unit, mentions, documents, example_sentence
            from main.unmapped_context_frequency order by mentions desc, documents desc limit 15
            """
        )
        note = (
            '<p class="note">The words before figures no indicator claimed, most frequent '
            "first: candidates for the lexicon (dbt_project/seeds/lexicon_surface_forms.csv).</p>"
        )
        columns = ["context", "unit", "mentions", "documents", "example"]
        return note + html_table(columns, found, numeric=(2, 3))


SECTIONS: list[tuple[str, str, Callable[[Report], str]]] = [
    ("overview", "Overview 概览", Report.overview),
    ("over-time", "Indicators over time by city 各地指标历年", Report.over_time),
    ("targets", "Targets vs actuals 目标完成", Report.targets),
    ("coverage", "Coverage 指标覆盖 (city × indicator)", Report.coverage),
    ("quarantined", "Quarantined and duplicate files 隔离与重复文件", Report.quarantined),
    ("corrections", "Analysts' corrections 人工更正", Report.corrections),
    ("documents", "Documents 文件", Report.documents),
    ("unmapped", "Unmapped figures 未归类数值", Report.unmapped),
]


def _section(report: Report, anchor: str, title: str, build: Callable[[Report], str]) -> str:
    try:
        body = build(report)
    except duckdb.Error as exc:
        body = f'<p class="na">not available: {esc(str(exc).splitlines()[0])}</p>'
    return f'<section id="{anchor}"><h2>{esc(title)}</h2>\n{body}</section>'


def build_report(warehouse: Path, review_href: str = "review.html") -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        report = Report(con, warehouse, review_href)
        sections = [_section(report, a, t, build) for a, t, build in SECTIONS]
    finally:
        con.close()
    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    toc = "".join(f'<a href="#{a}">{esc(t)}</a>' for a, t, _ in SECTIONS)
    body = (
        "<main><h1>zhibiao — 科技局工作报告指标</h1>"
        f'<p class="meta">warehouse {esc(warehouse)} · generated {esc(generated)} · '
        f'<a href="{esc(review_href)}">review every fact in its document 逐条核对</a></p>'
        f'<nav class="toc">{toc}</nav>' + "\n".join(sections) + "</main>"
    )
    return page("zhibiao report", body, CSS)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write_report(warehouse: Path, out: Path) -> Path:
    """Write the report to ``out`` and its review page beside it (:func:`review_path`)."""
    from zhibiao.review import build_review

    review = review_path(out)
    _write(review, build_review(warehouse, report_href=out.name))
    _write(out, build_report(warehouse, review_href=review.name))
    return out
