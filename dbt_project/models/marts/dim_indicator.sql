select
    indicator_code,
    name_zh,
    name_en,
    category,
    unit,
    is_core,
    classifier
from {{ ref('stg_lexicon__indicators') }}
order by indicator_code
