"""``zhibiao eval``: how well the extractor does against a gold file written by hand.

A gold file is a CSV in the format of ``eval/corpus/gold.csv`` (``docs/gold-guide.md``): one
row per fact a careful analyst would put in the warehouse. A prediction is a row of
``fct_indicator_value`` (or, with ``--fast``, of the extractor's own output, deduplicated the
way the warehouse does it). The analysts' corrections are left out unless asked for
(``--with-corrections``): the score is the extractor's. Both are keyed by document file name,
year, indicator, kind and measure; a prediction matches an unused gold fact with the same key
whose value is within 0.5% (money rounding). Matching is one-to-one. Gold facts marked
ambiguous count neither way: a prediction that matches one is neither a hit nor a false hit,
and missing one is no miss.

Only the lexicon's core indicators (``core`` in ``lexicon_indicators.csv``) are scored.
"""

from __future__ import annotations

import csv
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RELATIVE_TOLERANCE = 5e-3
Key = tuple[int, str, str, str]  # year, indicator_code, kind, measure


@dataclass(frozen=True)
class GoldFact:
    doc: str
    city: str
    key: Key
    value: float
    comparator: str
    qualifier: str
    raw_text: str
    ambiguous: bool
    evidence: str


@dataclass(frozen=True)
class Prediction:
    doc: str
    key: Key
    value: float
    comparator: str
    qualifier: str
    raw_text: str
    sentence: str


