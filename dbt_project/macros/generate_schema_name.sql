{#
    Use a model's custom schema as is (staging, intermediate, lexicon) instead of dbt's default
    `<target_schema>_<custom_schema>`; models without one (the marts) land in the target schema,
    `main`, which therefore holds only the contract tables.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
