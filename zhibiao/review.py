"""The fact review page: every document's text with each extracted fact highlighted in place.

Facts (fct_indicator_value) are marked by kind, figures no indicator claimed
(fct_unmapped_quantity) are marked apart, facts an analyst rejected (fct_fact_correction) are
struck through. Hovering a mark names the fact; clicking it shows indicator, measure, year,
kind, value, comparator, qualifier and the correction line to paste into
``dbt_project/corrections/fact_corrections.csv``. Filters narrow the page to a city and an
indicator. ``#fact-<fact_id>`` in the address opens that fact: the report links every value
that way.

Offsets are Python string indices into the normalised text (what the extractor wrote), so the
marks are placed here, in Python, not by the page's script (JavaScript counts UTF-16 units).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from zhibiao.html_page import esc, json_script, page
from zhibiao.units import (
    COMPARATOR_SIGNS,
    KIND_NAMES_ZH,
    MEASURE_NAMES_ZH,
    format_value,
)

CORRECTION_COLUMNS = (
    "document_id", "action", "fact_id", "char_start", "char_end", "raw_text", "indicator_code",
    "year", "kind", "measure", "comparator", "value", "unit", "qualifier", "corrected_by",
    "corrected_on", "reason",
)  # fmt: skip
# which item wins a stretch of text several items cover (the mark's look)
PRECEDENCE = {"fact": 0, "rejected": 1, "unmapped": 2}


@dataclass
class Item:
    """A highlighted stretch: a fact, an unmapped figure or a rejected fact."""

    item_id: str  # fact-<fact_id>, unmapped-<unmapped_id>, rejected-<fact_id>
    type: str  # fact | unmapped | rejected
    document_id: str
    start: int
    end: int
    indicator: str | None
    details: dict[str, Any] = field(default_factory=dict)
    css: str = ""
    summary: str = ""


@dataclass
class Document:
    document_id: str
    source_file: str
    title: str | None
    city_id: str | None
    city_zh: str | None
    report_year: int | None
    plan_year: int | None
    genre: str | None
    text: str
    items: list[Item] = field(default_factory=list)


def _csv_line(values: dict[str, Any]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(
        ["" if values.get(c) is None else values[c] for c in CORRECTION_COLUMNS]
    )
    return out.getvalue()


def _query(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _has_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(
        con.execute(
            "select 1 from information_schema.tables where table_schema = ? and table_name = ?",
            [schema, table],
        ).fetchall()
    )


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    return bool(
        con.execute(
            "select 1 from information_schema.columns where table_schema = 'main' "
            "and table_name = ? and column_name = ?",
            [table, column],
        ).fetchall()
    )


def read_documents(con: duckdb.DuckDBPyConnection) -> dict[str, Document]:
    """The ok documents with their normalised text (main.document_text, else raw.documents)."""
    texts = (
        "select document_id, text from main.document_text"
        if _has_table(con, "main", "document_text")
        else "select document_id, text from raw.documents"
    )
    rows = _query(
        con,
        f"""
        select d.document_id, d.source_file, d.title, d.city_id, c.city_zh, d.report_year,
               d.plan_year, d.genre, t.text
        from main.dim_document d
        left join main.dim_city c using (city_id)
        join ({texts}) t using (document_id)
        where d.status = 'ok' and t.text is not null
        order by c.city_zh nulls last, d.report_year, d.source_file
        """,
    )
    return {r["document_id"]: Document(**r) for r in rows}


def _fact_summary(name: str, d: dict[str, Any]) -> str:
    parts = [name, str(d["year"]), KIND_NAMES_ZH.get(d["kind"], d["kind"]),
             MEASURE_NAMES_ZH.get(d["measure"], d["measure"]), d["value_text"]]  # fmt: skip
    if d.get("qualifier"):
        parts.insert(1, d["qualifier"])
    return " · ".join(p for p in parts if p)


def read_items(con: duckdb.DuckDBPyConnection, today: str) -> list[Item]:
    names = dict(con.execute("select indicator_code, name_zh from main.dim_indicator").fetchall())
    classifiers: dict[str, str | None] = {}
    if _has_column(con, "dim_indicator", "classifier"):
        classifiers = dict(
            con.execute("select indicator_code, classifier from main.dim_indicator").fetchall()
        )
    corrected = _has_column(con, "fct_indicator_value", "correction")
    marks = "correction, corrected_by, correction_reason" if corrected else (
        "null as correction, null as corrected_by, null as correction_reason"
    )  # fmt: skip
    items: list[Item] = []

    def fact_details(r: dict[str, Any]) -> dict[str, Any]:
        code = r["indicator_code"]
        sign = COMPARATOR_SIGNS.get(r["comparator"] or "eq", "")
        value_text = sign + format_value(r["value"], r["unit"], r["measure"], classifiers.get(code))
        return {
            "indicator": code,
            "name": names.get(code, code),
            "measure": r["measure"],
            "measure_zh": MEASURE_NAMES_ZH.get(r["measure"], r["measure"]),
            "year": r["year"],
            "kind": r["kind"],
            "kind_zh": KIND_NAMES_ZH.get(r["kind"], r["kind"]),
            "value": r["value"],
            "unit": r["unit"],
            "value_text": value_text,
            "comparator": r["comparator"],
            "qualifier": r["qualifier"],
            "raw_text": r["raw_text"],
            "fact_id": r["fact_id"],
            "document_id": r["document_id"],
            "char_start": r["char_start"],
            "char_end": r["char_end"],
        }

    for r in _query(
        con,
        f"""
        select fact_id, document_id, indicator_code, year, kind, measure, comparator, value,
               unit, qualifier, raw_text, char_start, char_end, {marks}
        from main.fct_indicator_value where char_start is not null and char_end is not null
        """,
    ):
        d = fact_details(r)
        d["type"] = "fact"
        if r["correction"]:
            d["correction"] = f"{r['correction']} by {r['corrected_by'] or '?'}: " + (
                r["correction_reason"] or ""
            )
        d["correction_line"] = _csv_line(
            {**r, "action": "reject", "indicator_code": None, "year": None, "kind": None,
             "measure": None, "comparator": None, "value": None, "unit": None,
             "qualifier": None, "corrected_on": today}
        )  # fmt: skip
        css = f"fact {r['kind']}" + (" added" if r["correction"] else "")
        items.append(Item(f"fact-{r['fact_id']}", "fact", r["document_id"], r["char_start"],
                          r["char_end"], r["indicator_code"], d, css,
                          _fact_summary(d["name"], d)))  # fmt: skip

    for r in _query(
        con,
        """
        select unmapped_id, unmapped_reason, document_id, year, kind, indicator_code, value,
               unit, raw_text, context, char_start, char_end
        from main.fct_unmapped_quantity where char_start is not null and char_end is not null
        """,
    ):
        canonical = r["unit"] in ("yuan", "count", "percent", "rank", "per_10k_people", "sqm")
        d = {
            "type": "unmapped",
            "reason": r["unmapped_reason"],
            "context": r["context"],
            "indicator": r["indicator_code"],
            "year": r["year"],
            "kind": r["kind"],
            "kind_zh": KIND_NAMES_ZH.get(r["kind"] or "", r["kind"]),
            "value_text": format_value(r["value"], r["unit"] if canonical else None)
            + ("" if canonical or not r["unit"] else r["unit"]),
            "raw_text": r["raw_text"],
            "document_id": r["document_id"],
            "char_start": r["char_start"],
            "char_end": r["char_end"],
            # a template: fill indicator_code (and measure), corrected_by and reason
            "correction_line": _csv_line(
                {**r, "action": "add", "indicator_code": None, "measure": "level",
                 "comparator": "eq", "unit": r["unit"] if canonical else None,
                 "value": f"{r['value']:g}" if r["value"] is not None else None,
                 "corrected_on": today}
            ),
        }  # fmt: skip
        summary = f"unmapped 未归类 · {r['context'] or ''} · {r['raw_text']}"
        item_id = f"unmapped-{r['unmapped_id']}"
        items.append(Item(item_id, "unmapped", r["document_id"], r["char_start"], r["char_end"],
                          None, d, "unmapped", summary))  # fmt: skip

    if _has_table(con, "main", "fct_fact_correction"):
        for r in _query(
            con,
            """
            select fact_id, document_id, indicator_code, year, kind, measure, comparator, value,
                   unit, qualifier, raw_text, char_start, char_end, corrected_by, reason
            from main.fct_fact_correction
            where action = 'reject' and is_applied and char_start is not null
            """,
        ):
            d = fact_details(r)
            d["type"] = "rejected"
            d["correction"] = f"rejected by {r['corrected_by'] or '?'}: {r['reason'] or ''}"
            summary = "rejected 已否决 · " + _fact_summary(d["name"], d)
            items.append(Item(f"rejected-{r['fact_id']}", "rejected", r["document_id"],
                              r["char_start"], r["char_end"], r["indicator_code"], d,
                              "rejected", summary))  # fmt: skip
    return items


def render_text(text: str, items: Sequence[Item]) -> str:
    """The text with a <mark> over every stretch some items cover (overlaps split the text at
    every boundary; a stretch lists all its items), an anchor where each item starts."""
    spans = [i for i in items if 0 <= i.start < i.end <= len(text)]
    cuts = sorted({0, len(text), *(i.start for i in spans), *(i.end for i in spans)})
    starts: dict[int, list[Item]] = defaultdict(list)
    for item in spans:
        starts[item.start].append(item)
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = [i for i in spans if i.start <= a and b <= i.end]
        out.extend(f'<span class="anchor" id="{esc(i.item_id)}"></span>' for i in starts[a])
        piece = esc(text[a:b])
        if not covering:
            out.append(piece)
            continue
        covering.sort(key=lambda i: (PRECEDENCE[i.type], i.start))
        ids = " ".join(i.item_id for i in covering)
        inds = " ".join(sorted({i.indicator for i in covering if i.indicator}))
        title = "\n".join(i.summary for i in covering)
        out.append(
            f'<mark class="{esc(covering[0].css)}" data-items="{esc(ids)}" '
            f'data-ind="{esc(inds)}" title="{esc(title)}" tabindex="0">{piece}</mark>'
        )
    return "".join(out)


CSS = """
body { display: grid; grid-template-columns: 18rem 1fr 22rem; height: 100vh; overflow: hidden; }
aside, article, #details { overflow-y: auto; padding: 1rem; }
aside { border-right: 1px solid var(--line); background: #f9fafb; font-size: .9rem; }
aside h1 { font-size: 1.15rem; margin: 0 0 .6rem; }
aside label { display: block; margin: .5rem 0 .2rem; color: var(--muted); }
aside select { width: 100%; font: inherit; padding: .2rem; }
aside ol { padding-left: 1.2rem; } aside li { margin: .25rem 0; }
#details { border-left: 1px solid var(--line); font-size: .9rem; }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: .2rem .6rem; margin: .4rem 0; }
#details dt { color: var(--muted); } #details dd { margin: 0; word-break: break-all; }
#details textarea { width: 100%; font-size: .75rem; height: 4.5rem; }
#details .card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem;
                 margin-bottom: .8rem; }
