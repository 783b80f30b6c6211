"""``zhibiao``: build the warehouse from a folder of reports, or report on a built warehouse.

Exit codes: 0 built (even with quarantined documents); 1 nothing usable was built (no ok
document, dbt failed, a blocking check failed, an unexpected error); 2 bad input (documents
folder missing or empty, warehouse missing for a report). Errors are one line, no traceback
(set ZHIBIAO_DEBUG=1 for one).
"""

from __future__ import annotations

import argparse
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
    build.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    report = sub.add_parser("report", help="write a static HTML report of a built warehouse")
    report.add_argument("--warehouse", metavar="FILE", help="the DuckDB warehouse to read")
    report.add_argument(
        "--out", metavar="REPORT.html", default="report.html", help="where to write the report"
    )
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
    from orchestration.runner import BuildError, prepare_environment, run_build, stderr_progress

    prepare_environment()
    try:
        summary = run_build(
            args.docs, args.warehouse, None if args.quiet else stderr_progress, started
        )
    except BuildError as err:
        _error("build", f"{err} — the warehouse was not changed")
        return err.exit_code
    print("zhibiao build: warehouse built")
    for line in summary.lines():
        print(f"  {line}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from orchestration.paths import resolve_paths
    from zhibiao.report import write_report

    warehouse = resolve_paths(warehouse=args.warehouse).warehouse
    if not warehouse.is_file():
        _error("report", f"warehouse not found: {warehouse} (run `zhibiao build` first)")
        return 2
    out = write_report(warehouse, Path(args.out).absolute())
    print(f"zhibiao report: wrote {out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    started = time.monotonic()
    args = _parser().parse_args(argv)
    _quiet_libraries()
    try:
        return _build(args, started) if args.command == "build" else _report(args)
    except KeyboardInterrupt:
        _error(args.command, "interrupted — the warehouse was not changed")
        return 130
    except Exception as exc:  # a bug, not a user error: keep it to one line unless asked
        if os.environ.get("ZHIBIAO_DEBUG"):
            traceback.print_exc()
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        _error(args.command, f"unexpected {type(exc).__name__}: {first}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