@dataclass(frozen=True)
class DocumentInfo:
    """What the index (``INDEX.tsv``) says of a document, and what the build decided."""

    city: str | None = None
    province: str | None = None
    genre: str | None = None
    report_year: int | None = None
    plan_year: int | None = None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {**asdict(self), "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}  # fmt: skip


@dataclass
class Result:
    overall: Counts = field(default_factory=Counts)
    by_indicator: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_measure: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_genre: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_province: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_document: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list[GoldFact] = field(default_factory=list)
    false_hits: list[Prediction] = field(default_factory=list)
    cities_right: int = 0
    cities_total: int = 0
    cities_wrong: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    years_right: int = 0
    years_total: int = 0
    years_wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def table(counts: Mapping[str, Counts]) -> dict[str, Any]:
            return {k: v.as_dict() for k, v in sorted(counts.items())}

        return {
            **self.overall.as_dict(),
            "by_indicator": table(self.by_indicator),
            "by_measure": table(self.by_measure),
            "by_genre": table(self.by_genre),
            "by_province": table(self.by_province),
            "by_document": table(self.by_document),
            "cities": {"right": self.cities_right, "total": self.cities_total,
                       "wrong": [{"doc": d, "expected": e, "found": f}
                                 for d, e, f in self.cities_wrong]},
            "years": {"right": self.years_right, "total": self.years_total,
                      "wrong": [{"doc": d, "expected": e, "found": f}
                                for d, e, f in self.years_wrong]},
            "misses": [asdict(g) for g in self.misses],
            "false_hits": [asdict(p) for p in self.false_hits],
        }  # fmt: skip


# --- reading ---------------------------------------------------------------------------------


def core_indicators() -> frozenset[str]:
    from ingest.extraction.lexicon import load_lexicon

    return frozenset(code for code, ind in load_lexicon().indicators.items() if ind.core)


def doc_key(path: str) -> str:
    """Documents are matched by file name, as the gold files name them."""
    return os.path.basename(path)


def read_gold(paths: Iterable[Path], core: frozenset[str]) -> list[GoldFact]:
    gold = []
    for path in paths:
        with Path(path).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["indicator_code"] not in core:
                    continue
                gold.append(
                    GoldFact(
                        doc=doc_key(row["doc_file"]),
                        city=row.get("city_zh", ""),
                        key=(int(row["year"]), row["indicator_code"], row["kind"], row["measure"]),
                        value=float(row["value"]),
                        comparator=row.get("comparator", ""),
                        qualifier=row.get("qualifier", ""),
                        raw_text=row.get("raw_text", ""),
                        ambiguous=row.get("ambiguous", "0").strip() == "1",
                        evidence=row.get("evidence", ""),
                    )
                )
    return gold


def _int_or_none(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def read_index(path: Path | None) -> dict[str, DocumentInfo]:
    """``INDEX.tsv``: file, city_zh, province_zh, report_year, plan_year, genre (all optional
    but file)."""
    if path is None or not Path(path).is_file():
        return {}
    with Path(path).open(encoding="utf-8", newline="") as f:
        return {
            doc_key(row["file"]): DocumentInfo(
                city=row.get("city_zh") or None,
                province=row.get("province_zh") or None,
                genre=row.get("genre") or None,
                report_year=_int_or_none(row.get("report_year")),
                plan_year=_int_or_none(row.get("plan_year")),
            )
            for row in csv.DictReader(f, delimiter="\t")
        }


def _has_relation(con: Any, table: str, column: str | None = None) -> bool:
    sql = "select 1 from information_schema.columns where table_schema = 'main' and table_name = ?"
    params = [table]
    if column:
        sql += " and column_name = ?"
        params.append(column)
    return bool(con.execute(sql, params).fetchall())


_FACT_FIELDS = "f.year, f.indicator_code, f.kind, f.measure, f.value, f.comparator, f.qualifier"


def read_warehouse(
    path: Path, core: frozenset[str], with_corrections: bool = False
) -> tuple[list[Prediction], dict[str, DocumentInfo]]:
    """Predictions and what the build decided of each document, from a built warehouse.

    ``with_corrections`` scores the facts as the warehouse holds them, the analysts' corrections
    (corrections/fact_corrections.csv) applied. Without, the extractor's own facts are scored:
    facts an analyst added are left out and facts an analyst rejected (fct_fact_correction) are
    put back, so that corrections never flatter the extractor.
    """
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        facts = f"""
            select d.source_file, {_FACT_FIELDS}, f.raw_text, f.sentence
            from fct_indicator_value f join dim_document d using (document_id)
        """
        corrected = _has_relation(con, "fct_indicator_value", "correction")
        if not with_corrections and corrected:
            facts += f"""
            where f.correction is null
            union all
            select d.source_file, {_FACT_FIELDS}, f.raw_text, f.sentence
            from fct_fact_correction f join dim_document d using (document_id)
            where f.action = 'reject' and f.is_applied and d.status = 'ok'
            qualify row_number() over (partition by f.fact_id order by f.correction_id) = 1
            """
        rows = con.execute(facts).fetchall()
        docs = con.execute(
            """
            select d.source_file, c.city_zh, c.province_zh, d.report_year, d.plan_year
            from dim_document d left join dim_city c using (city_id)
            """
        ).fetchall()
    finally:
        con.close()
    preds = [
        Prediction(doc_key(src), (int(year), code, kind, measure), float(value), comp or "",
                   qual or "", raw or "", sentence or "")
        for src, year, code, kind, measure, value, comp, qual, raw, sentence in rows
        if code in core and year is not None and value is not None
    ]  # fmt: skip
    found = {
        doc_key(src): DocumentInfo(city=city, province=province, report_year=ry, plan_year=py)
        for src, city, province, ry, py in docs
    }
    return preds, found


def corrections_applied(path: Path) -> dict[str, int]:
    """How many analyst corrections the warehouse applied, by action (reject, add)."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        if not _has_relation(con, "fct_fact_correction"):
            return {}
        return dict(
            con.execute(
                "select action, count(*) from fct_fact_correction where is_applied group by 1"
            ).fetchall()
        )
    finally:
        con.close()


def read_folder(
    docs: Path, core: frozenset[str]
) -> tuple[list[Prediction], dict[str, DocumentInfo]]:
    """Predictions straight from the extractor (no dbt, no checks): seconds instead of a minute.

    Facts are deduplicated on the key ``fct_indicator_value`` deduplicates on, and cities are
    named as ``dim_city`` names them (as their latest document does), so that both paths
    score alike.
    """
    from ingest.document.gazetteer import Gazetteer
    from ingest.pipeline import process_folder

    folder = process_folder(docs)
    source = dict(folder.documents.select("document_id", "source_file").iter_rows())
    seen: set[tuple] = set()
    preds = []
    for f in folder.facts.sort("document_id", "char_start").iter_rows(named=True):
        fact_key = tuple(f[k] for k in ("document_id", "indicator_code", "year", "kind",
                                        "measure", "qualifier", "comparator", "value"))  # fmt: skip
        if f["indicator_code"] not in core or f["year"] is None or fact_key in seen:
            continue
        seen.add(fact_key)
        preds.append(Prediction(doc_key(source[f["document_id"]]),
                                (f["year"], f["indicator_code"], f["kind"], f["measure"]),
                                f["value"], f["comparator"] or "", f["qualifier"] or "",
                                f["raw_text"] or "", f["sentence"] or ""))  # fmt: skip
    gazetteer = Gazetteer.load()
    documents = list(folder.documents.iter_rows(named=True))
    # as dim_city: the name in use in the year of the city's latest document (no year: now)
    latest: dict[str, tuple[tuple[int, str], str | None]] = {}
    for d in documents:
        if d["city_id"] is None:
            continue
        year = d["report_year"] if d["report_year"] is not None else d["plan_year"]
        recency = (-(year if year is not None else 9999), d["document_id"])
        if d["city_id"] not in latest or recency < latest[d["city_id"]][0]:
            latest[d["city_id"]] = (recency, d["city_zh"] if year is not None else None)
    found = {}
    for d in documents:
        names = gazetteer.names_of(d["city_id"]) if d["city_id"] else ()
        current = max(names, key=lambda p: (p.last_year, p.first_year)) if names else None
        named = latest[d["city_id"]][1] if current else None
        found[doc_key(d["source_file"])] = DocumentInfo(
            city=(named or current.city_zh) if current else d["city_zh"],
            province=current.province_zh if current else None,
            report_year=d["report_year"],
            plan_year=d["plan_year"],
        )
    return preds, found


# --- scoring ---------------------------------------------------------------------------------


def close(a: float, b: float) -> bool:
    return abs(a - b) <= max(RELATIVE_TOLERANCE * abs(b), 1e-9)


def score(
    gold: Sequence[GoldFact],
    preds: Sequence[Prediction],
    expected: Mapping[str, DocumentInfo] | None = None,
    found: Mapping[str, DocumentInfo] | None = None,
) -> Result:
    """Match predictions to gold one-to-one, document by document, and tally by every axis."""
    expected = expected or {}
    found = found or {}
    result = Result()
    gold_by_doc: dict[str, list[GoldFact]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g.doc].append(g)
    preds_by_doc: dict[str, list[Prediction]] = defaultdict(list)
    for p in preds:
        preds_by_doc[p.doc].append(p)

    def tally(doc: str, key: Key, outcome: str) -> None:
        info = expected.get(doc, DocumentInfo())
        for table, name in (
            (None, None),
            (result.by_indicator, key[1]),
            (result.by_measure, key[3]),
            (result.by_genre, info.genre or "unknown"),
            (result.by_province, info.province or "unknown"),
            (result.by_document, doc),
        ):
            counts = result.overall if table is None else table[name]
            setattr(counts, outcome, getattr(counts, outcome) + 1)

    # every document with gold or predictions counts: extras in a document without gold too
    for doc in sorted(set(gold_by_doc) | set(preds_by_doc)):
        candidates = sorted(gold_by_doc[doc], key=lambda g: g.ambiguous)  # unambiguous first
        used = [False] * len(candidates)
        for p in sorted(preds_by_doc[doc], key=lambda p: (p.key, p.value)):
            hit = next(
                (i for i, g in enumerate(candidates)
                 if not used[i] and g.key == p.key and close(p.value, g.value)),
                None,
            )  # fmt: skip
            if hit is None:
                result.false_hits.append(p)
                tally(doc, p.key, "fp")
            else:
                used[hit] = True
                tally(doc, p.key, "neutral" if candidates[hit].ambiguous else "tp")
        for i, g in enumerate(candidates):
            if not used[i] and not g.ambiguous:
                result.misses.append(g)
                tally(doc, g.key, "fn")

    _score_documents(result, gold, expected, found)
    return result


def _score_documents(
    result: Result,
    gold: Sequence[GoldFact],
    expected: Mapping[str, DocumentInfo],
    found: Mapping[str, DocumentInfo],
) -> None:
    """Cities and years the build decided, against the index (or the gold's city column)."""
    cities = {g.doc: g.city for g in gold if g.city}
    cities.update({doc: info.city for doc, info in expected.items() if info.city})
    for doc, city in sorted(cities.items()):
        got = found.get(doc, DocumentInfo()).city
        result.cities_total += 1
        if got == city:
            result.cities_right += 1
        else:
            result.cities_wrong.append((doc, city, got))
    for doc, info in sorted(expected.items()):
        got = found.get(doc, DocumentInfo())
        pairs = [(info.report_year, got.report_year), (info.plan_year, got.plan_year)]
        known = [(e, f) for e, f in pairs if e is not None]
        if not known:
            continue
        result.years_total += 1
        if all(e == f for e, f in known):
            result.years_right += 1
        else:
            result.years_wrong.append(
                (doc, f"{info.report_year}/{info.plan_year}", f"{got.report_year}/{got.plan_year}")
            )


# --- output ----------------------------------------------------------------------------------


def _row(name: str, c: Counts) -> str:
    return (f"  {name:34s} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
            f"tp={c.tp:<4d} fp={c.fp:<4d} fn={c.fn:<4d} ambiguous={c.neutral}")  # fmt: skip


def _key_text(key: Key) -> str:
    year, code, kind, measure = key
    return f"{year} {code} {kind} {measure}"


def render(result: Result, show: int = 50) -> str:
    """The human report: overall, per axis, cities and years, then misses and false hits."""
    out = []
    header = f"  {'':34s} {'prec':>6s} {'recall':>6s} {'f1':>6s}"
    for title, table in (
        ("by indicator", result.by_indicator),
        ("by measure", result.by_measure),
        ("by genre", result.by_genre),
        ("by province", result.by_province),
    ):
        if not table or set(table) == {"unknown"}:
            continue
        out += [title, header]
        out += [_row(name, c) for name, c in sorted(table.items())]
    if show:
        out.append(f"misses ({len(result.misses)})")
        for g in result.misses[:show]:
            out.append(f"  {g.doc}  {_key_text(g.key)} {g.value:g}  「{g.raw_text}」  {g.evidence}")
        out.append(f"false hits ({len(result.false_hits)})")
        for p in result.false_hits[:show]:
            out.append(f"  {p.doc}  {_key_text(p.key)} {p.value:g}  「{p.raw_text}」  {p.sentence}")
    for doc, want, got in result.cities_wrong:
        out.append(f"city wrong: {doc}: expected {want}, found {got}")
    for doc, want, got in result.years_wrong:
        out.append(f"years wrong: {doc}: expected {want}, found {got}")
    o = result.overall
    out.append(f"cities right: {result.cities_right}/{result.cities_total}; "
               f"years right: {result.years_right}/{result.years_total}")  # fmt: skip
    out.append(f"precision={o.precision:.4f} recall={o.recall:.4f} f1={o.f1:.4f} "
               f"(tp={o.tp} fp={o.fp} fn={o.fn} ambiguous matched={o.neutral})")  # fmt: skip
    return "\n".join(out)


def to_json(result: Result) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=1)
