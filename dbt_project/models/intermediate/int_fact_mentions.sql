{#
    Every fact mention the extractor wrote, with its fact_id: an md5 of document_id,
    indicator_code, year, kind, measure, qualifier, comparator and value (six decimals), so that
    re-running the pipeline over the same document gives the same id. Mentions with the same id
    are the same fact (int_facts_deduplicated keeps the first).
#}
{%- set fact_key = [
    'document_id', 'indicator_code', 'year', 'kind', 'measure',
    'qualifier', 'comparator', stable_number('value'),
] %}

with facts as (

    select * from {{ ref('stg_raw__facts') }}

)

select
    {{ stable_id(fact_key) }} as fact_id,
    *
from facts
