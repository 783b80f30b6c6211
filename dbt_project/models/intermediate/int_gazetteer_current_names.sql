{#
    One row per city_id: the gazetteer row whose name is current, i.e. attested latest
    (last_year NULL counts as still current), then the most recently introduced name.
#}
with gazetteer as (

    select * from {{ ref('stg_raw__gazetteer') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by city_id
            order by
                coalesce(last_year, 9999) desc,
                first_year desc nulls last,
                city_zh
        ) as name_rank
    from gazetteer

)

select
    city_id,
    city_zh,
    province_zh,
    admin_level,
    case when admin_level = 'prefecture' then null else parent_city_zh end as parent_city_zh,
    parent_city_id,
    first_year,
    last_year,
    short_name
from ranked
where name_rank = 1
