{#
    One row per city or county that issued a document, named as the gazetteer names it today.
#}
with documents as (

    select * from {{ ref('int_documents_with_city') }}

),

cities as (

    select
        city_id,
        -- every document of a city carries the same gazetteer row; min() only matters for
        -- cities the gazetteer does not know, where the names come from the documents
        min(city_zh) as city_zh,
        min(province_zh) as province_zh,
        min(admin_level) as admin_level,
        min(parent_city_zh) as parent_city_zh
    from documents
    where city_id is not null
    group by city_id

)

select
    cast(city_id as varchar) as city_id,
    cast(city_zh as varchar) as city_zh,
    cast(province_zh as varchar) as province_zh,
    cast(admin_level as varchar) as admin_level,
    cast(parent_city_zh as varchar) as parent_city_zh
from cities
order by city_id
