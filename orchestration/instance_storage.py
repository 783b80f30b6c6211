"""Dagster's SQLite storage, with an event log that keeps its database engines.

Dagster's ``SqliteEventLogStorage`` makes a new SQLAlchemy engine for every write: an asset or
check event is written to its run's database and mirrored into ``index.db``, three or four
engines in all, each compiling its SQL afresh and opening and closing its file (closing the last
connection to a WAL database checkpoints it). A build stores about 590 events, 180 of them
before its first step; at 6–8 ms each, those 180 took 1.6 s of a 17 s build of the seeds.
Kept engines write an event in 3–4 ms.

Here each database keeps its engine for the life of the process, so SQL is compiled once:
``index.db`` keeps a pooled connection too, and a run's database still closes its connection
after every write, because the UI follows a running run by watching that file change
(``SqliteEventLogStorageWatchdog``), which it does only when a closing connection checkpoints
the write into it. The files and their layout are Dagster's own: the UI, the daemon and a run
launched from the UI (``dagster.yaml`` names this class) read and write them as before.

Each connection also commits without waiting for the disk (``PRAGMA synchronous=NORMAL``;
SQLite's default is FULL, an fsync of the write-ahead log per commit). In WAL mode, which Dagster
sets on these files, that cannot corrupt them: an operating-system crash or a power cut may lose
the last events written, never the database. While DuckDB or dbt writes the warehouse, one fsync
took 3-5 ms here, and a build commits about 600 events (2.8 s of a 31 s one-document rebuild).

A batch of events (Dagster hands over as one batch the ~180 events a run plans before its first
step, when ``DAGSTER_EVENT_BATCH_SIZE`` is set: this module sets it unless it is) goes into its
run's database in one transaction on one connection, closed once: one checkpoint, not 180, and
into ``index.db`` in one transaction too. The UI sees the batch appear at once.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as db
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    INDEX_SHARD_NAME,
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage
from dagster._serdes import ConfigurableClassData
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import ConnectionPoolEntry

# Engines kept for runs' databases: a UI process reads many runs; an engine without a pool
# holds no open file, only its compiled statements.
_RUN_ENGINES_KEPT = 32
# Dagster stores the events it sends as a batch (a run's planned materialisations and checks)
# through store_event_batch only when this is set; a batch is never larger than this.
EVENT_BATCH_SIZE_ENV = "DAGSTER_EVENT_BATCH_SIZE"
os.environ.setdefault(EVENT_BATCH_SIZE_ENV, "1000")


def _commit_without_fsync(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """A new SQLite connection's settings: commits are not synced to disk (see the module's
    docstring); checkpoints still are."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


class KeptEngineEventLogStorage(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` with one engine per database for the life of the process."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        # set first: Dagster's constructor writes a new folder's index.db through _connect
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._engines_pid = os.getpid()
        # (thread, run shard) -> the connection a batch holds open in one transaction
        self._batch_connections: dict[tuple[int, str], Connection] = {}
        super().__init__(base_dir, inst_data)

    def _engine(self, shard: str) -> Engine:
        if self._engines_pid != os.getpid():
            # a forked process: the parent's pooled connection is not this process's to use
            for engine in self._engines.values():
                engine.dispose(close=False)
            self._engines.clear()
            self._engines_pid = os.getpid()
        engine = self._engines.get(shard)
        if engine is None:
            pooled = shard == INDEX_SHARD_NAME
            engine = db.create_engine(
                self.conn_string_for_shard(shard),
                poolclass=db.pool.QueuePool if pooled else db.pool.NullPool,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
            )
            db.event.listen(engine, "connect", _commit_without_fsync)
            self._engines[shard] = engine
            runs = [s for s in self._engines if s != INDEX_SHARD_NAME]
            for old in runs[: max(0, len(runs) - _RUN_ENGINES_KEPT)]:
                self._engines.pop(old).dispose()
        else:
            self._engines.move_to_end(shard)
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:  # type: ignore[override]
        # as Dagster's own, but for the engine, which is kept
        held = self._batch_connections.get((threading.get_ident(), shard))
        if held is not None:  # within store_event_batch: its transaction, committed at its end
            with self._db_lock:
                yield held
            return
        with self._db_lock, self._ready_engine(shard).connect() as conn, conn.begin():
            yield conn

    def _ready_engine(self, shard: str) -> Engine:
        """The kept engine of ``shard``, its database created if need be (under _db_lock)."""
        engine = self._engine(shard)
        if shard not in self._initialized_dbs:
            self._initdb(engine)
            self._initialized_dbs.add(shard)
        return engine

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        """Store ``events`` as :meth:`store_event` does, in one transaction per database (the
        run's and ``index.db``), each on one connection: the run's file is checkpointed once,
        not once per event. On an error nothing stays, and Dagster stores the events one by
        one."""
        run_ids = {event.run_id for event in events}
        if len(run_ids) != 1 or not events:
            super().store_event_batch(events)
            return
        with (
            self._batch_connection(run_ids.pop()),
            self._batch_connection(INDEX_SHARD_NAME),
        ):
            for event in events:
                self.store_event(event)

    @contextmanager
    def _batch_connection(self, shard: str) -> Iterator[None]:
        """Within the block, this thread's connections to ``shard`` are one, in one
        transaction, committed when the block ends (rolled back on an error)."""
        with self._db_lock:
            engine = self._ready_engine(shard)
        # not under _db_lock: each write of the batch takes it, as any other write does
        with engine.connect() as conn, conn.begin():
            key = (threading.get_ident(), shard)
            self._batch_connections[key] = conn
            try:
                yield
            finally:
                del self._batch_connections[key]

    def dispose(self) -> None:
        super().dispose()
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


class ZhibiaoSqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite storage (``storage: sqlite:`` in dagster.yaml) with the event log above.

    In dagster.yaml::

        storage:
          custom:
            module: orchestration.instance_storage
            class: ZhibiaoSqliteStorage
            config:
              base_dir: .dagster_home
    """

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        super().__init__(base_dir, inst_data)
        # the same folder as the event log Dagster's constructor made (and left unused)
        self._event_log_storage = KeptEngineEventLogStorage(self._event_log_storage._base_dir)

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData, config_value: Any
    ) -> ZhibiaoSqliteStorage:
        return cls.from_local(inst_data=inst_data, **config_value)
