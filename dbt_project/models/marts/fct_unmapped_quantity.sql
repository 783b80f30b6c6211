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
    unmapped_id,
    unmapped_reason,
    document_id,
    city_id,
    year,
    kind,
    indicator_code,
    measure,
    comparator,
    qualifier,
    value,
    unit,
    raw_text,
    context,
    sentence,
    char_start,
    char_end
from {{ ref('int_unmapped_quantities_unioned') }}
where true
    {{- only_changed_documents() }}
order by document_id, char_start, unmapped_id
