"""Benchmark: the whole `zhibiao build` against plain jieba segmenting the same text.

    .venv/bin/python scripts/benchmark.py [--mb 5] [--keep DIR]

Builds a corpus of distinct report files (the bundled seeds with their figures varied, so
that no two files are duplicates), then prints figures: corpus size, plain jieba time
(`jieba.lcut`, precise mode, in this process), the cold build time (fresh warehouse and
cache), the warm rebuild time (everything cached), their ratios to jieba, and peak memory.
Targets live here, not in a timed unit test.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def make_corpus(out: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write varied copies of the seeds until the corpus holds `megabytes` of UTF-8."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    total = files = 0
    target = int(megabytes * 1024 * 1024)

    def vary(m: re.Match[str]) -> str:
        number = m.group(0)
        if len(number) == 4 and number.startswith(("19", "20")):
            return number  # keep years
        return str(max(1, round(float(number) * rng.uniform(0.5, 1.5), 2)))

    while total < target:
        text = re.sub(r"[0-9]+(?:\.[0-9]+)?", vary, sources[files % len(sources)])
        data = text.encode("utf-8")
        (out / f"report_{files:05d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    return files, total


def time_jieba(corpus: Path) -> float:
    import jieba

    jieba.setLogLevel(60)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir())]
    start = time.perf_counter()
    jieba.initialize()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def time_build(corpus: Path, warehouse: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(REPO / ".venv" / "bin" / "zhibiao"), "build", "--quiet", "--docs", str(corpus),
         "--warehouse", str(warehouse)],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus here and keep it")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="zhibiao-bench-"))
    corpus = args.keep or work / "docs"
    try:
        files, size = make_corpus(corpus, args.mb)
        mb = size / 1024 / 1024
        print(f"corpus: {files} files, {mb:.1f} MB")
        jieba_s = time_jieba(corpus)
        print(f"plain jieba (lcut, precise):  {jieba_s:7.1f} s  ({mb / jieba_s:.2f} MB/s)")
        cold = time_build(corpus, work / "wh" / "bench.duckdb")
        print(f"zhibiao build, cold:          {cold:7.1f} s  ratio to jieba {cold / jieba_s:.2f}")
        warm = time_build(corpus, work / "wh" / "bench.duckdb")
        print(f"zhibiao build, all cached:    {warm:7.1f} s  ratio to jieba {warm / jieba_s:.2f}")
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS: build {child:.0f} MB, this process (jieba) {own:.0f} MB")
        print("target: cold build at most 0.5 x plain jieba on 50 MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
