"""Re-shape a folder of reports the way real files arrive, to measure how extraction holds.

``zhibiao eval --reshape wrapped[:WIDTH]`` scores the same documents hard-wrapped at WIDTH
characters a line (text out of a PDF, a newspaper's columns; 28 by default, an official page's
line, GB/T 9704), ``--reshape run-on`` with each document's lines run into one (a scraper that
took the whole page's text). The gold stays as it is: a reader that copes scores as it does on
the documents as found.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ingest.reading.formats import looks_like_html

OFFICIAL_PAGE_WIDTH = 28
MIN_WIDTH = 8
SHAPES = ("wrapped", "run-on")


def parse_shape(spec: str) -> tuple[str, int]:
    """``wrapped``, ``wrapped:WIDTH`` or ``run-on`` → (shape, width)."""
    shape, _, width = spec.partition(":")
    valid = shape in SHAPES and (
        not width or (shape == "wrapped" and width.isdigit() and int(width) >= MIN_WIDTH)
    )
    if not valid:
        raise ValueError(
            f"unknown shape {spec!r}: give wrapped, wrapped:WIDTH (WIDTH >= {MIN_WIDTH}) or run-on"
        )
    return shape, int(width) if width else OFFICIAL_PAGE_WIDTH


def reshape_text(text: str, shape: str, width: int = OFFICIAL_PAGE_WIDTH) -> str:
    """The text hard-wrapped at ``width`` characters (blank lines kept), or run into one line."""
    lines = text.splitlines()
    if shape == "run-on":
        return " ".join(line.strip() for line in lines if line.strip())
    return "\n".join(
        line[start : start + width] for line in lines for start in range(0, len(line) or 1, width)
    )


def reshape_folder(
    source: Path, target: Path, shape: str, width: int = OFFICIAL_PAGE_WIDTH
) -> Path:
    """Every file under ``source`` copied to the same place under ``target``: plain UTF-8 text
    re-shaped, anything else (HTML, PDF, other encodings, binary) byte for byte, so the reader
    judges it as before. Returns ``target``."""
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            shutil.copyfile(path, out)
            continue
        if looks_like_html(text, path.suffix.lower()):
            shutil.copyfile(path, out)
        else:
            out.write_text(reshape_text(text, shape, width), encoding="utf-8")
    return target
