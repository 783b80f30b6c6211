"""Consistency: facts agree with their documents, files and pairs (blocking).

The year and target rules are the ones dbt applies (int_facts_enriched, with the vars of
dbt_project.yml): a fact that breaks them goes to fct_unmapped_quantity with its reason, so on
the pipeline's output these rules fail only when that guard is broken or bypassed.

* **Years** (fct_indicator_value): an actual lies in the ten years up to its document's report
  year (or the year the text calls 今年, for a news item written the year after); a target lies
  between the report year and ten years past the plan year. A year outside means a misread year
  or a document dated wrongly.
* **Targets** (fct_indicator_value): a target stands in a plan section (the segmenter's section
  of the sentence holding it) or its sentence says it is one: a target word of
  docs/CONTRACT.md ("Year and kind"), a modal of the future, or the target's own year named
  after the report year (到2025年).
* **Target dating** (fct_indicator_value, a warning): a target set for its own report year
  (or earlier) names that year in its sentence; one that does not is most likely a plan-year
  target that fell back to the report year (a heading year the extractor did not carry).
* **Sentences** (dim_document): a document marked ok has at least one sentence.
* **Files** (source_files): every file under the documents folder is in source_files exactly
  once (files that arrived during the build excepted).
* **Pairs** (fct_target_attainment): a target is paired only with an actual of the same city,
  indicator, measure, qualifier and year, and the row repeats its target's values.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import yaml

from expectations.spec import (
    CheckContext,
    CheckFrame,
    all_rows,
    only_changed,
    scope_notes,
    unless_passing,
)

if TYPE_CHECKING:
    import duckdb
    from great_expectations.expectations import Expectation

# One source with the dbt guard that keeps such facts out of fct_indicator_value
_DBT_VARS = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "dbt_project" / "dbt_project.yml").read_text(
        encoding="utf-8"
    )
)["vars"]
ACTUAL_LOOKBACK_YEARS = int(_DBT_VARS["actual_lookback_years"])
TARGET_HORIZON_YEARS = int(_DBT_VARS["target_horizon_years"])
TARGET_WORDS = tuple(_DBT_VARS["target_words"])
NONE = "(none)"  # stands for NULL where two values are compared


# --- years and targets ---------------------------------------------------------------------

_FACTS_SQL = f"""
with sentences as (

    select document_id, section, char_start, char_end
    from staging.stg_raw__sentences

)

select
    f.fact_id,
    f.document_id,
    d.source_file,
    f.indicator_code,
    f.kind,
    f.year,
    f.raw_text,
    d.report_year,
    d.plan_year,
    d.current_year,
    f.char_start,
    case
        when f.kind = 'target' then coalesce(d.report_year, d.plan_year - 1)
        else coalesce(d.report_year, d.plan_year - 1) - {ACTUAL_LOOKBACK_YEARS}
    end as earliest_year,
    case
        when f.kind = 'target'
            then coalesce(d.plan_year, d.report_year + 1) + {TARGET_HORIZON_YEARS}
        else greatest(coalesce(d.report_year, d.plan_year - 1), d.current_year)
    end as latest_year,
    s.section,
    f.sentence
from main.fct_indicator_value as f
left join main.dim_document as d
    on f.document_id = d.document_id
left join sentences as s
    on f.document_id = s.document_id
    and f.char_start >= s.char_start
    and f.char_end <= s.char_end
where f.correction is distinct from 'added'  -- an analyst's fact is taken as it is
    {{scope}}
qualify row_number() over (partition by f.fact_id order by s.char_start) = 1
"""

# The rows that surely pass (the Python and GE rules below, written again in SQL) are counted,
# not fetched: the year within its bounds (or one of them missing, which GE ignores), and for a
# target the evidence target_evidence finds. Loose is safe here, wrong is not: a row this
# clears is never seen by GE (``CheckContext.all_rows`` fetches every row instead).
_TARGET_WORD_SQL = (
    " or ".join("contains(sentence, '{}')".format(w.replace("'", "''")) for w in TARGET_WORDS)
    or "false"
)
_YEARS_PASS = """
    (year is null or earliest_year is null or year >= earliest_year)
    and (year is null or latest_year is null or latest_year >= year)
