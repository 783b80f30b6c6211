{#
    Incremental builds of the tables the views read (models/intermediate/answers) and of
    fct_target_attainment, keyed by city. Each of their rows belongs to one city (city_id,
    NULL for a document without one) and is computed from that city's facts and documents
    only (with dim_city's row for it and dim_indicator, which an incremental build leaves
    as it is). So when only documents changed (meta.changed_documents: see
    macros/changed_documents.sql), the rows of every other city are the published ones: these
    models delete the rows of the cities a changed document had (published_city_id, written by
    orchestration.dbt_assets from the published dim_document before dbt rebuilt it) or has
    now (int_documents_with_city, which dim_document copies), and insert them again. A cold build or --full-refresh
    makes them whole, as tables.

    NULL is a city here: coalesce(city_id, '') ('' is no city_id) in a semi join. A scope
    without the published cities (meta.changed_documents as only a list of document_ids)
    recomputes every city.
#}

{% macro changed_cities() -%}
    {#- this build's cities from the intermediate view dim_document is made of (as the
        incremental build left it: over this build's raw tables), by name, not ref(): a
        ref() here would be a dependency of every model calling this, and of their unit
        tests -#}
    {%- set documents = graph.nodes['model.' ~ project_name ~ '.int_documents_with_city'] -%}
    (
        select published_city_id as city_id from meta.changed_documents where published
        union
        select city_id from {{ documents.relation_name }}
        where document_id in {{ changed_documents() }}
    )
{%- endmacro %}

{% macro by_changed_cities() -%}
    {#- is_incremental(), false in a unit test (which tests a whole build's SQL: `this` is
        None there) -#}
    {{ return(this is not none and is_incremental()) }}
{%- endmacro %}

{% macro knows_published_cities() -%}
    {#- whether meta.changed_documents has the published cities (orchestration.dbt_assets
        adds them; a scope written without them leaves every city to recompute) -#}
    {%- set relation = api.Relation.create(
        database=this.database, schema='meta', identifier='changed_documents') -%}
    {%- set columns = adapter.get_columns_in_relation(relation) | map(attribute='name') | list -%}
    {{ return('published_city_id' in columns) }}
{%- endmacro %}

{% macro in_changed_cities(column='city_id') -%}
    {%- if knows_published_cities() -%}
    coalesce({{ column }}, '') in (select coalesce(city_id, '') from {{ changed_cities() }})
    {%- else -%}
    true
    {%- endif -%}
{%- endmacro %}

{% macro only_changed_cities(column='city_id') -%}
    {%- if by_changed_cities() %}
    and {{ in_changed_cities(column) }}
    {%- endif %}
{%- endmacro %}

{% macro delete_changed_cities(column='city_id') -%}
    {%- if by_changed_cities() -%}
    delete from {{ this }} where {{ in_changed_cities(column) }}
    {%- endif -%}
{%- endmacro %}
