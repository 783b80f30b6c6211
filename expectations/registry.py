"""Every data-quality check, with the mart it belongs to and whether it blocks publishing."""

from __future__ import annotations

from expectations import consistency, distribution, drift, provenance
from expectations.spec import CheckSpec

CHECK_LIST: tuple[CheckSpec, ...] = (
    CheckSpec(
        table="fct_indicator_value",
        name="provenance",
        blocking=True,
        description="each fact's offsets point at its raw_text, inside its sentence",
        rows="fact",
        id_columns=("fact_id",),
        show=provenance.SHOW,
        frame=provenance.facts_frame,
        expectations=provenance.expectations,
    ),
    CheckSpec(
        table="fct_unmapped_quantity",
        name="provenance",
        blocking=True,
        description="each unmapped mention's offsets point at its raw_text, inside its sentence",
        rows="mention",
        id_columns=("unmapped_id",),
        show=provenance.SHOW,
        frame=provenance.unmapped_frame,
        expectations=provenance.expectations,
    ),
    CheckSpec(
        table="fct_indicator_value",
        name="consistency",
        blocking=True,
        description="years near the document's years; targets from plan sections or target words",
        rows="fact",
        id_columns=("fact_id",),
        show=consistency.FACTS_SHOW,
        frame=consistency.facts_frame,
        expectations=consistency.facts_expectations,
    ),
    CheckSpec(
        table="fct_indicator_value",
        name="target_dating",
        blocking=False,
        description="a target set for its report year names that year (else it probably "
        "belongs to the plan year)",
        rows="target",
        id_columns=("fact_id",),
        show=consistency.DATING_SHOW,
        frame=consistency.dating_frame,
        expectations=consistency.dating_expectations,
    ),
    CheckSpec(
        table="dim_document",
        name="consistency",
        blocking=True,
        description="every document marked ok has at least one sentence",
        rows="document",
        id_columns=("document_id",),
        show=consistency.DOCUMENTS_SHOW,
        frame=consistency.documents_frame,
        expectations=consistency.documents_expectations,
    ),
    CheckSpec(
        table="source_files",
        name="consistency",
        blocking=True,
        description="every file under the documents folder is in source_files exactly once",
        rows="file",
        id_columns=("source_file",),
        show=consistency.FILES_SHOW,
        frame=consistency.files_frame,
        expectations=consistency.files_expectations,
    ),
    CheckSpec(
        table="fct_target_attainment",
        name="consistency",
        blocking=True,
        description="targets paired only with actuals of the same city, indicator, measure, "
        "qualifier and year",
        rows="target",
        id_columns=("target_fact_id",),
        show=consistency.PAIRS_SHOW,
        frame=consistency.pairs_frame,
        expectations=consistency.pairs_expectations,
    ),
    CheckSpec(
        table="fct_indicator_value",
        name="drift",
        blocking=False,
        description="facts of unchanged documents, facts per indicator, documents per city and "
        "the unmapped share against the last published warehouse",
        rows="comparison",
        id_columns=("aspect", "key"),
        show=drift.SHOW,
        frame=drift.frame,
        expectations=drift.expectations,
    ),
    CheckSpec(
        table="fct_indicator_value",
        name="distribution",
        blocking=False,
        description="values within bounds learned per indicator and measure (robust z-scores)",
        rows="fact",
        id_columns=("fact_id",),
        show=distribution.SHOW,
        frame=distribution.frame,
        expectations=distribution.expectations,
    ),
)

CHECKS: dict[str, CheckSpec] = {spec.key: spec for spec in CHECK_LIST}
