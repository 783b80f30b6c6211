"""Files on disk → SourceRecords → the ``source_files`` and ``texts`` frames.

Every file under the documents folder gets a record, readable or not: a file that
cannot be used is quarantined with a sentence saying why, so nothing is lost silently.
``read_source`` never raises.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from ingest.reading.formats import extract_text
from ingest.reading.normalise import normalise_text

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
# Fewer characters than this after cleaning cannot be a work report.
MIN_TEXT_CHARS = 30

SOURCE_FILES_SCHEMA = pl.Schema(
    {
        "source_file": pl.String,
        "size_bytes": pl.Int64,
        "sha256": pl.String,
        "encoding": pl.String,
        "format": pl.String,
        "content_hash": pl.String,
        "document_id": pl.String,
        "status": pl.String,
        "reason": pl.String,
    }
)
TEXTS_SCHEMA = pl.Schema(
    {
        "document_id": pl.String,
        "source_file": pl.String,
        "content_hash": pl.String,
        "text": pl.String,
    }
)

_CHUNK = 1 << 20


@dataclass(frozen=True)
class SourceRecord:
    """One input file: its normalised text, or why it was quarantined."""

    source_file: str  # posix path relative to the documents root
    size_bytes: int | None
    sha256: str | None
    encoding: str | None
    format: str  # text | html | pdf | docx | unknown
    text: str | None
    content_hash: str | None
    status: str  # ok | quarantined
    reason: str | None


def iter_source_paths(root: Path) -> list[Path]:
    """Every regular file under ``root``, sorted by relative path.

    Hidden files and folders (.DS_Store, .git) are skipped. Symbolic links are followed
    only when they resolve inside ``root``; a link back to a folder it sits in (a loop)
    is not walked again.
    """
    root = Path(root)
    real_root = root.resolve()
    found: list[tuple[str, Path]] = []
    # (folder, real paths of the folders above it and itself)
    pending: list[tuple[Path, frozenset[Path]]] = [(root, frozenset({real_root}))]
    while pending:
        folder, ancestors = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # unreadable folder: nothing to list
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                if entry.is_symlink() and not _resolves_inside(path, real_root):
                    continue
                if entry.is_dir(follow_symlinks=True):
                    real = path.resolve()
                    if real not in ancestors:
                        pending.append((path, ancestors | {real}))
                elif entry.is_file(follow_symlinks=True):
                    found.append((relative_posix(path, root), path))
            except OSError:
                continue
    return [path for _, path in sorted(found)]


def read_source(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceRecord:
    """Read, decode, extract and normalise one file. Never raises."""
    path, root = Path(path), Path(root)
    source_file = relative_posix(path, root)
    size: int | None = None
    digest: str | None = None
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return _quarantined(source_file, None, None, "not a regular file")
        size = info.st_size
        if size <= max_bytes:
            with path.open("rb") as stream:
                data = stream.read(max_bytes + 1)  # capped: the file may grow meanwhile
            size = len(data)
        if size > max_bytes:
            return _quarantined(
                source_file,
                size,
                sha256_of_file(path),
                f"file is {_human_size(size)}, over the {_human_size(max_bytes)} limit",
            )
        digest = hashlib.sha256(data).hexdigest()
        if not data:
            return _quarantined(source_file, 0, digest, "empty file (0 bytes)")
        extracted = extract_text(data, path.suffix)
        if extracted.text is None:
            return _quarantined(
                source_file,
                size,
                digest,
                extracted.reason or "no text found",
                encoding=extracted.encoding,
                file_format=extracted.format,
            )
        text = normalise_text(extracted.text)
        chars = len(text) - text.count("\n") - text.count(" ")
        if chars < MIN_TEXT_CHARS:
            return _quarantined(
                source_file,
                size,
                digest,
                f"too little text after cleaning ({chars} characters)",
                encoding=extracted.encoding,
                file_format=extracted.format,
            )
        return SourceRecord(
            source_file=source_file,
            size_bytes=size,
            sha256=digest,
            encoding=extracted.encoding,
            format=extracted.format,
            text=text,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            status="ok",
            reason=None,
        )
    except Exception as exc:
        return _quarantined(
            source_file, size, digest, f"could not read: {type(exc).__name__}: {exc}"
        )


def collate(records: Iterable[SourceRecord]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``(source_files, texts)``: one row per file, one text per distinct document.

    Files with the same normalised text collapse onto the first by ``source_file``;
    the others become ``duplicate`` rows pointing at it, with the same document_id.
    """
    first_by_hash: dict[str, str] = {}
    file_rows: list[dict[str, object]] = []
    text_rows: list[dict[str, object]] = []
    for record in sorted(records, key=lambda r: r.source_file):
        status, reason, document_id = record.status, record.reason, None
        if record.status == "ok" and record.content_hash is not None:
            document_id = record.content_hash[:16]
            original = first_by_hash.get(record.content_hash)
            if original is None:
                first_by_hash[record.content_hash] = record.source_file
                text_rows.append(
                    {
                        "document_id": document_id,
                        "source_file": record.source_file,
                        "content_hash": record.content_hash,
                        "text": record.text,
                    }
                )
            else:
                status, reason = "duplicate", f"duplicate of {original}"
        file_rows.append(
            {
                "source_file": record.source_file,
                "size_bytes": record.size_bytes,
                "sha256": record.sha256,
                "encoding": record.encoding,
                "format": record.format,
                "content_hash": record.content_hash,
                "document_id": document_id,
                "status": status,
                "reason": reason,
            }
        )
    return (
        pl.DataFrame(file_rows, schema=SOURCE_FILES_SCHEMA),
        pl.DataFrame(text_rows, schema=TEXTS_SCHEMA),
    )


def _quarantined(
    source_file: str,
    size: int | None,
    digest: str | None,
    reason: str,
    *,
    encoding: str | None = None,
    file_format: str = "unknown",
) -> SourceRecord:
    return SourceRecord(
        source_file=source_file,
        size_bytes=size,
        sha256=digest,
        encoding=encoding,
        format=file_format,
        text=None,
        content_hash=None,
        status="quarantined",
        reason=reason,
    )


def relative_posix(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` in posix form, safe to store as UTF-8.

    Names that are not valid UTF-8 on disk (a GBK-named file unpacked from a Chinese
    ZIP) arrive with surrogate escapes, which Arrow cannot store; they are decoded as
    GB18030 when that works, else shown with replacement characters.
    """
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = Path(os.path.relpath(path, root)).as_posix()
    try:
        relative.encode("utf-8")
        return relative
    except UnicodeEncodeError:
        raw = os.fsencode(relative)
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="replace")


def _resolves_inside(path: Path, real_root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # broken link or a loop
        return False


def sha256_of_file(path: Path) -> str:
    """Hash without holding the file in memory (it may be over the size limit)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
