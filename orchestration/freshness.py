"""Is the published warehouse already what a build of these inputs would write?

The shared test of ``zhibiao build`` (which then leaves the warehouse as it is), the folder
sensor and the daily schedule (which then launch no run), and the fingerprint a whole run
records when it publishes (``WarehouseResource``). The fingerprint itself, and its record in the
warehouse (``meta.build``), live in ``ingest.store.build_inputs``.

No dagster import: the CLI answers a no-change build without loading Dagster or dbt.

The CLI takes the inputs' fingerprint before it decides to run; :func:`handed_over` lends that
fingerprint to the run it then starts in the same process, whose warehouse resource would
otherwise take it again a few seconds later (a walk, a stat and an open of every document:
about 0.6-1.5 s at 20,000 documents).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.store.build_inputs import (
    BuildInputs,
    PublishedBuild,
    build_inputs,
    changed_parts,
    published_build,
)
from orchestration.paths import dbt_project_dir


@dataclass(frozen=True)
class Freshness:
    inputs: BuildInputs
    published: PublishedBuild | None

    @property
    def unchanged(self) -> bool:
        """True when the published warehouse was built from exactly these inputs."""
        return self.published is not None and self.published.fingerprint == self.inputs.fingerprint

    @property
    def changed(self) -> list[str]:
        """The kinds of input that differ (documents, pipeline, dbt_project …)."""
        return changed_parts(self.inputs, self.published)

    def explain(self) -> str:
        if self.published is None:
            return "no published build recorded: building"
        if self.unchanged:
            return (
                f"nothing changed since the build published at {self.published.built_at}; "
                "warehouse left as it is"
            )
        return f"changed since the build published at {self.published.built_at}: " + ", ".join(
            self.changed
        )


# inputs the CLI took, lent to the run it starts in this process: (docs, dbt project) -> inputs
_HANDED: dict[tuple[Path, Path], BuildInputs] = {}


def _handed_key(docs_dir: Path, dbt_project: Path | None) -> tuple[Path, Path]:
    return Path(docs_dir).absolute(), Path(dbt_project or dbt_project_dir()).absolute()


@contextlib.contextmanager
def handed_over(docs_dir: Path, inputs: BuildInputs) -> Iterator[None]:
    """Within the block, the first :func:`inputs_of` of ``docs_dir`` (with the dbt project runs
    use) answers ``inputs`` instead of taking them again. Taken a few seconds earlier, before
    any document was read, they are what the run would record all the same; once used, or once
    the block ends, every later call takes them afresh (a later build may see other files)."""
    key = _handed_key(docs_dir, None)
    _HANDED[key] = inputs
    try:
        yield
    finally:
        _HANDED.pop(key, None)


def inputs_of(docs_dir: Path, dbt_project: Path | None = None) -> BuildInputs:
    """The fingerprinted inputs of a build of ``docs_dir`` (dbt project: the one runs use)."""
    handed = _HANDED.pop(_handed_key(docs_dir, dbt_project), None)
    if handed is not None:
        return handed
    return build_inputs(docs_dir, dbt_project or dbt_project_dir())


def freshness(docs_dir: Path, warehouse: Path) -> Freshness:
    """The inputs of a build of ``docs_dir``, beside the record of the published ``warehouse``."""
    return Freshness(build_inputs(docs_dir, dbt_project_dir()), published_build(warehouse))
