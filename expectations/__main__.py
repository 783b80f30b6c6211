"""``python -m expectations WAREHOUSE [--docs DIR] [--baseline FILE] [--data-docs DIR]``

Runs every data-quality check on a built warehouse (read-only) and prints each verdict, the
failing rows as a table, and exits 1 when a blocking check failed. ``--json`` prints the
results as JSON instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from expectations.spec import CheckContext
from expectations.warehouse import check_warehouse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m expectations", description=__doc__)
    parser.add_argument("warehouse", type=Path)
    parser.add_argument(
        "--docs", type=Path, help="the documents folder the warehouse was built from"
    )
    parser.add_argument("--baseline", type=Path, help="a published warehouse to compare with")
    parser.add_argument("--data-docs", type=Path, help="write Great Expectations Data Docs here")
    parser.add_argument("--rows", type=int, default=20, help="failing rows shown per check")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.warehouse.is_file():
        parser.error(f"no warehouse at {args.warehouse}")

    ctx = CheckContext(docs_dir=args.docs, baseline=args.baseline)
    results = check_warehouse(args.warehouse, ctx, data_docs_dir=args.data_docs)
    if args.json:
        print(json.dumps([r.summary() for r in results.values()], ensure_ascii=False, indent=2))
    else:
        for key, result in results.items():
            verdict = "passed" if result.success else ("FAILED" if result.blocking else "WARNING")
            print(f"## {key}: {verdict}\n{result.message()}\n")
            if not result.success:
                print(result.markdown(limit=args.rows), end="\n\n")
    return 1 if any(r.blocking and not r.success for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
