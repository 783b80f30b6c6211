{#
    The contract's `main.source_files` (this model), built from the source `raw.source_files`:
    the two never clash because they live in different schemas.
#}
select
    source_file,
    size_bytes,
    sha256,
    encoding,
    document_id,
    status,
    reason
from {{ ref('stg_raw__source_files') }}
order by source_file
