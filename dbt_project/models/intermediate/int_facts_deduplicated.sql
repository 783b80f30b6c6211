{#
    One row per distinct fact per document: of the mentions with the same fact_id
    (int_fact_mentions), the first by char_start stands for them.
#}
with mentions as (

    select * from {{ ref('int_fact_mentions') }}

),

ranked as (

    select
        *,
        count(*) over (partition by fact_id) as mention_count,
        row_number() over (
            partition by fact_id
            order by char_start nulls last, char_end nulls last, raw_text, sentence
        ) as mention_rank
    from mentions

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
