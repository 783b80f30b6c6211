{#
    dbt's unique and not_null on `column_name` in one scan of the model, and optionally
    accepted_values on other columns of the same model in that same scan
    (`accepted_values: {column: [values]}`; NULL passes, as in dbt's accepted_values).

    For the intermediate views: a data test on a view recomputes its whole chain from the raw
    tables, so one test per view instead of one per property. Each failing row names the
    column it fails on (failing_column), the problem (null, duplicate, not accepted), the value
    and, for a key, how many rows carry it.
#}
{% test unique_and_not_null(model, column_name, accepted_values=none) %}

{%- set accepted = accepted_values or {} %}

with keys as (

    select
        {{ column_name }} as key_value,
        count(*) as occurrences
        {%- for column, values in accepted.items() %},
        list(distinct cast({{ column }} as varchar)) filter (
            where cast({{ column }} as varchar) not in (
                {%- for value in values %}'{{ value }}'{{ ", " if not loop.last }}{% endfor -%}
            )
        ) as unexpected_{{ loop.index }}
        {%- endfor %}
    from {{ model }}
    group by {{ column_name }}

)

select
    '{{ column_name }}' as failing_column,
    case when key_value is null then 'null' else 'duplicate' end as problem,
    cast(key_value as varchar) as value,
    occurrences
from keys
where key_value is null or occurrences > 1
{%- for column, values in accepted.items() %}

union all

select distinct
    '{{ column }}' as failing_column,
    'not accepted' as problem,
    unnest(unexpected_{{ loop.index }}) as value,
    cast(null as bigint) as occurrences
from keys
where len(unexpected_{{ loop.index }}) > 0
{%- endfor %}

{% endtest %}
