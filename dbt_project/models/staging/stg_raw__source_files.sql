with source as (

    select * from {{ source('raw', 'source_files') }}

)

select
    cast(source_file as varchar) as source_file,
    cast(size_bytes as bigint) as size_bytes,
    cast(sha256 as varchar) as sha256,
    cast(encoding as varchar) as encoding,
    cast(format as varchar) as file_format,
    cast(content_hash as varchar) as content_hash,
    cast(document_id as varchar) as document_id,
    cast(status as varchar) as status,
    cast(nullif(trim(reason), '') as varchar) as reason
from source
