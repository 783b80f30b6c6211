{#
    One row per distinct fact per document. Mentions with the same document_id, indicator_code,
    year, kind, measure, qualifier, comparator and value are the same fact: the first by
    char_start stands for them. fact_id is an md5 of exactly those fields, so that re-running
    the pipeline over the same document gives the same id.
#}
{%- set fact_key = [
    'document_id', 'indicator_code', 'year', 'kind', 'measure',
    'qualifier', 'comparator', stable_number('value'),
] %}

with facts as (

    select * from {{ ref('stg_raw__facts') }}

),

keyed as (

    select
        {{ stable_id(fact_key) }} as fact_id,
        *
    from facts

),

ranked as (

    select
        *,
        count(*) over (partition by fact_id) as mention_count,
        row_number() over (
            partition by fact_id
            order by char_start nulls last, char_end nulls last, raw_text, sentence
        ) as mention_rank
    from keyed

)

select
    fact_id,
    document_id,
    indicator_code,
    year,
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
    mention_count
from ranked
where mention_rank = 1
