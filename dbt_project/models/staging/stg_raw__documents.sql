with source as (

    select * from {{ source('raw', 'documents') }}

)

select
    cast(document_id as varchar) as document_id,
    cast(source_file as varchar) as source_file,
    cast(content_hash as varchar) as content_hash,
    cast(title as varchar) as title,
    cast(nullif(trim(city_id), '') as varchar) as city_id,
    cast(nullif(trim(city_zh), '') as varchar) as city_zh,
    cast(report_year as integer) as report_year,
    cast(plan_year as integer) as plan_year,
    cast(issuer as varchar) as issuer,
    cast(doc_number as varchar) as doc_number,
    cast(published_on as date) as published_on,
    cast(status as varchar) as status,
    cast(nullif(trim(quarantine_reason), '') as varchar) as quarantine_reason,
    cast(text as varchar) as document_text,
    cast(char_count as integer) as char_count
from source
