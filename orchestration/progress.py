"""Progress of the document stages, as log lines a person reads in the UI and the CLI parses.

A stage (reading files, describing, segmenting, extracting) reports ``done`` of ``total`` at
most about once a second, as a run log message such as::

    extracting: 1,200 of 5,000 documents (310 from cache)

which shows in the Dagster UI's run log, and which the CLI's live display
(``orchestration.terminal``) turns back into numbers with :func:`parse_progress`. Format and
parser live together here so that they cannot drift apart.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_LINE = re.compile(
    r"^(?P<stage>[a-z][a-z ]*): (?P<done>[\d,]+) of (?P<total>[\d,]+) (?P<unit>files|documents)"
    r"(?: \((?P<cached>[\d,]+) from cache\))?$"
)


@dataclass(frozen=True)
class ProgressLine:
    stage: str
    done: int
    total: int
    unit: str
    cached: int = 0


def format_progress(line: ProgressLine) -> str:
    text = f"{line.stage}: {line.done:,} of {line.total:,} {line.unit}"
    return text + (f" ({line.cached:,} from cache)" if line.cached else "")


def parse_progress(message: str) -> ProgressLine | None:
    m = _LINE.match(message.strip())
    if m is None:
        return None
    number = lambda s: int(s.replace(",", "")) if s else 0  # noqa: E731
    return ProgressLine(
        m["stage"], number(m["done"]), number(m["total"]), m["unit"], number(m["cached"])
    )


class StageProgress:
    """Counts one stage's work and logs it through ``log`` at most every ``interval`` seconds
    (and always at the start and the end)."""

    def __init__(
        self,
        log: Callable[[str], None],
        stage: str,
        total: int,
        unit: str = "documents",
        interval: float = 1.0,
    ) -> None:
        self.log, self.stage, self.total, self.unit = log, stage, total, unit
        self.interval = interval
        self.done = 0
        self.cached = 0
        self._last = 0.0
        self._emit()

    def advance(self, n: int = 1, cached: int = 0) -> None:
        self.done += n
        self.cached += cached
        if self.done >= self.total or time.monotonic() - self._last >= self.interval:
            self._emit()

    def set(self, done: int, cached: int | None = None) -> None:
        self.advance(done - self.done, 0 if cached is None else cached - self.cached)

    def _emit(self) -> None:
        self._last = time.monotonic()
        done = min(self.done, self.total)
        self.log(
            format_progress(ProgressLine(self.stage, done, self.total, self.unit, self.cached))
        )
