"""Builds made once per test run and shared by every pytest-xdist worker of the run.

A worker that needs one takes a file lock named after it: the first builds it in a folder of the
run's temporary folder and marks it done; the others wait for the lock and read what it left
(the built files, and what the build said, saved beside them). Whoever uses such a build only
reads it; a test that changes things copies it first, as before.

Outside pytest (``configure`` never called) every process builds its own, in a temporary folder
of its own.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock

T = TypeVar("T")
DONE = ".done"

_config: Any = None


def configure(config: Any) -> None:
    """Called by tests/conftest.py: the run whose temporary folder holds the shared builds."""
    global _config
    _config = config


def shared_root() -> Path | None:
    """The folder the run's workers share (the controller's temporary folder), or None outside
    pytest."""
    if _config is None:
        return None
    base = _config._tmp_path_factory.getbasetemp()
    # a worker's folder is <the controller's>/popen-gwN (pytest-xdist)
    root = base.parent if hasattr(_config, "workerinput") else base
    return root / "shared"


def build_once(name: str, build: Callable[[Path], T], load: Callable[[Path], T]) -> T:
    """``build(folder)`` by the first worker to ask for ``name``; ``load(folder)`` by the others.

    ``build`` makes everything in ``folder`` (an empty folder); ``load`` reads it back as
    ``build`` returned it. A folder a failed build left is built again."""
    root = shared_root()
    if root is None:
        folder = Path(tempfile.mkdtemp(prefix=f"zhibiao-{name}-"))
        atexit.register(shutil.rmtree, folder, True)
        return build(folder)
    root.mkdir(parents=True, exist_ok=True)
    folder = root / name
    with FileLock(str(root / f"{name}.lock")):
        if (folder / DONE).exists():
            return load(folder)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        value = build(folder)
        (folder / DONE).write_text(str(os.getpid()), encoding="utf-8")
        return value
