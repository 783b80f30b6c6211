"""Safe publishing of a DuckDB warehouse: build into a staging file, then rename it into place.

A build writes to ``<FILE>.building`` next to the warehouse. Only a successful build is moved
onto ``FILE`` with :func:`os.replace`, which is atomic within one directory: a reader that
already holds the old file keeps its inode and its data, a new reader sees the new file, and
nobody ever sees a half-built warehouse. A failed build removes its staging file; a killed one
leaves it behind, and the next build removes it first.

Why a fixed staging name and not one per process: dbt re-parses the whole project whenever the
database path in its profile changes, which costs seconds on every build. One build per
warehouse at a time is enforced with an exclusive ``flock`` on ``<FILE>.lock`` instead; the
kernel drops that lock when a build dies, however it dies, so a staging file whose lock is free
is always a leftover.

The staging name keeps FILE's first dot-separated part, which is the catalog name DuckDB and
dbt-duckdb derive from a path, so the build sees the same catalog name as later readers.

Plain Python: no dagster import.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

STAGING_SUFFIX = ".building"
LOCK_SUFFIX = ".lock"


class WarehouseBusy(RuntimeError):
    """Another build is writing the same warehouse."""


def staging_path(target: Path) -> Path:
    """The file a build of ``target`` writes to before it is published."""
    return target.with_name(target.name + STAGING_SUFFIX)


def lock_path(target: Path) -> Path:
    return target.with_name(target.name + LOCK_SUFFIX)


def _remove_db_files(path: Path) -> None:
    """Remove a DuckDB file and its write-ahead log, if present."""
    for p in (path, path.with_name(path.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _try_lock(target: Path) -> int | None:
    """An fd holding the build lock of ``target``, or None when another build holds it."""
    fd = os.open(lock_path(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    try:
        live = os.stat(lock_path(target)).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        live = False
    if not live:
        # we locked a lock file that its last holder had already unlinked: another build may
        # hold the new one, so count as busy rather than hold a lock nobody else can see
        os.close(fd)
        return None
    return fd


def _unlock(target: Path, fd: int) -> None:
    # Unlink before releasing: a build that opened the file meanwhile fails its non-blocking
    # lock, and a later one creates a fresh file, so two builds never both hold the lock.
    with contextlib.suppress(FileNotFoundError):
        lock_path(target).unlink()
    os.close(fd)


def stale_staging_files(target: Path) -> list[Path]:
    """The staging file of ``target`` when no build holds its lock: a killed build's leftover."""
    staging = staging_path(target)
    if not staging.exists() or not target.parent.is_dir():
        return []
    fd = _try_lock(target)
    if fd is None:
        return []  # a build is running: its staging file is live
    _unlock(target, fd)
    return [staging]


def _checkpoint(path: Path) -> None:
    """Fold a pending WAL into the database file, so the rename moves everything."""
    if not path.with_name(path.name + ".wal").exists():
        return
    import duckdb  # local: only needed when a writer left a WAL behind

    con = duckdb.connect(str(path))
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _fsync(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on directories; the rename is still atomic
    finally:
        os.close(fd)


def publish(staging: Path, target: Path) -> None:
    """Atomically move a finished staging warehouse onto ``target``.

    Every connection to ``staging`` must be closed. Readers of the old ``target`` are not
    disturbed: they keep the old inode until they close it.
    """
    if staging.parent.resolve() != target.parent.resolve():
        raise ValueError("staging file must live in the warehouse's directory (atomic rename)")
    _checkpoint(staging)
    _fsync(staging)
    # A WAL beside the old warehouse belongs to the old file; replayed onto the new one it
    # would corrupt it.
    with contextlib.suppress(FileNotFoundError):
        target.with_name(target.name + ".wal").unlink()
    os.replace(staging, target)
    _fsync(target.parent, directory=True)


class StagedWarehouse:
    """A build's staging file: ``commit()`` publishes it, leaving the block without commit drops it.

    >>> with StagedWarehouse(Path("w/zhibiao.duckdb")) as staged:  # doctest: +SKIP
    ...     build_into(staged.path)
    ...     staged.commit()

    Entering raises :class:`WarehouseBusy` when another build of the same warehouse is running.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = staging_path(target)
        self.committed = False
        self.cleaned: list[Path] = []
        self._lock_fd: int | None = None

    def __enter__(self) -> StagedWarehouse:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd = _try_lock(self.target)
        if fd is None:
            raise WarehouseBusy(f"another build is writing {self.target}")
        self._lock_fd = fd
        if self.path.exists():  # we hold the lock, so whoever wrote it is gone
            self.cleaned.append(self.path)
        _remove_db_files(self.path)
        return self

    def commit(self) -> None:
        publish(self.path, self.target)
        self.committed = True

    def abort(self) -> None:
        _remove_db_files(self.path)

    def __exit__(self, *exc: object) -> None:
        try:
            if not self.committed:
                self.abort()
        finally:
            if self._lock_fd is not None:
                _unlock(self.target, self._lock_fd)
                self._lock_fd = None
