{#
    Documents beside the current gazetteer entry of their city. A city_id the gazetteer does
    not know keeps the name written in the document (gazetteer columns NULL) so that no
    document loses its city.
#}
with documents as (

    select * from {{ ref('stg_raw__documents') }}

),

places as (

    select * from {{ ref('int_gazetteer_current_names') }}

)

select
    documents.document_id,
    documents.source_file,
    documents.title,
    documents.city_id,
    documents.city_zh as city_zh_as_written,
    coalesce(places.city_zh, documents.city_zh) as city_zh,
    places.province_zh,
    places.admin_level,
    places.parent_city_zh,
    places.city_id is not null as is_in_gazetteer,
    documents.report_year,
    documents.plan_year,
    documents.issuer,
    documents.doc_number,
    documents.published_on,
    documents.status,
    documents.quarantine_reason,
    documents.current_year,
    documents.genre,
    documents.years_basis,
    documents.city_basis
from documents
left join places
    on documents.city_id = places.city_id
