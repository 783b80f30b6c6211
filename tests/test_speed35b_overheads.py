"""The build's overheads cut in speed35b keep their promises: Dagster's event log commits
without an fsync and stays in WAL mode; fork_map freezes the parent's heap only while its
children run, with the same results."""

from __future__ import annotations

import gc

import pytest
import sqlalchemy as db

from ingest.parallel import fork_map
from orchestration.instance_storage import KeptEngineEventLogStorage


def test_event_log_connections_commit_without_fsync_in_wal_mode(tmp_path):
    storage = KeptEngineEventLogStorage(str(tmp_path))  # a new folder: index.db made here
    for shard in ("index", "some-run-id"):
        with storage._connect(shard) as conn:
            assert conn.execute(db.text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert conn.execute(db.text("PRAGMA journal_mode")).scalar() == "wal"
    storage.dispose()


def test_fork_map_gives_the_same_results_and_unfreezes_the_heap():
    assert gc.get_freeze_count() == 0
    runs = [list(range(k, k + 50)) for k in range(0, 200, 50)]
    assert fork_map(lambda run: [x * x for x in run], runs) == [[x * x for x in r] for r in runs]
    assert gc.get_freeze_count() == 0


def test_fork_map_unfreezes_the_heap_when_the_parent_fails():
    def fail_here(run: list[int]) -> list[int]:
        if run[0] == 0:  # the parent's own run
            raise ValueError("the parent's run failed")
        return run

    with pytest.raises(ValueError):
        fork_map(fail_here, [[0], [1]])
    assert gc.get_freeze_count() == 0


def test_fork_map_leaves_an_outer_freeze_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert fork_map(lambda run: run, [[1], [2]]) == [[1], [2]]
        # Frozen objects still die when their last reference goes, so the count may
        # fall a little; unfreezing would empty it and freezing again would grow it.
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
