"""Drift: what moved since the last published warehouse (warning).

Compares the warehouse being built with a baseline DuckDB file (the published one) and names
what moved:

* **facts of an unchanged document**: a document whose content is the same in both (the same
  document_id, which is the first 16 hex digits of its content hash) must state the same facts,
  compared on the columns that make a fact distinct (fct_indicator_value's unique key in the
  dbt contract). Any fact gone or new there comes from a code, lexicon or rule change: the
  guard that tells a change broke something far away.
* **facts per indicator**, **documents per city**: counts may move by
  ``max(tolerance.absolute, tolerance.relative * baseline)``;
* **unmapped share**: unmapped mentions / (facts + unmapped mentions) may move by
  ``tolerance.unmapped_points`` percentage points.

>>> report = compare_warehouses(con, Path("warehouse/zhibiao.duckdb"))  # doctest: +SKIP
>>> report.moved  # one row per thing that moved more than allowed  # doctest: +SKIP

Plain Python over DuckDB: no GE here. :mod:`expectations.registry` wraps the report's rows in a
GE validation (``change <= allowed``) for Data Docs and the Dagster check.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from expectations.contracts import unique_key
from expectations.spec import CheckContext, CheckFrame, all_rows

FACTS = "facts of an unchanged document"
PER_INDICATOR = "facts per indicator"
PER_CITY = "documents per city"
UNMAPPED_SHARE = "unmapped share (%)"
EXAMPLES = 3  # facts listed per document in a row's detail
COLUMNS = ("aspect", "key", "label", "baseline", "current", "change", "allowed", "detail")


@dataclass(frozen=True)
class Tolerance:
    """How far an aggregate may move before the drift check warns."""

    relative: float = 0.25
    absolute: int = 2
    unmapped_points: float = 5.0

    def allowed(self, baseline: float) -> float:
        return max(float(self.absolute), self.relative * baseline)


@dataclass
class DriftReport:
    """``rows``: one per compared thing (columns :data:`COLUMNS`); ``notes``: what was skipped."""

    baseline: Path | None
    rows: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    @property
    def moved(self) -> pd.DataFrame:
        return self.rows[self.rows["change"] > self.rows["allowed"]]

    def summary(self) -> str:
        moved = self.moved
        if moved.empty:
            return "nothing moved beyond the tolerance"
        return "; ".join(
            f"{r.aspect} {r.label}: {r.baseline:g} -> {r.current:g}" for r in moved.itertuples()
        )


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})


@contextlib.contextmanager
def _open_read_only(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        yield con
    finally:
        con.close()


def compare_warehouses(
    current: duckdb.DuckDBPyConnection,
    baseline: Path | None,
    tolerance: Tolerance | None = None,
) -> DriftReport:
    """Compare the open warehouse ``current`` with the baseline file; never raises on a missing
    or unreadable baseline (the report then says so in ``notes`` and has no rows)."""
    tol = tolerance or Tolerance()
    if baseline is None:
        return DriftReport(None, _empty(), ["no published warehouse given: nothing to compare"])
    baseline = Path(baseline)
    if _database_file(current) == baseline.resolve():
        return DriftReport(
            baseline,
            _empty(),
            [f"the run writes into the published warehouse {baseline} itself: nothing to compare"],
        )
    if not baseline.is_file():
        return DriftReport(baseline, _empty(), [f"no published warehouse at {baseline} yet"])
    try:
        with _open_read_only(baseline) as base:
            frames = [
                _unchanged_document_facts(current, base),
                _counts(current, base, PER_INDICATOR, _PER_INDICATOR_SQL, tol),
                _counts(current, base, PER_CITY, _PER_CITY_SQL, tol),
                _unmapped_share(current, base, tol),
            ]
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return DriftReport(baseline, _empty(), [f"cannot read {baseline}: {first}"])
    rows = pd.concat([f for f in frames if not f.empty] or [_empty()], ignore_index=True)
    return DriftReport(baseline, rows[list(COLUMNS)])


def _database_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    row = con.execute(
        "select file from pragma_database_list where name = current_database()"
    ).fetchone()
    return Path(row[0]).resolve() if row and row[0] else None


# --- facts of unchanged documents ----------------------------------------------------------

_OK_DOCUMENTS_SQL = "select document_id, source_file from main.dim_document where status = 'ok'"


def _fact_key() -> list[str]:
    return list(unique_key("fct_indicator_value"))


def _facts(con: duckdb.DuckDBPyConnection, documents: list[str]) -> pd.DataFrame:
    key = _fact_key()
    con.register("_zhibiao_drift_documents", pd.DataFrame({"document_id": documents}))
    try:
        df = con.execute(
            f"select {', '.join(key)}, raw_text from main.fct_indicator_value "
            "where document_id in (select document_id from _zhibiao_drift_documents)"
        ).df()
    finally:
        con.unregister("_zhibiao_drift_documents")
    df["value"] = df["value"].astype(float).round(6)
    return df.fillna({"qualifier": "", "year": -1}).astype({"year": int})


def _describe(row: pd.Series) -> str:
    scope = f" {row['qualifier']}" if row["qualifier"] else ""
    return (
        f"{row['indicator_code']}{scope} {row['year']} {row['kind']} {row['measure']} "
        f"{_number(row['value'])} ({row['raw_text']})"
    )


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def _unchanged_document_facts(
    current: duckdb.DuckDBPyConnection, base: duckdb.DuckDBPyConnection
) -> pd.DataFrame:
    now = current.execute(_OK_DOCUMENTS_SQL).df()
    before = base.execute(_OK_DOCUMENTS_SQL).df()
    common = now.merge(before, on="document_id", suffixes=("", "_baseline"))
    if common.empty:
        return _empty()
    documents = common["document_id"].tolist()
    key = _fact_key()
    baseline_facts = _facts(base, documents)
    merged = _facts(current, documents).merge(
        baseline_facts.drop(columns=["raw_text"]).assign(_in_baseline=True),
        on=key,
        how="outer",
    )
    merged["_in_current"] = merged["raw_text"].notna()
    merged["_in_baseline"] = merged["_in_baseline"].astype("boolean").fillna(False).astype(bool)
    gone_raw = baseline_facts.set_index(key)["raw_text"]
    merged["_new"] = merged["_in_current"] & ~merged["_in_baseline"]
    merged["_gone"] = ~merged["_in_current"] & merged["_in_baseline"]
    # counts in one grouped pass, details only for the documents that changed: one filter of
    # every fact per document made this the slowest check of a 20,000-document rebuild
    counts = merged.groupby("document_id")[["_in_baseline", "_in_current", "_new", "_gone"]].sum()
    table = common[["document_id", "source_file"]].join(counts, on="document_id").fillna(0)
    changed = set(table.loc[(table["_new"] + table["_gone"]) > 0, "document_id"])
    by_document = {
        doc: facts
        for doc, facts in merged[merged["document_id"].isin(changed)].groupby(
            "document_id", sort=False
        )
    }
    details: dict[str, str] = {}
    for doc, facts in by_document.items():
        new = facts[facts["_new"]]
        gone = facts[facts["_gone"]].copy()
        if not gone.empty:
            gone["raw_text"] = [
                gone_raw.get(tuple(r[k] for k in key), "?") for _, r in gone.iterrows()
            ]
        detail = []
        if len(gone):
            detail.append(f"{len(gone)} gone: " + "; ".join(map(_describe, _head(gone))))
        if len(new):
            detail.append(f"{len(new)} new: " + "; ".join(map(_describe, _head(new))))
        details[doc] = " | ".join(detail)
    return pd.DataFrame(
        {
            "aspect": FACTS,
            "key": table["document_id"],
            "label": table["source_file"],
            "baseline": table["_in_baseline"].astype(float),
            "current": table["_in_current"].astype(float),
            "change": (table["_new"] + table["_gone"]).astype(float),
            "allowed": 0.0,
            "detail": [details.get(doc) for doc in table["document_id"]],
        }
    )


def _head(df: pd.DataFrame) -> list[pd.Series]:
    return [row for _, row in df.head(EXAMPLES).iterrows()]


# --- aggregates ----------------------------------------------------------------------------

_PER_INDICATOR_SQL = """
select indicator_code as key, indicator_code as label, count(*) as n
from main.fct_indicator_value
group by indicator_code
"""

_PER_CITY_SQL = """
select
    coalesce(d.city_id, '(none)') as key,
    coalesce(min(c.city_zh), '(no city)') as label,
    count(*) as n
