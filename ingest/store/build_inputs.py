"""Everything that decides a warehouse's contents, as one fingerprint recorded in the warehouse.

A build records, in the warehouse it publishes (table ``meta.build``), the fingerprint of its
inputs: every documents-folder entry (relative path and sha256 of its bytes), the pipeline
fingerprint (ingest code, lexicon, the libraries whose output the cache stores: see
``pipeline_cache``), the dbt project's sources (models, seeds, macros, tests, corrections,
``dbt_project.yml``, the profile), the data checks (``expectations/``), the orchestration code
that writes the raw tables, the versions of dbt, DuckDB, Dagster and Great Expectations, and
the settings that can change a row. When a new build finds the published warehouse's
fingerprint equal to its inputs', nothing it could write would differ: it may leave the
warehouse as it is.

The fingerprint is taken before the documents are read, so a file changed during a build
leaves a fingerprint that no longer matches the folder: the next build rebuilds (never the
other way round). Cost: one sha256 pass over the documents (about 0.1 s per 50 MB) and over the
repository's sources.

Plain Python: no dagster import, and no import of the heavy ingest modules.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

from ingest.store.pipeline_cache import REPO_ROOT, pipeline_fingerprint

BUILD_SCHEMA = "meta"
BUILD_TABLE = f"{BUILD_SCHEMA}.build"

# Libraries that run the warehouse part of a build (the ingest ones are in the pipeline
# fingerprint).
_WAREHOUSE_DISTRIBUTIONS = (
    "duckdb",
    "dbt-core",
    "dbt-duckdb",
    "dagster",
    "dagster-dbt",
    "great-expectations",
)
# Environment settings that can change a row.
_SETTINGS = ("ZHIBIAO_SEGMENTER",)
# Generated or local folders of a dbt project: not sources.
_DBT_NOT_SOURCES = {"target", "logs", "dbt_packages", "__pycache__"}
# Files larger than the reader accepts are quarantined by size alone: no need to hash them.
_MAX_HASHED_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class BuildInputs:
    """The digest of each kind of input, and their combined fingerprint."""

    parts: dict[str, str]
    documents: int = 0  # folder entries seen

    @property
    def fingerprint(self) -> str:
        blob = json.dumps(self.parts, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()


@dataclass(frozen=True)
class PublishedBuild:
    """What ``meta.build`` of a published warehouse says about the build that wrote it."""

    fingerprint: str
    build_id: str | None
    built_at: str
    documents: int
    parts: dict[str, str] = field(default_factory=dict)


def _hash_tree(root: Path, files: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(p.relative_to(root).as_posix().encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        try:
            h.update(hashlib.sha256(p.read_bytes()).digest())
        except OSError as exc:
            h.update(f"error:{exc.errno}".encode())
    return h.hexdigest()


def _source_files(root: Path, skip_dirs: set[str]) -> list[Path]:
    if not root.is_dir():
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in skip_dirs and not d.startswith(".")]
        out += [Path(dirpath, f) for f in filenames if not f.startswith(".")]
    return out


def _python_files(root: Path) -> list[Path]:
    return [p for p in _source_files(root, {"__pycache__"}) if p.suffix == ".py"]


def _entry_digest(path: Path) -> str:
    """What a documents-folder entry holds: its bytes' sha256, or why it cannot be read."""
    link = ""
    with contextlib.suppress(OSError):
        if path.is_symlink():
            link = f"link:{os.readlink(path)}:"
    try:
        st = path.stat()
    except OSError as exc:
        return f"{link}error:{exc.errno}"
    if not stat.S_ISREG(st.st_mode):
        return f"{link}type:{stat.S_IFMT(st.st_mode)}"  # never opened: it could be a pipe
    if st.st_size > _MAX_HASHED_BYTES:
        return f"{link}large:{st.st_size}:{st.st_mtime_ns}"
    from ingest.reading.sources import sha256_of_file

    try:
        # a link's target is hashed too: where it leads decides how the reader treats it
        return link + sha256_of_file(path.resolve() if link else path)
    except OSError as exc:
        return f"{link}unreadable:{exc.errno}"


