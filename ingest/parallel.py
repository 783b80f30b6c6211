"""Per-document work over both cores: forked children, results in input order.

Reading, describing, segmenting and extracting a document depend on nothing but the document
(and what is loaded once: the lexicon, the gazetteer, jieba), so a large input is cut into one
run of items per core and each run computed in a forked child. A child inherits what the
parent loaded, computes in plain Python (no polars: its thread pool and fork do not mix), hands
its result back through a pipe and leaves with ``os._exit``: a normal exit flushes stdout and
runs finalizers, and a lock another thread (Dagster's logging, say) held at the moment of the
fork stays held in the child for ever, which hung a ``multiprocessing.Pool`` worker. A child
that fails is redone in the parent, so the result never depends on the children.

While children run, the parent's objects are frozen out of the garbage collector
(``gc.freeze``): a collection walks every tracked object and writes to its header, so in a
child (and in the parent while a child lives) it copied the page of every object a build holds
(Dagster, dbt's manifest, the gazetteer, the read cache: over a gigabyte), and a child's first
full collection alone took about half a second.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many characters of text, starting a process costs more than it saves.
PARALLEL_MIN_CHARS = 400_000


def worker_count(chars: int, workers: int | None = None) -> int:
    """How many processes share work on ``chars`` characters: ``workers`` when given, else
    ``ZHIBIAO_WORKERS`` or one per core, and one for small inputs."""
    if workers is None:
        setting = os.environ.get("ZHIBIAO_WORKERS", "")
        workers = int(setting) if setting.isdigit() else (os.cpu_count() or 1)
        if chars < PARALLEL_MIN_CHARS:
            workers = 1
    return max(1, workers)


def split_evenly(
    items: Sequence[T], n: int, weight: Callable[[T], int] = lambda _: 1
) -> list[list[T]]:
    """At most n consecutive runs of items of about equal total weight (none empty)."""
    if n <= 1 or len(items) <= 1:
        return [list(items)]
    total = sum(weight(item) for item in items)
    runs: list[list[T]] = [[]]
    done = 0
    for item in items:
        # a new run starts once this one holds its share of the weight
        if runs[-1] and len(runs) < n and done >= total * len(runs) / n:
            runs.append([])
        runs[-1].append(item)
        done += weight(item)
    return runs


@contextlib.contextmanager
def _heap_frozen() -> Iterator[None]:
    """The objects alive now out of the collector's reach until the block ends (see the
    module's docstring); a block within another's leaves the freezing to the outer one."""
    outermost = gc.get_freeze_count() == 0
    if outermost:
        gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


def fork_map(fn: Callable[[T], R], runs: Sequence[T]) -> list[R]:
    """[fn(run) for run in runs]: the first run here, every other in a forked child."""
    if len(runs) <= 1:
        return [fn(run) for run in runs]
    with _heap_frozen():
        return _fork_map(fn, runs)


def _fork_map(fn: Callable[[T], R], runs: Sequence[T]) -> list[R]:
    children: list[tuple[int, int]] = []
    for run in runs[1:]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, write, leave without any clean-up
            code = 1
            try:
                os.close(read_end)
                data = pickle.dumps(fn(run), pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(write_end, view) :]
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        children.append((pid, read_end))
    results = [fn(runs[0])] if runs else []
    for run, (pid, read_end) in zip(runs[1:], children, strict=True):
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        results.append(pickle.loads(data) if status == 0 and data else fn(run))
    return results


def map_items(
    fn: Callable[[T], R],
    items: Sequence[T],
    chars: Callable[[T], int],
    workers: int | None = None,
    before_fork: Callable[[], object] | None = None,
) -> list[R]:
    """[fn(item) for item in items], over ``worker_count`` processes when the items hold
    enough text (``chars`` of each) to pay for them; results in input order. ``before_fork``
    loads what fn needs (with polars, say) once, in the parent, when it forks."""
    n = worker_count(sum(chars(item) for item in items), workers)
    runs = split_evenly(items, n, chars)
    if len(runs) == 1:
        return [fn(item) for item in runs[0]]
    if before_fork is not None:
        before_fork()
    parts = fork_map(lambda run: [fn(item) for item in run], runs)
    return [result for part in parts for result in part]
