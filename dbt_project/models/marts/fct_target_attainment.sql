{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_cities() }}",
    )
}}
{#
    Each target fact beside the actual reported for the same city, indicator, measure,
    qualifier (NULL-safe) and year, from any document of that city. When several documents
    report that actual, the latest published wins (then the latest report year); within one
    document, the first mention.

    attained: NULL without an actual; for a rank (第3名: lower is better) actual <= target;
    otherwise actual <= target for comparator lte, actual >= target for gte, eq and approx.

    A row is its target's city's (NULL for a target without one: it has no actual): an
    incremental build recomputes only the cities of the changed documents
    (macros/changed_cities.sql).
#}
with facts as (

    select * from {{ ref('fct_indicator_value') }}
    where true
    {{- only_changed_cities() }}

),

documents as (

    select * from {{ ref('dim_document') }}

),

targets as (

    select * from facts where kind = 'target'

),

actuals as (

    select
        facts.*,
        documents.published_on,
        documents.report_year
    from facts
    inner join documents
        on facts.document_id = documents.document_id
    where facts.kind = 'actual'

),

candidates as (

    select
        targets.fact_id as target_fact_id,
        actuals.fact_id as actual_fact_id,
        actuals.document_id as actual_document_id,
        actuals.value as actual_value,
        row_number() over (
            partition by targets.fact_id
            order by
                actuals.published_on desc nulls last,
                actuals.report_year desc nulls last,
                actuals.document_id desc,
                actuals.char_start,
                actuals.fact_id
        ) as preference
    from targets
    inner join actuals
        on targets.city_id = actuals.city_id
        and targets.indicator_code = actuals.indicator_code
        and targets.measure = actuals.measure
        and targets.qualifier is not distinct from actuals.qualifier
        and targets.year = actuals.year

),

paired as (

    select
        targets.city_id,
        targets.indicator_code,
        targets.measure,
        targets.qualifier,
        targets.year,
        targets.comparator,
        targets.value as target_value,
        best.actual_value,
        case
            when best.actual_value is null or targets.value is null then null
            when targets.measure = 'rank' then best.actual_value <= targets.value
            when targets.comparator = 'lte' then best.actual_value <= targets.value
            else best.actual_value >= targets.value
        end as attained,
        targets.document_id as target_document_id,
        best.actual_document_id,
        targets.fact_id as target_fact_id,
        best.actual_fact_id
    from targets
    left join candidates as best
        on targets.fact_id = best.target_fact_id
        and best.preference = 1

)

select * from paired
order by city_id, indicator_code, year, measure, qualifier, target_document_id, target_fact_id