"""
_EVIDENCE_SQL = f"""(
    section = 'plan'
    or {_TARGET_WORD_SQL}
    or (year > report_year and contains(sentence, cast(year as varchar) || '年'))
)"""
FACTS_PASS = f"{_YEARS_PASS} and (kind is distinct from 'target' or {_EVIDENCE_SQL})"
# a target's sentence names its year, or the target is not set for its report year or before
DATING_PASS = """
    not (year is not null and report_year is not null and year <= report_year)
    or contains(sentence, cast(year as varchar) || '年')
"""

_FACTS_FETCH_SQL = """
select * from ({rows})
where {where} and {keep}
order by document_id, char_start, fact_id
"""


def _judged_facts(
    con: duckdb.DuckDBPyConnection, ctx: CheckContext, where: str, passes: str
) -> tuple[pd.DataFrame, int]:
    """The facts (``where``: which) that may fail (``passes``: those that surely do not are
    left out, unless ctx asks for all rows), and how many were judged."""
    rows = _FACTS_SQL.format(scope=only_changed(ctx, "f.document_id"))
    (judged,) = con.execute(f"select count(*) from ({rows}) where {where}").fetchone()
    sql = _FACTS_FETCH_SQL.format(rows=rows, where=where, keep=unless_passing(ctx, passes))
    return con.execute(sql).df(), int(judged)


def target_evidence(
    kind: str | None,
    section: str | None,
    sentence: str | None,
    year: int | None,
    report_year: int | None,
) -> str | None:
    """Why a target is one (None when nothing says so); None for an actual (not judged)."""
    if kind != "target":
        return None
    if section == "plan":
        return "plan section"
    text = sentence if isinstance(sentence, str) else ""
    word = next((w for w in TARGET_WORDS if w in text), None)
    if word:
        return f"target word {word}"
    if not pd.isna(year) and not pd.isna(report_year) and year > report_year:
        named = f"{int(year)}年"
        if named in text:
            return f"names {named}, after the report year"
    return None


def _with_evidence(df: pd.DataFrame) -> pd.DataFrame:
    df["target_evidence"] = pd.Series(
        [
            target_evidence(*row)
            for row in zip(
                df["kind"].tolist(),
                df["section"].tolist(),
                df["sentence"].tolist(),
                df["year"].tolist(),
                df["report_year"].tolist(),
                strict=True,
            )
        ],
        index=df.index,
        dtype="str",
    )
    df["sentence_shown"] = [s[:60] if isinstance(s, str) else None for s in df["sentence"].tolist()]
    return df


def facts_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    df, judged = _judged_facts(con, ctx, "true", FACTS_PASS)
    df = _with_evidence(df).drop(columns=["sentence", "char_start"])
    return CheckFrame(df, scope_notes(ctx), rows=None if all_rows(ctx) else judged)


def facts_expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="year",
            column_B="earliest_year",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            description=f"an actual is at most {ACTUAL_LOOKBACK_YEARS} years before its "
            "document's report year; a target not before the report year",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="latest_year",
            column_B="year",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            description="an actual is not after its document's report year (or the year it "
            f"calls 今年); a target at most {TARGET_HORIZON_YEARS} years after the plan year",
        ),
        gxe.ExpectColumnValuesToNotBeNull(
            column="target_evidence",
            row_condition=Column("kind") == "target",
            description="a target stands in a plan section or its sentence says it is one",
        ),
    ]


FACTS_SHOW = (
    "source_file",
    "indicator_code",
    "kind",
    "year",
    "raw_text",
    "report_year",
    "plan_year",
    "earliest_year",
    "latest_year",
    "section",
    "target_evidence",
    "sentence_shown",
)


# --- target dating (warning) ----------------------------------------------------------------


def dating_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    """The target facts, with whether each is set for its report year (or before) and whether
    its sentence names that year."""
    df, judged = _judged_facts(con, ctx, "kind = 'target'", DATING_PASS)
    df = _with_evidence(df).drop(columns=["char_start"])
    years, reports = df["year"].tolist(), df["report_year"].tolist()
    sentences = df["sentence"].tolist()
    df["not_after_report_year"] = pd.Series(
        [
            bool(not pd.isna(y) and not pd.isna(r) and y <= r)
            for y, r in zip(years, reports, strict=True)
        ],
        index=df.index,
        dtype=bool,
    )
    df["year_named"] = pd.Series(
        [
            f"{int(y)}年" if isinstance(s, str) and not pd.isna(y) and f"{int(y)}年" in s else None
            for y, s in zip(years, sentences, strict=True)
        ],
        index=df.index,
        dtype="str",
    )
    return CheckFrame(
        df.drop(columns=["sentence"]).reset_index(drop=True),
        scope_notes(ctx),
        rows=None if all_rows(ctx) else judged,
    )


def dating_expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        gxe.ExpectColumnValuesToNotBeNull(
            column="year_named",
            row_condition=Column("not_after_report_year") == True,  # noqa: E712
            description="a target set for its document's report year (or earlier) names that "
            "year in its sentence",
        ),
    ]


DATING_SHOW = (
    "source_file",
    "indicator_code",
    "year",
    "raw_text",
    "report_year",
    "plan_year",
    "section",
    "year_named",
    "sentence_shown",
)


# --- documents -----------------------------------------------------------------------------

_DOCUMENTS_SQL = """
select
    d.document_id,
    d.source_file,
    d.status,
    d.title,
    coalesce(t.sentence_count, 0) as sentence_count,
    t.char_count
