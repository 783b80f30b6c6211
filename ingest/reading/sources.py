"""Files on disk → SourceRecords → the ``source_files`` and ``texts`` frames.

Every entry under the documents folder gets a record, readable or not: a file that
cannot be used is quarantined with a sentence saying why, so nothing is lost silently.
That includes what a folder of downloads really holds: symbolic links that loop, dangle
or lead out of the folder, named pipes, files deleted while the build runs, names that
are not UTF-8. ``read_source`` never raises and never opens what it would refuse.

Size policy: a file over ``DEFAULT_MAX_BYTES`` (200 MB) is never read into memory; it
is hashed in 1 MB chunks and quarantined. A file under it whose text comes out longer
than ``MAX_TEXT_CHARS`` (10 million characters, a hundred times a long work report) is
quarantined before normalisation: the later stages hold a document in memory several
times over, and no single report is that long.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import polars as pl

from ingest.reading.formats import extract_text
from ingest.reading.normalise import normalise_text

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
# Fewer characters than this after cleaning cannot be a work report.
MIN_TEXT_CHARS = 30
# More characters than this are no one report (the longest seen are ~100,000).
MAX_TEXT_CHARS = 10_000_000
VANISHED_REASON = "file disappeared before it could be read (deleted or moved during the build)"

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
    """Every entry under ``root`` that is not a folder walked, sorted by relative path.

    Hidden files (.report.txt, .DS_Store) are listed and read like any other; hidden folders
    (.git, .svn, a cache) are tools' own and skipped. Symbolic links to folders are walked
    when they resolve inside ``root`` and do not lead back to a folder above them.
    Entries that are not walked or read — links that loop, dangle, lead outside ``root``
    or back up the tree, named pipes, sockets, devices — are listed too: ``read_source``
    quarantines each with its reason (without opening it), so the folder's every entry
    shows in ``source_files``.
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
            path = Path(entry.path)
            try:
                if entry.name.startswith(".") and entry.is_dir(follow_symlinks=True):
                    continue
                if entry.is_dir(follow_symlinks=True) and _walkable(path, real_root, ancestors):
                    pending.append((path, ancestors | {path.resolve()}))
                    continue
            except (OSError, RuntimeError):
                pass  # a link loop or a vanished entry: read_source tells which
            found.append((relative_posix(path, root), path))
    return [path for _, path in sorted(found)]


def _walkable(folder: Path, real_root: Path, ancestors: frozenset[Path]) -> bool:
    """A folder (or link to one) inside the root that does not lead back up the tree."""
    real = folder.resolve()
    return real.is_relative_to(real_root) and real not in ancestors


