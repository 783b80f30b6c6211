"""The benchmark: zhibiao's stages and whole build against plain jieba on the same text.

    .venv/bin/python -m bench [--mb 50] [--corpus DIR] [--skip-build] [--facts 1000000]

One run prints, on a generated corpus of report-like documents (bench/corpus.py):

* each in-process stage (read and decode, normalise, describe, segment, extract): seconds,
  MB/s and documents/s;
* the same stages on two pages of awkward shape made from the corpus's own texts: one of
  3 MB without a line break, one of 0.4 MB without a full stop (commas only), which a
  scraped or flattened page can be; their cost should grow with their size, as the corpus's;
* plain ``jieba.lcut`` (precise mode, dictionary loaded first) on the same texts, in this
  process: the yardstick;
* the whole ``zhibiao build``, cold (fresh warehouse and cache): wall time, its own stage
  times, peak memory (of its largest process, and of its whole process tree: the build, its
  extraction workers and dbt, summed), and the headline ratio to jieba; a rebuild with
  nothing changed (which finds the published warehouse up to date and leaves it as it is);
  the same rebuild forced (``--force``: every document from the cache, then dbt and the
  checks); a rebuild after adding one document (an incremental build: only that document's
  rows are recomputed), after removing it again, and after adding it again with incremental
  builds turned off (``ZHIBIAO_INCREMENTAL=0``: the whole rebuild, for comparison);
* the README's example queries and every view, on a copy of the warehouse grown to
  ``--facts`` facts (its documents and cities copied under new ids), after recomputing with
  ``dbt run`` the models computed from the facts (as a build would: the views read tables);
  each query's rows fetched into Python tuples and, again, into an Arrow table (what BI
  drivers do), beside the target (< 100 ms).

Targets live here, printed beside the figures, never in a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import city_pool, load_sources, make_document, write_corpus

REPO = Path(__file__).resolve().parents[1]
ZHIBIAO = REPO / ".venv" / "bin" / "zhibiao"


@dataclass
class Timed:
    name: str
    seconds: float
    megabytes: float
    documents: int

    def line(self) -> str:
        rate = self.megabytes / self.seconds if self.seconds else float("inf")
        docs = self.documents / self.seconds if self.seconds else float("inf")
        return f"  {self.name:<22} {self.seconds:8.2f} s  {rate:8.2f} MB/s  {docs:9.0f} docs/s"


def _stages(corpus: Path, workers: int | None) -> tuple[list[Timed], list[str]]:
    """The Python stages of the ingest path, one after the other, timed by the wall clock."""
    from dataclasses import asdict

    import polars as pl

    from ingest.document.gazetteer import Gazetteer
    from ingest.document.metadata import describe
    from ingest.extraction.extract import extract_indicators
    from ingest.extraction.segment import segment_documents
    from ingest.reading.normalise import normalise_text
    from ingest.reading.sources import collate, iter_source_paths, read_source

    gazetteer = Gazetteer.load()
    timed: list[Timed] = []

    start = time.perf_counter()
    records = [read_source(p, corpus) for p in iter_source_paths(corpus)]
    read_s = time.perf_counter() - start
    texts = [r.text for r in records if r.text]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n = len(texts)
    start = time.perf_counter()
    for text in texts:
        normalise_text(text)  # once more, to know its share of reading (it is idempotent)
    normalise_s = time.perf_counter() - start
    timed.append(Timed("read and decode", max(read_s - normalise_s, 0.0), mb, n))
    timed.append(Timed("normalise", normalise_s, mb, n))

    _, documents = collate(records)
    start = time.perf_counter()
    rows = [
        {"document_id": d["document_id"], "text": d["text"],
         **asdict(describe(d["text"], d["source_file"], gazetteer))}
        for d in documents.iter_rows(named=True)
    ]  # fmt: skip
    docs = pl.DataFrame(rows)
    timed.append(Timed("describe", time.perf_counter() - start, mb, n))

    start = time.perf_counter()
    sentences = segment_documents(docs)
    timed.append(Timed("segment", time.perf_counter() - start, mb, n))

    start = time.perf_counter()
    extract_indicators(sentences, docs, workers=workers)
    timed.append(Timed("extract", time.perf_counter() - start, mb, n))
    return timed, texts


# (name, size in MB, how the corpus's texts are flattened into that one page)
_SHAPES = (
    ("one 3 MB line", 3.0, lambda t: t.replace("\n", "")),
    ("0.4 MB without a full stop", 0.4, lambda t: re.sub("[。!?\n]+", ",", t)),
)


def _awkward_shapes(texts: list[str], work: Path) -> dict[str, dict[str, float]]:
    """The in-process stages on one page of each awkward shape."""
    out: dict[str, dict[str, float]] = {}
    for name, mb, flatten in _SHAPES:
        page, size = [], 0
        for text in texts:
            page.append(flatten(text))
            size += len(page[-1].encode("utf-8"))
            if size >= mb * 1e6:
                break
        folder = work / "shapes" / re.sub(r"\W+", "_", name)
        folder.mkdir(parents=True)
        (folder / "page.txt").write_text("".join(page), encoding="utf-8")
        timed, _ = _stages(folder, workers=1)
        out[name] = {t.name: t.seconds for t in timed} | {"mb": size / 1e6}
    return out


def _jieba_seconds(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # the dictionary is loaded before the clock starts
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


@dataclass
class Build:
    seconds: float
    peak_mb: float
    stages: dict[str, float]
    up_to_date: bool = False
    tree_peak_mb: float = 0.0

    def stage_line(self) -> str:
        return ", ".join(f"{name} {seconds:.1f}" for name, seconds in self.stages.items())


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants now, summed (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total / 1024


def _build(
    corpus: Path, warehouse: Path, force: bool = False, env: dict[str, str] | None = None
) -> Build:
    """One `zhibiao build --json` in a child process: wall time, peak RSS, its own stage times.

    Peak RSS is the build's own: the largest resident size of the build process or any of its
    descendants (wait4 on the child; the extraction workers this process forked for the
    in-process stages are not counted, as they were when every child's peak was taken), and,
    sampled every 0.2 s, the whole process tree's resident memory summed."""
    start = time.perf_counter()
    command = [
        str(ZHIBIAO),
        "build",
        "--json",
        "--docs",
        str(corpus),
        "--warehouse",
        str(warehouse),
    ]
    child = subprocess.Popen(
        command + (["--force"] if force else []),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    streams: dict[str, str] = {}
    readers = [
        threading.Thread(target=lambda n=name, f=f: streams.__setitem__(n, f.read()), daemon=True)
        for name, f in (("out", child.stdout), ("err", child.stderr))
    ]
    for reader in readers:
        reader.start()
    tree_peak = 0.0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid == child.pid:
            break
        tree_peak = max(tree_peak, _tree_rss_mb(child.pid))
        time.sleep(0.2)
    child.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    seconds = time.perf_counter() - start
    stdout, stderr = streams.get("out", ""), streams.get("err", "")
    if child.returncode != 0:
        sys.exit(f"zhibiao build failed ({child.returncode}):\n{stdout}\n{stderr}")
    summary = json.loads(stdout)
    return Build(
        seconds,
        usage.ru_maxrss / 1024,
        dict(summary.get("stages", {})),
        bool(summary.get("up_to_date")),
        tree_peak,
    )


def _readme_queries() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return [q.strip() for q in re.findall(r"```sql\n(.*?)```", text, flags=re.S) if q.strip()]


# The models computed from fct_indicator_value: recomputed on the grown copy, as a build would
DBT = REPO / ".venv" / "bin" / "dbt"
DEPENDENTS = ["fct_indicator_value+", "--exclude", "fct_indicator_value"]


def _grow(con, facts: int) -> int:
    """Grow fct_indicator_value to at least `facts` facts: copies of every fact under new ids
    (``<id>-<k>`` for its fact, document and city), and of dim_document and dim_city under the
    same new ids, so that a copy joins its document and city as the original does. Returns the
    number of facts."""
    base = con.execute("select count(*) from fct_indicator_value").fetchone()[0]
    copies = max(1, -(-facts // max(base, 1)))
    for table in ("fct_indicator_value", "dim_document", "dim_city"):
        columns = [r[0] for r in con.execute(f"describe {table}").fetchall()]
        ids = {"fact_id", "document_id", "city_id"}
        select = ", ".join(f"{c} || '-' || k::varchar as {c}" if c in ids else c for c in columns)
        con.execute(f"insert into {table} select {select} from {table}, range(1, {copies}) t(k)")
    con.execute("checkpoint")
    return con.execute("select count(*) from fct_indicator_value").fetchone()[0]


def _recompute(grown: Path, work: Path) -> tuple[float, dict[str, float]]:
    """Run the models computed from fct_indicator_value (fct_target_attainment, the tables the
    views read, the views) on the grown file, as a build does: `dbt run` on it. Returns dbt's
    wall time (with its start-up and parse) and each model's own time (run_results.json)."""
    target = work / "dbt-target"
    env = {
        **os.environ,
        "ZHIBIAO_DBT_DUCKDB_PATH": str(grown),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
    }
    start = time.perf_counter()
    done = subprocess.run(
        [str(DBT), "run", "--select", *DEPENDENTS, "--project-dir", str(REPO / "dbt_project"),
         "--profiles-dir", str(REPO / "dbt_project"), "--target-path", str(target),
         "--log-path", str(work / "dbt-logs")],
        capture_output=True, text=True, env=env, cwd=REPO / "dbt_project",
    )  # fmt: skip
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"dbt run on the grown warehouse failed:\n{done.stdout[-4000:]}")
    results = json.loads((target / "run_results.json").read_text("utf-8"))["results"]
    return wall, {r["unique_id"].split(".")[-1]: r["execution_time"] for r in results}


def _queries_on_many_facts(warehouse: Path, facts: int, work: Path) -> dict[str, object]:
    """Grow a copy of the warehouse to `facts` facts (_grow), recompute what is computed from
    them (_recompute), then time each README query and each view (`select *`), fetching every
    row into Python tuples and, again, into an Arrow table (what BI drivers do)."""
    import duckdb

    grown = work / "grown.duckdb"
    shutil.copy(warehouse, grown)
    with duckdb.connect(str(grown)) as con:
        total = _grow(con, facts)
    dbt_wall, models = _recompute(grown, work)
    queries: dict[str, dict[str, float]] = {}
    with duckdb.connect(str(grown), read_only=True) as con:
        views = [r[0] for r in con.execute(
            "select view_name from duckdb_views() where not internal and schema_name = 'main' "
            "order by view_name"
        ).fetchall()]  # fmt: skip
        con.sql("select 1").to_arrow_table()  # imports pyarrow (about 0.1 s) before the clock
        named = [(f"README query {i}", q) for i, q in enumerate(_readme_queries(), 1)]
        named += [(f"view {v}", f"select * from {v}") for v in views]
        for name, query in named:
            start = time.perf_counter()
            n = len(con.execute(query).fetchall())
            python_s = time.perf_counter() - start
            start = time.perf_counter()
            con.sql(query).to_arrow_table()  # DuckDB 2's fetch_arrow_table()
            arrow_s = time.perf_counter() - start
            queries[name] = {"rows": n, "python_ms": python_s * 1000, "arrow_ms": arrow_s * 1000}
    return {"facts": total, "dbt_run_s": dbt_wall, "models_s": models, "queries": queries}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--corpus", type=Path, help="write the corpus here and keep it (reused)")
    ap.add_argument("--workers", type=int, default=None, help="extraction processes")
    ap.add_argument("--skip-build", action="store_true", help="only the in-process stages")
    ap.add_argument("--facts", type=int, default=1_000_000, help="facts for the query timings")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="zhibiao-bench-"))
    corpus = args.corpus or work / "docs"
    figures: dict[str, object] = {}
    try:
        if not corpus.exists() or not any(corpus.iterdir()):
            files, size = write_corpus(corpus, args.mb)
        else:
            files = sum(1 for _ in corpus.iterdir())
            size = sum(p.stat().st_size for p in corpus.iterdir())
        mb = size / 1e6
        print(f"corpus: {files} documents, {mb:.1f} MB ({corpus})")
        figures["corpus"] = {"documents": files, "mb": mb}

        timed, texts = _stages(corpus, args.workers)
        jieba_s = _jieba_seconds(texts)
        print(f"plain jieba.lcut (precise, one process): {jieba_s:.1f} s ({mb / jieba_s:.2f} MB/s)")
        print("in-process stages:")
        for t in timed:
            print(t.line())
        extract = next(t for t in timed if t.name == "extract")
        print(f"  target: extract >= 5 MB/s (now {extract.megabytes / extract.seconds:.2f})")
        figures["jieba_s"] = jieba_s
        figures["stages"] = {t.name: t.seconds for t in timed}
        shapes = _awkward_shapes(texts, work)
        print("the same stages on one page of an awkward shape (seconds):")
        for name, secs in shapes.items():
            stages = ", ".join(f"{k} {v:.1f}" for k, v in secs.items() if k != "mb")
            print(f"  {name} ({secs['mb']:.1f} MB): {stages}")
        figures["awkward_shapes"] = shapes
        if args.skip_build:
            return

        warehouse = work / "wh" / "bench.duckdb"
        cold = _build(corpus, warehouse)
        print(f"zhibiao build, cold: {cold.seconds:.1f} s, ratio to jieba "
              f"{cold.seconds / jieba_s:.2f} (target <= 0.5), peak RSS {cold.peak_mb:.0f} MB "
              f"(target <= 2048; whole process tree {cold.tree_peak_mb:.0f} MB)")  # fmt: skip
        for name, seconds in cold.stages.items():
            print(f"  {name:<40} {seconds:7.1f} s")
        unchanged = _build(corpus, warehouse)
        print(f"zhibiao build, nothing changed: {unchanged.seconds:.1f} s "
              f"({unchanged.seconds / cold.seconds:.2f} of cold; target <= 0.2)"
              + (", warehouse left as it is" if unchanged.up_to_date else ", rebuilt"))  # fmt: skip
        forced = _build(corpus, warehouse, force=True)
        print(f"zhibiao build --force, nothing changed: {forced.seconds:.1f} s "
              f"({forced.seconds / cold.seconds:.2f} of cold)")  # fmt: skip
        print(f"  {forced.stage_line()}")
        extra = corpus / "zz_added_document.txt"
        extra.write_text(
            make_document(10**6, load_sources(), city_pool(), seed=99), encoding="utf-8"
        )
        try:
            added = _build(corpus, warehouse)
        finally:
            extra.unlink()
        print(f"zhibiao build, one document added: {added.seconds:.1f} s "
              f"({added.seconds / cold.seconds:.2f} of cold; target <= 0.2)")  # fmt: skip
        print(f"  {added.stage_line()}")
        # the same document removed again (an incremental build too), then added again with
        # incremental builds turned off: the rebuild as it was before them, same conditions
        removed = _build(corpus, warehouse)
        print(f"zhibiao build, that document removed: {removed.seconds:.1f} s "
              f"({removed.seconds / cold.seconds:.2f} of cold)")  # fmt: skip
        print(f"  {removed.stage_line()}")
        extra.write_text(
            make_document(10**6, load_sources(), city_pool(), seed=99), encoding="utf-8"
        )
        try:
            whole = _build(corpus, warehouse, env={"ZHIBIAO_INCREMENTAL": "0"})
        finally:
            extra.unlink()
        print(f"zhibiao build, one document added, ZHIBIAO_INCREMENTAL=0 (a whole rebuild): "
              f"{whole.seconds:.1f} s ({whole.seconds / cold.seconds:.2f} of cold)")  # fmt: skip
        print(f"  {whole.stage_line()}")
        figures["build"] = {
            "cold_s": cold.seconds,
            "ratio": cold.seconds / jieba_s,
            "peak_mb": cold.peak_mb,
            "tree_peak_mb": cold.tree_peak_mb,
            "stages": cold.stages,
            "unchanged_s": unchanged.seconds,
            "unchanged_left_as_is": unchanged.up_to_date,
            "forced_s": forced.seconds,
            "forced_stages": forced.stages,
            "one_added_s": added.seconds,
            "one_added_stages": added.stages,
            "one_removed_s": removed.seconds,
            "one_removed_stages": removed.stages,
            "one_added_whole_rebuild_s": whole.seconds,
            "one_added_whole_rebuild_stages": whole.stages,
        }
        grown = _queries_on_many_facts(warehouse, args.facts, work)
        print(f"on a copy grown to {grown['facts']:,} facts (documents and cities copied too):")
        print(f"  recomputed from them by `dbt run`: {grown['dbt_run_s']:.1f} s with dbt's start "
              "and parse; each model:")  # fmt: skip
        for model, seconds in grown["models_s"].items():
            print(f"    {model:<46} {seconds:7.2f} s")
        print(f"  {'query (target < 100 ms each)':<34} {'rows':>9} {'into Python':>12} "
              f"{'into Arrow':>11}")  # fmt: skip
        for name, q in grown["queries"].items():
            print(f"  {name:<34} {q['rows']:9,} {q['python_ms']:9.1f} ms {q['arrow_ms']:8.1f} ms")
        figures["grown"] = grown
    finally:
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), "utf-8")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
