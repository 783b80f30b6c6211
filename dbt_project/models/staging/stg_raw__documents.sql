{#
    What describe() decided about each document. Columns added to raw.documents later
    (current_year, genre, years_basis, city_basis, zone, zone_place_id, province) come through as typed NULLs from a raw table
    written before they existed, so that an older warehouse still builds.
#}
{%- set added_columns = [
    ('current_year', 'integer'),
    ('genre', 'varchar'),
    ('years_basis', 'varchar'),
    ('city_basis', 'varchar'),
    ('zone', 'varchar'),
    ('zone_place_id', 'varchar'),
    ('province', 'varchar'),
] -%}
{%- set present = [] -%}
{%- if execute -%}
    {%- for column in adapter.get_columns_in_relation(source('raw', 'documents')) -%}
        {%- do present.append(column.name | lower) -%}
    {%- endfor -%}
{%- endif -%}

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
    {%- for column, data_type in added_columns %}
    {% if column in present -%}
    cast({{ column }} as {{ data_type }})
    {%- else -%}
    cast(null as {{ data_type }})
    {%- endif %} as {{ column }},
    {%- endfor %}
    cast(status as varchar) as status,
    cast(nullif(trim(quarantine_reason), '') as varchar) as quarantine_reason,
    cast(text as varchar) as document_text,
    cast(char_count as integer) as char_count
from source
