{#
    Documents beside the current gazetteer entry of their city. A development zone that issued
    a document (荆门高新技术产业开发区) is no gazetteer place: it is a district of the city it
    lies in (zone_place_id). A city_id the gazetteer does not know keeps the name written in
    the document (gazetteer columns NULL) so that no document loses its city.
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
    -- a province's own document (city_basis province) has no city: the province itself
    coalesce(places.province_zh, zone_places.province_zh, documents.province) as province_zh,
    case when documents.zone is not null then 'district' else places.admin_level end
        as admin_level,
    case
        when documents.zone is null then places.parent_city_zh
        when zone_places.admin_level = 'prefecture' then zone_places.city_zh
        else coalesce(zone_places.parent_city_zh, zone_places.city_zh)
    end as parent_city_zh,
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
left join places as zone_places
    on documents.zone_place_id = zone_places.city_id