section.doc { max-width: 52rem; margin: 0 auto 3rem; }
section.doc h2 { font-size: 1.1rem; margin-bottom: .2rem; }
.text { white-space: pre-wrap; line-height: 1.9; font-size: 1rem; }
mark { cursor: pointer; border-radius: 3px; padding: 0 1px; }
mark.fact.actual { background: #bfdbfe; } mark.fact.target { background: #fde68a; }
mark.fact.added { outline: 2px solid #16a34a; }
mark.unmapped { background: none; border-bottom: 2px dashed #9ca3af; }
mark.rejected { background: #fecaca; text-decoration: line-through; }
mark.selected { outline: 3px solid #dc2626; }
mark.dim { background: none; border: none; outline: none; text-decoration: none; }
body.hide-unmapped mark.unmapped { border: none; cursor: text; }
.legend span { display: inline-block; margin: .1rem .4rem .1rem 0; padding: 0 .3rem; }
.count { color: var(--muted); }
"""

SCRIPT = r"""
const DATA = JSON.parse(document.getElementById('review-data').textContent);
const panel = document.getElementById('details-body');
const citySel = document.getElementById('filter-city');
const indSel = document.getElementById('filter-indicator');
const unmappedBox = document.getElementById('filter-unmapped');
const docs = Array.from(document.querySelectorAll('section.doc'));
const LABELS = [['name', 'indicator 指标'], ['indicator', 'code'], ['measure', 'measure 口径'],
  ['year', 'year 年份'], ['kind', 'kind 类型'], ['value_text', 'value 数值'],
  ['comparator', 'comparator'], ['qualifier', 'qualifier 范围'], ['raw_text', 'as written 原文'],
  ['context', 'words before 上文'], ['reason', 'why unmapped'], ['correction', 'correction 更正'],
  ['fact_id', 'fact_id'], ['char_start', 'char_start'], ['char_end', 'char_end']];
const TITLES = {fact: 'fact 指标值', unmapped: 'unmapped figure 未归类数值',
  rejected: 'rejected fact 已否决'};
function card(id) {
  const d = DATA[id]; const box = document.createElement('div'); box.className = 'card';
  box.dataset.item = id;
  const h = document.createElement('h3'); h.textContent = TITLES[d.type] || d.type; box.append(h);
  const dl = document.createElement('dl');
  for (const [key, label] of LABELS) {
    if (d[key] === null || d[key] === undefined || d[key] === '') continue;
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = d[key]; dd.dataset.field = key;
    dl.append(dt, dd);
  }
  box.append(dl);
  if (d.correction_line) {
    const p = document.createElement('p'); p.className = 'muted';
    const csvFile = 'dbt_project/corrections/fact_corrections.csv';
    p.textContent = d.type === 'fact'
      ? 'To reject it, add this line to ' + csvFile + ' (with your name and why):'
      : 'To add it as a fact, fill indicator_code, measure, your name and why in this line of '
        + csvFile + ':';
    const t = document.createElement('textarea'); t.readOnly = true; t.value = d.correction_line;
    box.append(p, t);
  }
  return box;
}
function select(mark) {
  document.querySelectorAll('mark.selected').forEach(m => m.classList.remove('selected'));
  mark.classList.add('selected');
  panel.replaceChildren(...mark.dataset.items.split(' ').map(card));
}
document.addEventListener('click', e => {
  const mark = e.target.closest('mark[data-items]');
  if (mark) select(mark);
});
document.addEventListener('keydown', e => {
  if (e.key === 'Enter' && e.target.matches('mark[data-items]')) select(e.target);
});
function openHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = id && document.getElementById(id);
  if (!anchor) return;
  const doc = anchor.closest('section.doc');
  if (doc && doc.hidden) { citySel.value = ''; indSel.value = ''; applyFilters(); }
  let mark = anchor.nextElementSibling;
  while (mark && mark.tagName !== 'MARK') mark = mark.nextElementSibling;
  if (anchor.classList.contains('anchor') && mark) {
    select(mark); mark.scrollIntoView({block: 'center'});
  } else { anchor.scrollIntoView(); }
}
function applyFilters() {
  const city = citySel.value, ind = indSel.value;
  let shown = 0; const facts = new Set();
  for (const doc of docs) {
    const ok = (!city || doc.dataset.city === city) &&
               (!ind || doc.dataset.inds.split(' ').includes(ind));
    doc.hidden = !ok;
    const li = document.getElementById('li-' + doc.id); if (li) li.hidden = !ok;
    if (!ok) continue;
    shown += 1;
    for (const m of doc.querySelectorAll('mark[data-items]')) {
      const dim = !!ind && !m.dataset.ind.split(' ').includes(ind);
      m.classList.toggle('dim', dim);
      if (dim) continue;
      for (const id of m.dataset.items.split(' ')) if (id.startsWith('fact-')) facts.add(id);
    }
  }
  document.body.classList.toggle('hide-unmapped', !unmappedBox.checked);
  const counts = shown + ' documents, ' + facts.size + ' facts shown';
  document.getElementById('shown').textContent = counts;
}
for (const el of [citySel, indSel, unmappedBox]) el.addEventListener('change', applyFilters);
window.addEventListener('hashchange', openHash);
applyFilters();
openHash();
"""


def _options(pairs: Iterable[tuple[str, str]], everything: str) -> str:
    return f'<option value="">{esc(everything)}</option>' + "".join(
        f'<option value="{esc(v)}">{esc(label)}</option>' for v, label in pairs
    )


def build_review(warehouse: Path, report_href: str | None = None) -> str:
    today = dt.date.today().isoformat()
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        documents = read_documents(con)
        items = read_items(con, today)
        names = dict(
            con.execute("select indicator_code, name_zh from main.dim_indicator").fetchall()
        )
    finally:
        con.close()
    for item in items:
        if item.document_id in documents:
            documents[item.document_id].items.append(item)
    data = {i.item_id: i.details for d in documents.values() for i in d.items}

    sections, entries = [], []
    for doc in documents.values():
        indicators = sorted({i.indicator for i in doc.items if i.indicator})
        n_facts = sum(1 for i in doc.items if i.type == "fact")
        years = "/".join(str(y) for y in (doc.report_year, doc.plan_year) if y)
        heading = doc.title or doc.source_file
        sections.append(
            f'<section class="doc" id="doc-{esc(doc.document_id)}" '
            f'data-city="{esc(doc.city_id or "")}" data-inds="{esc(" ".join(indicators))}">'
            f"<h2>{esc(heading)}</h2>"
            f'<p class="meta muted">{esc(doc.city_zh or "?")} · {esc(years)} · '
            f"{esc(doc.genre or '')} · {esc(doc.source_file)} · {n_facts} facts</p>"
            f'<div class="text">{render_text(doc.text, doc.items)}</div></section>'
        )
        entries.append(
            f'<li id="li-doc-{esc(doc.document_id)}"><a href="#doc-{esc(doc.document_id)}">'
            f"{esc(doc.city_zh or '?')} {esc(years)}</a> "
            f'<span class="count">{n_facts}</span></li>'
        )
    cities = sorted({(d.city_id, d.city_zh or d.city_id) for d in documents.values() if d.city_id})
    used = sorted({i.indicator for i in items if i.indicator and i.type == "fact"})
    back = f'<p><a href="{esc(report_href)}">← report</a></p>' if report_href else ""
    aside = (
        f"<aside><h1>Fact review 逐条核对</h1>{back}"
        '<p class="legend"><span style="background:#bfdbfe">actual 实际</span>'
        '<span style="background:#fde68a">target 目标</span>'
        '<span style="border-bottom:2px dashed #9ca3af">unmapped 未归类</span>'
        '<span style="background:#fecaca;text-decoration:line-through">rejected 已否决</span>'
        '<span style="outline:2px solid #16a34a">added 人工添加</span></p>'
        '<label for="filter-city">city 城市</label>'
        f'<select id="filter-city">{_options(cities, "all cities 全部")}</select>'
        '<label for="filter-indicator">indicator 指标</label>'
        f'<select id="filter-indicator">'
        f"{_options(((c, f'{names.get(c, c)} ({c})') for c in used), 'all indicators 全部')}"
        "</select>"
        '<label><input type="checkbox" id="filter-unmapped" checked> show unmapped figures</label>'
        f'<p id="shown" class="muted"></p><ol>{"".join(entries)}</ol></aside>'
    )
    details = (
        '<div id="details"><h2>Details 详情</h2><div id="details-body">'
        '<p class="muted">Click a highlighted figure to see what was extracted from it.</p>'
        "</div></div>"
    )
    body = (
        aside + f"<article>{''.join(sections) or '<p>no documents</p>'}</article>" + details
        + json_script("review-data", data)
    )  # fmt: skip
    return page("zhibiao fact review", body, CSS, SCRIPT)


def write_review(warehouse: Path, out: Path, report_href: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(build_review(warehouse, report_href), encoding="utf-8")
    tmp.replace(out)
    return out
