{#
    The row count of the table a model or seed has just written, said on dbt's event stream
    as a line of its own ("row count of <relation>: <n>"). orchestration/dbt_assets.py reads it
    there while dbt goes on, so each table's materialisation reaches Dagster with its
    dagster/row_count as soon as dbt reports the model, without opening the warehouse file
    dbt's process holds. Views are not counted: counting would run their query.
#}
{% macro log_row_count() %}
    {%- if execute and config.get('materialized') in ('table', 'incremental', 'seed', 'snapshot') -%}
        {%- set counted = run_query('select count(*) from ' ~ this) -%}
        {%- do log('row count of ' ~ this ~ ': ' ~ counted.columns[0].values()[0], info=True) -%}
    {%- endif -%}
{% endmacro %}
