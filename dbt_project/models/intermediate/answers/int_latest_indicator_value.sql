{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_changed_cities() }}",
    )
}}
{#
    One row per city, indicator, kind, measure, qualifier and year (the view
    latest_indicator_value reads this table): the value of the latest document stating it
    (latest published, then latest report year; within a document the first mention), with
    every other statement listed. The order is the one fct_target_attainment uses to pick an
    actual.

    The statements are ranked on the columns the ranking and the list need (not the facts'
    sentences); the latest one's own row (its unit, its sentence) is then fetched by its
    fact_id, unique in fct_indicator_value.

    A row is one city's: an incremental build recomputes only the cities of the changed
    documents (macros/changed_cities.sql).
#}
with facts as (

    select * from {{ ref('fct_indicator_value') }}
    where city_id is not null
    {{- only_changed_cities() }}

),

documents as (

    select document_id, published_on, report_year from {{ ref('dim_document') }}

),

stated as (

    select
        facts.fact_id,
        facts.document_id,
        facts.city_id,
        facts.indicator_code,
        facts.kind,
        facts.measure,
        facts.qualifier,
        facts.year,
        facts.value,
        facts.comparator,
        facts.raw_text,
        documents.published_on,
        row_number() over (
            partition by
                facts.city_id, facts.indicator_code, facts.kind, facts.measure,
                facts.qualifier, facts.year
            order by
                documents.published_on desc nulls last,
                documents.report_year desc nulls last,
                facts.document_id desc,
                facts.char_start,
                facts.fact_id
        ) as recency
    from facts
    inner join documents
        on facts.document_id = documents.document_id

),

summary as (

    select
        city_id,
        indicator_code,
        kind,
        measure,
        qualifier,
        year,
        count(*) as statements,
        count(distinct document_id) as documents,
        count(distinct value) = 1 as values_agree,
        list(
            {
                'value': value,
                'comparator': comparator,
                'raw_text': raw_text,
                'document_id': document_id,
                'published_on': published_on,
                'fact_id': fact_id
            }
            order by recency
        ) filter (where recency > 1) as other_statements,
        any_value(fact_id) filter (where recency = 1) as fact_id,
        any_value(published_on) filter (where recency = 1) as published_on
    from stated
    group by city_id, indicator_code, kind, measure, qualifier, year

)

select
    latest.city_id,
    cities.city_zh,
    latest.indicator_code,
    indicators.name_zh as indicator_name_zh,
    latest.kind,
    latest.measure,
    latest.qualifier,
    latest.year,
    latest.value,
    latest.unit,
    latest.comparator,
    latest.raw_text,
    latest.fact_id,
    latest.document_id,
    summary.published_on,
    latest.sentence,
    summary.statements,
    summary.documents,
    summary.values_agree,
    coalesce(summary.other_statements, []) as other_statements
from summary
inner join facts as latest
    on summary.fact_id = latest.fact_id
left join {{ ref('dim_city') }} as cities
    on latest.city_id = cities.city_id
left join {{ ref('dim_indicator') }} as indicators
    on latest.indicator_code = indicators.indicator_code
