{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_cities() }}",
    )
}}
{#
    Each target beside its actual (fct_target_attainment), with what an analyst needs to read
    it: the unit, how far the actual got (attainment_pct), the baseline (the latest actual of an
    earlier year, so that a target still awaiting its year shows where it started), and a
    status that tells a missing actual apart from a year no report has covered yet.

    A row is its target's city's (from that city's facts and documents only): an incremental
    build recomputes only the cities of the changed documents (macros/changed_cities.sql).
#}
with attainment as (

    select * from {{ ref('fct_target_attainment') }}
    where true
    {{- only_changed_cities() }}

),

targets as (

    select fact_id, unit, raw_text from {{ ref('fct_indicator_value') }}
    where true
    {{- only_changed_cities() }}

),

actuals as (

    select * from {{ ref('int_latest_indicator_value') }}
    where kind = 'actual'
    {{- only_changed_cities() }}

),

baselines as (

    select
        attainment.target_fact_id,
        actuals.year as baseline_year,
        actuals.value as baseline_value,
        actuals.fact_id as baseline_fact_id
    from attainment
    inner join actuals
        on attainment.city_id = actuals.city_id
        and attainment.indicator_code = actuals.indicator_code
        and attainment.measure = actuals.measure
        and attainment.qualifier is not distinct from actuals.qualifier
        and actuals.year < attainment.year
    qualify row_number() over (
        partition by attainment.target_fact_id order by actuals.year desc
    ) = 1

),

reported_years as (

    select city_id, max(report_year) as latest_report_year
    from {{ ref('dim_document') }}
    where status = 'ok'
    {{- only_changed_cities() }}
    group by city_id

)

select
    attainment.city_id,
    cities.city_zh,
    attainment.indicator_code,
    indicators.name_zh as indicator_name_zh,
    attainment.measure,
    attainment.qualifier,
    attainment.year,
    attainment.comparator,
    attainment.target_value,
    attainment.actual_value,
    targets.unit,
    attainment.attained,
    case
        when attainment.attained then 'attained'
        when not attainment.attained then 'missed'
        when reported_years.latest_report_year >= attainment.year then 'not_reported'
        else 'awaiting_report'
    end as status,
    case
        when attainment.measure <> 'rank' and attainment.comparator <> 'lte'
            and attainment.target_value > 0
            then round(100 * attainment.actual_value / attainment.target_value, 1)
    end as attainment_pct,
    baselines.baseline_year,
    baselines.baseline_value,
    targets.raw_text as target_raw_text,
    attainment.target_fact_id,
    attainment.actual_fact_id,
    baselines.baseline_fact_id,
    attainment.target_document_id,
    attainment.actual_document_id
from attainment
inner join targets
    on attainment.target_fact_id = targets.fact_id
left join baselines
    on attainment.target_fact_id = baselines.target_fact_id
left join reported_years
    on attainment.city_id = reported_years.city_id
left join {{ ref('dim_city') }} as cities
    on attainment.city_id = cities.city_id
left join {{ ref('dim_indicator') }} as indicators
    on attainment.indicator_code = indicators.indicator_code
