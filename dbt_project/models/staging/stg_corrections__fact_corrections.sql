{#
    The analysts' corrections, typed. Text that does not parse becomes NULL here and leaves
    its correction unapplied, with a reason, in int_fact_corrections_resolved. value and unit
    accept 亿元/万元/% as written (converted with the staging unit macros); an empty unit means
    the canonical one.
#}
with source as (

    select * from {{ ref('fact_corrections') }}

),

typed as (

    select
        lower(trim(action)) as action,
        nullif(trim(document_id), '') as document_id,
        nullif(trim(fact_id), '') as fact_id,
        try_cast(nullif(trim(char_start), '') as integer) as char_start,
        try_cast(nullif(trim(char_end), '') as integer) as char_end,
        nullif(raw_text, '') as raw_text,
        nullif(trim(indicator_code), '') as indicator_code,
        try_cast(nullif(trim(year), '') as integer) as year,
        nullif(lower(trim(kind)), '') as kind,
        nullif(lower(trim(measure)), '') as measure,
        coalesce(nullif(lower(trim(comparator)), ''), 'eq') as comparator,
        try_cast(nullif(trim(value), '') as double) as value_as_written,
        nullif(trim(unit), '') as unit_as_written,
        nullif(trim(qualifier), '') as qualifier,
        nullif(trim(corrected_by), '') as corrected_by,
        try_cast(nullif(trim(corrected_on), '') as date) as corrected_on,
        nullif(trim(reason), '') as reason,
        {{ stable_id([
            'action', 'document_id', 'fact_id', 'char_start', 'char_end', 'indicator_code',
            'year', 'kind', 'measure', 'comparator', 'value', 'unit', 'qualifier',
        ]) }} as correction_id
    from source

)

select
    correction_id,
    action,
    document_id,
    fact_id,
    char_start,
    char_end,
    raw_text,
    indicator_code,
    year,
    kind,
    measure,
    comparator,
    case
        when unit_as_written is null then value_as_written
        else {{ canonical_value('value_as_written', 'unit_as_written') }}
    end as value,
    cast({{ canonical_unit('unit_as_written') }} as varchar) as unit,
    qualifier,
    corrected_by,
    corrected_on,
    reason
from typed
