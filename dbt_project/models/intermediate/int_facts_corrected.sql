{#
    The distinct facts after the analysts' corrections: rejected facts dropped, added facts
    joined in, each marked with who added it and why (NULL for facts as extracted).
#}
with facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

corrections as (

    select * from {{ ref('int_fact_corrections_resolved') }}
    where is_applied

)

select
    facts.*,
    cast(null as varchar) as correction,
    cast(null as varchar) as corrected_by,
    cast(null as date) as corrected_on,
    cast(null as varchar) as correction_reason
from facts
where facts.fact_id not in (
    select fact_id from corrections where action = 'reject'
)

union all

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
    1 as mention_count,
    'added' as correction,
    corrected_by,
    corrected_on,
    reason as correction_reason
from corrections
where action = 'add'
