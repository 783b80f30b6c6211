"""``zhibiao``: build the warehouse from a folder of reports, or report on a built warehouse.

Exit codes: 0 built (even with quarantined documents), or nothing changed since the published
build (the warehouse is left as it is; ``--force`` rebuilds); 1 nothing usable was built (no ok
document, dbt failed, a blocking check failed, an unexpected error); 2 refused before any work
(documents folder missing, empty or without a readable report; a warehouse path that is a
folder, cannot be written or is being written by another build; warehouse missing for a
report). Errors are one line with a hint, no traceback (set ZHIBIAO_DEBUG=1 for one).

`zhibiao build` shows a live progress line on a terminal and a summary table at the end; in a
pipe or a log only the summary; ``--quiet`` prints nothing but errors, ``--json`` prints the
summary (or the error) as one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
import traceback
import warnings
from collections.abc import Sequence
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhibiao",
        description="Indicator warehouse for Chinese science and technology bureau reports.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = sub.add_parser(
        "build",
        help="read every document under DIR and (re)build the DuckDB warehouse FILE",
        description="Flags win over ZHIBIAO_DOCS_DIR / ZHIBIAO_WAREHOUSE, which win over the "
        "bundled seeds/ and warehouse/zhibiao.duckdb.",
    )
    build.add_argument("--docs", metavar="DIR", help="folder of reports (any depth)")
    build.add_argument("--warehouse", metavar="FILE", help="DuckDB file to create or replace")
    build.add_argument(
        "--force",
        action="store_true",
        help="rebuild even when nothing changed since the published build (by default such a "
        "build leaves the warehouse as it is)",
    )
    output = build.add_mutually_exclusive_group()
    output.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing but errors (scripts)"
    )
    output.add_argument(
        "--json",
        action="store_true",
        help="print the summary, or the error, as one JSON object on stdout (scripts)",
    )
    report = sub.add_parser(
        "report",
        help="write a static HTML report of a built warehouse, and beside it the fact review "
        "page (REPORT-review.html)",
    )
    report.add_argument("--warehouse", metavar="FILE", help="the DuckDB warehouse to read")
    report.add_argument(
        "--out", metavar="REPORT.html", default="report.html", help="where to write the report"
    )
    report.add_argument(
        "--dbt-docs",
        metavar="FILE.html",
        help="also write dbt's documentation (lineage, every table and column described) as one "
        "offline HTML file",
    )
    evaluate = sub.add_parser(
        "eval",
        help="score the extraction against a gold file (precision, recall, F1)",
        description="Builds a warehouse from the documents (or reads --warehouse) and scores its "
        "facts against hand-written gold facts: overall, per indicator, measure, genre and "
        "province, cities and years right, every miss and false hit. CORPUS is a folder with "
        "docs/, gold.csv and INDEX.tsv, e.g. eval/corpus.",
    )
    evaluate.add_argument(
        "corpus", nargs="?", metavar="CORPUS", help="docs/ + gold.csv + INDEX.tsv"
    )
    evaluate.add_argument("--docs", metavar="DIR", help="the documents (default CORPUS/docs)")
    evaluate.add_argument(
        "--gold", metavar="FILE", action="append", help="gold CSV (repeatable; CORPUS/gold.csv)"
    )
    evaluate.add_argument(
        "--index", metavar="TSV", help="file, city_zh, genre … (CORPUS/INDEX.tsv)"
    )
    evaluate.add_argument(
        "--warehouse",
        metavar="FILE",
        help="with --docs or CORPUS: build into FILE (default: a temporary file); "
        "alone: score this built warehouse",
    )
    evaluate.add_argument(
        "--fast",
        action="store_true",
        help="extract in-process without dbt and checks (seconds instead of a minute)",
    )
    evaluate.add_argument(
        "--with-corrections",
        action="store_true",
        help="score the facts with the analysts' corrections (dbt_project/corrections/) applied; "
        "by default the extractor's own facts are scored",
    )
    evaluate.add_argument(
        "--reshape",
        metavar="SHAPE",
        help="score the documents re-shaped as real files arrive: wrapped[:WIDTH] (hard-wrapped "
        "at WIDTH characters, 28 by default) or run-on (each document on one line); the gold "
        "is unchanged",
    )
    evaluate.add_argument("--show", type=int, default=50, metavar="N", help="misses/false hits")
    evaluate.add_argument("--json", action="store_true", help="print the result as JSON")
    evaluate.add_argument("--min-f1", type=float, metavar="X", help="exit 1 when F1 is below X")
    return parser


def _quiet_libraries() -> None:
    # Beta/preview warnings and Dagster's own log lines are noise on a command line; run
    # failures reach the user through BuildError instead.
    warnings.filterwarnings("ignore")
    for name in ("dagster", "dagster_dbt", "great_expectations", "alembic"):
        logging.getLogger(name).setLevel(logging.ERROR)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def _error(command: str, message: str) -> None:
    print(f"zhibiao {command}: error: {message}", file=sys.stderr, flush=True)


def _build(args: argparse.Namespace, started: float) -> int:
    from orchestration.runner import BuildError, prepare_environment, run_build

    prepare_environment()
    live = None
    if not (args.quiet or args.json):
        from zhibiao.terminal import LiveDisplay, wants_live_display

        live = LiveDisplay(started=started) if wants_live_display() else None
    try:
        with live if live is not None else contextlib.nullcontext():
            summary = run_build(args.docs, args.warehouse, live, started, force=args.force)
    except BuildError as err:
        if args.json:
            print(json.dumps({"ok": False, "error": str(err), "exit_code": err.exit_code}))
        _error("build", f"{err} — the warehouse was not changed")
        return err.exit_code
    if args.json:
        print(summary.to_json())
    elif not args.quiet:
        print(f"zhibiao build: {summary.headline()}")
        for line in summary.lines():
            print(f"  {line}" if line else "")
    return 0


def _report(args: argparse.Namespace) -> int:
    from orchestration.paths import resolve_paths
    from zhibiao.report import review_path, write_report

    warehouse = resolve_paths(warehouse=args.warehouse).warehouse
    if not warehouse.is_file():
        _error("report", f"warehouse not found: {warehouse} (run `zhibiao build` first)")
        return 2
    out = write_report(warehouse, Path(args.out).absolute())
    print(f"zhibiao report: wrote {out}")
    print(f"zhibiao report: wrote {review_path(out)} (every fact in its document)")
    if args.dbt_docs:
        from zhibiao.dbt_docs import DbtDocsError, write_dbt_docs

        try:
            docs = write_dbt_docs(warehouse, Path(args.dbt_docs).absolute())
        except DbtDocsError as err:
            _error("report", f"dbt docs failed: {err}")
            return 1
        print(f"zhibiao report: wrote {docs} (dbt docs: lineage and descriptions)")
    return 0


def _eval(args: argparse.Namespace, started: float) -> int:
    import tempfile

    from zhibiao import evaluate as ev

    corpus = Path(args.corpus) if args.corpus else None
    if corpus is not None and not corpus.is_dir():
        _error("eval", f"corpus folder not found: {corpus}")
        return 2
    docs = Path(args.docs) if args.docs else (corpus / "docs" if corpus else None)
    gold = [Path(g) for g in args.gold or ([corpus / "gold.csv"] if corpus else [])]
    index = Path(args.index) if args.index else (corpus / "INDEX.tsv" if corpus else None)
    missing = [str(g) for g in gold if not g.is_file()]
    if not gold or missing:
        _error("eval", f"gold file not found: {', '.join(missing) or '(give --gold or CORPUS)'}")
        return 2
    if docs is None and not args.warehouse:
        _error("eval", "nothing to score: give CORPUS, --docs or --warehouse")
        return 2
    if args.fast and args.with_corrections:
        _error("eval", "--fast scores the extractor alone; corrections need the dbt build")
        return 2
    reshaped = None  # the re-shaped copy lives as long as this call (then it is removed)
    if args.reshape:
        from zhibiao import reshape

        if docs is None:
            _error("eval", "--reshape re-shapes documents: give CORPUS or --docs")
            return 2
        try:
            shape, width = reshape.parse_shape(args.reshape)
        except ValueError as err:
            _error("eval", str(err))
            return 2
        reshaped = tempfile.TemporaryDirectory(prefix="zhibiao-reshape-")
        docs = reshape.reshape_folder(docs, Path(reshaped.name) / "docs", shape, width)
        if not args.json:
            how = f"hard-wrapped at {width} characters" if shape == "wrapped" else "run on"
            print(f"documents {how} (gold unchanged)", file=sys.stderr)
    core = ev.core_indicators()
    applied: dict[str, int] = {}
    if docs is not None and args.fast:
        preds, found = ev.read_folder(docs, core)
    elif docs is not None:
        from orchestration.runner import (
            BuildError,
            prepare_environment,
            run_build,
            stderr_progress,
        )

        prepare_environment()
        tmp = None if args.warehouse else tempfile.TemporaryDirectory(prefix="zhibiao-eval-")
        warehouse = Path(args.warehouse) if args.warehouse else Path(tmp.name) / "eval.duckdb"
        try:
            progress = None if args.json else stderr_progress
            run_build(docs, warehouse, progress, started)
            preds, found = ev.read_warehouse(warehouse, core, args.with_corrections)
            applied = ev.corrections_applied(warehouse)
        except BuildError as err:
            _error("eval", f"the build failed: {err}")
            return err.exit_code
        finally:
            if tmp is not None:
                tmp.cleanup()
    else:
        warehouse = Path(args.warehouse)
        if not warehouse.is_file():
            _error("eval", f"warehouse not found: {warehouse}")
            return 2
        preds, found = ev.read_warehouse(warehouse, core, args.with_corrections)
        applied = ev.corrections_applied(warehouse)
    result = ev.score(ev.read_gold(gold, core), preds, ev.read_index(index), found)
    print(ev.to_json(result) if args.json else ev.render(result, args.show))
    if applied and not args.json:
        counts = ", ".join(f"{n} {action}" for action, n in sorted(applied.items()))
        how = "applied" if args.with_corrections else "left out (--with-corrections applies them)"
        print(f"analysts' corrections in the warehouse: {counts}; {how}")
    if args.min_f1 is not None and result.overall.f1 < args.min_f1:
        if not args.json:
            print(f"F1 {result.overall.f1:.4f} is below the floor {args.min_f1}", file=sys.stderr)
        return 1
    return 0


COMMANDS = {"build": _build, "eval": _eval}


def main(argv: Sequence[str] | None = None) -> int:
    started = time.monotonic()
    args = _parser().parse_args(argv)
    _quiet_libraries()
    try:
        if args.command == "report":
            return _report(args)
        return COMMANDS[args.command](args, started)
    except KeyboardInterrupt:
        _error(args.command, "interrupted — the warehouse was not changed")
        return 130
    except Exception as exc:  # a bug, not a user error: keep it to one line unless asked
        if os.environ.get("ZHIBIAO_DEBUG"):
            traceback.print_exc()
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        _error(args.command, f"unexpected {type(exc).__name__}: {first}")
        return 1


def entry() -> None:
    """The ``zhibiao`` console script: :func:`main`, then leave without tearing the interpreter
    down module by module, which after a build (Dagster, dbt's adapter, Great Expectations,
    polars loaded) takes about a second. Every file and connection is closed by then; the
    exit handlers still run and the output is flushed."""
    import atexit

    code = main()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
