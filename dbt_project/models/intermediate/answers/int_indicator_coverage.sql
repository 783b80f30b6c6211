{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_cities() }}",
    )
}}
{#
    Which indicators each city reports, year by year (the view indicator_coverage reads this
    table): one row per city, year and indicator that has a fact, plus a row with zero facts
    for every core indicator missing from a city-year that has facts, so that the gaps are rows
    too. (Rewritten as the facts' rows appended to the gaps by an anti join, with the measures
    sorted after a distinct list, it took as long at a million facts: the cost is the rows, a
    city-year times the core indicators.)

    A row is one city's: an incremental build recomputes only the cities of the changed
    documents (macros/changed_cities.sql).
#}
with facts as (

    select * from {{ ref('fct_indicator_value') }}
    where city_id is not null
    {{- only_changed_cities() }}

),

indicators as (

    select * from {{ ref('dim_indicator') }}

),

city_years as (

    select distinct city_id, year from facts

),

counted as (

    select
        city_id,
        year,
        indicator_code,
        count(*) filter (where kind = 'actual') as actual_facts,
        count(*) filter (where kind = 'target') as target_facts,
        count(distinct document_id) as documents,
        list(distinct measure order by measure) as measures
    from facts
    group by city_id, year, indicator_code

),

grid as (

    select city_years.city_id, city_years.year, indicators.indicator_code
    from city_years
    cross join indicators
    where indicators.is_core

    union

    select city_id, year, indicator_code from counted

)

select
    grid.city_id,
    cities.city_zh,
    grid.year,
    grid.indicator_code,
    indicators.name_zh as indicator_name_zh,
    indicators.is_core,
    coalesce(counted.actual_facts, 0) as actual_facts,
    coalesce(counted.target_facts, 0) as target_facts,
    coalesce(counted.documents, 0) as documents,
    coalesce(counted.measures, []) as measures,
    coalesce(counted.actual_facts, 0) > 0 as has_actual,
    coalesce(counted.target_facts, 0) > 0 as has_target
from grid
left join counted
    on grid.city_id = counted.city_id
    and grid.year = counted.year
    and grid.indicator_code = counted.indicator_code
left join {{ ref('dim_city') }} as cities
    on grid.city_id = cities.city_id
left join indicators
    on grid.indicator_code = indicators.indicator_code
