"""Warehouses with faults planted, for the data-quality check tests (tests/test_checks_*.py).

The clean warehouse is dbt_fixtures' (a real `dbt build` of a project copy over a small raw
fixture). The faulty one is built the same way from the same raw rows with these faults
planted, each in rows of its own so that every check must name exactly its own:

* provenance: the 2021 report's 257.4亿元 has offsets one character late; its first 269家
  carries the sentence of the second 269家 (offsets at the first); the 2022 report's unmapped
  12个 has offsets one character early;
* consistency (years): the 2021 report's 8189.75万元 is dated 2009, twelve years before;
* consistency (targets) and target dating: the 2021 report's 14.2% growth, a summary figure,
  is a 2021 target;
* consistency (sentences): the 2016 海安 report has no sentences;
* consistency (pairs): fct_target_attainment.sql in the project copy no longer compares
  qualifiers, so the 2021 report's 国家级 target pairs with the unqualified 320家;
* distribution: the 2022 report's 400家 target is 4,000,000,000 (a unit slip);
* drift (against the clean warehouse): the three facts changed above.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
from dbt_fixtures import (
    DOCS,
    HA16,
    LY21,
    LY22,
    RAW_DDL,
    BuiltWarehouse,
    build_warehouse,
    copy_project,
    expected_fact_id,
    raw_rows,
    run_dbt,
    shared_build,
)

Rows = dict[str, list[tuple[Any, ...]]]

# raw.facts: (doc, indicator, year, kind, measure, comparator, value, unit, qualifier, raw_text,
# sentence, char_start, char_end); raw.unmapped: (doc, year, kind, value, unit, raw_text,
# context, sentence, char_start, char_end); raw.sentences: (doc, no, section, start, end, ...)
F_YEAR, F_KIND, F_VALUE, F_QUALIFIER, F_RAW, F_SENTENCE, F_START, F_END = 2, 3, 6, 8, 9, 10, 11, 12
U_RAW, U_START, U_END = 5, 8, 9

QUALIFIER_PAIRING = "and targets.qualifier is not distinct from actuals.qualifier"


def fact_id_of(row: tuple[Any, ...]) -> str:
    """The fact_id dbt gives a raw.facts row (dbt_fixtures.expected_fact_id)."""
    doc, code, year, kind, measure, comparator, value, _, qualifier = row[:9]
    return expected_fact_id(doc, code, year, kind, measure, qualifier, comparator, value)


def unmapped_id_of(row: tuple[Any, ...]) -> str:
    """The unmapped_id dbt gives a raw.unmapped row (md5 of document, offsets, raw_text)."""
    import hashlib

    parts = [row[0], str(row[U_START]), str(row[U_END]), row[U_RAW]]
    return hashlib.md5("\x1f".join(parts).encode("utf-8")).hexdigest()


def _find(rows: list[tuple[Any, ...]], doc: str, raw_text: str, raw_index: int) -> int:
    matches = [i for i, r in enumerate(rows) if r[0] == doc and r[raw_index] == raw_text]
    assert matches, f"the fixture has no {raw_text} in {doc}"
    return matches[0]


def _replace(row: tuple[Any, ...], **at: Any) -> tuple[Any, ...]:
    out = list(row)
    for index, value in at.items():
        out[int(index.lstrip("_"))] = value
    return tuple(out)


@functools.cache
def planted() -> dict[str, Any]:
    """The faulty raw rows and, per fault, the ids the checks must name."""
    rows = raw_rows()
    facts, unmapped = list(rows["facts"]), list(rows["unmapped"])

    shifted = _find(facts, LY21, "257.4亿元", F_RAW)
    facts[shifted] = _replace(
        facts[shifted],
        **{f"_{F_START}": facts[shifted][F_START] + 1, f"_{F_END}": facts[shifted][F_END] + 1},
    )
    first, second = (i for i, r in enumerate(facts) if r[0] == LY21 and r[F_RAW] == "269家")
    facts[first] = _replace(facts[first], **{f"_{F_SENTENCE}": facts[second][F_SENTENCE]})
    early = _find(unmapped, LY22, "12个", U_RAW)
    unmapped[early] = _replace(
        unmapped[early],
        **{f"_{U_START}": unmapped[early][U_START] - 1, f"_{U_END}": unmapped[early][U_END] - 1},
    )

    old = _find(facts, LY21, "8189.75万元", F_RAW)
    facts[old] = _replace(facts[old], **{f"_{F_YEAR}": 2009})
    summary_target = _find(facts, LY21, "14.2%", F_RAW)
    facts[summary_target] = _replace(facts[summary_target], **{f"_{F_KIND}": "target"})
    slip = _find(facts, LY22, "400家", F_RAW)
    facts[slip] = _replace(facts[slip], **{f"_{F_VALUE}": 4_000_000_000.0})

    sentences = [r for r in rows["sentences"] if r[0] != HA16]
    national_target = next(
        r for r in facts if r[0] == LY21 and r[F_KIND] == "target" and r[F_QUALIFIER] == "国家级"
    )
    faulty = {**rows, "facts": facts, "unmapped": unmapped, "sentences": sentences}
    return {
        "rows": faulty,
        "provenance_facts": {fact_id_of(facts[shifted]), fact_id_of(facts[first])},
        "provenance_unmapped": {unmapped_id_of(unmapped[early])},
        "years": {fact_id_of(facts[old])},
        "targets": {fact_id_of(facts[summary_target])},
        "target_dating": {fact_id_of(facts[summary_target])},
        "sentences": {HA16},
        "pairs": {fact_id_of(national_target)},
        "distribution": {fact_id_of(facts[slip])},
        "drift_documents": {LY21, LY22},
        "changed_facts": {
            LY21: {"8189.75万元", "14.2%"},
            LY22: {"400家"},
        },
    }


def write_raw(path: Path, rows: Rows) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute("create schema if not exists raw")
        for table, table_rows in rows.items():
            con.execute(f"create or replace table raw.{table} ({RAW_DDL[table]})")
            marks = ", ".join("?" for _ in table_rows[0])
            con.executemany(f"insert into raw.{table} values ({marks})", table_rows)
    finally:
        con.close()


def build(name: str, rows: Rows, patch: Callable[[Path], None] | None = None) -> BuiltWarehouse:
    """A real `dbt build` of a project copy (patched when asked) over ``rows``, once per test
    run (shared by the xdist workers: dbt_fixtures.shared_build).

    Without dbt's unit tests: they test the models' SQL on their own data, and the pairing
    fault planted in the SQL is one they would stop before any table is built."""

    def make(work_dir: Path) -> BuiltWarehouse:
        project = copy_project(work_dir)
        if patch is not None:
            patch(project)
        warehouse = work_dir / "zhibiao.duckdb"
        write_raw(warehouse, rows)
        result = run_dbt(["build", "--exclude", "test_type:unit"], project, warehouse, work_dir)
        return BuiltWarehouse(warehouse, project, work_dir, result)

    return shared_build(name, make)


def drop_qualifier_pairing(project: Path) -> None:
    """The pairing fault: fct_target_attainment forgets to compare qualifiers."""
    model = project / "models" / "marts" / "fct_target_attainment.sql"
    sql = model.read_text(encoding="utf-8")
    assert QUALIFIER_PAIRING in sql, "fct_target_attainment.sql no longer pairs as expected"
    model.write_text(sql.replace(QUALIFIER_PAIRING, ""), encoding="utf-8")


# (model, what guards, what it becomes): the facts their documents contradict stay facts
CONSISTENCY_GUARD = (
    ("marts/fct_indicator_value.sql", "\n    and inconsistency is null", ""),
    ("intermediate/int_unmapped_quantities_unioned.sql", "or inconsistency is not null",
     "or false"),
)  # fmt: skip


def drop_consistency_guard(project: Path) -> None:
    """The guard fault: fct_indicator_value keeps the facts their documents contradict."""
    for name, guard, broken in CONSISTENCY_GUARD:
        model = project / "models" / name
        sql = model.read_text(encoding="utf-8")
        assert guard in sql, f"{name} no longer guards as expected"
        model.write_text(sql.replace(guard, broken), encoding="utf-8")


def plant_faults(project: Path) -> None:
    drop_qualifier_pairing(project)
    drop_consistency_guard(project)


def clean_warehouse() -> BuiltWarehouse:
    built = build_warehouse()
    assert built.build.returncode == 0, built.build.stdout[-4000:]
    return built


@functools.cache
def faulty_warehouse() -> BuiltWarehouse:
    built = build("faulty", planted()["rows"], plant_faults)
    assert built.build.returncode == 0, built.build.stdout[-4000:]
    return built


@functools.cache
def guarded_warehouse() -> BuiltWarehouse:
    """The planted rows built by the project as it is: its guard in place."""
    built = build("guarded", planted()["rows"])
    assert built.build.returncode == 0, built.build.stdout[-4000:]
    return built


def docs_folder(dest: Path, extra: dict[str, str] | None = None) -> Path:
    """The fixture's documents as files (the paths source_files names), plus ``extra``."""
    files = {d.source_file: d.text for d in DOCS}
    files["longyan/2021-copy.txt"] = next(d.text for d in DOCS if d.document_id == LY21)
    files.update(extra or {})
    for name, text in files.items():
        path = dest / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return dest


def copy_warehouse(built: BuiltWarehouse, dest: Path) -> Path:
    target = dest / built.warehouse.name
    shutil.copy(built.warehouse, target)
    return target


def run(database: Path, key: str, ctx: Any = None, **kwargs: Any) -> Any:
    """One check (expectations.CHECKS[key]) on a warehouse file; its CheckResult."""
    from expectations import check_warehouse

    return check_warehouse(database, ctx, [key], **kwargs)[key]


def ids(result: Any) -> set[Any]:
    """The failing rows' ids (single id column: the bare values)."""
    return {i[0] if len(i) == 1 else i for i in result.failing_ids}
