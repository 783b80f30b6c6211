{#
    One row per city, indicator, kind, measure, qualifier and year: the value of the latest
    document stating it (latest published, then latest report year; within a document the
    first mention), with every other statement listed. The order is the one
    fct_target_attainment uses to pick an actual.
#}
with facts as (

    select * from {{ ref('fct_indicator_value') }}
    where city_id is not null

),

documents as (

    select document_id, published_on, report_year from {{ ref('dim_document') }}

),

stated as (

    select
        facts.*,
        documents.published_on,
        documents.report_year,
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
        ) filter (where recency > 1) as other_statements
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
    latest.published_on,
    latest.sentence,
    summary.statements,
    summary.documents,
    summary.values_agree,
    coalesce(summary.other_statements, []) as other_statements
from stated as latest
inner join summary
    on latest.city_id = summary.city_id
    and latest.indicator_code = summary.indicator_code
    and latest.kind = summary.kind
    and latest.measure = summary.measure
    and latest.qualifier is not distinct from summary.qualifier
    and latest.year = summary.year
left join {{ ref('dim_city') }} as cities
    on latest.city_id = cities.city_id
left join {{ ref('dim_indicator') }} as indicators
    on latest.indicator_code = indicators.indicator_code
where latest.recency = 1
