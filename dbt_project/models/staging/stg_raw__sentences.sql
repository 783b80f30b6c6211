with source as (

    select * from {{ source('raw', 'sentences') }}

)

select
    cast(document_id as varchar) as document_id,
    cast(sentence_no as integer) as sentence_no,
    cast(section as varchar) as section,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(text as varchar) as sentence_text,
    cast(tokens as varchar[]) as tokens
from source