from main.dim_document as d
left join main.document_text as t
    on d.document_id = t.document_id
"""

DOCUMENTS_PASS = "status is distinct from 'ok' or sentence_count >= 1"


def documents_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    (judged,) = con.execute(f"select count(*) from ({_DOCUMENTS_SQL})").fetchone()
    df = con.execute(
        f"select * from ({_DOCUMENTS_SQL}) where {unless_passing(ctx, DOCUMENTS_PASS)} "
        "order by source_file, document_id"
    ).df()
    return CheckFrame(df, rows=None if all_rows(ctx) else int(judged))


def documents_expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        gxe.ExpectColumnValuesToBeBetween(
            column="sentence_count",
            min_value=1,
            row_condition=Column("status") == "ok",
            description="a document marked ok has at least one sentence",
        ),
    ]


DOCUMENTS_SHOW = ("source_file", "status", "title", "sentence_count", "char_count")


# --- files ---------------------------------------------------------------------------------


def files_on_disk(docs_dir: Path, since: float | None = None) -> tuple[list[str], list[str]]:
    """(files under docs_dir, files modified after ``since``) as source_files names them.

    Every regular file counts, hidden ones (.DS_Store) too, as the reader lists them; hidden
    folders (.git) are tools' own and not walked; links are not followed (the reader follows
    those that stay inside the folder, which adds rows, never loses one).
    """
    from ingest.reading.sources import relative_posix

    found: list[str] = []
    late: list[str] = []
    for folder, dirs, files in os.walk(docs_dir, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        prefix = Path(folder).relative_to(docs_dir).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        for name in files:
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
            except OSError:
                continue  # vanished while we looked
            if not stat.S_ISREG(info.st_mode):  # a regular file, not a link to one
                continue
            relative = prefix + name
            try:
                relative.encode("utf-8")
            except UnicodeEncodeError:  # a name that is not UTF-8 on disk: as the reader names it
                relative = relative_posix(Path(path), docs_dir)
            (late if since is not None and info.st_mtime > since else found).append(relative)
    return sorted(found), sorted(late)


def files_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    listed = con.execute(
        "select source_file, count(*) as rows_in_source_files, min(status) as status "
        "from main.source_files group by source_file"
    ).df()
    notes: list[str] = []
    if ctx.docs_dir is None or not Path(ctx.docs_dir).is_dir():
        notes.append(
            "the documents folder is not available: only repeated rows were looked for"
            if ctx.docs_dir is None
            else f"the documents folder {ctx.docs_dir} is gone: only repeated rows were looked for"
        )
        disk = pd.DataFrame({"source_file": pd.Series(dtype=str), "on_disk": pd.Series(dtype=bool)})
    else:
        found, late = files_on_disk(Path(ctx.docs_dir), ctx.files_since)
        if late:
            notes.append(
                f"{len(late)} file(s) changed during the build, not judged: " + ", ".join(late[:5])
            )
        disk = pd.DataFrame({"source_file": found, "on_disk": True})
    df = disk.merge(listed, on="source_file", how="outer")
    df["on_disk"] = df["on_disk"].astype("boolean").fillna(False).astype(bool)
    df["rows_in_source_files"] = df["rows_in_source_files"].fillna(0).astype(int)
    judged = len(df)
    if not all_rows(ctx):  # a file listed once passes both expectations
        df = df[df["rows_in_source_files"] != 1]
    return CheckFrame(
        df.sort_values("source_file").reset_index(drop=True),
        notes,
        rows=None if all_rows(ctx) else judged,
    )


def files_expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        gxe.ExpectColumnValuesToBeBetween(
            column="rows_in_source_files",
            min_value=1,
            row_condition=Column("on_disk") == True,  # noqa: E712 (a GE condition, not a test)
            description="every file under the documents folder is in source_files",
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="rows_in_source_files",
            max_value=1,
            description="no file is in source_files twice",
        ),
    ]


FILES_SHOW = ("on_disk", "rows_in_source_files", "status")


# --- target attainment pairs ---------------------------------------------------------------

PAIRED = ("city_id", "indicator_code", "measure", "qualifier", "year")

_PAIRS_SQL = """
select
    a.target_fact_id,
    a.actual_fact_id,
    {row},
    {target},
    {actual},
    t.kind as target_kind,
    x.kind as actual_kind,
    a.actual_fact_id is not null as has_actual
