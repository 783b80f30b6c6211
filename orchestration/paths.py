"""Where things live: flags win over environment variables, which win over repository defaults.

No dagster import, so that the CLI can refuse a bad path before paying for the heavy imports.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS_DIR = REPO_ROOT / "seeds"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "zhibiao.duckdb"
CACHE_DIR_NAME = ".zhibiao-cache"
DATA_DOCS_DIR_NAME = "data_docs"


@dataclass(frozen=True)
class Paths:
    """Resolved, absolute paths of one build."""

    docs_dir: Path
    warehouse: Path  # the published warehouse (cache and Data Docs live beside it)

    @property
    def cache_dir(self) -> Path:
        # one cache per warehouse: two warehouses in one folder must not prune each other's
        return self.warehouse.parent / CACHE_DIR_NAME / self.warehouse.stem

    @property
    def data_docs_dir(self) -> Path:
        return self.warehouse.parent / DATA_DOCS_DIR_NAME


def dbt_project_dir() -> Path:
    """The dbt project builds run: ``ZHIBIAO_DBT_PROJECT_DIR`` (tests point it at a copy), else
    the repository's ``dbt_project/``."""
    return Path(os.environ.get("ZHIBIAO_DBT_PROJECT_DIR") or REPO_ROOT / "dbt_project").absolute()


def _pick(flag: str | os.PathLike[str] | None, env: str, default: Path) -> Path:
    value = flag if flag not in (None, "") else os.environ.get(env) or default
    return Path(value).expanduser().absolute()


def resolve_paths(
    docs_dir: str | os.PathLike[str] | None = None,
    warehouse: str | os.PathLike[str] | None = None,
) -> Paths:
    """Docs folder and warehouse from flags, else ZHIBIAO_DOCS_DIR / ZHIBIAO_WAREHOUSE, else
    the defaults. (Every run writes ``<warehouse>.building`` and publishes it: see
    ``orchestration.warehouse``.)"""
    docs = _pick(docs_dir, "ZHIBIAO_DOCS_DIR", DEFAULT_DOCS_DIR)
    wh = _pick(warehouse, "ZHIBIAO_WAREHOUSE", DEFAULT_WAREHOUSE)
    return Paths(docs_dir=docs, warehouse=wh)