from main.dim_document as d
left join main.dim_city as c
    on d.city_id = c.city_id
where d.status = 'ok'
group by coalesce(d.city_id, '(none)')
"""


def _counts(
    current: duckdb.DuckDBPyConnection,
    base: duckdb.DuckDBPyConnection,
    aspect: str,
    sql: str,
    tol: Tolerance,
) -> pd.DataFrame:
    now = current.execute(sql).df()
    before = base.execute(sql).df()
    both = now.merge(before, on="key", how="outer", suffixes=("", "_baseline"))
    both["label"] = both["label"].fillna(both["label_baseline"])
    both["current"] = both["n"].fillna(0).astype(float)
    both["baseline"] = both["n_baseline"].fillna(0).astype(float)
    both["change"] = (both["current"] - both["baseline"]).abs()
    both["allowed"] = [tol.allowed(b) for b in both["baseline"]]
    both["aspect"] = aspect
    both["detail"] = None
    return both.sort_values("key")[list(COLUMNS)]


_SHARE_SQL = """
select
    (select count(*) from main.fct_unmapped_quantity) as unmapped,
    (select count(*) from main.fct_indicator_value) as facts
"""


def _share(con: duckdb.DuckDBPyConnection) -> tuple[float, int, int]:
    unmapped, facts = con.execute(_SHARE_SQL).fetchone() or (0, 0)
    total = unmapped + facts
    return (100.0 * unmapped / total if total else 0.0), unmapped, facts


def _unmapped_share(
    current: duckdb.DuckDBPyConnection, base: duckdb.DuckDBPyConnection, tol: Tolerance
) -> pd.DataFrame:
    now, now_unmapped, now_facts = _share(current)
    before, before_unmapped, before_facts = _share(base)
    return pd.DataFrame(
        [
            {
                "aspect": UNMAPPED_SHARE,
                "key": "all documents",
                "label": "all documents",
                "baseline": round(before, 2),
                "current": round(now, 2),
                "change": round(abs(now - before), 2),
                "allowed": tol.unmapped_points,
                "detail": f"{before_unmapped} of {before_unmapped + before_facts} -> "
                f"{now_unmapped} of {now_unmapped + now_facts} figures unmapped",
            }
        ]
    )


# --- as a check ----------------------------------------------------------------------------


def frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    """The report's rows; GE gets those that moved more than allowed (or whose change or
    allowance is missing), the others passing, or every row with ``ctx.all_rows``."""
    report = compare_warehouses(con, ctx.baseline, ctx.tolerance)
    rows = report.rows.reset_index(drop=True)
    judged = len(rows)
    if not all_rows(ctx):
        passes = (rows["allowed"] >= rows["change"]).fillna(False).astype(bool)
        rows = rows[~passes].reset_index(drop=True)
    return CheckFrame(rows, report.notes, rows=None if all_rows(ctx) else judged)


def expectations() -> list:
    import great_expectations.expectations as gxe

    return [
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="allowed",
            column_B="change",
            or_equal=True,
            description="nothing moved more than allowed since the published warehouse: no "
            "fact of an unchanged document, facts per indicator and documents per city by "
            "the tolerance, the unmapped share by its points",
        ),
    ]


SHOW = ("label", "baseline", "current", "change", "allowed", "detail")
