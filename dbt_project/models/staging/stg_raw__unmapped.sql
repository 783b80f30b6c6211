with source as (

    select * from {{ source('raw', 'unmapped') }}

)

select
    cast(document_id as varchar) as document_id,
    cast(year as integer) as year,
    cast(kind as varchar) as kind,
    {{ canonical_value('value', 'unit') }} as value,
    cast({{ canonical_unit('unit') }} as varchar) as unit,
    cast(raw_text as varchar) as raw_text,
    cast(nullif(trim(context), '') as varchar) as context,
    cast(sentence as varchar) as sentence,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end
from source
