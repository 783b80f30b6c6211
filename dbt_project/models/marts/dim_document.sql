select
    document_id,
    source_file,
    title,
    city_id,
    report_year,
    plan_year,
    issuer,
    doc_number,
    published_on,
    status,
    quarantine_reason,
    current_year,
    genre,
    years_basis,
    city_basis,
    province_zh
from {{ ref('int_documents_with_city') }}
order by source_file, document_id
