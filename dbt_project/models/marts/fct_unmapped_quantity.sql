select
    unmapped_id,
    unmapped_reason,
    document_id,
    city_id,
    year,
    kind,
    indicator_code,
    measure,
    comparator,
    qualifier,
    value,
    unit,
    raw_text,
    context,
    sentence,
    char_start,
    char_end
from {{ ref('int_unmapped_quantities_unioned') }}
order by document_id, char_start, unmapped_id
