{#
    The extractor already writes canonical units; a raw money or percent label that slips
    through (万元, 亿元, %, ‰ ...) is converted here so that the marts only ever see canonical
    units (see macros/units.sql and the unit tests in _stg_raw__models.yml).
#}
with source as (

    select * from {{ source('raw', 'facts') }}

)

select
    cast(document_id as varchar) as document_id,
    cast(indicator_code as varchar) as indicator_code,
    cast(year as integer) as year,
    cast(kind as varchar) as kind,
    cast(measure as varchar) as measure,
    cast(comparator as varchar) as comparator,
    {{ canonical_value('value', 'unit') }} as value,
    cast({{ canonical_unit('unit') }} as varchar) as unit,
    cast(nullif(trim(qualifier), '') as varchar) as qualifier,
    cast(raw_text as varchar) as raw_text,
    cast(sentence as varchar) as sentence,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end
from source
