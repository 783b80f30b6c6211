"""The pieces of the build's progress display: the log line format and the live status line."""

from __future__ import annotations

import io

from orchestration.progress import ProgressLine, StageProgress, format_progress, parse_progress
from zhibiao.terminal import LiveDisplay, wants_live_display


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_lines_round_trip() -> None:
    line = ProgressLine("extracting", 1200, 5000, "documents", cached=310)
    text = format_progress(line)
    assert text == "extracting: 1,200 of 5,000 documents (310 from cache)"
    assert parse_progress(text) == line
    assert parse_progress("reading: 3 of 8 files") == ProgressLine("reading", 3, 8, "files")
    assert parse_progress("raw/facts: 207 facts; 5 documents processed") is None


def test_stage_progress_reports_start_end_and_at_most_once_a_second() -> None:
    said: list[str] = []
    progress = StageProgress(said.append, "segmenting", 1000, interval=3600)
    for _ in range(999):
        progress.advance()
    assert said == ["segmenting: 0 of 1,000 documents"]  # throttled
    progress.advance(cached=1)
    assert said[-1] == "segmenting: 1,000 of 1,000 documents (1 from cache)"


def test_live_display_shows_pace_and_time_left() -> None:
    clock, out = Clock(), io.StringIO()
    display = LiveDisplay(out, clock=clock, started=40.0, columns=200)
    display.stage("extracting")
    display.progress(ProgressLine("extracting", 100, 1000, "documents", cached=100))
    assert display.status() == "| extracting  100/1,000 documents  [1m00s]"
    clock.now += 10  # 200 documents computed in 10 s: 20 a second, 700 to go
    display.progress(ProgressLine("extracting", 300, 1000, "documents", cached=100))
    assert display.status() == (
        "| extracting  300/1,000 documents  20.0 docs/s  ~35s left  [1m10s]"
    )
    display.note("raw/facts: 1,234 facts")
    display.stage("dbt build")
    assert display.status() == "| dbt build  [1m10s]"
    text = out.getvalue()
    assert "\r\x1b[2K  raw/facts: 1,234 facts\n" in text  # kept above the status line
    assert text.endswith("| dbt build  [1m10s]")


def test_live_display_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert wants_live_display(Tty(), Tty())
    assert not wants_live_display(io.StringIO(), Tty())  # stdout piped: quiet
    assert not wants_live_display(Tty(), io.StringIO())


def test_summary_says_what_a_warning_means_and_where_to_look(tmp_path) -> None:
    from orchestration.runner import BuildSummary

    warehouse = tmp_path / "w.duckdb"
    quiet = BuildSummary(docs_dir=tmp_path, warehouse=warehouse, checks_passed=9)
    assert not any("flagged for review" in line for line in quiet.lines())
    warned = BuildSummary(
        docs_dir=tmp_path,
        warehouse=warehouse,
        checks_passed=8,
        checks_warned=["fct_indicator_value:distribution"],
    )
    lines = warned.lines()
    at = lines.index("  warning   fct_indicator_value:distribution")
    assert "checks      8 passed, 0 failed, 1 warnings" in lines
    assert "not blocking" in lines[at + 1]
    assert f"python -m expectations {warehouse}" in lines[at + 1]