def read_source(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceRecord:
    """Read, decode, extract and normalise one file. Never raises."""
    path, root = Path(path), Path(root)
    source_file = relative_posix(path, root)
    size: int | None = None
    digest: str | None = None
    try:
        refused = entry_refusal(path, root)
        if refused is not None:
            return _quarantined(source_file, None, None, refused)
        with _open_regular(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            if size <= max_bytes:
                data = _read_capped(stream, size, max_bytes)
                size = len(data)
            if size > max_bytes:
                stream.seek(0)
                return _quarantined(
                    source_file,
                    size,
                    _sha256_of_stream(stream),
                    f"file is {_human_size(size)}, over the {_human_size(max_bytes)} limit "
                    "(not read)",
                )
        digest = hashlib.sha256(data).hexdigest()
        if not data:
            return _quarantined(source_file, 0, digest, "empty file (0 bytes)")
        extracted = extract_text(data, path.suffix)
        del data  # the bytes are no longer needed; the text may be as large
        if extracted.text is None:
            return _quarantined(
                source_file,
                size,
                digest,
                extracted.reason or "no text found",
                encoding=extracted.encoding,
                file_format=extracted.format,
            )
        if len(extracted.text) > MAX_TEXT_CHARS:
            return _quarantined(
                source_file,
                size,
                digest,
                f"text is {len(extracted.text) / 1e6:.1f} million characters, over the "
                f"{MAX_TEXT_CHARS / 1e6:.0f} million limit for one document (split it into its "
                "reports)",
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
    except FileNotFoundError:
        return _quarantined(source_file, size, digest, VANISHED_REASON)
    except OSError as exc:
        return _quarantined(source_file, size, digest, _os_error_reason(exc))
    except Exception as exc:
        return _quarantined(
            source_file, size, digest, f"could not read: {type(exc).__name__}: {exc}"
        )


def entry_refusal(path: Path, root: Path) -> str | None:
    """Why ``path`` is no file to read (a link out of ``root``, a loop, a pipe …), or None.

    Looks at the entry with ``lstat``/``stat`` only: nothing is opened.
    """
    link = False
    try:
        link = path.is_symlink()
        info = path.stat()  # follows links: ELOOP for a loop, ENOENT for a dangling one
    except FileNotFoundError:
        if link:
            return f"broken symbolic link: its target {os.readlink(path)!r} does not exist"
        return VANISHED_REASON
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself), not followed"
        raise
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "symbolic link loop (the link leads back to itself), not followed"
    real_root = root.resolve()
    if not real.is_relative_to(real_root):
        kind = "folder" if stat.S_ISDIR(info.st_mode) else "file"
        return f"symbolic link to a {kind} outside the documents folder, not followed"
    if stat.S_ISDIR(info.st_mode):
        if link and path.parent.resolve().is_relative_to(real):
            return "symbolic link to a folder above it (a loop), not walked again"
        return "not a regular file (a folder)"
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file ({_file_type(info.st_mode)})"
    return None


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _open_regular(path: Path, *, follow: bool = True) -> BinaryIO:
    """Open for reading without blocking on a pipe swapped in meanwhile; regular files only."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_capped(stream: BinaryIO, expected: int, cap: int) -> bytes:
    """The file's bytes, at most ``cap + 1`` of them (one more tells it is over the cap).

    Asks for the size ``fstat`` gave, plus one byte: a buffered ``read(n)`` reserves n bytes
    up front, so asking for the cap would reserve 200 MB for every small file. A file that
    grew meanwhile is read on in chunks up to the cap.
    """
    data = stream.read(expected + 1)
    if len(data) <= expected:
        return data
    parts = [data]
    total = len(data)
    while total <= cap and (chunk := stream.read(min(_CHUNK, cap + 1 - total))):
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def _os_error_reason(exc: OSError) -> str:
    """A reason without the absolute path (source_file already names the file)."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "could not read the file: permission denied"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link leads back to itself), not followed"
    return f"could not read the file: {exc.strerror or type(exc).__name__}"


def collate(records: Iterable[SourceRecord]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``(source_files, texts)``: one row per file, one text per distinct document.

    Files with the same normalised text collapse onto the first by ``source_file``;
    the others become ``duplicate`` rows pointing at it, with the same document_id.
    """
    first_by_hash: dict[str, str] = {}
    file_rows: list[dict[str, object]] = []
    text_rows: list[dict[str, object]] = []
    for record in _distinct_names(sorted(records, key=lambda r: r.source_file)):
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


def _distinct_names(records: list[SourceRecord]) -> list[SourceRecord]:
    """A last guard for one row per file: a name seen twice gets a numbered spelling.

    ``relative_posix`` already spells distinct paths apart; this only fires when the same
    path was read twice, or a name collides with one spelled from undecodable bytes.
    """
    seen: set[str] = set()
    out = []
    for record in records:
        name, n = record.source_file, 1
        while name in seen:
            n += 1
            name = f"{record.source_file} (#{n})"
        seen.add(name)
        out.append(record if n == 1 else replace(record, source_file=name))
    return out


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
    """``path`` relative to ``root`` in posix form, safe to store as UTF-8, one per path.

    Names that are not valid UTF-8 on disk (a GBK-named file unpacked from a Chinese ZIP)
    arrive with surrogate escapes, which Arrow cannot store. They are decoded as GB18030
    when that works and no UTF-8 name in the folder is spelled the same; otherwise the
    bytes that are not UTF-8 are written as ``\\xNN`` escapes, so two names never merge.
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
        readable = raw.decode("gb18030")
        if not os.path.lexists(os.path.join(os.fsencode(root), readable.encode("utf-8"))):
            return readable
    except UnicodeDecodeError:
        pass
    return raw.decode("utf-8", errors="backslashreplace")


# A build hashes each file several times (whether anything changed since the published build,
# the inputs it records, the read cache's keys): a file whose identity, size and change times
# are those of one hashed already is not read again. Every write to a file changes its
# st_ctime_ns (POSIX), which no program can set back, so a file changed since is read again.
_DIGESTS: dict[tuple[int, int, int, int, int], str] = {}
_DIGESTS_KEPT = 200_000  # about 30 MB in a long-lived process (the UI's code server)


def sha256_of_file(path: Path) -> str:
    """Hash without holding the file in memory (it may be over the size limit).

    Raises OSError for a symbolic link or anything but a regular file, without reading it:
    a cache keyed by this hash must fall back to ``read_source``, which decides whether a
    link may be followed (never out of the documents folder) and never blocks on a pipe.
    """
    with _open_regular(path, follow=False) as stream:
        st = os.fstat(stream.fileno())
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        digest = _DIGESTS.get(key)
        if digest is None:
            digest = _sha256_of_stream(stream)
            if len(_DIGESTS) >= _DIGESTS_KEPT:
                _DIGESTS.clear()
            _DIGESTS[key] = digest
        return digest


def _sha256_of_stream(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
