with source as (

    select * from {{ source('raw', 'gazetteer') }}

)

select
    cast(city_id as varchar) as city_id,
    cast(city_zh as varchar) as city_zh,
    cast(province_zh as varchar) as province_zh,
    cast(admin_level as varchar) as admin_level,
    cast(nullif(trim(parent_city_zh), '') as varchar) as parent_city_zh,
    cast(nullif(trim(parent_city_id), '') as varchar) as parent_city_id,
    cast(first_year as integer) as first_year,
    cast(last_year as integer) as last_year,
    cast(short_name as varchar) as short_name
from source
