{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_documents() }}",
    )
}}
{#- per document: see macros/changed_documents.sql #}
select
    fact_id,
    document_id,
    city_id,
    year,
    indicator_code,
    kind,
    measure,
    comparator,
    value,
    unit,
    qualifier,
    raw_text,
    sentence,
    char_start,
    char_end,
    correction,
    corrected_by,
    corrected_on,
    correction_reason
from {{ ref('int_facts_enriched') }}
where is_known_indicator
    and is_from_ok_document
    and inconsistency is null
    {{- only_changed_documents() }}
order by document_id, char_start, fact_id
