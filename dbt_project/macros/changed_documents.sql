{#
    Incremental builds keyed by document. When only documents changed since the published
    warehouse (same dbt project, lexicon, code and checks), the build starts from a copy of it
    and orchestration.dbt_assets writes meta.changed_documents: every document_id added,
    changed or removed since. The per-document marts (fct_indicator_value,
    fct_unmapped_quantity, document_text) then delete those documents' rows and insert them
    again from this build's raw tables; every other build (cold, --full-refresh) makes them
    whole, as tables.
#}

{% macro changed_documents() -%}
    (select document_id from meta.changed_documents)
{%- endmacro %}

{% macro only_changed_documents(column='document_id') -%}
    {%- if is_incremental() %}
    and {{ column }} in {{ changed_documents() }}
    {%- endif %}
{%- endmacro %}

{% macro delete_changed_documents(column='document_id') -%}
    {%- if is_incremental() -%}
    delete from {{ this }} where {{ column }} in {{ changed_documents() }}
    {%- endif -%}
{%- endmacro %}
