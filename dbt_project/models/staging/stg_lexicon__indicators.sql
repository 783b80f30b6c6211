with source as (

    select * from {{ ref('lexicon_indicators') }}

)

select
    cast(trim(indicator_code) as varchar) as indicator_code,
    cast(trim(name_zh) as varchar) as name_zh,
    cast(trim(name_en) as varchar) as name_en,
    cast(trim(category) as varchar) as category,
    cast(trim(unit) as varchar) as unit,
    cast(nullif(trim(default_measure), '') as varchar) as default_measure,
    cast(nullif(trim(share_of), '') as varchar) as share_of,
    cast(nullif(split_part(trim(classifiers), '|', 1), '') as varchar) as classifier,
    coalesce(cast(core as boolean), false) as is_core
from source