from main.fct_target_attainment as a
left join main.fct_indicator_value as t
    on a.target_fact_id = t.fact_id
left join main.fct_indicator_value as x
    on a.actual_fact_id = x.fact_id
"""

# every pair of columns equal (the compared values are never null: _cast), the kinds right
PAIRS_PASS = " and ".join(
    [
        *(f"(not has_actual or {c} = actual_{c})" for c in PAIRED),
        *(f"{c} = target_{c}" for c in PAIRED),
        "target_kind = 'target'",
        "(not has_actual or actual_kind = 'actual')",
    ]
)


def _cast(prefix: str, column: str) -> str:
    return f"coalesce(cast({prefix}.{column} as varchar), '{NONE}')"


def pairs_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    sql = _PAIRS_SQL.format(
        row=", ".join(f"{_cast('a', c)} as {c}" for c in PAIRED),
        target=", ".join(f"{_cast('t', c)} as target_{c}" for c in PAIRED),
        actual=", ".join(f"{_cast('x', c)} as actual_{c}" for c in PAIRED),
    )
    (judged,) = con.execute(f"select count(*) from ({sql})").fetchone()
    df = con.execute(
        f"select * from ({sql}) where {unless_passing(ctx, PAIRS_PASS)} order by target_fact_id"
    ).df()
    return CheckFrame(df, rows=None if all_rows(ctx) else int(judged))


def pairs_expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    with_actual = Column("has_actual") == True  # noqa: E712 (a GE condition, not a test)
    out: list[Expectation] = []
    for column in PAIRED:
        out.append(
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A=column,
                column_B=f"actual_{column}",
                ignore_row_if="neither",
                row_condition=with_actual,
                description=f"the paired actual has the target's {column}",
            )
        )
        out.append(
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A=column,
                column_B=f"target_{column}",
                ignore_row_if="neither",
                description=f"the row's {column} is its target fact's",
            )
        )
    out += [
        gxe.ExpectColumnValuesToBeInSet(
            column="target_kind", value_set=["target"], description="the target is a target"
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="actual_kind",
            value_set=["actual"],
            row_condition=with_actual,
            description="the actual is an actual",
        ),
    ]
    return out


PAIRS_SHOW = (
    "actual_fact_id",
    *PAIRED,
    *(f"actual_{c}" for c in PAIRED),
    "target_kind",
    "actual_kind",
)
