{#
    One row per city or county that issued a document, named as its latest document names it:
    the gazetteer's name in use in that document's year (a county that reported only in 2016
    is 横县, not the 横州市 it became in 2021; one that reported again in 2023 is 横州市). A
    document without a year counts as written now, under today's name. Province, level and
    parent are today's. A city_id the gazetteer does not know keeps the name written in its
    documents, with province and level NULL.
#}
with documents as (

    select * from {{ ref('int_documents_with_city') }}
    where city_id is not null

),

latest as (

    select
        city_id,
        case
            when coalesce(report_year, plan_year) is null then city_zh
            else coalesce(city_zh_as_written, city_zh)
        end as city_zh_latest,
        row_number() over (
            partition by city_id
            order by coalesce(report_year, plan_year, 9999) desc, document_id
        ) as recency
    from documents

),

cities as (

    select
        city_id,
        -- every document of a city carries the same gazetteer row; min() only matters for
        -- cities the gazetteer does not know, where the names come from the documents
        min(city_zh) as city_zh,
        min(province_zh) as province_zh,
        min(admin_level) as admin_level,
        min(parent_city_zh) as parent_city_zh,
        bool_or(is_in_gazetteer) as is_in_gazetteer
    from documents
    group by city_id

)

select
    cast(cities.city_id as varchar) as city_id,
    cast(
        case when cities.is_in_gazetteer then latest.city_zh_latest else cities.city_zh end
        as varchar
    ) as city_zh,
    cast(cities.province_zh as varchar) as province_zh,
    cast(cities.admin_level as varchar) as admin_level,
    cast(cities.parent_city_zh as varchar) as parent_city_zh
from cities
inner join latest
    on cities.city_id = latest.city_id and latest.recency = 1
order by cities.city_id
