{#
    Every analyst correction (corrections/fact_corrections.csv) and what this build made of it:
    one row per correction and fact it touches, applied or not and why not.
#}
with corrections as (

    select * from {{ ref('int_fact_corrections_resolved') }}

),

documents as (

    select document_id, city_id from {{ ref('int_documents_with_city') }}

)

select
    corrections.correction_id,
    corrections.action,
    corrections.is_applied,
    corrections.not_applied_reason,
    corrections.fact_id,
    corrections.document_id,
    documents.city_id,
    corrections.year,
    corrections.indicator_code,
    corrections.kind,
    corrections.measure,
    corrections.comparator,
    corrections.value,
    corrections.unit,
    corrections.qualifier,
    corrections.raw_text,
    corrections.sentence,
    corrections.char_start,
    corrections.char_end,
    corrections.corrected_by,
    corrections.corrected_on,
    corrections.reason
from corrections
left join documents
    on corrections.document_id = documents.document_id
order by corrections.document_id, corrections.char_start, corrections.correction_id
