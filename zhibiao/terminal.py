"""The live progress display of ``zhibiao build`` on a terminal.

One status line, redrawn in place a few times a second: the current stage, documents done of
total, documents per second and the time left (while a document stage runs), and the time
since the start. Lines worth keeping (what a stage produced, each check's verdict) are printed
above it. Only used when both stdout and stderr are terminals: in a pipe, a log or a script
the build prints its summary and nothing else (``--json`` and ``--quiet`` for scripts).
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from orchestration.progress import ProgressLine

SPINNER = "|/-\\"


def wants_live_display(stdout: TextIO | None = None, stderr: TextIO | None = None) -> bool:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    return _isatty(out) and _isatty(err)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class LiveDisplay:
    """A :class:`orchestration.runner.BuildObserver` drawing on a terminal."""

    def __init__(
        self,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
        started: float | None = None,
        refresh: float = 0.25,
        columns: int | None = None,
    ) -> None:
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = started if started is not None else clock()
        self.refresh = refresh
        self.columns = columns
        self.current = "starting"
        self.counts: ProgressLine | None = None
        self._stage_started = self.clock()
        self._first: tuple[float, int] | None = None  # (time, documents computed) at first count
        self._frame = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- BuildObserver ------------------------------------------------------------------------

    def stage(self, name: str) -> None:
        with self._lock:
            self.current, self.counts, self._first = name, None, None
            self._stage_started = self.clock()
            self._draw()

    def progress(self, line: ProgressLine) -> None:
        with self._lock:
            if line.stage != self.current:  # e.g. reading, then describing, in one step
                self.current, self._first = line.stage, None
                self._stage_started = self.clock()
            computed = line.done - line.cached
            if self._first is None:
                self._first = (self.clock(), computed)
            self.counts = line
            self._draw()

    def note(self, text: str) -> None:
        with self._lock:
            self._clear()
            self.stream.write(f"  {text}\n")
            self._draw()

    # -- drawing ------------------------------------------------------------------------------

    def status(self) -> str:
        """The status line as it would be drawn now."""
        elapsed = _duration(self.clock() - self.started)
        parts = [f"{SPINNER[self._frame % len(SPINNER)]} {self.current}"]
        c = self.counts
        if c is not None and c.total:
            parts.append(f"{c.done:,}/{c.total:,} {c.unit}")
            rate = self.rate()
            if rate is not None:
                parts.append(f"{rate:,.1f} {'docs' if c.unit == 'documents' else c.unit}/s")
                left = (c.total - c.done) / rate if rate > 0 else None
                if left is not None and c.done < c.total:
                    parts.append(f"~{_duration(left)} left")
        parts.append(f"[{elapsed}]")
        return "  ".join(parts)

    def rate(self) -> float | None:
        """Items computed per second in this stage (cached ones cost nothing, so not counted)."""
        if self.counts is None or self._first is None:
            return None
        since, computed0 = self._first
        computed = self.counts.done - self.counts.cached
        spent = self.clock() - since
        if computed <= computed0 or spent <= 0:
            return None
        return (computed - computed0) / spent

    def _width(self) -> int:
        return self.columns or shutil.get_terminal_size((100, 20)).columns

    def _clear(self) -> None:
        self.stream.write("\r\x1b[2K")

    def _draw(self) -> None:
        self._clear()
        self.stream.write(self.status()[: self._width() - 1])
        self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(self.refresh):
            with self._lock:
                self._frame += 1
                self._draw()

    def __enter__(self) -> LiveDisplay:
        self._thread = threading.Thread(target=self._tick, name="zhibiao-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            self._clear()
            self.stream.flush()
