{#
    Fails on every row for which `expression` is not true (NULL counts as a failure), optionally
    only over rows matching `condition`. A small stand-in for dbt_utils.expression_is_true.
#}
{% test expression_is_true(model, expression, column_name=none, condition='true') %}

select *
from {{ model }}
where ({{ condition }})
    and not coalesce(({{ expression }}), false)

{% endtest %}
