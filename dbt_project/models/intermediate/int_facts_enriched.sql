{#
    Distinct facts (after the analysts' corrections) with their document's city and status and whether the lexicon knows their
    indicator. The marts split on these flags: known indicator from an ok document ->
    fct_indicator_value; unknown indicator from an ok document -> fct_unmapped_quantity.
#}
with facts as (

    select * from {{ ref('int_facts_corrected') }}

),

documents as (

    select * from {{ ref('int_documents_with_city') }}

),

indicators as (

    select * from {{ ref('stg_lexicon__indicators') }}

)

select
    facts.*,
    documents.city_id,
    documents.published_on as document_published_on,
    documents.report_year as document_report_year,
    documents.status as document_status,
    coalesce(documents.status = 'ok', false) as is_from_ok_document,
    indicators.indicator_code is not null as is_known_indicator,
    indicators.unit as indicator_unit
from facts
left join documents
    on facts.document_id = documents.document_id
left join indicators
    on facts.indicator_code = indicators.indicator_code