def documents_digest(docs_dir: Path) -> tuple[str, int]:
    """Hash of every entry the build reads under ``docs_dir`` (path and content); and their
    number. The same walk as the build's (``iter_source_paths``)."""
    from ingest.reading.sources import iter_source_paths, relative_posix

    h = hashlib.sha256()
    paths = iter_source_paths(docs_dir) if docs_dir.is_dir() else []
    for path in paths:
        rel = relative_posix(path, docs_dir)
        h.update(f"{rel}\0{_entry_digest(path)}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest(), len(paths)


def _versions(distributions: Iterable[str]) -> str:
    out = []
    for dist in distributions:
        try:
            out.append(f"{dist}={importlib_metadata.version(dist)}")
        except importlib_metadata.PackageNotFoundError:
            out.append(f"{dist}=-")
    return ";".join(out)


def build_inputs(docs_dir: Path, dbt_project_dir: Path, repo_root: Path = REPO_ROOT) -> BuildInputs:
    """The inputs of a build of ``docs_dir`` with the dbt project ``dbt_project_dir``."""
    docs_dir = Path(docs_dir).absolute()
    dbt_project_dir = Path(dbt_project_dir).absolute()
    documents, n = documents_digest(docs_dir)
    # Where the folders are is not an input: rows name files relative to the documents folder,
    # and the dbt project counts by its contents (a copy elsewhere builds the same warehouse).
    settings = {name: os.environ.get(name, "") for name in _SETTINGS}
    parts = {
        "documents": documents,
        "pipeline": pipeline_fingerprint(repo_root),
        "dbt_project": _hash_tree(
            dbt_project_dir, _source_files(dbt_project_dir, _DBT_NOT_SOURCES)
        ),
        "expectations": _hash_tree(
            repo_root, _source_files(repo_root / "expectations", {"__pycache__"})
        ),
        "orchestration": _hash_tree(repo_root, _python_files(repo_root / "orchestration")),
        "libraries": _versions(_WAREHOUSE_DISTRIBUTIONS),
        "settings": json.dumps(settings, sort_keys=True),
    }
    return BuildInputs(parts=parts, documents=n)


# -- the record in the warehouse ----------------------------------------------------------------


def record_build(con: Any, inputs: BuildInputs, build_id: str | None) -> None:
    """Write ``meta.build`` (one row) into the warehouse ``con`` is about to publish."""
    built_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {BUILD_SCHEMA}")
    con.execute(
        f"CREATE OR REPLACE TABLE {BUILD_TABLE} (fingerprint VARCHAR, build_id VARCHAR, "
        "built_at VARCHAR, documents INTEGER, inputs VARCHAR)"
    )
    con.execute(
        f"INSERT INTO {BUILD_TABLE} VALUES (?, ?, ?, ?, ?)",
        [inputs.fingerprint, build_id, built_at, inputs.documents, json.dumps(inputs.parts)],
    )
    con.execute(
        f"COMMENT ON TABLE {BUILD_TABLE} IS 'The build that published this warehouse: when, "
        "its Dagster run, and the fingerprint of its inputs (documents, code, lexicon, dbt "
        "project, checks). A build whose inputs have the same fingerprint leaves the "
        "warehouse as it is.'"
    )


def forget_build(con: Any) -> None:
    """Drop ``meta.build``: the warehouse is no longer what one set of inputs built (a run that
    rebuilt only some tables), so the next build must not take it as up to date."""
    con.execute(f"DROP TABLE IF EXISTS {BUILD_TABLE}")


def published_build(warehouse: Path) -> PublishedBuild | None:
    """The record of the build that published ``warehouse``; None when there is no warehouse,
    no record, or it cannot be read."""
    if not Path(warehouse).is_file():
        return None
    import duckdb

    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except Exception:  # locked for writing, damaged: not a warehouse we can trust
        return None
    try:
        row = con.execute(
            f"SELECT fingerprint, build_id, built_at, documents, inputs FROM {BUILD_TABLE}"
        ).fetchone()
    except Exception:
        return None
    finally:
        con.close()
    if row is None:
        return None
    try:
        parts = json.loads(row[4] or "{}")
    except ValueError:
        parts = {}
    return PublishedBuild(row[0], row[1], row[2], int(row[3] or 0), parts)


def changed_parts(inputs: BuildInputs, published: PublishedBuild | None) -> list[str]:
    """Which kinds of input differ from the published build's (all when there is none)."""
    if published is None:
        return sorted(inputs.parts)
    return sorted(k for k in inputs.parts if published.parts.get(k) != inputs.parts[k])
